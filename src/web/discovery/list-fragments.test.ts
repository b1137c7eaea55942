import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'preact';
import { PageCache } from '../page-cache.ts';
import { ListFragments, PopularFragments, renderFragment } from './list-fragments.ts';

const parts = (text: string) => ({ html: renderFragment(h('p', null, text)), topics: [] });

test('a fragment is our own markup, escaped', () => {
  assert.equal(renderFragment(h('p', null, '<script>')), '<p>&lt;script></p>');
});

test('rendered lists are reused until they expire, and never kept with a zero lifetime', () => {
  const cache = new ListFragments(1000);
  cache.set(1, parts('one'), 0);
  assert.equal(cache.get(1, 999)?.html, '<p>one</p>');
  assert.equal(cache.get(1, 1000), undefined);
  const off = new ListFragments(0);
  off.set(1, parts('one'));
  assert.equal(off.get(1), undefined);
});

test('the least recently used story goes first when the cache is full; delete and clear drop entries', () => {
  const cache = new ListFragments(60_000, 2);
  cache.set(1, parts('one'), 0);
  cache.set(2, parts('two'), 0);
  cache.get(1, 1);
  cache.set(3, parts('three'), 0);
  assert.deepEqual([1, 2, 3].map((id) => cache.get(id, 2)?.html ?? null), ['<p>one</p>', null, '<p>three</p>']);
  cache.delete([1]);
  assert.equal(cache.get(1, 3), undefined);
  cache.clear();
  assert.equal(cache.size, 0);
});

test('clearing the page cache clears what follows it', () => {
  const pages = new PageCache(60_000);
  const lists = new ListFragments(60_000);
  pages.onClear(() => lists.clear());
  lists.set(7, parts('seven'));
  pages.clear();
  assert.equal(lists.get(7), undefined);
});

test('Popular is rendered once per board and list, again when the board changes', () => {
  const popular = new PopularFragments();
  let renders = 0;
  const render = () => renderFragment(h('ol', null, String(++renders)));
  assert.equal(popular.get(1, [4, 5], render), '<ol>1</ol>');
  assert.equal(popular.get(1, [4, 5], render), '<ol>1</ol>');
  assert.equal(popular.get(1, [5, 6], render), '<ol>2</ol>', 'a story in the top five sees another list');
  assert.equal(popular.get(2, [4, 5], render), '<ol>3</ol>');
});
