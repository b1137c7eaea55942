import { hash, verify } from '@node-rs/argon2';
import type { Role } from '../domain/roles.ts';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from '../store/database.ts';
import * as sessions from '../store/sessions.ts';
import * as users from '../store/users.ts';
import type { User } from '../store/users.ts';
import { audit, type Actor } from './audit.ts';
import { NewsroomError } from './newsroom-error.ts';
import { hashToken, newToken } from './tokens.ts';

export const SESSION_DAYS = 14;
export const SETUP_LINK_HOURS = 72;
export const PASSWORD_MIN = 12;
const PASSWORD_MAX = 256;
const LIMIT_WINDOW_MS = 15 * 60_000;
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30 } as const;

// argon2id with the library's defaults (19 MiB, 2 passes): the OWASP minimum, fast enough for a login form.
const hashPassword = (password: string) => hash(password);

export function actorOf(user: Pick<User, 'id' | 'email'>): Actor {
  return { userId: user.id > 0 ? user.id : null, name: user.email };
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

export function checkEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || email.length > 254) throw new NewsroomError('invalid', 'Give an email address such as ann@example.org.');
  return email;
}

/** Adds a person with no password and returns the one-time link with which they set one. */
export async function addUser(
  db: Db,
  input: { email: string; name?: string; role: Role },
  by: Actor,
  siteUrl: string,
  now = new Date(),
): Promise<{ user: User; setupUrl: string }> {
  const email = checkEmail(input.email);
  const name = (input.name ?? '').trim() || email.split('@')[0]!;
  if (name.length > 100) throw new NewsroomError('invalid', 'A name is at most 100 characters.');
  if (await users.findUserByEmail(db, email)) throw new NewsroomError('conflict', `There is already an account for ${email}.`);
  const user = await users.insertUser(db, { email, name, role: input.role, createdAt: toStoredTime(now) });
  const setupUrl = await issueSetupLink(db, user.id, siteUrl, now);
  await audit(db, by, 'user.add', email, `role ${input.role}`, now);
  return { user, setupUrl };
}

/** A new one-time link (any earlier one stops working): for first set-up or a forgotten password. */
export async function issueSetupLink(db: Db, userId: number, siteUrl: string, now = new Date()): Promise<string> {
  const token = newToken();
  const expiresAt = toStoredTime(new Date(now.getTime() + SETUP_LINK_HOURS * 3600_000));
  await users.insertSetupToken(db, { tokenHash: hashToken(token), userId, expiresAt });
  return `${siteUrl}/admin/setup/${token}`;
}

export async function userForSetupToken(db: Db, token: string, now = new Date()): Promise<User | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const userId = await users.findSetupToken(db, hashToken(token), toStoredTime(now));
  return userId === undefined ? undefined : users.findUserById(db, userId);
}

export function checkPassword(password: unknown, repeat: unknown): string {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN) throw new NewsroomError('invalid', `A password needs at least ${PASSWORD_MIN} characters.`);
  if (password.length > PASSWORD_MAX) throw new NewsroomError('invalid', `A password is at most ${PASSWORD_MAX} characters.`);
  if (password !== repeat) throw new NewsroomError('invalid', 'The two passwords differ.');
  return password;
}

/** Sets the password through a setup link; the link is used up and every old session ends. */
export async function completeSetup(db: Db, token: string, password: string, now = new Date()): Promise<User> {
  const user = await userForSetupToken(db, token, now);
  if (!user || !(await users.consumeSetupToken(db, hashToken(token)))) {
    throw new NewsroomError('not_found', 'This set-up link has expired or was already used. Ask an admin for a new one.');
  }
  await users.setPasswordHash(db, user.id, await hashPassword(password));
  await sessions.deleteUserSessions(db, user.id);
  await audit(db, actorOf(user), 'user.password-set', user.email, null, now);
  return user;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: User;
}

// Verified against when the email is unknown, so a wrong address takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Signs in: refuses when the account or the address has failed too often lately, checks the
 * password, and starts a fresh session (the caller drops any session the browser had: rotation).
 */
export async function logIn(db: Db, emailInput: unknown, password: unknown, address: string, now = new Date()): Promise<NewSession> {
  const email = typeof emailInput === 'string' ? emailInput.trim().toLowerCase().slice(0, 254) : '';
  const pass = typeof password === 'string' ? password.slice(0, PASSWORD_MAX + 1) : '';
  const since = toStoredTime(new Date(now.getTime() - LIMIT_WINDOW_MS));
  const accountKey = `account:${email}`;
  const addressKey = `address:${address}`;
  const [byAccount, byAddress] = await Promise.all([sessions.countLoginFailures(db, accountKey, since), sessions.countLoginFailures(db, addressKey, since)]);
  if (byAccount >= LOGIN_LIMITS.perAccount || byAddress >= LOGIN_LIMITS.perAddress) {
    await audit(db, { userId: null, name: email || address }, 'login.limited', email || null, address, now);
    throw new NewsroomError('limited', 'Too many failed sign-ins. Wait 15 minutes and try again, or ask an admin for a new set-up link.');
  }
  const user = email ? await users.findUserByEmail(db, email) : undefined;
  const stored = user ? await users.passwordHashOf(db, user.id) : null;
  decoyHash ??= hashPassword('decoy password for unknown accounts');
  const ok = await verify(stored ?? (await decoyHash), pass).catch(() => false);
  if (!user || !stored || !ok || user.disabled) {
    await sessions.recordLoginFailure(db, [accountKey, addressKey], toStoredTime(now));
    await audit(db, { userId: user?.id ?? null, name: email || address }, 'login.failed', email || null, address, now);
    throw new NewsroomError('invalid', 'That email and password do not match an account.');
  }
  await sessions.clearLoginFailures(db, accountKey);
  const session = await startSession(db, user, address, now);
  await audit(db, actorOf(user), 'login', user.email, address, now);
  return session;
}

export async function startSession(db: Db, user: User, address: string | null, now = new Date()): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await sessions.insertSession(db, { tokenHash: hashToken(token), userId: user.id, csrfToken, createdAt: toStoredTime(now), expiresAt: toStoredTime(expiresAt), address });
  return { token, csrfToken, expiresAt, user };
}

/** The signed-in person behind a session cookie, or undefined when it is unknown, expired or revoked. */
export async function resumeSession(db: Db, token: string, now = new Date()): Promise<{ user: User; csrfToken: string } | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const session = await sessions.findSession(db, hashToken(token), toStoredTime(now));
  if (!session) return undefined;
  const user = await users.findUserById(db, session.userId);
  return user && !user.disabled ? { user, csrfToken: session.csrfToken } : undefined;
}

export async function logOut(db: Db, token: string, user: User): Promise<void> {
  await sessions.deleteSession(db, hashToken(token));
  await audit(db, actorOf(user), 'logout', user.email);
}

/** Role changes and disabling end the person's sessions, so the change takes effect at once. */
export async function changeUser(db: Db, targetId: number, change: { role?: Role; disabled?: boolean }, by: Actor): Promise<User> {
  const target = await users.findUserById(db, targetId);
  if (!target) throw new NewsroomError('not_found', 'There is no such account.');
  const losesAdmin = target.role === 'admin' && !target.disabled && ((change.role && change.role !== 'admin') || change.disabled);
  if (losesAdmin && (await users.countActiveAdmins(db)) <= 1) {
    throw new NewsroomError('conflict', 'This is the last admin: make someone else an admin first.');
  }
  await users.updateUser(db, targetId, change);
  const ended = await sessions.deleteUserSessions(db, targetId);
  if (change.role && change.role !== target.role) await audit(db, by, 'user.role', target.email, `${target.role} → ${change.role}`);
  if (change.disabled !== undefined && change.disabled !== target.disabled) {
    await audit(db, by, change.disabled ? 'user.disable' : 'user.enable', target.email, `${ended} session(s) ended`);
  }
  return (await users.findUserById(db, targetId))!;
}

export async function signOutEverywhere(db: Db, targetId: number, by: Actor): Promise<number> {
  const target = await users.findUserById(db, targetId);
  if (!target) throw new NewsroomError('not_found', 'There is no such account.');
  const ended = await sessions.deleteUserSessions(db, targetId);
  await audit(db, by, 'user.sessions-revoked', target.email, `${ended} session(s) ended`);
  return ended;
}
