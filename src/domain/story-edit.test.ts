import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldsFromSnapshot, fieldsToForm, parseStoryFields } from './story-edit.ts';

const valid = { headline: '  Council approves budget ', sectionName: 'News', body: 'First.\r\n\r\nSecond.', bylines: 'Ann Lee, , Bo Park', tags: 'budget,council', related: '3, 5,3' };

test('a valid form: trimmed text, lists split on commas, related ids de-duplicated', () => {
  const { fields, errors } = parseStoryFields(valid);
  assert.deepEqual(errors, {});
  assert.equal(fields.headline, 'Council approves budget');
  assert.equal(fields.body, 'First.\n\nSecond.');
  assert.deepEqual(fields.bylines, ['Ann Lee', 'Bo Park']);
  assert.deepEqual(fields.tags, ['budget', 'council']);
  assert.deepEqual(fields.related, [3, 5]);
  assert.deepEqual(fieldsFromSnapshot(JSON.stringify(fields)), fields);
  assert.equal(fieldsToForm(fields).bylines, 'Ann Lee, Bo Park');
});

test('bad values: each field says what is wrong', () => {
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ ...valid, headline: '' }, 'headline', /required/],
    [{ ...valid, headline: 'x'.repeat(1_000_000) }, 'headline', /at most 300 characters \(got 1,000,000\)/],
    [{ ...valid, headline: 42 }, 'headline', /must be text/],
    [{ ...valid, headline: ['a', 'b'] }, 'headline', /must be text/],
    [{ ...valid, headline: 'bell\u0007' }, 'headline', /control characters/],
    [{ ...valid, sectionName: '!!!' }, 'sectionName', /letter or digit/],
    [{ ...valid, canonicalUrl: 'javascript:alert(1)' }, 'canonicalUrl', /http\(s\)/],
    [{ ...valid, related: '1, two' }, 'related', /story numbers/],
    [{ ...valid, tags: Array.from({ length: 31 }, (_, i) => `t${i}`).join(',') }, 'tags', /at most 30/],
  ];
  for (const [input, field, message] of cases) {
    const { errors } = parseStoryFields(input);
    assert.match(errors[field as keyof typeof errors] ?? '', message, field);
  }
});
