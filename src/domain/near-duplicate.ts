/**
 * Near-duplicate detection for stories: a 64-bit SimHash over word 3-shingles. Two versions of the
 * same wire story with small edits differ in a few bits; unrelated stories differ in about half.
 * Fingerprints are 16 lower-case hex digits so both databases store them as text.
 */

export const SHINGLE_WORDS = 3;
/** Fewer shingles than this and a fingerprint says little: such short texts get none. */
export const MIN_SHINGLES = 8;
/** At most this many differing bits counts as a near-duplicate (of 64). */
export const NEAR_DUPLICATE_BITS = 6;

/** Lower-case words of the readable text: tags, entities and punctuation are not content. */
export function fingerprintWords(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Adds a 32-bit word into bit-sliced counters: plane k holds bit k of every position's count of ones.
 * A ripple-carry add of all 32 positions at once, about two steps per word instead of 32.
 */
function addVertical(planes: Int32Array, word: number): void {
  let carry = word;
  for (let k = 0; carry !== 0 && k < planes.length; k++) {
    const next = planes[k]! & carry;
    planes[k]! ^= carry;
    carry = next;
  }
}

/** Positions whose count of ones is over half of `total`. */
function majority(planes: Int32Array, total: number): number {
  let out = 0;
  for (let bit = 0; bit < 32; bit++) {
    let count = 0;
    for (let k = 0; k < planes.length; k++) count += ((planes[k]! >>> bit) & 1) << k;
    if (count * 2 > total) out |= 1 << bit;
  }
  return out >>> 0;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** FNV-1a hashes of the words `fingerprintWords` would give, without making the strings. */
function wordHashes(text: string): number[] {
  const clean = text.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').toLowerCase();
  const hashes: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 127 && WORD_CHAR.test(clean[i]!));
    if (isWord) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

// A 32-bit finaliser (murmur3's): every input bit moves about half the output bits.
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The SimHash of a text, or null when it is too short to say anything. */
export function simHash(text: string): string | null {
  const words = wordHashes(text);
  const shingles = Math.min(words.length - SHINGLE_WORDS + 1, 1 << 24);
  if (shingles < MIN_SHINGLES) return null;
  const low = new Int32Array(25);
  const high = new Int32Array(25);
  for (let i = 0; i < shingles; i++) {
    // Order matters in a shingle: each word's hash is turned by its place before they are combined.
    const shingle = mix(words[i]!) ^ mix(words[i + 1]! ^ 0x5bd1e995) ^ mix(words[i + 2]! ^ 0x1b873593);
    addVertical(low, mix(shingle));
    addVertical(high, mix(shingle ^ 0x9e3779b9));
  }
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(majority(high, shingles)) + hex(majority(low, shingles));
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Differing bits between two fingerprints (0–64). */
export function hammingDistance(a: string, b: string): number {
  return popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) + popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}

interface Entry<Id> {
  id: Id;
  hi: number;
  lo: number;
}

const halves = (fingerprint: string) => ({ hi: parseInt(fingerprint.slice(0, 8), 16) | 0, lo: parseInt(fingerprint.slice(8, 16), 16) | 0 });

/** The four 16-bit blocks of the 64-bit value hi:lo. */
function blocks(hi: number, lo: number): [number, number, number, number] {
  return [hi >>> 16, hi & 0xffff, lo >>> 16, lo & 0xffff];
}

/**
 * Fingerprints of known stories, searchable for near-duplicates. Two fingerprints at most 7 bits
 * apart agree on one of their four 16-bit blocks to within one bit (pigeonhole), so a lookup probes
 * each block's value and its 16 one-bit neighbours: 68 probes into buckets of about n/65,536 stories,
 * a few dozen comparisons with a million stories known.
 */
export class NearDuplicateIndex<Id> {
  private readonly blocks = [0, 1, 2, 3].map(() => new Map<number, Array<Entry<Id>>>());
  private readonly all: Array<Entry<Id>> = [];

  add(id: Id, fingerprint: string): void {
    const entry = { id, ...halves(fingerprint) };
    this.all.push(entry);
    for (const [i, value] of blocks(entry.hi, entry.lo).entries()) {
      const list = this.blocks[i]!.get(value);
      if (list) list.push(entry);
      else this.blocks[i]!.set(value, [entry]);
    }
  }

  /** The closest known story within `maxBits` (NEAR_DUPLICATE_BITS unless told), or undefined. */
  find(fingerprint: string, maxBits = NEAR_DUPLICATE_BITS): { id: Id; distance: number } | undefined {
    const { hi, lo } = halves(fingerprint);
    let bestEntry: Entry<Id> | undefined;
    let bestDistance = maxBits + 1;
    // The probes are exact only up to 7 bits; a wider search reads every fingerprint.
    const lists = maxBits > 7 ? [this.all] : this.probes(hi, lo);
    for (const list of lists) {
      for (let j = 0; j < list.length; j++) {
        const entry = list[j]!;
        const distance = popcount(hi ^ entry.hi) + popcount(lo ^ entry.lo);
        if (distance < bestDistance) {
          bestDistance = distance;
          bestEntry = entry;
        }
      }
    }
    return bestEntry ? { id: bestEntry.id, distance: bestDistance } : undefined;
  }

  private probes(hi: number, lo: number): Array<Array<Entry<Id>>> {
    const found: Array<Array<Entry<Id>>> = [];
    const values = blocks(hi, lo);
    for (let i = 0; i < 4; i++) {
      const block = this.blocks[i]!;
      const value = values[i]!;
      const exact = block.get(value);
      if (exact) found.push(exact);
      for (let bit = 0; bit < 16; bit++) {
        const near = block.get(value ^ (1 << bit));
        if (near) found.push(near);
      }
    }
    return found;
  }
}
