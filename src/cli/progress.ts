import type { ImportProgress } from '../ingest/pipeline.ts';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One line of progress: bar (by bytes, when the total is known), items, rate and ETA. */
export function progressLine(p: ImportProgress, width = 24): string {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.items / seconds : 0;
  const fraction = p.bytesTotal ? Math.min(1, p.bytesRead / p.bytesTotal) : undefined;
  const bar = fraction === undefined ? '' : `[${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${Math.floor(fraction * 100)}% `;
  const eta = fraction && fraction > 0 ? duration(seconds / fraction - seconds) : '--:--';
  return `${bar}${p.items} items, ${Math.round(rate)}/s, ETA ${eta}`;
}

/** A progress bar on stderr that redraws itself, shown only when stderr is a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): { onProgress?: (p: ImportProgress) => void; done(): void } {
  if (!stream.isTTY) return { done() {} };
  let shown = false;
  return {
    onProgress(p) {
      shown = true;
      stream.write(`\r${progressLine(p)}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
