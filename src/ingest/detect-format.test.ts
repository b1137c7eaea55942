import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, parseFormatName } from './detect-format.ts';

const head = (text: string) => Buffer.from(text);

test('content decides the format, then the file name', () => {
  assert.equal(detectFormat('export.xml', head('<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">')), 'wxr');
  assert.equal(detectFormat('feed', head('<?xml version="1.0"?><rss version="2.0"><channel>')), 'feed');
  assert.equal(detectFormat('x.txt', head('\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">')), 'feed');
  assert.equal(detectFormat('page.txt', head('<!-- saved -->\n<!DOCTYPE html><html>')), 'html');
  assert.equal(detectFormat('stories', head('{"kind":"dateline","version":1}\n')), 'jsonl');
  assert.equal(detectFormat('a.jsonl', head('')), 'jsonl');
  assert.equal(detectFormat('seed.txt', head('InternationalSeoul Slams…\n\nDate:\n')), 'text');
  assert.equal(detectFormat('000_8282958ffefe6f19', head('Headline\n')), 'text');
  assert.equal(detectFormat('utf16.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0"?><feed>', 'utf16le')])), 'feed');
  assert.equal(detectFormat('picture.png', head('\x89PNG\r\n')), 'text', 'unknown bytes go to the text reader, which refuses binary');
  assert.equal(detectFormat('data.bin', head('<weird>')), undefined);
});

test('format names and their aliases', () => {
  assert.equal(parseFormatName('RSS'), 'feed');
  assert.equal(parseFormatName('atom'), 'feed');
  assert.equal(parseFormatName('wordpress'), 'wxr');
  assert.equal(parseFormatName('jsonl'), 'jsonl');
  assert.equal(parseFormatName('pdf'), undefined);
});
