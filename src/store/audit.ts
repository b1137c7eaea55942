import type { Db } from './database.ts';

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
}

export async function insertAudit(db: Db, entry: Omit<AuditEntry, 'id'>): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ at: entry.at, user_id: entry.userId, actor: entry.actor, action: entry.action, subject: entry.subject, detail: entry.detail })
    .execute();
}

export async function listAudit(db: Db, options: { limit: number; offset?: number; action?: string }): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'user_id as userId', 'actor', 'action', 'subject', 'detail'])
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset ?? 0);
  if (options.action) q = q.where('action', '=', options.action);
  return q.execute();
}
