import fs from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../docs/PERFORMANCE.md');

/** Replaces the block between `<!-- bench:NAME -->` markers in docs/PERFORMANCE.md with fresh figures. */
export function writeResults(name: string, body: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const doc = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '# Performance\n';
  const block = `${start}\n${body}\n${end}`;
  const at = doc.indexOf(start);
  const next = at >= 0 ? doc.slice(0, at) + block + doc.slice(doc.indexOf(end, at) + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(FILE, next);
}
