import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightHtml, highlightParts, MARK_END, MARK_START, plainText } from './highlight.ts';

const m = (w: string) => `${MARK_START}${w}${MARK_END}`;

test('marked words become parts, neighbours merge', () => {
  assert.deepEqual(highlightParts(`The ${m('treaty')} was ${m('signed')}${m('today')}.`), [
    { text: 'The ', marked: false },
    { text: 'treaty', marked: true },
    { text: ' was ', marked: false },
    { text: 'signedtoday', marked: true },
    { text: '.', marked: false },
  ]);
});

test('story text that looks like markup is escaped before <mark> is added', () => {
  assert.equal(highlightHtml(`<script>alert("x")</script> & ${m('<b>bold</b>')}`), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>&lt;b&gt;bold&lt;/b&gt;</mark>');
});

test('unbalanced markers do not leak or break the output', () => {
  assert.equal(highlightHtml(`${MARK_END}a ${MARK_START}b`), 'a <mark>b</mark>');
  assert.equal(highlightHtml(''), '');
  assert.equal(plainText(`x ${m('y')} z`), 'x y z');
});
