import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderBody } from '../domain/story-body.ts';
import { htmlPageToDraft } from './html-page.ts';
import { ImportError } from './import-error.ts';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url)), 'utf8');
const context = { defaultSection: 'News', status: 'published' as const };

test('JSON-LD NewsArticle (in a @graph, after a broken block) gives the metadata; Readability the story', () => {
  const { draft, warnings } = htmlPageToDraft(fixture('story-jsonld.html'), 'story-jsonld.html', context);
  assert.equal(draft.headline, 'Tidal Power Trial Starts in the Firth');
  assert.equal(draft.sectionName, 'Science');
  assert.equal(draft.publishedAt, '2025-04-14T09:30:00+01:00');
  assert.equal(draft.updatedAt, '2025-04-14T12:00:00+01:00');
  assert.deepEqual(draft.authors, ['Maren Holt', 'Duncan Reid']);
  assert.deepEqual(draft.tags, ['energy', 'tides', 'turbines']);
  assert.equal(draft.canonicalUrl, 'https://northshore.example.com/science/tidal-power-trial');
  assert.equal(draft.sourceKey, 'https://northshore.example.com/science/tidal-power-trial');
  assert.equal(draft.dek, 'Two turbines go into the water this week.');
  assert.deepEqual(warnings, []);
  assert.match(draft.body, /Two turbines the size of a double-decker bus/);
  assert.match(draft.body, /“The tide never stops, and it is never late,”/);
  for (const furniture of ['Home', 'Wind farm approved', 'Privacy', 'tracking']) assert.doesNotMatch(draft.body, new RegExp(furniture));
  assert.doesNotMatch(draft.body, /<h1/i, 'the headline is not repeated in the body');
  const html = renderBody('html', draft.body);
  assert.doesNotMatch(html, /onerror|javascript:|<iframe|<script/i);
  assert.match(html, /<img src="https:\/\/northshore.example.com\/img\/diagram.png" alt="Diagram" loading="lazy"/);
});

test('Open Graph and <meta> when there is no JSON-LD; the lead image is added when the story has none', () => {
  const { draft } = htmlPageToDraft(fixture('story-opengraph.htm'), 'story-opengraph.htm', context);
  assert.equal(draft.headline, 'Council Votes to Keep Night Buses');
  assert.equal(draft.sectionName, 'Local');
  assert.equal(draft.publishedAt, '2025-02-20T18:45:00Z');
  assert.deepEqual(draft.authors, ['Priya Nair']);
  assert.deepEqual(draft.tags, ['transport', 'council']);
  assert.equal(draft.canonicalUrl, 'https://citydesk.example.org/local/night-buses');
  assert.match(draft.body, /twenty-one to nine/);
  assert.doesNotMatch(draft.body, /cookies|Share this/);
  const withImage = htmlPageToDraft(fixture('story-opengraph.htm').replace('<meta name="author"', '<meta property="og:image" content="https://citydesk.example.org/bus.jpg"><meta name="author"'), 'x.html', context);
  assert.match(withImage.draft.body, /^<figure><img src="https:\/\/citydesk.example.org\/bus.jpg"/);
});

test('pages without a headline or a story fail with a reason; broken HTML still yields its story', () => {
  assert.throws(() => htmlPageToDraft(fixture('no-headline.html'), 'no-headline.html', context), (e: unknown) => e instanceof ImportError && /no headline/.test(e.message));
  assert.throws(() => htmlPageToDraft('<title>Only a title</title>', 'x.html', context), /no story text/);
  const broken = `<title>Broken Page</title><div><p>${'An unclosed paragraph with plenty of words to count as a story. '.repeat(6)}<p><b>and <i>misnested</b> tags</i><table><td>cell`;
  const { draft, warnings } = htmlPageToDraft(broken, 'broken.html', context);
  assert.equal(draft.headline, 'Broken Page');
  assert.match(draft.body, /An unclosed paragraph/);
  assert.deepEqual(warnings, ['no publication date in the page (JSON-LD, article:published_time, <time>)']);
});
