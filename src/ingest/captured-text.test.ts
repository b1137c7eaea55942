import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseCapturedText } from './captured-text.ts';
import { ImportError } from './import-error.ts';

const SEED = new URL('../../../shared/seed/000_8282958ffefe6f19.txt', import.meta.url);

test('the seed capture is taken apart strictly', () => {
  const text = fs.readFileSync(SEED, 'utf8');
  const story = parseCapturedText(text);
  assert.equal(story.sectionName, 'International');
  assert.equal(story.headline, 'Seoul Slams Russian-North Korea Deal and Might Reconsider Ukraine Policy');
  assert.equal(story.dateText, '');
  assert.equal(story.publishedAt, null);
  assert.deepEqual(story.warnings, ['the date line is empty: the capture lost the date']);
  // Every paragraph of the story, in order, and nothing of the page around it.
  const bodyLines = text.split('\n').slice(6, text.split('\n').indexOf('Share post:')).filter((l) => l.trim());
  assert.equal(story.paragraphs.length, 13);
  assert.deepEqual(story.paragraphs, bodyLines.map((l) => l.trim()));
  assert.ok(story.paragraphs[0]!.startsWith('South Korea’s Presidential office'));
  assert.ok(story.paragraphs.at(-1)!.startsWith('Lim also expressed regret'));
  for (const p of story.paragraphs) assert.doesNotMatch(p, /^(Share post:|Popular|More like this|Related)$/);
  assert.ok(story.paragraphs.some((p) => p.includes('“fiery friendship”')));
  assert.deepEqual(story.teasers.map((t) => t.headline), [
    'Mann Government Expands Digital Services With 54 New Centres to Enhance Public Service Delivery',
    'OnePlus’s Turbo Series Officially Confirmed, Here’s What’s Coming',
    'New Initiatives and 2026 Agenda Finalised as India and UAE Reach Agreement',
  ]);
  assert.ok(story.teasers.every((t) => t.excerpt.endsWith('…')));
});

test('a filled date is read; no section label is reported', () => {
  const story = parseCapturedText('Cup Final Ends in Draw\nDate: June 20, 2024\n\nThe match ended level.\n\nShare this:\nAlso read');
  assert.equal(story.sectionName, null);
  assert.equal(story.headline, 'Cup Final Ends in Draw');
  assert.equal(story.publishedAt, new Date('June 20, 2024').toISOString());
  assert.deepEqual(story.paragraphs, ['The match ended level.']);
  assert.deepEqual(story.warnings, ['no section label before the headline']);
});

test('advertisement lines inside the body are dropped, an unreadable date is reported', () => {
  const story = parseCapturedText('SportCup Final\n\nDate: soon\n\nCup Final\n\nFirst.\n\nAdvertisement\n\nSecond.\n\nRead more');
  assert.equal(story.sectionName, 'Sport');
  assert.deepEqual(story.paragraphs, ['First.', 'Second.']);
  assert.deepEqual(story.warnings, ['the date "soon" could not be read']);
});

test('empty or body-less captures are refused with a clear reason', () => {
  assert.throws(() => parseCapturedText(''), (e: unknown) => e instanceof ImportError && e.message === 'the file has no text');
  assert.throws(() => parseCapturedText('\uFEFF\r\n  \r\n'), ImportError);
  assert.throws(() => parseCapturedText('Headline only\n\nShare post:\nPopular'), /no story paragraphs/);
  assert.throws(() => parseCapturedText('x'.repeat(400) + '\n\nbody'), /too long to be a headline/);
});

const fixture = (name: string) => fs.readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

test('a cover variant: no section, a filled date, "Share this:" and "Also read" furniture, an advert inside', () => {
  const story = parseCapturedText(fixture('captured-cover.txt'));
  assert.equal(story.sectionName, null);
  assert.equal(story.headline, 'Harbour Pool Reopens After Winter Repairs');
  assert.equal(story.publishedAt, new Date('20 June 2024').toISOString());
  assert.equal(story.paragraphs.length, 2);
  assert.doesNotMatch(story.paragraphs.join(' '), /Advertisement|Facebook|Beach Huts/);
  assert.deepEqual(story.teasers, [{ headline: 'Beach Huts Repainted for Summer', excerpt: 'The council has repainted all forty huts…' }]);
});

test('a capture with cookie notices, Windows line ends, an ISO date, "Read more" and a trailing advert', () => {
  const story = parseCapturedText(fixture('captured-cookies.txt'));
  assert.equal(story.sectionName, 'Business');
  assert.equal(story.headline, 'Bakery Chain Opens Tenth Shop');
  assert.equal(story.publishedAt, '2024-03-05T08:00:00.000Z');
  assert.deepEqual(story.paragraphs, [
    'The family bakery chain opened its tenth shop on Tuesday, in the old post office on the high street.',
    'It plans two more before the end of the year.',
  ]);
  assert.equal(story.teasers[0]?.headline, 'Bakers Warn on Flour Prices');
});
