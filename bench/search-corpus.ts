// A synthetic archive with news-like word statistics: a few hundred common words used often, a long
// tail of rare ones (names, places) used seldom (Zipf), and some fixed phrases, so that queries for
// common words, rare words and phrases each behave as they would on a real archive.
import type { SearchOptions } from '../src/store/search.ts';

const COMMON = `said government minister year people police new president officials report told week state court
country million market company public percent election party leader city time health security support plan
government's economy policy border talks deal trade prices bank interest rates oil energy climate water
school children hospital workers union strike vote parliament senate congress budget tax spending debt
military army war forces attack troops ceasefire peace treaty defence alliance sanctions ambassador summit
foreign international national regional local council mayor residents community families village town
capital region province district north south east west coast river island mountain weather storm flood
fire drought heat season record growth inflation jobs unemployment wages business industry factory
technology software data phone internet company's chief executive shares investors profit losses
quarter results revenue sales customers service contract agreement talks negotiations crisis emergency
response aid relief refugees migrants asylum camp border crossing visa permit law judge trial verdict
prison sentence appeal evidence investigation inquiry charges arrest suspect victim witness statement
spokesman spokeswoman agency ministry department office committee commission board panel study research
scientists university researchers results data survey poll voters campaign candidate race polls turnout
opposition coalition government's reform bill legislation rules regulation ban approval decision
announcement plans project construction roads railway airport port harbour ships flights airline
travel tourism hotel festival music film theatre museum gallery artist book author prize award
football match league cup season coach player players goal win victory defeat team fans stadium final
olympic championship medal record race runner swimmer tennis cricket rugby golf cycling`.split(/\s+/);

const PHRASES = ['prime minister', 'interest rates', 'climate change', 'mutual defence', 'central bank', 'supreme court', 'world cup', 'public health'];

// Made-up names: i written in base 112 with a syllable for each digit, so every i gives a new word.
function syllableWord(i: number): string {
  const c = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'ch', 'sh'];
  const v = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
  let n = i + 112;
  let w = '';
  while (n > 0) {
    const d = n % 112;
    w += c[d % 16]! + v[Math.floor(d / 16)]!;
    n = Math.floor(n / 112);
  }
  return w;
}

export function vocabulary(size = 30_000): string[] {
  const seen = new Set(COMMON);
  for (let i = 0; seen.size < size && i < size * 50; i++) seen.add(syllableWord(i));
  return [...seen];
}

/** A seeded generator, so every run builds the same archive. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function zipfSampler(words: string[], rnd: () => number, exponent = 1.05): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= words.length; r++) cumulative.push((total += 1 / r ** exponent));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

export function sentence(word: () => string, rnd: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(rnd() < 0.01 ? PHRASES[Math.floor(rnd() * PHRASES.length)]! : word());
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1);
}

export function paragraph(word: () => string, rnd: () => number, words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(rnd() * 18));
    parts.push(sentence(word, rnd, n) + '.');
    left -= n;
  }
  return parts.join(' ');
}

/** The fixed query set: common, middling and rare words, pairs, phrases, exclusions, filters, newest-first. */
export function searchQuerySet(words: string[], sectionId: number): Array<[string, Partial<SearchOptions>]> {
  return [
    [words[3]!, {}], [words[12]!, {}], [words[40]!, {}], [words[150]!, {}], [words[300]!, {}],
    [words[1000]!, {}], [words[3000]!, {}], [words[8000]!, {}], [words[20000]!, {}],
    [`${words[10]} ${words[60]}`, {}], [`${words[100]} ${words[400]}`, {}], [`${words[500]} ${words[2500]}`, {}],
    [`${words[2]} ${words[5]} ${words[9]}`, {}],
    ['"prime minister"', {}], ['"interest rates"', {}], ['"mutual defence" -sanctions', {}], ['"climate change" flood', {}],
    [`${words[30]} -${words[7]}`, {}], [`${words[200]} -${words[50]} -${words[80]}`, {}],
    [words[20]!, { sectionId }], [words[700]!, { sectionId }],
    [words[25]!, { from: '2025-01-01T00:00:00.000Z' }], [`"central bank" ${words[90]}`, { from: '2020-01-01T00:00:00.000Z', to: '2023-01-01T00:00:00.000Z' }],
    [words[15]!, { sort: 'newest' }], [words[1500]!, { sort: 'newest' }],
  ];
}
