// A synthetic news archive for `npm run bench:scale`: seeded, so every run builds the same stories.
// Lengths (300–1,000 words), a Zipf-shaped vocabulary of ~40,000 words, and topics with their own
// words and named people and places, so More like this has real work to do.
import type { StoryDraft } from '../src/domain/story.ts';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `government people year time city country minister report company market police court officials
world state school health water support plan group week month money business work family public local
president election vote party council law security service program policy budget price percent rate
growth trade workers team season game player coach match goal win loss fans league cup final record
research study scientists data university hospital patients doctors care drug energy power climate
weather storm rain heat fire flood road rail airport travel tourism film music festival artist book
museum theatre show award television news online digital technology software phone internet users
company shares investors bank interest inflation economy jobs wages housing rent homes building
project community residents street village region border talks deal agreement treaty meeting summit
leader office statement spokesman decision review investigation charges trial judge lawyer prison
military troops defence attack forces weapons missile army navy war peace crisis aid refugees
children students teachers parents women men young older history century future plans change cost`
  .split(/\s+/)
  .filter(Boolean);
const FUNCTION = 'the of and to in a that for on with as was by at from is it said has had have were be an this will but not after its their also more they who which been would over about than new'.split(' ');
const SYLLABLES = 'ka ro mi ten sa lo vi dar nel qu bra sto fen gal mor ti ve ru pan del shi ko ber lan tur ma no zel pre vos'.split(' ');
const SECTIONS = ['World', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture', 'Health'];

function word(random: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w;
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export interface Archive {
  stories(count: number): Generator<StoryDraft & { topic: number }>;
  /** The words the stories are made of, for a query set that finds what is there. */
  vocabulary: { common: string[]; tail: string[]; topics: { section: string; words: string[]; names: string[] }[] };
}

export function syntheticArchive(seed = 7): Archive {
  const random = mulberry32(seed);
  const tail = Array.from({ length: 40_000 }, () => word(random, 2 + Math.floor(random() * 2)));
  // Zipf: word k drawn with probability ~ 1/k.
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1))) - 1);
  const topics = Array.from({ length: 500 }, (_, i) => ({
    section: SECTIONS[i % SECTIONS.length]!,
    words: Array.from({ length: 30 }, () => tail[Math.floor(random() * tail.length)]!),
    names: Array.from({ length: 6 }, (_, k) => (k < 3 ? `${capital(word(random, 2))} ${capital(word(random, 3))}` : capital(word(random, 3)))),
  }));

  function sentence(topic: (typeof topics)[number]): string {
    const length = 12 + Math.floor(random() * 14);
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      const r = random();
      if (r < 0.4) out.push(FUNCTION[Math.floor(random() * FUNCTION.length)]!);
      else if (r < 0.7) out.push(COMMON[zipf(COMMON.length)]!);
      else if (r < 0.85) out.push(topic.words[zipf(topic.words.length)]!);
      else if (r < 0.93) out.push(tail[zipf(tail.length)]!);
      else out.push(topic.names[Math.floor(random() * topic.names.length)]!);
    }
    return `${capital(out.join(' '))}.`;
  }

  return {
    vocabulary: { common: COMMON, tail, topics },
    *stories(count: number) {
      const start = Date.UTC(2023, 0, 1);
      const span = Date.UTC(2026, 10, 1) - start;
      for (let i = 0; i < count; i++) {
        const t = Math.min(topics.length - 1, zipf(topics.length));
        const topic = topics[t]!;
        const paragraphs = Array.from({ length: 5 + Math.floor(random() * 9) }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(topic)).join(' '));
        const headline = `${topic.names[Math.floor(random() * 3)]} ${['Says', 'Plans', 'Faces', 'Wins', 'Warns on'][Math.floor(random() * 5)]} ${capital(topic.words[zipf(30)]!)} ${capital(COMMON[zipf(COMMON.length)]!)} ${i}`;
        yield {
          topic: t,
          sectionName: topic.section,
          headline,
          bodyFormat: 'text',
          body: paragraphs.join('\n\n'),
          status: 'published',
          publishedAt: new Date(start + (span * i) / count + Math.floor(random() * 3_600_000)).toISOString(),
          source: 'bench:scale',
          sourceKey: `s${i}`,
        };
      }
    },
  };
}

/**
 * The fixed query set `bench:scale` times against its archive: frequent and rare words, word pairs,
 * names as phrases, exclusions, a section and date windows, newest first, and one that finds nothing.
 */
export function scaleQuerySet(vocabulary: Archive['vocabulary'], sectionId: number): Array<[string, { sectionId?: number; from?: string; to?: string; sort?: 'newest' }]> {
  const { common, tail, topics } = vocabulary;
  const quoted = (name: string) => `"${name.toLowerCase()}"`;
  return [
    [common[0]!, {}], [common[5]!, {}], [common[40]!, {}], [common[150]!, {}],
    [topics[0]!.words[0]!, {}], [topics[7]!.words[3]!, {}], [topics[120]!.words[10]!, {}], [topics[400]!.words[20]!, {}],
    [tail[300]!, {}], [tail[5000]!, {}], [tail[30_000]!, {}],
    [`${common[3]} ${common[20]}`, {}], [`${topics[2]!.words[1]} ${common[8]}`, {}], [`${common[1]} ${common[2]} ${common[4]}`, {}],
    [quoted(topics[1]!.names[0]!), {}], [quoted(topics[60]!.names[1]!), {}], [`${quoted(topics[9]!.names[2]!)} ${common[30]}`, {}],
    [`${common[10]} -${common[11]}`, {}], [`${topics[4]!.words[2]} -${common[0]} -${common[6]}`, {}],
    [common[12]!, { sectionId }], [topics[3]!.words[4]!, { sectionId }],
    [common[25]!, { from: '2026-01-01T00:00:00.000Z' }], [`${topics[0]!.words[5]} ${common[60]}`, { from: '2023-06-01T00:00:00.000Z', to: '2024-01-01T00:00:00.000Z' }],
    [common[15]!, { sort: 'newest' }], [tail[2000]!, { sort: 'newest' }],
    ['zqxjv nothingmatches', {}],
  ];
}
