/** One line of a diff: kept, removed (only in the old text) or added (only in the new). */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

// Beyond this many line pairs the table would be large; such texts are shown as replaced whole.
const MAX_CELLS = 4_000_000;

/** A line-by-line diff (longest common subsequence): enough to show what changed between two saves. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before === '' ? [] : before.replace(/\r\n?/g, '\n').split('\n');
  const b = after === '' ? [] : after.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text): DiffLine => ({ kind: 'same', text }));
  const tail = a.slice(endA).map((text): DiffLine => ({ kind: 'same', text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    return [...head, ...midA.map((text): DiffLine => ({ kind: 'removed', text })), ...midB.map((text): DiffLine => ({ kind: 'added', text })), ...tail];
  }
  // lengths[i][j] = LCS length of midA[i..] and midB[j..]
  const cols = midB.length + 1;
  const lengths = new Uint32Array((midA.length + 1) * cols);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lengths[i * cols + j] = midA[i] === midB[j] ? lengths[(i + 1) * cols + j + 1]! + 1 : Math.max(lengths[(i + 1) * cols + j]!, lengths[i * cols + j + 1]!);
    }
  }
  const middle: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < midA.length && j < midB.length) {
    if (midA[i] === midB[j]) {
      middle.push({ kind: 'same', text: midA[i]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * cols + j]! >= lengths[i * cols + j + 1]!) {
      middle.push({ kind: 'removed', text: midA[i++]! });
    } else {
      middle.push({ kind: 'added', text: midB[j++]! });
    }
  }
  while (i < midA.length) middle.push({ kind: 'removed', text: midA[i++]! });
  while (j < midB.length) middle.push({ kind: 'added', text: midB[j++]! });
  return [...head, ...middle, ...tail];
}

export function hasChanges(diff: DiffLine[]): boolean {
  return diff.some((line) => line.kind !== 'same');
}
