import { toStoredTime } from '../domain/dates.ts';
import type { Db } from '../store/database.ts';
import { findIntegrationByContentKey, findIntegrationByTokenHash, insertIntegration, type Integration } from '../store/integrations.ts';
import { audit, type Actor } from './audit.ts';
import type { DeskUser } from './desk.ts';
import { NewsroomError } from './newsroom-error.ts';
import { hashToken, newToken } from './tokens.ts';

/**
 * An app that uses the APIs: a public content key (read-only, safe to ship in a web page) and a
 * secret admin token (shown once, stored hashed) with which it creates and publishes as an editor.
 */
export async function createIntegration(db: Db, name: string, by: Actor, now = new Date()): Promise<{ integration: Integration; adminToken: string }> {
  const clean = name.trim();
  if (!clean || clean.length > 100) throw new NewsroomError('invalid', 'An integration needs a name of 1 to 100 characters.');
  const adminToken = `dla_${newToken()}`;
  const integration = await insertIntegration(db, { name: clean, contentKey: newToken().slice(0, 26), adminTokenHash: hashToken(adminToken), createdAt: toStoredTime(now) });
  await audit(db, by, 'integration.add', clean, null, now);
  return { integration, adminToken };
}

export async function integrationForContentKey(db: Db, key: unknown): Promise<Integration | undefined> {
  return typeof key === 'string' && /^[A-Za-z0-9_-]{10,64}$/.test(key) ? findIntegrationByContentKey(db, key) : undefined;
}

/** The editor an admin token acts as, from an `Authorization: Bearer …` header. */
export async function deskUserForToken(db: Db, header: unknown): Promise<DeskUser | undefined> {
  const match = typeof header === 'string' ? /^Bearer (dla_[A-Za-z0-9_-]{43})$/.exec(header) : null;
  if (!match) return undefined;
  const integration = await findIntegrationByTokenHash(db, hashToken(match[1]!));
  return integration && { id: 0, role: 'editor', email: `integration:${integration.name}` };
}
