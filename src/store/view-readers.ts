import type { Db } from './database.ts';

/** The salt for `day`: the one stored, or `candidate` if this instance is the first to ask. */
export async function daySalt(db: Db, day: string, candidate: string): Promise<string> {
  await db.insertInto('view_salts').values({ day, salt: candidate }).onConflict((oc) => oc.column('day').doNothing()).execute();
  const row = await db.selectFrom('view_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
  return row.salt;
}

/** Records hashed readers for `day`; returns those no instance had recorded yet (the views to count). */
export async function firstReaders(db: Db, day: string, readers: string[]): Promise<Set<string>> {
  const fresh = new Set<string>();
  for (let i = 0; i < readers.length; i += 500) {
    const rows = await db
      .insertInto('view_readers')
      .values(readers.slice(i, i + 500).map((reader) => ({ day, reader })))
      .onConflict((oc) => oc.columns(['day', 'reader']).doNothing())
      .returning('reader')
      .execute();
    for (const r of rows) fresh.add(r.reader);
  }
  return fresh;
}

/** Forgets the readers and salts of days before `today`: once its salt is gone, a hash leads to no one. */
export async function forgetPastReaders(db: Db, today: string): Promise<void> {
  await db.deleteFrom('view_readers').where('day', '<', today).execute();
  await db.deleteFrom('view_salts').where('day', '<', today).execute();
}
