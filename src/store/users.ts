import type { Role } from '../domain/roles.ts';
import type { Db } from './database.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
}

const columns = ['id', 'email', 'name', 'role', 'disabled', 'password_hash', 'created_at'] as const;

function toUser(row: { id: number; email: string; name: string; role: string; disabled: number; password_hash: string | null; created_at: string }): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    disabled: Boolean(row.disabled),
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
  };
}

export async function insertUser(db: Db, user: { email: string; name: string; role: Role; createdAt: string }): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ email: user.email, name: user.name, role: user.role, password_hash: null, disabled: 0, created_at: user.createdAt })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserById(db: Db, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(columns).where('email', '=', email).executeTakeFirst();
  return row && toUser(row);
}

export async function passwordHashOf(db: Db, userId: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function setPasswordHash(db: Db, userId: number, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').select(columns).orderBy('email').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateUser(db: Db, id: number, change: { role?: Role; disabled?: boolean }): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(change.role ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled ? 1 : 0 } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function insertSetupToken(db: Db, token: { tokenHash: string; userId: number; expiresAt: string }): Promise<void> {
  await db.deleteFrom('setup_tokens').where('user_id', '=', token.userId).execute();
  await db.insertInto('setup_tokens').values({ token_hash: token.tokenHash, user_id: token.userId, expires_at: token.expiresAt }).execute();
}

/** The user a setup token belongs to, if it has not expired. */
export async function findSetupToken(db: Db, tokenHash: string, now: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('setup_tokens')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.user_id;
}

/** Uses the token up: true only for the one caller that removed it. */
export async function consumeSetupToken(db: Db, tokenHash: string): Promise<boolean> {
  const result = await db.deleteFrom('setup_tokens').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
