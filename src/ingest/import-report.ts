import type { StoryDraft } from '../domain/story.ts';

/** What a parser gives the pipeline: a story, a section to create, or why an item was not one. */
export type SourceItem =
  | { kind: 'story'; item?: string; draft: StoryDraft; warnings: string[] }
  | { kind: 'section'; name: string; position: number }
  | { kind: 'failed'; item?: string; error: string }
  | { kind: 'skipped'; item?: string; reason: string };

export const OUTCOMES = ['created', 'updated', 'unchanged', 'duplicate', 'skipped', 'failed'] as const;
export type ImportOutcome = (typeof OUTCOMES)[number];

export interface ImportItem {
  /** The file or URL. */
  file: string;
  /** Which item inside it (a GUID, a post id, a line number), when the file holds several. */
  item?: string;
  outcome: ImportOutcome;
  /** Where the story is on the site. */
  path?: string;
  headline?: string;
  warnings: string[];
  /** Why it failed. */
  error?: string;
  /** Why it was skipped. */
  reason?: string;
  /** For a near-duplicate: the story it repeats. */
  duplicateOf?: string;
}

export interface ImportReport {
  dryRun: boolean;
  counts: Record<ImportOutcome, number>;
  /** Skipped items by reason ("a WordPress page", "an attachment"…): counted, not listed. */
  skipped: Record<string, number>;
  /** Every item except the skipped ones, in input order. */
  items: ImportItem[];
}

export function emptyReport(dryRun = false): ImportReport {
  return { dryRun, counts: { created: 0, updated: 0, unchanged: 0, duplicate: 0, skipped: 0, failed: 0 }, skipped: {}, items: [] };
}

export function addToReport(report: ImportReport, item: ImportItem): void {
  report.counts[item.outcome]++;
  if (item.outcome === 'skipped') {
    const reason = item.reason ?? 'skipped';
    report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
  } else {
    report.items.push(item);
  }
}

export function summaryLine(report: ImportReport): string {
  const c = report.counts;
  const line = `${c.created} imported, ${c.updated} updated, ${c.unchanged} unchanged, ${c.duplicate} duplicates, ${c.skipped} skipped, ${c.failed} failed`;
  return report.dryRun ? `${line} (dry run: nothing was written)` : line;
}

/** The report for people: one line per item (file, item, what happened), then the skip counts and the summary. */
export function formatReport(report: ImportReport, options: { quietSuccess?: boolean } = {}): string {
  const lines: string[] = [];
  for (const r of report.items) {
    const where = r.item ? `${r.file} [${r.item}]` : r.file;
    const warnings = r.warnings.map((w) => `\n  warning: ${w}`).join('');
    if (r.outcome === 'failed') lines.push(`${where}: failed: ${r.error}`);
    else if (r.outcome === 'duplicate') lines.push(`${where}: duplicate of ${r.duplicateOf} (not imported)${warnings}`);
    else if (!options.quietSuccess || r.warnings.length) lines.push(`${where}: ${r.outcome} ${r.path}${warnings}`);
  }
  for (const [reason, n] of Object.entries(report.skipped)) lines.push(`skipped ${n}: ${reason}`);
  lines.push(summaryLine(report));
  return lines.join('\n');
}
