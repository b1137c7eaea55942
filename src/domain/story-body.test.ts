import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyText, renderBody, sanitizeStoryHtml, splitParagraphs, wordCount } from './story-body.ts';

test('plain text keeps paragraphs and typography, escapes markup', () => {
  const html = renderBody('text', 'Kim called it a “fiery friendship”.\n\nIt’s <b>not</b> bold & fine.');
  assert.equal(html, '<p>Kim called it a “fiery friendship”.</p>\n<p>It’s &lt;b&gt;not&lt;/b&gt; bold &amp; fine.</p>');
});

test('plain text does not read list or heading syntax into a paragraph', () => {
  assert.equal(renderBody('text', '1961. A treaty was signed.\n\n# not a heading'), '<p>1961. A treaty was signed.</p>\n<p># not a heading</p>');
});

test('markdown renders, with headings demoted below the page headline', () => {
  const html = renderBody('markdown', '# Heading\n\nA *quote* from [the report](https://example.org/r).');
  assert.match(html, /<h2>Heading<\/h2>/);
  assert.match(html, /<em>quote<\/em>/);
  assert.match(html, /<a href="https:\/\/example.org\/r" rel="noopener nofollow">the report<\/a>/);
});

test('sanitizing removes scripts, handlers and javascript: URLs', () => {
  const dirty = '<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)><iframe src="https://evil"></iframe>';
  const clean = sanitizeStoryHtml(dirty);
  assert.doesNotMatch(clean, /script|onclick|onerror|javascript:|iframe/i);
  assert.match(clean, /<p>Hi<\/p>/);
});

test('markdown with raw HTML is sanitized too', () => {
  assert.doesNotMatch(renderBody('markdown', 'Hello <script>alert(1)</script> <img src="x" onerror="y">'), /script|onerror/);
});

test('bodyText turns HTML back into readable paragraphs', () => {
  const html = renderBody('markdown', 'First & “quoted”.\n\nSecond &#8212; para.');
  assert.equal(bodyText(html), 'First & “quoted”.\n\nSecond — para.');
});

test('splitParagraphs and wordCount', () => {
  assert.deepEqual(splitParagraphs('a\nb\n\n\n c \r\n\r\nd'), ['a b', 'c', 'd']);
  assert.equal(wordCount(' one two\nthree '), 3);
});
