import { test } from 'node:test';
import assert from 'node:assert/strict';
import { element, escapeXml, stripInvalidXmlChars, xmlDocument, XmlMarkup } from './xml.ts';

test('the five special characters are escaped', () => {
  assert.equal(escapeXml(`Tom & Jerry <"quoted"> 'single'`), 'Tom &amp; Jerry &lt;&quot;quoted&quot;&gt; &apos;single&apos;');
});

test('characters XML forbids are dropped; tab, newline, typography and astral characters stay', () => {
  assert.equal(stripInvalidXmlChars('a\u0000b\u0008c\u000bd\u001fe\uFFFEf\uD800g'), 'abcdefg');
  assert.equal(stripInvalidXmlChars('tab\there\nline “quoted” — 🙂'), 'tab\there\nline “quoted” — 🙂');
});

test('elements escape text children and attribute values, keep markup children', () => {
  const inner = element('b', {}, 'x < y');
  const outer = element('a', { href: '/q?x=1&y="2"', skipped: undefined }, 'A & ', inner, null, false, ['!', 1]);
  assert.equal(outer.markup, '<a href="/q?x=1&amp;y=&quot;2&quot;">A &amp; <b>x &lt; y</b>!1</a>');
});

test('an element with no content is self-closed', () => {
  assert.equal(element('link', { href: 'x' }).markup, '<link href="x"/>');
  assert.equal(element('empty', {}, '').markup, '<empty/>');
});

test('names that are not XML names are refused rather than written', () => {
  assert.throws(() => element('a b'), /not an XML name/);
  assert.throws(() => element('a', { 'on"x': '1' }), /not an XML name/);
});

test('a document starts with the XML declaration', () => {
  assert.equal(xmlDocument(new XmlMarkup('<r/>')), '<?xml version="1.0" encoding="UTF-8"?>\n<r/>\n');
});
