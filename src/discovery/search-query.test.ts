import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSearchQuery, isSearchable, MAX_CLAUSES, parseSearchQuery } from './search-query.ts';

const term = (word: string) => ({ kind: 'term', word });
const phrase = (...words: string[]) => ({ kind: 'phrase', words });

test('terms, phrases and exclusions', () => {
  assert.deepEqual(parseSearchQuery('Seoul "mutual defense" -ukraine -"arms sales"'), {
    include: [term('seoul'), phrase('mutual', 'defense')],
    exclude: [term('ukraine'), phrase('arms', 'sales')],
  });
});

test('an unbalanced quote runs to the end of the query', () => {
  assert.deepEqual(parseSearchQuery('treaty "north korea'), { include: [term('treaty'), phrase('north', 'korea')], exclude: [] });
  assert.deepEqual(parseSearchQuery('"'), { include: [], exclude: [] });
  assert.deepEqual(parseSearchQuery('a"b'), { include: [term('a'), term('b')], exclude: [] });
});

test('search-engine syntax is just punctuation: no operators survive', () => {
  for (const input of ['*', 'NEAR(', 'NEAR(a b, 3)', 'headline:seoul', 'a OR b', '(a AND b)', 'x^2', '{a b}', "'; drop table stories; --", '\\"', '&&!!|<->:*']) {
    const q = parseSearchQuery(input);
    for (const c of [...q.include, ...q.exclude]) {
      const ws = c.kind === 'term' ? [c.word] : c.words;
      for (const w of ws) assert.match(w, /^[\p{L}\p{N}]+$/u, `${input} gave ${w}`);
    }
  }
  assert.deepEqual(parseSearchQuery('NEAR(seoul'), { include: [phrase('near', 'seoul')], exclude: [] });
  assert.deepEqual(parseSearchQuery('a OR b'), { include: [term('a'), term('or'), term('b')], exclude: [] });
});

test('words joined by punctuation are a phrase, as the index tokenizes them', () => {
  assert.deepEqual(parseSearchQuery('Moscow–Pyongyang U.S.'), { include: [phrase('moscow', 'pyongyang'), phrase('u', 's')], exclude: [] });
});

test('a lone dash, or a dash before a space, is not an exclusion', () => {
  assert.deepEqual(parseSearchQuery('arms - sales -'), { include: [term('arms'), term('sales')], exclude: [] });
  assert.deepEqual(parseSearchQuery('--ukraine'), { include: [], exclude: [term('ukraine')] });
});

test('empty, blank and symbol-only input has nothing to search', () => {
  for (const input of ['', '   ', '"""', '- - -', '*', '¡!', '\u0000']) {
    assert.equal(isSearchable(parseSearchQuery(input)), false, JSON.stringify(input));
  }
  assert.equal(isSearchable(parseSearchQuery('-ukraine')), false, 'exclusions alone do not search');
});

test('very long input is cut, and clauses are capped', () => {
  const huge = 'war '.repeat(2500) + 'peace';
  const q = parseSearchQuery(huge);
  assert.deepEqual(q.include, [term('war')], 'repeats collapse and the tail past the limit is ignored');
  const many = parseSearchQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
  assert.equal(many.include.length, MAX_CLAUSES);
  const long = parseSearchQuery('x'.repeat(200));
  assert.equal((long.include[0] as { word: string }).word.length, 40);
});

test('case and compatibility forms are folded; accents and other scripts are kept for the index', () => {
  assert.deepEqual(parseSearchQuery('ＳＥＯＵＬ Café 서울'), { include: [term('seoul'), term('café'), term('서울')], exclude: [] });
});

test('formatting gives back a tidy query', () => {
  assert.equal(formatSearchQuery(parseSearchQuery('  Seoul   "Mutual  DEFENSE"  -Ukraine "unclosed')), 'seoul "mutual defense" unclosed -ukraine');
});
