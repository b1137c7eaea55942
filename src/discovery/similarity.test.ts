import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseStory } from './story-analysis.ts';
import { DEFAULT_RANK_OPTIONS, rankMoreLikeThis, rankRelated, weighFeatures, type Candidate } from './similarity.ts';

const now = new Date('2026-06-30T12:00:00.000Z');
const FIXTURES = [
  { id: 1, headline: 'Russia and North Korea sign defence treaty', text: 'Kim Jong Un and Vladimir Putin signed a mutual defence treaty in Pyongyang. The defence treaty binds Russia and North Korea to aid each other if attacked. Seoul protested.' },
  { id: 2, headline: 'Seoul condemns Moscow–Pyongyang pact', text: 'South Korea condemned the defence treaty between Russia and North Korea. Officials in Seoul said Kim Jong Un was buying protection from Moscow with shells for Ukraine.' },
  { id: 3, headline: 'Washington warns over North Korean munitions', text: 'The United States said the treaty could speed the flow of North Korean munitions to Russia. Pyongyang rejected the warning.' },
  { id: 4, headline: 'United win the derby in extra time', text: 'The striker scored twice as United beat City in the derby. The manager praised the defence, which held firm to the final whistle. Fans sang in the rain.' },
  { id: 5, headline: 'Cup final ends in penalties', text: 'The cup final went to penalties after a goalless draw. The goalkeeper saved two kicks and the captain lifted the cup. The defence was solid.' },
  { id: 6, headline: 'Central bank holds interest rates', text: 'The central bank kept interest rates unchanged, saying inflation was easing. Markets rose on the news and the currency slipped.' },
  { id: 7, headline: 'Russia and North Korea sign defence treaty', text: 'Kim Jong Un and Vladimir Putin signed a mutual defence treaty in Pyongyang. The defence treaty binds Russia and North Korea to aid each other if attacked. Seoul protested.' },
];

function corpus() {
  const analyses = FIXTURES.map((f) => ({ ...f, analysis: analyseStory({ headline: f.headline, dek: null, text: f.text, tags: [] }) }));
  const df = new Map<string, number>();
  for (const a of analyses) for (const term of a.analysis.counts.terms) df.set(term, (df.get(term) ?? 0) + 1);
  return analyses.map((a) => ({ ...a, features: weighFeatures(a.analysis.counts, (t) => df.get(t) ?? 0, analyses.length) }));
}

function candidates(stories: ReturnType<typeof corpus>): Candidate[] {
  return stories.map((s) => ({ id: s.id, headline: s.headline, publishedAt: '2026-06-29T00:00:00.000Z', features: new Map(s.features.map((f) => [f.term, f.weight])) }));
}

test('a story about the Russia–North Korea treaty finds the other Korea stories before sport', () => {
  const stories = corpus();
  const ranked = rankMoreLikeThis(stories[1]!, candidates(stories), { ...DEFAULT_RANK_OPTIONS, now });
  assert.deepEqual(ranked.slice(0, 3).map((r) => r.id).sort(), [1, 3, 7]);
  assert.ok(!ranked.some((r) => r.id === 2), 'never the story itself');
  for (const sport of [4, 5]) {
    const at = ranked.findIndex((r) => r.id === sport);
    assert.ok(at === -1 || at > 2, `sport story ${sport} ranked at ${at}`);
  }
});

test('a near-duplicate is left out, and weak matches fall under the threshold', () => {
  const stories = corpus();
  const ranked = rankMoreLikeThis(stories[0]!, candidates(stories), { ...DEFAULT_RANK_OPTIONS, now });
  assert.ok(!ranked.some((r) => r.id === 7), 'the copy of story 1 is a near-duplicate');
  const bank = rankMoreLikeThis(stories[5]!, candidates(stories), { ...DEFAULT_RANK_OPTIONS, now });
  assert.deepEqual(bank, []);
});

test('a match far weaker than the best is left out, whatever the scale of the scores', () => {
  const source = { id: 1, headline: 'Source', features: [{ term: 'treaty', weight: 0.8, label: 'treaty' }, { term: 'office', weight: 0.6, label: 'office' }] };
  const candidate = (id: number, treaty: number, office: number): Candidate => ({ id, headline: `Story ${id}`, publishedAt: '2026-06-29T00:00:00.000Z', features: new Map([['treaty', treaty], ['office', office]]) });
  // Scores about 0.52, 0.15 and 0.04: all above the absolute floor (0.01), the last under a tenth of the best.
  const ranked = rankMoreLikeThis(source, [candidate(2, 0.5, 0.2), candidate(3, 0.1, 0.12), candidate(4, 0, 0.07)], { ...DEFAULT_RANK_OPTIONS, now });
  assert.deepEqual(ranked.map((r) => r.id), [2, 3]);
  // The same shape ten times smaller (long documents give small cosines): the same cut.
  const small = rankMoreLikeThis(source, [candidate(2, 0.05, 0.02), candidate(3, 0.01, 0.012), candidate(4, 0, 0.007)], { ...DEFAULT_RANK_OPTIONS, minScore: 0, now });
  assert.deepEqual(small.map((r) => r.id), [2, 3]);
});

test('the explanation names what the stories share: people, places, phrases', () => {
  const stories = corpus();
  const [top] = rankMoreLikeThis(stories[1]!, candidates(stories), { ...DEFAULT_RANK_OPTIONS, now });
  assert.ok(top);
  assert.ok(top.reasons.length >= 2 && top.reasons.length <= 3, top.reasons.join(' · '));
  assert.ok(top.reasons.some((r) => /Kim Jong Un|North Korea|Pyongyang|Seoul/.test(r)), top.reasons.join(' · '));
});

test('a recent story beats an equally similar old one, but only mildly', () => {
  const stories = corpus();
  const cands = candidates(stories).filter((c) => c.id === 1 || c.id === 3);
  const old = cands.map((c) => (c.id === 1 ? { ...c, publishedAt: '2016-01-01T00:00:00.000Z' } : c));
  const fresh = rankMoreLikeThis(stories[1]!, cands, { ...DEFAULT_RANK_OPTIONS, now });
  const aged = rankMoreLikeThis(stories[1]!, old, { ...DEFAULT_RANK_OPTIONS, now });
  const score = (list: typeof fresh, id: number) => list.find((r) => r.id === id)!.score;
  assert.ok(score(aged, 1) < score(fresh, 1));
  assert.ok(score(aged, 1) > score(fresh, 1) * 0.8);
});

test('rankRelated prefers the story sharing the rarer topic', () => {
  const source = { id: 1, topics: [{ term: 'e:kim-jong-un', label: 'Kim Jong Un', idf: 3 }, { term: 'e:russia', label: 'Russia', idf: 1 }] };
  const ranked = rankRelated(source, [
    { id: 2, publishedAt: '2026-01-02', topics: new Set(['e:russia']) },
    { id: 3, publishedAt: '2026-01-01', topics: new Set(['e:kim-jong-un']) },
    { id: 4, publishedAt: '2026-01-03', topics: new Set(['e:other']) },
    { id: 1, publishedAt: '2026-01-03', topics: new Set(['e:russia']) },
  ], 5);
  assert.deepEqual(ranked.map((r) => r.id), [3, 2]);
  assert.deepEqual(ranked[0]!.reasons, ['Kim Jong Un']);
});

test('rankRelated names a topic once when a tag and an entity share its name', () => {
  const source = { id: 1, topics: [{ term: 't:ukraine', label: 'ukraine', idf: 2 }, { term: 'e:ukraine', label: 'Ukraine', idf: 2 }, { term: 'e:seoul', label: 'Seoul', idf: 1 }] };
  const ranked = rankRelated(source, [{ id: 2, publishedAt: '2026-01-02', topics: new Set(['t:ukraine', 'e:ukraine', 'e:seoul']) }], 5);
  assert.deepEqual(ranked[0]!.reasons.map((r) => r.toLowerCase()), ['ukraine', 'seoul']);
});

test('explanations leave out vague words even when they weigh', () => {
  const now = new Date('2026-11-27T12:00:00Z');
  const source = { id: 1, headline: 'A', features: [{ term: 'old', label: 'old', weight: 0.6 }, { term: 'treaty', label: 'treaty', weight: 0.5 }] };
  const [match] = rankMoreLikeThis(source, [{ id: 2, headline: 'B', publishedAt: now.toISOString(), features: new Map([['old', 0.5], ['treaty', 0.3]]) }], { ...DEFAULT_RANK_OPTIONS, now });
  assert.deepEqual(match!.reasons, ['treaty']);
});
