import type { Db } from './database.ts';

/**
 * Takes or renews the lease `name` for `holder` until `expiresAt`. Only one holder gets it while it is
 * live: the conditional UPDATE is atomic on both databases, so two instances cannot both win.
 */
export async function acquireLease(db: Db, name: string, holder: string, now: string, expiresAt: string): Promise<boolean> {
  await db
    .insertInto('job_leases')
    .values({ name, holder: '', expires_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('job_leases')
    .set({ holder, expires_at: expiresAt })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('holder', '=', holder), eb('expires_at', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.updateTable('job_leases').set({ holder: '', expires_at: '' }).where('name', '=', name).where('holder', '=', holder).execute();
}
