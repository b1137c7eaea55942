import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { ImportError } from './import-error.ts';
import { decodeText } from './read-text-file.ts';

/** Bytes to import from a file or a fetched feed, read in chunks; `bytesRead` drives the progress bar. */
export interface ImportSource {
  /** The file path or URL, as the report names it. */
  name: string;
  size: number | undefined;
  bytesRead: number;
  /** The first bytes, for format detection, without consuming the stream. */
  head(): Promise<Uint8Array>;
  chunks(): AsyncIterable<Uint8Array>;
}

const HEAD_BYTES = 4096;

export async function openFileSource(file: string): Promise<ImportSource> {
  let stat;
  try {
    stat = await fsp.stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportError(code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'error'})`);
  }
  if (!stat.isFile()) throw new ImportError('not a regular file');
  const source: ImportSource = {
    name: file,
    size: stat.size,
    bytesRead: 0,
    async head() {
      const handle = await fsp.open(file, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    async *chunks() {
      try {
        for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
          source.bytesRead += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
      } catch (error) {
        if (error instanceof ImportError) throw error;
        throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    },
  };
  return source;
}

export function bufferSource(name: string, bytes: Uint8Array): ImportSource {
  const source: ImportSource = {
    name,
    size: bytes.length,
    bytesRead: 0,
    head: async () => bytes.subarray(0, HEAD_BYTES),
    async *chunks() {
      for (let at = 0; at < bytes.length; at += 256 * 1024) {
        const chunk = bytes.subarray(at, at + 256 * 1024);
        source.bytesRead += chunk.length;
        yield chunk;
      }
    },
  };
  return source;
}

/** Formats read whole (a story page) refuse files larger than this; streamed formats have no limit. */
export const MAX_WHOLE_FILE_BYTES = 10 * 1024 * 1024;

/** The whole source as text (UTF-8, UTF-16 with BOM, or Windows-1252), refusing binary and oversized input. */
export async function readWholeText(source: ImportSource, maxBytes = MAX_WHOLE_FILE_BYTES): Promise<{ text: string; warnings: string[] }> {
  if (source.size !== undefined && source.size > maxBytes) {
    throw new ImportError(`the file is ${(source.size / 1048576).toFixed(1)} MB; the limit for this format is ${maxBytes / 1048576} MB`);
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source.chunks()) {
    total += chunk.length;
    if (total > maxBytes) throw new ImportError(`the input is over ${maxBytes / 1048576} MB, the limit for this format`);
    parts.push(chunk);
  }
  return decodeText(Buffer.concat(parts));
}
