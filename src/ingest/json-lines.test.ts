import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonLine, textLines } from './json-lines.ts';
import { ImportError } from './import-error.ts';

const context = { status: 'published' as const };

async function* strings(...parts: string[]) {
  yield* parts;
}

test('a story line becomes a draft keyed by its own source and key', () => {
  const item = parseJsonLine(JSON.stringify({ section: 'Sport', headline: 'Win', bodyFormat: 'text', body: 'Body.', status: 'published', source: 'wire:x', sourceKey: 'k' }), 'line 1', context);
  assert.equal(item?.kind, 'story');
  assert.ok(item?.kind === 'story');
  assert.equal(item.draft.sectionName, 'Sport');
  assert.equal(item.draft.source, 'wire:x');
  assert.equal(item.draft.sourceKey, 'k');
  const drafted = parseJsonLine(JSON.stringify({ section: 'Sport', headline: 'Win', bodyFormat: 'text', body: 'Body.', status: 'published' }), 'line 2', { status: 'draft' });
  assert.ok(drafted?.kind === 'story' && drafted.draft.status === 'draft' && drafted.draft.source === 'import:jsonl');
});

test('bad lines are failed items that say why; headers and blank lines are no items', () => {
  const bad: Array<[string, string]> = [
    ['{', 'not valid JSON'],
    ['"text"', 'not a JSON object'],
    ['[1]', 'not a JSON object'],
    ['{"section":"A","headline":"H","bodyFormat":"pdf","body":"b","status":"published"}', 'bodyFormat'],
    ['{"section":"A","headline":"H","bodyFormat":"text","body":"b","status":"live"}', 'status'],
    ['{"section":"A","headline":7,"bodyFormat":"text","body":"b","status":"published"}', 'headline'],
    ['{"kind":"section"}', 'name'],
  ];
  for (const [line, reason] of bad) {
    const item = parseJsonLine(line, 'line 9', context);
    assert.equal(item?.kind, 'failed', line);
    assert.ok(item?.kind === 'failed' && item.error.includes(reason) && item.item === 'line 9', `${line}: ${JSON.stringify(item)}`);
  }
  assert.equal(parseJsonLine('   ', 'line 1', context), null);
  assert.equal(parseJsonLine('{"kind":"dateline","version":1}', 'line 1', context), null);
  assert.throws(() => parseJsonLine('{"kind":"dateline","version":99}', 'line 1', context), ImportError);
});

test('lines are split across chunks; an over-long line is reported and skipped', async () => {
  const out = [];
  for await (const l of textLines(strings('a\r\nb', 'c\n', 'x'.repeat(30), 'y\nlast'), 20)) out.push(l);
  assert.deepEqual(out, [
    { line: 'a', tooLong: false },
    { line: 'bc', tooLong: false },
    { line: '', tooLong: true },
    { line: 'last', tooLong: false },
  ]);
});
