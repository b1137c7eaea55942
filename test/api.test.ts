import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createIntegration } from '../src/newsroom/integrations.ts';
import { countStories } from '../src/store/stories.ts';
import { openTestSite } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
let key: string;
let token: string;
before(async () => {
  site = await openTestSite();
  const made = await createIntegration(site.db, 'Mobile app', { userId: null, name: 'test' });
  key = made.integration.contentKey;
  token = made.adminToken;
});
after(async () => { await site.close(); });

const get = (url: string) => site.app.inject({ method: 'GET', url });
const admin = (method: 'POST' | 'PUT' | 'GET', url: string, payload?: unknown, auth = `Bearer ${token}`) =>
  site.app.inject({ method, url, headers: { authorization: auth }, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('Content API', () => {
  test('stories: published only, newest first, paginated, filtered by section, tag and author', async () => {
    const res = await get(`/api/content/stories?key=${key}&limit=5&page=2`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const body = res.json();
    assert.equal(body.stories.length, 5);
    assert.equal(body.meta.pagination.page, 2);
    assert.equal(body.meta.pagination.total, await site.db.selectFrom('stories').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow().then((r) => Number(r.n)));
    const dates = body.stories.map((s: { publishedAt: string }) => s.publishedAt);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const first = body.stories[0];
    assert.match(first.url, /^https:\/\/news\.example\.org\/[a-z-]+\/[a-z0-9-]+$/);
    assert.ok(first.html.startsWith('<'));
    const international = (await get(`/api/content/stories?key=${key}&section=international&limit=100`)).json();
    assert.ok(international.stories.length > 0 && international.stories.every((s: { section: { slug: string } }) => s.section.slug === 'international'));
    const tags = (await get(`/api/content/tags?key=${key}&limit=100`)).json().tags;
    const tag = tags[0];
    const tagged = (await get(`/api/content/stories?key=${key}&tag=${tag.slug}&limit=100`)).json();
    assert.equal(tagged.stories.length, tag.stories);
    const authors = (await get(`/api/content/authors?key=${key}`)).json().authors;
    const byAuthor = (await get(`/api/content/stories?key=${key}&author=${authors[0].slug}&limit=100`)).json();
    assert.equal(byAuthor.stories.length, authors[0].stories);
    const sections = (await get(`/api/content/sections?key=${key}`)).json().sections;
    assert.ok(sections.some((s: { slug: string; stories: number }) => s.slug === 'international' && s.stories === international.stories.length));
    const one = await get(`/api/content/stories/${first.id}?key=${key}`);
    assert.equal(one.json().stories[0].headline, first.headline);
  });

  test('bad keys and bad parameters: JSON errors with a code', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/content/stories', 401, 'BAD_KEY'],
      ['/api/content/stories?key=nope-nope-nope', 401, 'BAD_KEY'],
      [`/api/content/stories?key=${key}&limit=0`, 400, 'INVALID'],
      [`/api/content/stories?key=${key}&limit=1000`, 400, 'INVALID'],
      [`/api/content/stories?key=${key}&page=abc`, 400, 'INVALID'],
      [`/api/content/stories?key=${key}&section=Not%20A%20Slug`, 400, 'INVALID'],
      [`/api/content/stories/abc?key=${key}`, 400, 'INVALID'],
      [`/api/content/stories/99999?key=${key}`, 404, 'NOT_FOUND'],
      ['/api/nothing-here', 404, 'NOT_FOUND'],
      ['/api/content/nothing/here', 404, 'NOT_FOUND'],
    ];
    for (const [url, status, code] of cases) {
      const res = await get(url);
      assert.equal(res.statusCode, status, url);
      assert.equal(res.json().error.code, code, url);
    }
  });
});

describe('Admin API', () => {
  test('create, edit with versions, publish: the story reaches the Content API', async () => {
    const created = await admin('POST', '/api/admin/stories', { headline: 'Tram line opens', sectionName: 'Local', body: 'First trams ran at **six**.', bylines: ['Ann Lee'], tags: ['transport'] });
    assert.equal(created.statusCode, 201);
    const story = created.json().story;
    assert.equal(story.status, 'draft');
    assert.equal(story.version, 1);
    const edited = await admin('PUT', `/api/admin/stories/${story.id}`, { version: 1, headline: 'Tram line opens to crowds', sectionName: 'Local', body: 'First trams ran at six.' });
    assert.equal(edited.statusCode, 200);
    assert.equal(edited.json().story.version, 2);
    const stale = await admin('PUT', `/api/admin/stories/${story.id}`, { version: 1, headline: 'Overwrite?', sectionName: 'Local' });
    assert.equal(stale.statusCode, 409);
    assert.deepEqual(stale.json().error.code, 'VERSION_CONFLICT');
    assert.equal(stale.json().error.currentVersion, 2);
    const published = await admin('POST', `/api/admin/stories/${story.id}/status`, { to: 'published' });
    assert.equal(published.statusCode, 200);
    assert.equal(published.json().story.status, 'published');
    const live = await get(`/api/content/stories/${story.id}?key=${key}`);
    assert.equal(live.json().stories[0].headline, 'Tram line opens to crowds');
    const got = await admin('GET', `/api/admin/stories/${story.id}`);
    assert.equal(got.json().story.fields.headline, 'Tram line opens to crowds');
  });

  test('no token, a wrong token, wrong types, huge fields: 4xx and nothing stored', async () => {
    const before = await countStories(site.db);
    const cases: Array<[unknown, string, number]> = [
      [{ headline: 'x', sectionName: 'News' }, '', 401],
      [{ headline: 'x', sectionName: 'News' }, 'Bearer dla_wrong', 401],
      [{ headline: 42, sectionName: 'News' }, `Bearer ${token}`, 400],
      [{ sectionName: 'News' }, `Bearer ${token}`, 400],
      [{ headline: 'x'.repeat(1_000_000), sectionName: 'News' }, `Bearer ${token}`, 400],
      [{ headline: 'x', sectionName: 'News', body: 'y'.repeat(2_000_000) }, `Bearer ${token}`, 413],
      [{ headline: 'x'.repeat(301), sectionName: 'News' }, `Bearer ${token}`, 400],
      [{ headline: 'x', sectionName: 'News', tags: 'not-a-list' }, `Bearer ${token}`, 400],
      [{ headline: '', sectionName: 'News' }, `Bearer ${token}`, 400],
    ];
    for (const [payload, auth, status] of cases) {
      const res = await admin('POST', '/api/admin/stories', payload, auth);
      assert.equal(res.statusCode, status, `${auth.slice(0, 12)} ${JSON.stringify(payload).slice(0, 80)}`);
      assert.ok(res.json().error.code, 'a JSON error');
    }
    assert.equal(await countStories(site.db), before);
    // Unknown fields are dropped (Fastify's default), never obeyed: a story is created as a draft whatever it says.
    const sneaky = await admin('POST', '/api/admin/stories', { headline: 'Sneaky', sectionName: 'News', status: 'published' });
    assert.equal(sneaky.statusCode, 201);
    assert.equal(sneaky.json().story.status, 'draft');
    const bad = await admin('POST', '/api/admin/stories/1/status', { to: 'scheduled', at: 'next tuesday' });
    assert.equal(bad.statusCode, 400);
  });
});

test('the OpenAPI description lists every route with its parameters, from the route schemas', async () => {
  const res = await get('/api/docs');
  assert.equal(res.statusCode, 200);
  const doc = res.json();
  assert.equal(doc.openapi, '3.1.0');
  for (const path of ['/api/content/stories', '/api/content/stories/{id}', '/api/content/sections', '/api/content/authors', '/api/content/tags', '/api/admin/stories', '/api/admin/stories/{id}', '/api/admin/stories/{id}/status']) {
    assert.ok(doc.paths[path], path);
  }
  const limit = doc.paths['/api/content/stories'].get.parameters.find((p: { name: string }) => p.name === 'limit');
  assert.deepEqual(limit.schema, { type: 'integer', minimum: 1, maximum: 100, default: 15 });
  assert.equal(doc.paths['/api/admin/stories'].post.requestBody.content['application/json'].schema.properties.headline.maxLength, 300);
});
