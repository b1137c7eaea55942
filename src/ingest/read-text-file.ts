import fs from 'node:fs/promises';
import { ImportError } from './import-error.ts';

export const MAX_TEXT_FILE_BYTES = 10 * 1024 * 1024;

/** Text of a file in UTF-8, UTF-16 (with BOM) or, failing those, Windows-1252; binary files are refused. */
export async function readTextFile(file: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<{ text: string; warnings: string[] }> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})`);
  }
  if (!stat.isFile()) throw new ImportError('not a regular file');
  if (stat.size > maxBytes) throw new ImportError(`the file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB`);
  const bytes = await fs.readFile(file);
  return decodeText(bytes);
}

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
