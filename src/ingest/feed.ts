import { ImportError } from './import-error.ts';
import type { SourceItem } from './import-report.ts';
import type { ParseContext } from './parsers.ts';

// eslint-disable-next-line require-yield
export async function* feedItems(_context: ParseContext): AsyncIterable<SourceItem> {
  throw new ImportError('not supported yet');
}
