import { ImportError } from './import-error.ts';

/** Text of bytes in UTF-8, UTF-16 (with BOM) or, failing those, Windows-1252; binary input is refused. */
export function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  if (bytes.includes(0)) throw new ImportError('this looks like a binary file, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warnings: ['not valid UTF-8: read as Windows-1252 (Latin-1)'] };
  }
}

const LATIN1 = /^(iso-8859-1|iso8859-1|latin-?1|windows-1252|cp1252|us-ascii)$/i;

/**
 * Streamed text of chunked bytes: UTF-16 by its BOM, a Latin-1 family encoding when the XML
 * declaration names one, else UTF-8; bytes that are not UTF-8 switch the rest to Windows-1252 and
 * warn once. Binary input (NUL bytes outside UTF-16) is refused.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, warn: (message: string) => void): AsyncIterable<string> {
  let decoder: TextDecoder | undefined;
  let utf8 = false;
  for await (const chunk of chunks) {
    if (!decoder) {
      if (chunk[0] === 0xff && chunk[1] === 0xfe) decoder = new TextDecoder('utf-16le');
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) decoder = new TextDecoder('utf-16be');
      else {
        const declared = /^(?:\uFEFF)?<\?xml[^>]*encoding=["']([\w.-]+)["']/.exec(Buffer.from(chunk.subarray(0, 200)).toString('latin1'))?.[1];
        if (declared && LATIN1.test(declared)) decoder = new TextDecoder('windows-1252');
        else {
          decoder = new TextDecoder('utf-8', { fatal: true });
          utf8 = true;
        }
      }
    }
    if (!decoder.encoding.startsWith('utf-16') && chunk.includes(0)) throw new ImportError('this looks like a binary file, not text');
    if (utf8) {
      try {
        yield decoder.decode(chunk, { stream: true });
        continue;
      } catch {
        warn('not valid UTF-8: the rest was read as Windows-1252 (Latin-1)');
        decoder = new TextDecoder('windows-1252');
        utf8 = false;
      }
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder) {
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      warn('the input ends in the middle of a UTF-8 character');
      rest = '\uFFFD';
    }
    if (rest) yield rest;
  }
}
