import type { Db } from './database.ts';

export interface SessionRow {
  userId: number;
  csrfToken: string;
  expiresAt: string;
}

export async function insertSession(db: Db, session: { tokenHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string; address: string | null }): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      address: session.address,
    })
    .execute();
}

/** A live session: not expired, and its user not disabled. */
export async function findSession(db: Db, tokenHash: string, now: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.user_id as userId', 'sessions.csrf_token as csrfToken', 'sessions.expires_at as expiresAt'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteUserSessions(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function recordLoginFailure(db: Db, keys: string[], at: string): Promise<void> {
  await db.insertInto('login_failures').values(keys.map((key) => ({ key, at }))).execute();
}

export async function countLoginFailures(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function deleteOldLoginFailures(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_failures').where('at', '<=', before).execute();
}
