import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Db } from '../store/database.ts';
import { exportSections, exportStories } from '../store/story-export.ts';
import { JSONL_VERSION } from './json-lines.ts';

/** Writes the whole site as Dateline JSON Lines: a header, the sections in order, then every story. */
export async function exportJsonLines(db: Db, out: Writable): Promise<number> {
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  await write({ kind: 'dateline', version: JSONL_VERSION });
  for (const s of await exportSections(db)) await write({ kind: 'section', name: s.name, position: s.position });
  let n = 0;
  for await (const { id: _id, ...story } of exportStories(db)) {
    await write({ kind: 'story', ...story });
    n++;
  }
  return n;
}
