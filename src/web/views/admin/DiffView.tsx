import type { DiffLine } from '../../../domain/text-diff.ts';

/** A diff as a list of lines marked removed (−) or added (+), readable without colour too. */
export function DiffView({ title, lines }: { title: string; lines: DiffLine[] }) {
  const changed = lines.some((l) => l.kind !== 'same');
  return (
    <section class="diff" aria-label={title}>
      <h3>{title}{!changed && <small> — no change</small>}</h3>
      {changed && (
        <pre>
          {lines.map((l) => (
            <span class={`diff-${l.kind}`}>{l.kind === 'removed' ? '− ' : l.kind === 'added' ? '+ ' : '  '}{l.text}{'\n'}</span>
          ))}
        </pre>
      )}
    </section>
  );
}
