import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeChunks, decodeText } from './read-text-file.ts';
import { ImportError } from './import-error.ts';

async function decode(chunks: Uint8Array[]): Promise<{ text: string; warnings: string[] }> {
  const warnings: string[] = [];
  let text = '';
  async function* source() {
    yield* chunks;
  }
  for await (const part of decodeChunks(source(), (w) => warnings.push(w))) text += part;
  return { text, warnings };
}

test('streamed text: UTF-8 split across chunks, UTF-16 by BOM, Latin-1 by declaration or by invalid bytes', async () => {
  const cafe = Buffer.from('café ☕');
  assert.deepEqual(await decode([cafe.subarray(0, 4), cafe.subarray(4, 7), cafe.subarray(7)]), { text: 'café ☕', warnings: [] });
  const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('hé', 'utf16le').swap16()]);
  assert.equal((await decode([utf16])).text, 'hé');
  assert.equal((await decode([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>caf\xe9</t>', 'latin1')])).text, '<?xml version="1.0" encoding="ISO-8859-1"?><t>café</t>');
  const mixed = await decode([Buffer.from('ok\n'), Buffer.from('caf\xe9\n', 'latin1')]);
  assert.equal(mixed.text, 'ok\ncafé\n');
  assert.deepEqual(mixed.warnings, ['not valid UTF-8: the rest was read as Windows-1252 (Latin-1)']);
  const cut = await decode([Buffer.from([0x61, 0xc3])]);
  assert.equal(cut.text, 'a\uFFFD');
  await assert.rejects(decode([Buffer.from([0x41, 0x00, 0x42])]), ImportError);
});

test('whole text: BOMs, Windows-1252 fallback, binary refused', () => {
  assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë', 'utf16le')])).text, 'Zoë');
  assert.deepEqual(decodeText(Buffer.from('na\xefve', 'latin1')), { text: 'naïve', warnings: ['not valid UTF-8: read as Windows-1252 (Latin-1)'] });
  assert.throws(() => decodeText(Buffer.from([1, 0, 2])), /binary/);
});
