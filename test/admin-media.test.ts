import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { countStories } from '../src/store/stories.ts';
import { multipartBody, signedIn, type Person } from './helpers/newsroom.ts';
import { openTestSite } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
let mediaDir: string;
let editor: Person;
before(async () => {
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-media-'));
  site = await openTestSite({ MEDIA_DIR: mediaDir });
  editor = await signedIn(site.db, 'editor');
});
after(async () => {
  await site.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const story = { headline: 'Kites fill the sky over the bay', sectionName: 'Local', body: 'Hundreds came.', bylines: 'Ann Lee' };

function upload(url: string, fields: Record<string, string>, file?: { filename: string; type: string; data: Buffer }) {
  const body = multipartBody({ _csrf: editor.csrf, ...fields }, file && { name: 'image', ...file });
  return site.app.inject({ method: 'POST', url, headers: { 'content-type': body.contentType, cookie: editor.cookie }, payload: body.payload });
}

/** A PNG whose header claims a huge size: a decompression bomb in a few dozen bytes. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc(64))), chunk('IEND', Buffer.alloc(0))]);
}

test('an uploaded image is resized to responsive widths, served with srcset and a year of caching', async () => {
  const jpeg = await sharp({ create: { width: 1100, height: 700, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer();
  const res = await upload('/admin/stories', { ...story, imageAlt: 'Red and yellow kites above the water', imageCaption: 'The kite festival on Sunday.', imageCredit: 'Photo: Bo Park' }, { filename: 'kites.jpg', type: 'image/jpeg', data: jpeg });
  assert.equal(res.statusCode, 303, res.body.slice(0, 300));
  const id = Number(/\d+/.exec(String(res.headers.location))![0]);
  const files = fs.readdirSync(mediaDir).sort();
  assert.equal(files.length, 8, files.join());
  assert.ok(files.every((f) => /^[a-f0-9]{20}-(320|640|960|1100)\.(webp|jpg)$/.test(f)), files.join());
  const row = await site.db.selectFrom('stories').select('version').where('id', '=', id).executeTakeFirstOrThrow();
  const publish = multipartBody({ _csrf: editor.csrf, to: 'published' });
  await site.app.inject({ method: 'POST', url: `/admin/stories/${id}/status`, headers: { 'content-type': publish.contentType, cookie: editor.cookie }, payload: publish.payload });
  const page = await site.app.inject({ method: 'GET', url: '/local/kites-fill-the-sky-over-the-bay' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<source type="image\/webp" srcset="\/media\/[a-f0-9]{20}-320\.webp 320w, [^"]+-1100\.webp 1100w"/);
  assert.match(page.body, /<img src="\/media\/[a-f0-9]{20}-960\.jpg" srcset="[^"]+" sizes="[^"]+" width="1100" height="700" alt="Red and yellow kites above the water"\/>/);
  assert.match(page.body, /<figcaption>The kite festival on Sunday\.<span class="image-credit"> Photo: Bo Park<\/span><\/figcaption>/);
  const served = await site.app.inject({ method: 'GET', url: `/media/${files.find((f) => f.endsWith('-320.webp'))}` });
  assert.equal(served.statusCode, 200);
  assert.equal(served.headers['content-type'], 'image/webp');
  assert.equal(served.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal((await sharp(served.rawPayload).metadata()).width, 320);
  // Removing the image is an ordinary, versioned save.
  const removed = await upload(`/admin/stories/${id}`, { ...story, version: String(row.version), removeImage: '1', imageId: '1', imageAlt: 'x' });
  assert.equal(removed.statusCode, 303);
  assert.doesNotMatch((await site.app.inject({ method: 'GET', url: '/local/kites-fill-the-sky-over-the-bay' })).body, /<picture>/);
});

test('bad uploads: a clear 400 or 413, and neither story nor image stored', async () => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#000' } }).png().toBuffer();
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]);
  const cases: Array<[Record<string, string>, { filename: string; type: string; data: Buffer }, number, RegExp]> = [
    [{ ...story, imageAlt: 'A zip' }, { filename: 'photo.jpg', type: 'image/jpeg', data: zip }, 400, /not a JPEG, PNG, WebP or GIF image \(checked by its content/],
    [{ ...story, imageAlt: 'Text' }, { filename: 'notes.png', type: 'image/png', data: Buffer.from('just some text, not a picture at all') }, 400, /not a JPEG/],
    [{ ...story, imageAlt: 'Broken' }, { filename: 'broken.jpg', type: 'image/jpeg', data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 7)]) }, 400, /could not be read/],
    [{ ...story, imageAlt: 'A bomb' }, { filename: 'bomb.png', type: 'image/png', data: pngClaiming(30_000, 30_000) }, 400, /30000×30000 pixels; the limit is 40 megapixels/],
    [{ ...story }, { filename: 'ok.png', type: 'image/png', data: png }, 400, /Alt text is required with an image/],
    [{ ...story, imageAlt: 'Huge' }, { filename: 'huge.jpg', type: 'image/jpeg', data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(16 * 1024 * 1024)]) }, 413, /./],
  ];
  const storiesBefore = await countStories(site.db);
  const filesBefore = fs.readdirSync(mediaDir).length;
  for (const [fields, file, status, message] of cases) {
    const res = await upload('/admin/stories', fields, file);
    assert.equal(res.statusCode, status, `${file.filename}: ${res.body.slice(0, 200)}`);
    assert.match(res.body, message, file.filename);
  }
  assert.equal(await countStories(site.db), storiesBefore);
  assert.equal(fs.readdirSync(mediaDir).length, filesBefore);
  const media = await site.db.selectFrom('media').select('id').execute();
  assert.equal(media.length, 1, 'only the good image of the test before');
  const badId = await upload('/admin/stories', { ...story, imageId: '999', imageAlt: 'Nothing' });
  assert.equal(badId.statusCode, 400);
  assert.match(badId.body, /not a stored image/);
});

test('media names are checked before the disk is touched', async () => {
  for (const url of ['/media/../../etc/passwd', '/media/abc.webp', '/media/0123456789abcdef0123-320.gif', '/media/0123456789abcdef0123-320.webp']) {
    assert.equal((await site.app.inject({ method: 'GET', url })).statusCode, 404, url);
  }
});
