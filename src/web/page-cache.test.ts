import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressedBody, encodedEtag, etagOf, PageCache, preferredEncoding } from './page-cache.ts';

const page = (html: string) => ({ status: 200, html, keys: [] });

test('pages are reused until they expire', () => {
  const cache = new PageCache(1000);
  const stored = cache.set('/a', page('<p>a</p>'), 0);
  assert.equal(stored.etag, etagOf('<p>a</p>'));
  assert.equal(cache.get('/a', 999)?.html, '<p>a</p>');
  assert.equal(cache.get('/a', 1000), undefined);
  assert.equal(cache.size, 0);
});

test('the oldest entry goes when the cache is full', () => {
  const cache = new PageCache(1000, 2);
  cache.set('/1', page('1'), 0);
  cache.set('/2', page('2'), 0);
  cache.set('/3', page('3'), 0);
  assert.equal(cache.get('/1', 1), undefined);
  assert.equal(cache.get('/3', 1)?.html, '3');
});

test('a zero TTL caches nothing but still gives an ETag', () => {
  const cache = new PageCache(0);
  assert.match(cache.set('/x', page('x')).etag, /^"[\w-]{22}"$/);
  assert.equal(cache.get('/x'), undefined);
});

test('etags differ when the page does', () => {
  assert.notEqual(etagOf('a'), etagOf('b'));
});

test('Accept-Encoding picks Brotli, then gzip; q=0 refuses a coding', () => {
  assert.equal(preferredEncoding(undefined), undefined);
  assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(preferredEncoding('gzip'), 'gzip');
  assert.equal(preferredEncoding('x-gzip'), 'gzip');
  assert.equal(preferredEncoding('br;q=0, gzip;q=0.5'), 'gzip');
  assert.equal(preferredEncoding('identity'), undefined);
  assert.equal(preferredEncoding('BR'), 'br');
});

test('a cached page is compressed once per encoding, and each encoding has its own ETag', () => {
  const cache = new PageCache(1000);
  const stored = cache.set('/a', page(`<p>${'word '.repeat(500)}</p>`), 0);
  const br = compressedBody(stored, 'br');
  assert.equal(compressedBody(stored, 'br'), br, 'kept, not compressed again');
  assert.equal(brotliDecompressSync(br).toString(), stored.html);
  assert.equal(gunzipSync(compressedBody(stored, 'gzip')).toString(), stored.html);
  assert.equal(encodedEtag('"abc"', 'br'), '"abc-br"');
  assert.equal(encodedEtag('"abc"', undefined), '"abc"');
});
