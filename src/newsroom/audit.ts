import { toStoredTime } from '../domain/dates.ts';
import type { Db } from '../store/database.ts';
import { insertAudit } from '../store/audit.ts';

/** Who acted: a signed-in person, an integration, the command line or the scheduler. */
export interface Actor {
  userId: number | null;
  name: string;
}

export const SYSTEM = { cli: { userId: null, name: 'command line' }, scheduler: { userId: null, name: 'scheduler' } } satisfies Record<string, Actor>;

export async function audit(db: Db, actor: Actor, action: string, subject: string | null = null, detail: string | null = null, now = new Date()): Promise<void> {
  await insertAudit(db, { at: toStoredTime(now), userId: actor.userId, actor: actor.name, action, subject, detail });
}
