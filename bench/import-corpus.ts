import fs from 'node:fs';
import { once } from 'node:events';

/** A deterministic pseudo-random source, so every run generates the same corpus. */
function random(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tal', 'vo', 'sun', 'dra', 'pel', 'nor', 'ita', 'bas', 'qui', 'zen', 'ost', 'fer', 'gal', 'hum', 'jor', 'wex'];
const SECTIONS = ['International', 'Politics', 'Business', 'Technology', 'Science', 'Sport', 'Culture', 'Opinion'];

/** Made-up words and stories: no text from anywhere, each story different from every other. */
export function corpusStory(next: () => number, words: string[], i: number) {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number) => {
    const w = Array.from({ length: n }, () => pick(words));
    return w[0]![0]!.toUpperCase() + w.join(' ').slice(1) + '.';
  };
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 4) }, () =>
    Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(8 + Math.floor(next() * 12))).join(' '),
  );
  return {
    section: pick(SECTIONS),
    headline: `${sentence(5 + Math.floor(next() * 5)).slice(0, -1)} ${i}`,
    paragraphs,
    tags: [pick(words), pick(words)],
    author: `${pick(words)} ${pick(words)}`.replace(/\b\w/g, (c) => c.toUpperCase()),
    publishedAt: new Date(Date.UTC(2020, 0, 1) + Math.floor(next() * 5 * 365 * 86_400_000)).toISOString(),
  };
}

function vocabulary(next: () => number): string[] {
  return Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''),
  );
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

export async function writeJsonLinesCorpus(file: string, n: number): Promise<void> {
  const next = random(42);
  const words = vocabulary(next);
  await writeLines(file, (function* () {
    for (let i = 0; i < n; i++) {
      const s = corpusStory(next, words, i);
      yield JSON.stringify({
        kind: 'story', section: s.section, headline: s.headline, bodyFormat: 'html', body: s.paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
        status: 'published', publishedAt: s.publishedAt, authors: [s.author], tags: s.tags, source: 'bench', sourceKey: `bench-${i}`,
      }) + '\n';
    }
  })());
}

export async function writeWxrCorpus(file: string, n: number): Promise<void> {
  const next = random(7);
  const words = vocabulary(next);
  await writeLines(file, (function* () {
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench</title>\n<wp:wxr_version>1.2</wp:wxr_version>\n';
    for (let i = 0; i < n; i++) {
      const s = corpusStory(next, words, i);
      const type = i % 50 === 49 ? 'attachment' : i % 50 === 48 ? 'page' : 'post';
      yield `<item>
  <title>${s.headline}</title>
  <link>https://bench.example.org/?p=${i}</link>
  <dc:creator><![CDATA[${s.author}]]></dc:creator>
  <guid isPermaLink="false">https://bench.example.org/?p=${i}</guid>
  <content:encoded><![CDATA[${s.paragraphs.join('\n\n')}]]></content:encoded>
  <excerpt:encoded><![CDATA[]]></excerpt:encoded>
  <wp:post_id>${i}</wp:post_id>
  <wp:post_date_gmt><![CDATA[${s.publishedAt.slice(0, 19).replace('T', ' ')}]]></wp:post_date_gmt>
  <wp:status><![CDATA[publish]]></wp:status>
  <wp:post_type><![CDATA[${type}]]></wp:post_type>
  <category domain="category" nicename="${s.section.toLowerCase()}"><![CDATA[${s.section}]]></category>
  <category domain="post_tag" nicename="${s.tags[0]}"><![CDATA[${s.tags[0]}]]></category>
</item>\n`;
    }
    yield '</channel>\n</rss>\n';
  })());
}
