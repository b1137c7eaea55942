import { slugify } from '../domain/slug.ts';
import { isStopWord, startsUpper } from './text-terms.ts';

/**
 * A fast named-entity finder of our own: runs of capitalised words, titles stripped, sentence
 * openers dropped, variants merged ("Kim" into "Kim Jong Un", "North Korean" into "North Korea").
 * It is cruder than a general NLP library but about a hundred times faster, which is what lets a
 * million-story archive be analysed in minutes; `npm run bench:discovery` measures how far it
 * agrees with `compromise` on real text.
 */

export type EntityKind = 'person' | 'place' | 'organisation' | 'name';

export interface Entity {
  slug: string;
  name: string;
  kind: EntityKind;
  mentions: number;
}

// Words that precede a person's name and are not part of it.
const TITLES = new Set(
  `mr mrs ms dr sir dame lord lady king queen prince princess pope president vice prime minister
  chancellor secretary senator sen rep representative governor mayor general gen colonel col admiral
  captain capt coach judge justice chairman chairwoman chair leader spokesman spokeswoman ambassador
  envoy commander officer director chief deputy professor prof foreign defence defense finance
  interior state sheikh emir premier`
    .split(/\s+/)
    .filter(Boolean),
);

const CALENDAR = new Set(
  `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`
    .split(/\s+/)
    .filter(Boolean),
);

// Capitalised words that open sentences or headlines without naming anything.
const OPENERS = new Set(
  `analysis explainer opinion comment review live update updated breaking exclusive watch read yes
  asked speaking meanwhile instead despite across inside outside officials sources critics analysts
  many most some several both while since last next earlier later article chapter clause section page
  figure table part photo picture video`
    .split(/\s+/)
    .filter(Boolean),
);

const ORGANISATION_WORDS = new Set(
  `ministry council party union bank company corporation corp inc ltd plc group association agency
  committee commission university college school court assembly parliament congress senate army navy
  force forces league club fc institute foundation office department organisation organization
  federation authority board service services police guard guards fund times post news press nations
  alliance coalition front movement church`
    .split(/\s+/)
    .filter(Boolean),
);

// A short gazetteer: enough to type the places that news names most, and to fold demonyms.
const PLACES = new Set(
  `afghanistan africa albania algeria america argentina armenia asia australia austria azerbaijan
  bangladesh belarus belgium bolivia bosnia brazil britain bulgaria cambodia canada chile china colombia
  croatia cuba cyprus czechia denmark egypt england estonia ethiopia europe finland france georgia
  germany ghana greece hungary iceland india indonesia iran iraq ireland israel italy japan jordan
  kazakhstan kenya korea kosovo kuwait latvia lebanon libya lithuania malaysia mexico moldova mongolia
  morocco myanmar nepal netherlands nigeria norway pakistan palestine peru philippines poland portugal
  qatar romania russia rwanda scotland serbia singapore slovakia slovenia somalia spain sudan sweden
  switzerland syria taiwan thailand tunisia turkey uganda ukraine uruguay venezuela vietnam wales yemen
  zimbabwe states beijing berlin brussels cairo delhi geneva jerusalem kyiv kiev london madrid moscow paris
  pyongyang rome seoul tehran tokyo washington gaza crimea donbas vladivostok kremlin`
    .split(/\s+/)
    .filter(Boolean),
);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'visited', 'visit']);

interface Token {
  text: string;
  /** `text` lower-cased. */
  lower: string;
  /** Capitalised and longer than one letter (see `isCapitalised`). */
  cap: boolean;
  /** Starts a sentence (or the text, a paragraph, a quotation). */
  opener: boolean;
  /** The lower-cased word before it, if any. */
  before: string | undefined;
  /** Ends a noun phrase: a possessive ("Korea’s"). */
  closes: boolean;
  /** Sits in a title-case line (a headline), where capitals say little. */
  titleCase: boolean;
}

const TOKEN = /[\p{L}][\p{L}\p{N}\-’']*|[.!?:;"“”\n]|[,()]/gu;
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '\n']);

/** Whether a word starts with a lower-case letter (ASCII by character code, Unicode's rule otherwise). */
function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(word);
}

function isQuote(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const line of text.split(/\n+/)) {
    const start = out.length;
    let opener = true;
    let before: string | undefined;
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(line); match; match = TOKEN.exec(line)) {
      const t = match[0];
      if (t.length === 1 && SENTENCE_MARKS.has(t)) {
        opener = true;
        before = undefined;
        continue;
      }
      if (t === ',' || t === '(' || t === ')') {
        before = undefined;
        continue;
      }
      // A possessive ("Korea’s", "States’") closes a noun phrase and is cut off the word.
      const last = t.charCodeAt(t.length - 1);
      const closes = isQuote(last) || (last === 115 && t.length > 1 && isQuote(t.charCodeAt(t.length - 2)));
      const word = !closes ? t : isQuote(last) ? t.slice(0, -1) : t.slice(0, -2);
      const lower = word.toLowerCase();
      out.push({ text: word, lower, cap: word.length > 1 && startsUpper(word), opener, before, closes, titleCase: false });
      opener = false;
      before = t.toLowerCase();
    }
    const lineTokens = out.length - start;
    if (lineTokens >= 4) {
      let plain = 0;
      for (let k = start; k < out.length; k++) if (out[k]!.text.length >= 4 && startsLower(out[k]!.text)) plain++;
      if (plain / lineTokens < 0.15) for (let k = start; k < out.length; k++) out[k]!.titleCase = true;
    }
  }
  return out;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(word);
}

// Small words that may sit inside a name: "Bank of England", "Osama bin Laden".
const JOINERS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'for']);

interface Found {
  words: string[];
  titled: boolean;
  afterPlaceWord: boolean;
}

/**
 * Runs of capitalised words, joined across "of"/"de"/"al" when a capitalised word follows. In a
 * title-case line only words seen capitalised in running text (`known`) or known places count.
 */
function runs(list: Token[], known: Set<string>): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < list.length) {
    const start = list[i]!;
    if (!start.cap || (start.titleCase && !known.has(start.text) && !PLACES.has(start.lower))) {
      i++;
      continue;
    }
    let j = i;
    const run: string[] = [];
    while (j < list.length) {
      const t = list[j]!;
      if (j > i && (t.opener || list[j - 1]!.closes)) break;
      if (t.cap && (!t.titleCase || known.has(t.text) || PLACES.has(t.lower))) {
        run.push(t.text);
        j++;
        continue;
      }
      const next = list[j + 1];
      if (run.length && JOINERS.has(t.text) && next && !next.opener && next.cap) {
        run.push(t.text);
        j++;
        continue;
      }
      break;
    }
    // A title inside a run ("Russian President Vladimir Putin") splits it: the words before it are
    // their own entity, the words after it a person.
    const organisation = run.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
    const titleAt = organisation ? -1 : run.findIndex((w, k) => k > 0 && TITLES.has(w.toLowerCase()));
    if (titleAt > 0) {
      const head = run.slice(0, titleAt).filter((w) => !TITLES.has(w.toLowerCase()));
      const headWords = head.filter((w, k) => k > 0 || !(start.opener && (isStopWord(w.toLowerCase()) || OPENERS.has(w.toLowerCase()))));
      if (headWords.length) found.push({ words: headWords, titled: false, afterPlaceWord: false });
      run.splice(0, titleAt);
    }
    // Strip leading titles and sentence openers; note whether a title marked a person.
    let titled = false;
    let first = 0;
    while (first < run.length) {
      const lower = run[first]!.toLowerCase();
      if (TITLES.has(lower) && !organisation) {
        titled = true;
        first++;
      } else if ((first === 0 && start.opener && (isStopWord(lower) || OPENERS.has(lower))) || CALENDAR.has(lower) || OPENERS.has(lower)) {
        first++;
      } else break;
    }
    let words = run.slice(first);
    while (words.length && JOINERS.has(words.at(-1)!)) words = words.slice(0, -1);
    words = words.filter((w, k) => k > 0 || !isStopWord(w.toLowerCase()));
    // A lone capitalised word opening a sentence is only a name if running text capitalises it too.
    const loneOpener = words.length === 1 && first === 0 && titleAt <= 0 && start.opener && !known.has(words[0]!) && !PLACES.has(words[0]!.toLowerCase());
    if (words.length && !loneOpener) found.push({ words, titled, afterPlaceWord: first === 0 && titleAt <= 0 && PLACE_PREPOSITIONS.has(start.before ?? '') });
    i = Math.max(j, i + 1);
  }
  return found;
}

function kindOf(words: string[], titled: boolean, afterPlaceWord: boolean): EntityKind {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  if (isAcronym(words[0]!) && words.length === 1) return 'organisation';
  if (PLACES.has(lower.at(-1)!) || PLACES.has(lower.join(' '))) return 'place';
  if (titled) return 'person';
  if (afterPlaceWord && words.length <= 2) return 'place';
  return 'name';
}

/** "Korean" → "Korea", "Ukrainian" → "Ukraine", "Chinese" → "China": the forms a demonym may come from. */
function demonymSources(name: string): string[] {
  const out: string[] = [];
  if (name.endsWith('ian')) out.push(`${name.slice(0, -3)}ia`, `${name.slice(0, -3)}e`, name.slice(0, -3));
  if (name.endsWith('an')) out.push(name.slice(0, -1), name.slice(0, -2), `${name.slice(0, -2)}a`);
  if (name.endsWith('ese')) out.push(name.slice(0, -3), `${name.slice(0, -3)}a`);
  if (name.endsWith('ish')) out.push(name.slice(0, -3), `${name.slice(0, -3)}land`);
  return out;
}

/**
 * The people, places and organisations a story names, most mentioned first. An entity named once
 * counts only if it has two or more words or is in the headline, which keeps stray capitals out.
 */
export function extractEntities(headline: string, body: string, limit = 30): Entity[] {
  const byName = new Map<string, { words: string[]; kinds: EntityKind[]; mentions: number; inHeadline: boolean }>();
  const headlineTokens = tokens(headline);
  const bodyTokens = tokens(body);
  const known = new Set<string>();
  for (const list of [headlineTokens, bodyTokens]) for (const t of list) if (!t.titleCase && !t.opener && t.cap) known.add(t.text);
  const collect = (list: Token[], inHeadline: boolean) => {
    for (const f of runs(list, known)) {
      const name = f.words.join(' ');
      const entry = byName.get(name) ?? { words: f.words, kinds: [], mentions: 0, inHeadline: false };
      entry.kinds.push(kindOf(f.words, f.titled, f.afterPlaceWord));
      entry.mentions++;
      entry.inHeadline ||= inHeadline;
      byName.set(name, entry);
    }
  };
  collect(headlineTokens, true);
  collect(bodyTokens, false);

  // Fold variants into the fullest form the story uses.
  const names = [...byName.keys()];
  const lowerNames = new Map(names.map((n) => [n.toLowerCase(), n]));
  const target = (name: string): string | undefined => {
    const entry = byName.get(name)!;
    const lower = name.toLowerCase();
    for (const source of demonymSources(lower)) {
      const found = lowerNames.get(source);
      if (found && found !== name) return found;
      if (PLACES.has(source.split(' ').at(-1)!)) return source.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
    }
    if (entry.words.length === 1) {
      const longer = names.filter((n) => {
        const w = byName.get(n)!.words;
        const kinds = byName.get(n)!.kinds;
        return w.length > 1 && w.length <= 3 && (w[0] === name || w.at(-1) === name) && (kinds.includes('person') || kinds.includes('name'));
      });
      if (longer.length === 1) return longer[0];
    }
    return undefined;
  };
  const merged = new Map<string, { name: string; kinds: EntityKind[]; mentions: number; inHeadline: boolean; words: number }>();
  for (const name of names) {
    const entry = byName.get(name)!;
    let into = target(name) ?? name;
    // One more hop: "North Korean" → "North Korea" that itself is final.
    into = (byName.has(into) && target(into)) || into;
    const m = merged.get(into) ?? { name: into, kinds: [], mentions: 0, inHeadline: false, words: into.split(' ').length };
    m.kinds.push(...(into === name ? entry.kinds : entry.kinds.filter((k) => k !== 'name')));
    if (into !== name && PLACES.has(into.toLowerCase().split(' ').at(-1)!)) m.kinds.push('place');
    // A surname used on its own ("Putin" for "Vladimir Putin") marks a person.
    else if (into !== name && entry.words.length === 1) m.kinds.push('person');
    m.mentions += entry.mentions;
    m.inHeadline ||= entry.inHeadline;
    merged.set(into, m);
  }

  const entities: Entity[] = [];
  for (const m of merged.values()) {
    const slug = slugify(m.name);
    if (!slug || slug.length < 2) continue;
    if (m.mentions < 2 && m.words < 2 && !m.inHeadline) continue;
    entities.push({ slug, name: m.name, kind: commonestKind(m.kinds), mentions: m.mentions });
  }
  entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  return dedupeBySlug(entities).slice(0, limit);
}

function commonestKind(kinds: EntityKind[]): EntityKind {
  const order: EntityKind[] = ['person', 'place', 'organisation'];
  let best: EntityKind = 'name';
  let bestCount = 0;
  for (const kind of order) {
    const n = kinds.filter((k) => k === kind).length;
    if (n > bestCount) {
      best = kind;
      bestCount = n;
    }
  }
  return best;
}

function dedupeBySlug(entities: Entity[]): Entity[] {
  const seen = new Map<string, Entity>();
  for (const e of entities) {
    const had = seen.get(e.slug);
    if (had) had.mentions += e.mentions;
    else seen.set(e.slug, { ...e });
  }
  return [...seen.values()];
}
