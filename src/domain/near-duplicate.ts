/**
 * Near-duplicate detection for stories: a 64-bit SimHash over word 3-shingles. Two versions of the
 * same wire story with small edits differ in a few bits; unrelated stories differ in about half.
 * Fingerprints are 16 lower-case hex digits so both databases store them as text.
 */

export const SHINGLE_WORDS = 3;
/** Fewer shingles than this and a fingerprint says little: such short texts get none. */
export const MIN_SHINGLES = 8;
/** At most this many differing bits counts as a near-duplicate (of 64). */
export const NEAR_DUPLICATE_BITS = 4;
// Five bands of the 16 hex digits: with at most 4 differing bits one band is identical (pigeonhole).
const BANDS: Array<[number, number]> = [[0, 3], [3, 6], [6, 9], [9, 12], [12, 16]];

/** Lower-case words of the readable text: tags, entities and punctuation are not content. */
export function fingerprintWords(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// FNV-1a, 32 bits, with a seed: two seeds give the 64 bits SimHash needs without BigInt.
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche so shingles that differ in their last character differ in many bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The SimHash of a text, or null when it is too short to say anything. */
export function simHash(text: string): string | null {
  const words = fingerprintWords(text);
  const shingles = words.length - SHINGLE_WORDS + 1;
  if (shingles < MIN_SHINGLES) return null;
  const votes = new Int32Array(64);
  for (let i = 0; i < shingles; i++) {
    const shingle = words[i] + ' ' + words[i + 1] + ' ' + words[i + 2];
    const lo = fnv1a(shingle, 0);
    const hi = fnv1a(shingle, 0x9e3779b9);
    for (let bit = 0; bit < 32; bit++) {
      votes[bit]! += (lo >>> bit) & 1 ? 1 : -1;
      votes[bit + 32]! += (hi >>> bit) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (votes[bit]! > 0) lo |= 1 << bit;
    if (votes[bit + 32]! > 0) hi |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
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

/**
 * Fingerprints of known stories, searchable for near-duplicates: only stories sharing a band
 * with the one looked up are compared, so a lookup stays cheap with 100,000 stories known.
 */
export class NearDuplicateIndex<Id> {
  private readonly bands = new Map<string, Array<{ id: Id; fingerprint: string }>>();

  add(id: Id, fingerprint: string): void {
    for (const [band, [from, to]] of BANDS.entries()) {
      const key = band + fingerprint.slice(from, to);
      const list = this.bands.get(key);
      if (list) list.push({ id, fingerprint });
      else this.bands.set(key, [{ id, fingerprint }]);
    }
  }

  /** The closest known story within NEAR_DUPLICATE_BITS, or undefined. */
  find(fingerprint: string, maxBits = NEAR_DUPLICATE_BITS): { id: Id; distance: number } | undefined {
    let best: { id: Id; distance: number } | undefined;
    for (const [band, [from, to]] of BANDS.entries()) {
      for (const entry of this.bands.get(band + fingerprint.slice(from, to)) ?? []) {
        const distance = hammingDistance(fingerprint, entry.fingerprint);
        if (distance <= maxBits && (!best || distance < best.distance)) best = { id: entry.id, distance };
      }
    }
    return best;
  }
}
