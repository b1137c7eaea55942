import type { Db } from './database.ts';

export interface Integration {
  id: number;
  name: string;
  contentKey: string;
  createdAt: string;
}

const columns = ['id', 'name', 'content_key as contentKey', 'created_at as createdAt'] as const;

export async function insertIntegration(db: Db, row: { name: string; contentKey: string; adminTokenHash: string; createdAt: string }): Promise<Integration> {
  return db
    .insertInto('integrations')
    .values({ name: row.name, content_key: row.contentKey, admin_token_hash: row.adminTokenHash, disabled: 0, created_at: row.createdAt })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function findIntegrationByContentKey(db: Db, key: string): Promise<Integration | undefined> {
  return db.selectFrom('integrations').select(columns).where('content_key', '=', key).where('disabled', '=', 0).executeTakeFirst();
}

export async function findIntegrationByTokenHash(db: Db, hash: string): Promise<Integration | undefined> {
  return db.selectFrom('integrations').select(columns).where('admin_token_hash', '=', hash).where('disabled', '=', 0).executeTakeFirst();
}

export async function listIntegrations(db: Db): Promise<Integration[]> {
  return db.selectFrom('integrations').select(columns).where('disabled', '=', 0).orderBy('id').execute();
}
