import type { Section } from '../domain/story.ts';
import { slugify } from '../domain/slug.ts';
import { toStoredTime } from '../domain/dates.ts';
import type { Db } from './database.ts';

export async function listSections(db: Db): Promise<Section[]> {
  return db.selectFrom('sections').select(['id', 'slug', 'name', 'position']).orderBy('position').orderBy('id').execute();
}

export async function findSection(db: Db, slug: string): Promise<Section | undefined> {
  return db.selectFrom('sections').select(['id', 'slug', 'name', 'position']).where('slug', '=', slug).executeTakeFirst();
}

/** The section with this name's slug, created at the end of the navigation if new. */
export async function ensureSection(db: Db, name: string, position?: number): Promise<Section> {
  const slug = slugify(name);
  if (!slug) throw new Error(`section name ${JSON.stringify(name)} has no letters or digits`);
  const existing = await findSection(db, slug);
  if (existing) return existing;
  const last = await db.selectFrom('sections').select((eb) => eb.fn.max('position').as('max')).executeTakeFirst();
  const row = {
    slug,
    name: name.trim(),
    position: position ?? Number(last?.max ?? 0) + 1,
    created_at: toStoredTime(new Date()),
  };
  const inserted = await db
    .insertInto('sections')
    .values(row)
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, slug: row.slug, name: row.name, position: row.position };
  return (await findSection(db, slug))!;
}
