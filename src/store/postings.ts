/**
 * The head of a term's postings: the stories where the term ranks highest, kept in one packed value
 * per term (`discovery_postings.entries`) and capped in length. Candidate search for More like this
 * only ever reads the heads, so the rest of a long postings list is never stored: the index grows
 * with the vocabulary, not with the archive. Pure functions; the SQL is in `discovery.ts`.
 */

export interface Posting {
  storyId: number;
  /** The term's weight in the story (unit-normalised tf-idf). */
  weight: number;
  /** Order in the head, highest first: the weight with a bonus for newer stories (see discovery/similarity). */
  rank: number;
}

/** Bytes per posting: story id (uint32), weight (float32), rank (float32), little-endian; highest rank first. */
const ENTRY = 12;

function asBuffer(value: Uint8Array): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

export function encodePostings(list: readonly Posting[]): Buffer {
  const bytes = Buffer.alloc(list.length * ENTRY);
  list.forEach((p, i) => writeEntry(bytes, i * ENTRY, p));
  return bytes;
}

function writeEntry(bytes: Buffer, at: number, p: Posting): void {
  bytes.writeUInt32LE(p.storyId, at);
  bytes.writeFloatLE(p.weight, at + 4);
  bytes.writeFloatLE(p.rank, at + 8);
}

export function decodePostings(value: Uint8Array): Posting[] {
  const bytes = asBuffer(value);
  const out: Posting[] = [];
  for (let at = 0; at + ENTRY <= bytes.length; at += ENTRY) {
    out.push({ storyId: bytes.readUInt32LE(at), weight: bytes.readFloatLE(at + 4), rank: bytes.readFloatLE(at + 8) });
  }
  return out;
}

/** Highest rank first; the newer story (higher id) first on a tie. */
function before(rankA: number, idA: number, rankB: number, idB: number): boolean {
  return rankA > rankB || (rankA === rankB && idA > idB);
}

/** Newcomers to a head as one flat array of (story id, weight, rank) triples: no object per posting. */
export type Incoming = number[];

export function incoming(list: readonly Posting[]): Incoming {
  return list.flatMap((p) => [p.storyId, p.weight, p.rank]);
}

/**
 * A head after some stories leave it and others come in, cut to `keep`; null when nothing moved
 * (every newcomer ranked below a full head's last entry and nobody left). A story both leaving and
 * coming is re-ranked. Works on the packed bytes: a head is never unpacked into objects here,
 * because analysing a big archive merges millions of them.
 */
export function mergeHead(current: Uint8Array, remove: ReadonlySet<number> | undefined, add: Incoming, keep: number): Buffer | null {
  const head = asBuffer(current);
  const n = Math.floor(head.length / ENTRY);
  const count = Math.floor(add.length / 3);
  const order = Array.from({ length: count }, (_, k) => k * 3);
  order.sort((a, b) => (before(add[a + 2]!, add[a]!, add[b + 2]!, add[b]!) ? -1 : before(add[b + 2]!, add[b]!, add[a + 2]!, add[a]!) ? 1 : 0));
  if (!remove?.size && n >= keep) {
    const lastAt = (n - 1) * ENTRY;
    const first = order[0];
    if (first === undefined || !before(add[first + 2]!, add[first]!, head.readFloatLE(lastAt + 8), head.readUInt32LE(lastAt))) return null;
  }
  const leaving = new Set(remove);
  for (const k of order) leaving.add(add[k]!);
  const out = Buffer.alloc(Math.min(keep, n + count) * ENTRY);
  let written = 0;
  let i = 0;
  let j = 0;
  while (written < out.length) {
    // Skip entries that leave (or come back with a new rank).
    while (i < n && leaving.has(head.readUInt32LE(i * ENTRY))) i++;
    const hasOld = i < n;
    const hasNew = j < count;
    if (!hasOld && !hasNew) break;
    const k = order[j]!;
    const takeNew = hasNew && (!hasOld || before(add[k + 2]!, add[k]!, head.readFloatLE(i * ENTRY + 8), head.readUInt32LE(i * ENTRY)));
    if (takeNew) {
      writeEntry(out, written, { storyId: add[k]!, weight: add[k + 1]!, rank: add[k + 2]! });
      j++;
    } else head.copy(out, written, i * ENTRY, ++i * ENTRY);
    written += ENTRY;
  }
  const merged = written === out.length ? out : out.subarray(0, written);
  return merged.equals(head.subarray(0, n * ENTRY)) ? null : merged;
}
