import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Section } from '../../domain/story.ts';
import { parseSearchParams, searchHref } from './search-params.ts';

const sections: Section[] = [{ id: 1, slug: 'international', name: 'International', position: 1 }];
const parse = (raw: Record<string, unknown>) => parseSearchParams(raw, sections, 'Asia/Seoul');

test('a full search reads into a query, a section, a day range in the site time zone and a page', () => {
  const p = parse({ q: ' Seoul  "mutual defence" -ukraine', section: 'international', from: '2026-11-01', to: '2026-11-30', sort: 'newest', page: '2' });
  assert.deepEqual(p.errors, []);
  assert.equal(p.form.q, 'seoul "mutual defence" -ukraine');
  assert.equal(p.section?.id, 1);
  assert.equal(p.from, '2026-10-31T15:00:00.000Z');
  assert.equal(p.to, '2026-11-30T15:00:00.000Z');
  assert.equal(p.form.sort, 'newest');
  assert.equal(p.page, 2);
});

test('nothing given is an empty search on page 1, not an error', () => {
  const p = parse({});
  assert.deepEqual(p.errors, []);
  assert.equal(p.page, 1);
  assert.equal(p.query.include.length, 0);
});

test('bad filters are each reported by field; the query still stands', () => {
  const p = parse({ q: 'treaty', section: '../x', from: 'notadate', to: '2026-02-30', sort: 'random', page: '-1' });
  assert.deepEqual(p.errors.map((e) => e.field), ['section', 'from', 'to', 'sort', 'page']);
  assert.equal(p.form.q, 'treaty');
  assert.equal(p.section, undefined);
  assert.equal(p.from, undefined);
  assert.equal(p.page, 1);
});

test('an end before the start is reported', () => {
  assert.deepEqual(parse({ q: 'x', from: '2026-11-20', to: '2026-11-01' }).errors.map((e) => e.field), ['to']);
  assert.deepEqual(parse({ q: 'x', from: '2026-11-20', to: '2026-11-20' }).errors, [], 'one whole day is fine');
});

test('repeated or non-text parameters take the first text value', () => {
  assert.equal(parse({ q: ['first', 'second'] }).form.q, 'first');
  assert.equal(parse({ q: { nested: 'x' } }).form.q, '');
  for (const page of ['0', '1.5', '1e3', '99999999', ' 2', '1001']) assert.equal(parse({ page }).errors[0]?.field, 'page', page);
});

test('links keep the filters and drop defaults', () => {
  const { form } = parse({ q: 'a b', section: 'international', sort: 'relevance' });
  assert.equal(searchHref(form, 3), '/search?q=a+b&section=international&page=3');
  assert.equal(searchHref({ ...form, section: '' }), '/search?q=a+b');
});
