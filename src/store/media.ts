import type { Db } from './database.ts';

export interface Media {
  id: number;
  hash: string;
  format: 'jpeg' | 'png' | 'webp';
  width: number;
  height: number;
  widths: number[];
}

/** A featured image as a story page shows it. */
export interface StoryImage extends Media {
  alt: string;
  caption: string | null;
  credit: string | null;
}

const columns = ['id', 'hash', 'format', 'width', 'height', 'widths'] as const;
const toMedia = (row: { id: number; hash: string; format: string; width: number; height: number; widths: string }): Media => ({
  ...row,
  format: row.format as Media['format'],
  widths: JSON.parse(row.widths) as number[],
});

export async function findMediaByHash(db: Db, hash: string): Promise<Media | undefined> {
  const row = await db.selectFrom('media').select(columns).where('hash', '=', hash).executeTakeFirst();
  return row && toMedia(row);
}

export async function findMedia(db: Db, id: number): Promise<Media | undefined> {
  const row = await db.selectFrom('media').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toMedia(row);
}

export async function insertMedia(db: Db, media: Omit<Media, 'id'> & { bytes: number; createdBy: number | null; createdAt: string }): Promise<Media> {
  const row = await db
    .insertInto('media')
    .values({
      hash: media.hash,
      format: media.format,
      width: media.width,
      height: media.height,
      widths: JSON.stringify(media.widths),
      bytes: media.bytes,
      created_by: media.createdBy,
      created_at: media.createdAt,
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returning(columns)
    .executeTakeFirst();
  return row ? toMedia(row) : (await findMediaByHash(db, media.hash))!;
}

export async function storyImage(db: Db, storyId: number): Promise<StoryImage | undefined> {
  const row = await db
    .selectFrom('stories')
    .innerJoin('media', 'media.id', 'stories.image_id')
    .select(['media.id', 'media.hash', 'media.format', 'media.width', 'media.height', 'media.widths', 'stories.image_alt', 'stories.image_caption', 'stories.image_credit'])
    .where('stories.id', '=', storyId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...toMedia(row), alt: row.image_alt ?? '', caption: row.image_caption, credit: row.image_credit };
}
