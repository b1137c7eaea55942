import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { toStoredTime } from '../domain/dates.ts';
import { sniffImageType, widthsFor } from '../domain/image-type.ts';
import type { Db } from '../store/database.ts';
import { findMediaByHash, insertMedia, type Media } from '../store/media.ts';
import { NewsroomError } from './newsroom-error.ts';

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** 40 megapixels: a large camera photo. A file that decodes to more (a decompression bomb) is refused before decoding. */
export const MAX_PIXELS = 40_000_000;

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

/** `<hash>-<width>.<ext>`: content-addressed, so a name never changes meaning and can be cached for a year. */
export function mediaFileName(hash: string, width: number, ext: 'webp' | 'jpg' | 'png'): string {
  return `${hash}-${width}.${ext}`;
}

export function variantsOf(media: Pick<Media, 'hash' | 'format' | 'widths'>) {
  const ext = EXTENSIONS[media.format];
  return media.widths.map((width) => ({ width, webp: mediaFileName(media.hash, width, 'webp'), original: mediaFileName(media.hash, width, ext) }));
}

/**
 * Checks an upload by its content, then stores it resized to responsive widths in WebP and in its
 * own format (GIF becomes PNG), rotated upright and without its metadata (no camera GPS leaks).
 * The same bytes uploaded twice are stored once.
 */
export async function storeImage(db: Db, mediaDir: string, bytes: Buffer, userId: number | null, now = new Date()): Promise<Media> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new NewsroomError('invalid', `The image is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);
  const type = sniffImageType(bytes);
  if (!type) throw new NewsroomError('invalid', 'That file is not a JPEG, PNG, WebP or GIF image (checked by its content, not its name).');
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 20);
  const known = await findMediaByHash(db, hash);
  if (known) return known;

  const input = () => sharp(bytes, { limitInputPixels: MAX_PIXELS, animated: false, failOn: 'error' });
  let meta: Metadata;
  try {
    // Reads the header only; the pixel limit is checked below with a message that says the size.
    meta = await sharp(bytes, { limitInputPixels: false, animated: false }).metadata();
  } catch {
    throw new NewsroomError('invalid', 'That image could not be read: the file is damaged or incomplete.');
  }
  const upright = (meta.orientation ?? 1) >= 5;
  const width = (upright ? meta.height : meta.width) ?? 0;
  const height = (upright ? meta.width : meta.height) ?? 0;
  if (!width || !height) throw new NewsroomError('invalid', 'That image has no size.');
  if (width * height > MAX_PIXELS) {
    throw new NewsroomError('invalid', `That image is ${width}×${height} pixels; the limit is ${MAX_PIXELS / 1_000_000} megapixels.`);
  }
  const format = type === 'gif' ? 'png' : type;
  const widths = widthsFor(width);
  await fs.mkdir(mediaDir, { recursive: true });
  try {
    for (const variant of variantsOf({ hash, format, widths })) {
      const resized = () => input().rotate().resize({ width: variant.width, withoutEnlargement: true });
      await writeAtomically(path.join(mediaDir, variant.webp), await resized().webp({ quality: 80 }).toBuffer());
      const own = format === 'jpeg' ? resized().jpeg({ quality: 82, mozjpeg: true }) : format === 'png' ? resized().png({ compressionLevel: 9 }) : resized().webp({ quality: 80 });
      if (format !== 'webp') await writeAtomically(path.join(mediaDir, variant.original), await own.toBuffer());
    }
  } catch (error) {
    if (error instanceof Error && /pixel|Input|unsupported|corrupt|premature/i.test(error.message)) {
      throw new NewsroomError('invalid', 'That image could not be read: the file is damaged or too large to decode.');
    }
    throw error;
  }
  return insertMedia(db, { hash, format, width, height, widths, bytes: bytes.length, createdBy: userId, createdAt: toStoredTime(now) });
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}
