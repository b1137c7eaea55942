/**
 * Terms of a story for More like this: lower-cased words without stop words, folded to a rough
 * singular, plus word pairs that recur in the story ("defence treaty"). Pure and fast (well under a
 * millisecond for a news story), so the whole archive can be analysed in the background.
 */

// Function words and newsroom boilerplate that say nothing about what a story is about.
const STOP_WORDS = new Set(
  `a about above after again against all almost also although always am among an and another any anyone
  anything are around as at back be became because become been before being below between both but by
  came can cannot could did do does doing done down during each either else even ever every few for
  from further get gets got had has have having he her here hers herself him himself his how however i
  if in into is it its itself just last least less like made make many may me might more most much must
  my myself neither never new next no nor not now of off often on once one only or other others our ours
  ourselves out over own per perhaps put quite rather really said same say says see seen several shall
  she should since so some something still such than that the their theirs them themselves then there
  these they this those though three through thus to too two under until up upon us very was we well
  were what whatever when where whether which while who whom whose why will with within without would
  yet you your yours yourself yourselves first second told week weeks year years day days time times
  mr mrs ms dr according including people way going went take taken takes want wanted come comes
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  let lets non`
    .split(/\s+/)
    .filter(Boolean),
);

// Words that may well tell stories apart (they stay features: leaving them out cost precision on the
// Brown Corpus) but say nothing to a reader as a reason ("six · old · top").
const VAGUE_WORDS = new Set(
  `four five six seven eight nine ten hundred thousand know knew known old late later early top large
  live used use using part end began begin set recent recently announced reported suggest suggested
  important needed`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a term is too vague to be shown as why a story is listed. */
export function isVagueTerm(term: string): boolean {
  return VAGUE_WORDS.has(term);
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// Plurals in -ies whose singular ends in -ie, and words that are the same in both numbers: "-ies → -y"
// would make them read "movy", "sery" in explanations.
const IE_PLURALS = new Set(
  'movies cookies calories rookies zombies goalies selfies brownies hippies smoothies freebies prairies newbies techies hoodies sorties pixies genies aussies'.split(' '),
);
const SAME_IN_PLURAL = new Set(['series', 'species']);

/** A rough singular, so "treaties"/"treaty" and "missiles"/"missile" count as one term. */
export function foldWord(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) {
    if (SAME_IN_PLURAL.has(word)) return word;
    return IE_PLURALS.has(word) ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  }
  if (word.endsWith('sses')) return word.slice(0, -2);
  // Plain string tests rather than a regular expression: this runs for every word of the archive.
  if (word.endsWith('s') && !(word.endsWith('ss') || word.endsWith('us') || word.endsWith('is'))) return word.slice(0, -1);
  return word;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text in order, lower-cased; possessive 's dropped; no stop words, numbers or one-letter words. */
export function words(text: string): string[] {
  return wordForms(text).map(([word]) => word);
}

/** Whether a word starts with a capital letter: a character-code test for ASCII, Unicode's rule otherwise. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Like `words`, each with whether the text capitalised it (for labels: "Korean", not "korean"). */
function wordForms(text: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = match[0];
    let word = raw.toLowerCase();
    if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 3 || isDigits(word) || STOP_WORDS.has(word)) continue;
    out.push([foldWord(word), startsUpper(raw)]);
  }
  return out;
}

export interface TermCounts {
  /** term → occurrences; pairs are "word1 word2". */
  counts: Map<string, number>;
  /** term → how it reads, for explanations (the first spelling seen). */
  labels: Map<string, string>;
}

/**
 * Counts the terms of a story. Word pairs count only where they recur (twice or more), which keeps
 * the vocabulary small while catching the phrases a story is about. The headline counts double.
 */
export function countTerms(headline: string, body: string): TermCounts {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  // Pairs are counted by the numbers of their two words (cheaper than a string per adjacent pair);
  // only the pairs that recur become strings.
  const index = new Map<string, number>();
  const byIndex: string[] = [];
  const pairs = new Map<number, number>();
  // A word always written with a capital ("Korean", "Kremlin") keeps it in explanations.
  const lowerSeen = new Set<string>();
  // Headlines are often in title case ("Sprinter Breaks Record"): their capitals say nothing, and a word
  // seen only there reads in lower case.
  const bodySeen = new Set<string>();
  const add = (text: string, times: number, capitalsMean: boolean) => {
    let previous = -1;
    for (const [word, capitalised] of wordForms(text)) {
      counts.set(word, (counts.get(word) ?? 0) + times);
      if (capitalsMean) {
        bodySeen.add(word);
        if (!capitalised) lowerSeen.add(word);
      }
      let at = index.get(word);
      if (at === undefined) {
        at = byIndex.length;
        index.set(word, at);
        byIndex.push(word);
      }
      if (previous >= 0) {
        const pair = previous * 0x100000 + at;
        pairs.set(pair, (pairs.get(pair) ?? 0) + times);
      }
      previous = at;
    }
  };
  add(headline, 2, false);
  add(body, 1, true);
  const label = (word: string) => (lowerSeen.has(word) || !bodySeen.has(word) ? word : word[0]!.toUpperCase() + word.slice(1));
  for (const word of counts.keys()) labels.set(word, label(word));
  for (const [key, n] of pairs) {
    if (n < 2) continue;
    const first = byIndex[Math.floor(key / 0x100000)]!;
    const second = byIndex[key % 0x100000]!;
    const pair = `${first} ${second}`;
    counts.set(pair, n);
    labels.set(pair, `${label(first)} ${label(second)}`);
  }
  return { counts, labels };
}
