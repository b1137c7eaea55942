import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryTeaser } from '../domain/story.ts';
import { fillList } from './story-lists.ts';

const s = (id: number): StoryTeaser => ({
  id, sectionSlug: 'x', sectionName: 'X', slug: `s${id}`, headline: `S${id}`, dek: null, excerpt: '', publishedAt: '2026-01-01T00:00:00.000Z', updatedAt: null,
});

test('fillList takes sources in order, skips excluded and repeated stories, stops at the limit', () => {
  const list = fillList([[s(1), s(2)], [s(2), s(3), s(4)], [s(5)]], [1], 3);
  assert.deepEqual(list.map((x) => x.id), [2, 3, 4]);
});

test('fillList falls through to later sources when earlier ones are empty', () => {
  assert.deepEqual(fillList([[], [], [s(9)]], [], 3).map((x) => x.id), [9]);
  assert.deepEqual(fillList([[]], [], 3), []);
});
