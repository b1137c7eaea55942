import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addUser } from '../src/newsroom/accounts.ts';
import { SYSTEM } from '../src/newsroom/audit.ts';
import { countStories } from '../src/store/stories.ts';
import { listAudit } from '../src/store/audit.ts';
import { insertMedia } from '../src/store/media.ts';
import { formBody, getAs, postForm, setCookie, signedIn, type Person } from './helpers/newsroom.ts';
import { openTestSite } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
before(async () => { site = await openTestSite(); });
after(async () => { await site.close(); });

/** Opens a form page and returns the CSRF cookie it set, as a browser would keep it. */
async function formCookie(url: string): Promise<{ cookie: string; token: string }> {
  const res = await site.app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, 200, url);
  const token = setCookie(res.headers, 'dateline_csrf')!;
  assert.ok(token);
  return { cookie: `dateline_csrf=${token}`, token };
}

function postWithCookie(url: string, cookie: string, fields: Record<string, string>) {
  return site.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, payload: formBody(fields) });
}

const storyForm = { headline: 'Harbour ferry returns after winter', sectionName: 'Local', body: 'The ferry **runs again** from Monday.\n\nTimes are unchanged.', bylines: 'Ann Lee', tags: 'transport, harbour' };

async function createVia(person: Person, fields: Record<string, string> = storyForm): Promise<number> {
  const res = await postForm(site.app, '/admin/stories', person, fields);
  assert.equal(res.statusCode, 303, res.body.slice(0, 400));
  return Number(/\/admin\/stories\/(\d+)/.exec(String(res.headers.location))![1]);
}

describe('accounts', () => {
  test('a set-up link, a password, sign-in with a rotated session, sign-out', async () => {
    const { setupUrl } = await addUser(site.db, { email: 'New.Person@Example.org', role: 'author' }, SYSTEM.cli, site.config.siteUrl);
    const path = new URL(setupUrl).pathname;
    const form = await formCookie(path);
    const mismatch = await postWithCookie(path, form.cookie, { _csrf: form.token, password: 'correct horse battery', repeat: 'correct horse battery!' });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /The two passwords differ/);
    const short = await postWithCookie(path, form.cookie, { _csrf: form.token, password: 'short', repeat: 'short' });
    assert.equal(short.statusCode, 400);
    const set = await postWithCookie(path, form.cookie, { _csrf: form.token, password: 'correct horse battery', repeat: 'correct horse battery' });
    assert.equal(set.statusCode, 303);
    const cookieLine = ([] as string[]).concat(set.headers['set-cookie'] as string[]).find((c) => c.startsWith('dateline_session='))!;
    assert.match(cookieLine, /HttpOnly/);
    assert.match(cookieLine, /SameSite=Lax/);
    assert.match(cookieLine, /Secure/, 'the site is https');
    const first = `dateline_session=${setCookie(set.headers, 'dateline_session')}`;
    assert.equal((await site.app.inject({ method: 'GET', url: '/admin/stories', headers: { cookie: first } })).statusCode, 200);
    assert.equal((await site.app.inject({ method: 'GET', url: path })).statusCode, 404, 'a set-up link works once');

    const login = await formCookie('/admin/login');
    const wrong = await postWithCookie('/admin/login', login.cookie, { _csrf: login.token, email: 'new.person@example.org', password: 'not the password' });
    assert.equal(wrong.statusCode, 401);
    assert.match(wrong.body, /do not match an account/);
    const good = await postWithCookie('/admin/login', `${login.cookie}; ${first}`, { _csrf: login.token, email: 'NEW.PERSON@example.org', password: 'correct horse battery' });
    assert.equal(good.statusCode, 303);
    const second = `dateline_session=${setCookie(good.headers, 'dateline_session')}`;
    assert.notEqual(second, first, 'a new session on sign-in');
    assert.equal((await site.app.inject({ method: 'GET', url: '/admin/stories', headers: { cookie: first } })).statusCode, 303, 'the old one is gone');
    const page = await site.app.inject({ method: 'GET', url: '/admin/stories', headers: { cookie: second } });
    assert.equal(page.statusCode, 200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const out = await postWithCookie('/admin/logout', second, { _csrf: csrf });
    assert.equal(out.statusCode, 303);
    assert.equal((await site.app.inject({ method: 'GET', url: '/admin/stories', headers: { cookie: second } })).statusCode, 303, 'signed out');
  });

  test('sign-in without the form token is refused', async () => {
    const res = await postWithCookie('/admin/login', '', { email: 'x@example.org', password: 'whatever it is' });
    assert.equal(res.statusCode, 403);
  });

  test('five failures lock the account for a while, even for the right password', async () => {
    await addUser(site.db, { email: 'locked@example.org', role: 'editor' }, SYSTEM.cli, site.config.siteUrl);
    const login = await formCookie('/admin/login');
    for (let i = 0; i < 5; i++) {
      const res = await postWithCookie('/admin/login', login.cookie, { _csrf: login.token, email: 'locked@example.org', password: `guess number ${i}` });
      assert.equal(res.statusCode, 401);
    }
    const res = await postWithCookie('/admin/login', login.cookie, { _csrf: login.token, email: 'locked@example.org', password: 'anything at all' });
    assert.equal(res.statusCode, 429);
    assert.match(res.body, /Too many failed sign-ins/);
    const actions = (await listAudit(site.db, { limit: 20 })).map((e) => e.action);
    assert.ok(actions.includes('login.failed') && actions.includes('login.limited'));
  });

  test('an expired session: pages go to sign-in saying so, forms get 401 and store nothing', async () => {
    const person = await signedIn(site.db, 'editor');
    await site.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).where('user_id', '=', person.user.id).execute();
    const page = await getAs(site.app, '/admin/stories', person);
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /expired=1/);
    const before = await countStories(site.db);
    const res = await postForm(site.app, '/admin/stories', person, storyForm);
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /session has expired/);
    assert.equal(await countStories(site.db), before);
  });

  test('a form without its CSRF token, or with a wrong one, stores nothing', async () => {
    const person = await signedIn(site.db, 'editor');
    const before = await countStories(site.db);
    for (const token of ['', 'x'.repeat(43)]) {
      const res = await site.app.inject({ method: 'POST', url: '/admin/stories', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: person.cookie }, payload: formBody({ _csrf: token, ...storyForm }) });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /security token/);
    }
    assert.equal(await countStories(site.db), before);
  });

  test('people: an admin adds someone (a set-up link, shown once), changes roles; the last admin stays', async () => {
    const admin = await signedIn(site.db, 'admin');
    const added = await postForm(site.app, '/admin/users', admin, { email: 'writer@example.org', name: 'Wri Ter', role: 'contributor' });
    assert.equal(added.statusCode, 201);
    assert.match(added.body, /https:\/\/news\.example\.org\/admin\/setup\/[A-Za-z0-9_-]{43}/);
    assert.equal((await postForm(site.app, '/admin/users', admin, { email: 'writer@example.org', role: 'editor' })).statusCode, 409);
    assert.equal((await postForm(site.app, '/admin/users', admin, { email: 'not an email', role: 'editor' })).statusCode, 400);
    assert.equal((await postForm(site.app, '/admin/users', admin, { email: 'ok@example.org', role: 'owner' })).statusCode, 400);
    const victim = await signedIn(site.db, 'author');
    const changed = await postForm(site.app, `/admin/users/${victim.user.id}/role`, admin, { role: 'contributor' });
    assert.equal(changed.statusCode, 303);
    assert.equal((await getAs(site.app, '/admin/stories', victim)).statusCode, 303, 'their session ended');
    // Demote every other admin first, then the last one cannot demote themself.
    for (const row of await site.db.selectFrom('users').select('id').where('role', '=', 'admin').where('id', '!=', admin.user.id).execute()) {
      await site.db.updateTable('users').set({ role: 'editor' }).where('id', '=', row.id).execute();
    }
    const last = await postForm(site.app, `/admin/users/${admin.user.id}/role`, admin, { role: 'editor' });
    assert.equal(last.statusCode, 409);
    assert.match(last.body, /last admin/);
    const audit = await getAs(site.app, '/admin/audit', admin);
    assert.equal(audit.statusCode, 200);
    assert.match(audit.body, /user\.role/);
    assert.equal((await getAs(site.app, '/admin/audit?page=x', admin)).statusCode, 400);
  });
});

describe('integrations', () => {
  test('an admin makes an integration (key and token shown once) and webhooks; editors may not', async () => {
    const admin = await signedIn(site.db, 'admin');
    const made = await postForm(site.app, '/admin/integrations', admin, { name: 'Newsletter' });
    assert.equal(made.statusCode, 201);
    const token = /(dla_[A-Za-z0-9_-]{43})/.exec(made.body)![1]!;
    const api = await site.app.inject({ method: 'POST', url: '/api/admin/stories', headers: { authorization: `Bearer ${token}` }, payload: { headline: 'From the newsletter', sectionName: 'News' } });
    assert.equal(api.statusCode, 201, 'the token works');
    assert.match((await getAs(site.app, '/admin/integrations', admin)).body, /Newsletter/);
    assert.doesNotMatch((await getAs(site.app, '/admin/integrations', admin)).body, /dla_/, 'the token is not shown again');
    assert.equal((await postForm(site.app, '/admin/integrations', admin, { name: '' })).statusCode, 400);
    const bad = await postForm(site.app, '/admin/webhooks', admin, { event: 'story.published', url: 'javascript:alert(1)' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /http\(s\) address/);
    assert.equal((await postForm(site.app, '/admin/webhooks', admin, { event: 'story.eaten', url: 'https://hooks.example.org/x' })).statusCode, 400);
    const hook = await postForm(site.app, '/admin/webhooks', admin, { event: 'story.published', url: 'https://hooks.example.org/x' });
    assert.equal(hook.statusCode, 201);
    assert.match(hook.body, /whsec_[A-Za-z0-9_-]{43}/);
    const id = /\/admin\/webhooks\/(\d+)\/delete/.exec(hook.body)![1]!;
    assert.equal((await postForm(site.app, `/admin/webhooks/${id}/delete`, admin, {})).statusCode, 303);
    assert.equal((await postForm(site.app, `/admin/webhooks/${id}/delete`, admin, {})).statusCode, 404);
    const editor = await signedIn(site.db, 'editor');
    assert.equal((await getAs(site.app, '/admin/integrations', editor)).statusCode, 403);
  });
});

describe('stories', () => {
  test('bad input: a clear 4xx and nothing stored', async () => {
    const editor = await signedIn(site.db, 'editor');
    const before = await countStories(site.db);
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ ...storyForm, headline: '' }, /Headline is required/],
      [{ ...storyForm, headline: 'x'.repeat(1_000_000) }, /Headline must be at most 300 characters/],
      [{ ...storyForm, sectionName: '' }, /Section is required/],
      [{ ...storyForm, canonicalUrl: 'javascript:alert(1)' }, /Canonical URL must be an http\(s\) address/],
      [{ ...storyForm, related: 'seven' }, /Related stories must be story numbers/],
    ];
    for (const [fields, message] of cases) {
      const res = await postForm(site.app, '/admin/stories', editor, fields);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, message);
    }
    const json = await site.app.inject({ method: 'POST', url: '/admin/stories', headers: { 'content-type': 'application/json', cookie: editor.cookie }, payload: JSON.stringify({ headline: 42 }) });
    assert.equal(json.statusCode, 415);
    const huge = await site.app.inject({ method: 'POST', url: '/admin/stories', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: editor.cookie }, payload: formBody({ _csrf: editor.csrf, ...storyForm, body: 'x'.repeat(3_000_000) }) });
    assert.equal(huge.statusCode, 413);
    assert.equal(await countStories(site.db), before);
    for (const url of ['/admin/stories/abc', '/admin/stories/0', '/admin/stories/99999999', '/admin/stories/1/revisions/x']) {
      assert.equal((await getAs(site.app, url, editor)).statusCode, 404, url);
    }
    assert.equal((await getAs(site.app, '/admin/stories?status=live', editor)).statusCode, 400);
    assert.equal((await getAs(site.app, '/admin/stories?page=0', editor)).statusCode, 400);
  });

  test('two people save the same version: the second is refused with the difference, nothing overwritten', async () => {
    const a = await signedIn(site.db, 'editor');
    const b = await signedIn(site.db, 'editor');
    const id = await createVia(a);
    const first = await postForm(site.app, `/admin/stories/${id}`, a, { ...storyForm, version: '1', body: 'First writer’s body.' });
    assert.equal(first.statusCode, 303);
    const second = await postForm(site.app, `/admin/stories/${id}`, b, { ...storyForm, version: '1', body: 'Second writer’s body.' });
    assert.equal(second.statusCode, 409);
    assert.match(second.body, /someone else saved this story first/);
    assert.match(second.body, /<span class="diff-removed">− First writer’s body\.\n<\/span>/);
    assert.match(second.body, /<span class="diff-added">\+ Second writer’s body\.\n<\/span>/);
    assert.match(second.body, /name="version" value="2"/, 'saving again is a deliberate choice');
    const page = await getAs(site.app, `/admin/stories/${id}`, a);
    assert.match(page.body, /First writer’s body\./);
    const noVersion = await postForm(site.app, `/admin/stories/${id}`, a, storyForm);
    assert.equal(noVersion.statusCode, 400);
  });

  test('revisions: listed, compared, restored as a new version', async () => {
    const editor = await signedIn(site.db, 'editor');
    const id = await createVia(editor);
    await postForm(site.app, `/admin/stories/${id}`, editor, { ...storyForm, version: '1', headline: 'Ferry back on Monday' });
    const list = await getAs(site.app, `/admin/stories/${id}/revisions`, editor);
    assert.match(list.body, /Version 2<\/a> \(current\)/);
    assert.match(list.body, /Version 1<\/a>/);
    const diff = await getAs(site.app, `/admin/stories/${id}/revisions/2`, editor);
    assert.match(diff.body, /− Harbour ferry returns after winter/);
    assert.match(diff.body, /\+ Ferry back on Monday/);
    const stale = await postForm(site.app, `/admin/stories/${id}/revisions/1/restore`, editor, { version: '1' });
    assert.equal(stale.statusCode, 409, 'restoring over a version you have not seen is a conflict too');
    const restored = await postForm(site.app, `/admin/stories/${id}/revisions/1/restore`, editor, { version: '2' });
    assert.equal(restored.statusCode, 303);
    assert.match((await getAs(site.app, `/admin/stories/${id}`, editor)).body, /value="Harbour ferry returns after winter"/);
    assert.equal((await getAs(site.app, `/admin/stories/${id}/revisions/9`, editor)).statusCode, 404);
  });

  test('the workflow: a contributor submits, an editor publishes, a correction shows “Updated” at the same address', async () => {
    const contributor = await signedIn(site.db, 'contributor');
    const editor = await signedIn(site.db, 'editor');
    const id = await createVia(contributor, { ...storyForm, headline: 'Lighthouse to open for visitors' });
    assert.equal((await postForm(site.app, `/admin/stories/${id}/status`, contributor, { to: 'in_review' })).statusCode, 303);
    const refused = await postForm(site.app, `/admin/stories/${id}/status`, contributor, { to: 'published' });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.body, /submit it for review/);
    assert.equal((await postForm(site.app, `/admin/stories/${id}/status`, editor, { to: 'published' })).statusCode, 303);
    const path = '/local/lighthouse-to-open-for-visitors';
    assert.match((await site.app.inject({ method: 'GET', url: '/' })).body, /Lighthouse to open for visitors/);
    // Pretend it went out two hours ago, so the correction is clearly later.
    await site.db.updateTable('stories').set({ published_at: new Date(Date.now() - 7200_000).toISOString() }).where('id', '=', id).execute();
    const edit = await getAs(site.app, `/admin/stories/${id}`, editor);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    const corrected = await postForm(site.app, `/admin/stories/${id}`, editor, { ...storyForm, headline: 'Lighthouse to open for visitors in May', version, correction: 'An earlier version gave the wrong month.' });
    assert.equal(corrected.statusCode, 303);
    const page = await site.app.inject({ method: 'GET', url: path });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Lighthouse to open for visitors in May/);
    assert.match(page.body, /Updated <time/);
    assert.match(page.body, /Correction:<\/strong> An earlier version gave the wrong month\./);
    const bad = await postForm(site.app, `/admin/stories/${id}/status`, editor, { to: 'teleported' });
    assert.equal(bad.statusCode, 400);
    const draft = await postForm(site.app, `/admin/stories/${id}/status`, editor, { to: 'draft' });
    assert.equal(draft.statusCode, 409);
    assert.match(draft.body, /published story cannot become draft/);
    assert.equal((await postForm(site.app, `/admin/stories/${id}/status`, editor, { to: 'unpublished' })).statusCode, 303);
    assert.equal((await site.app.inject({ method: 'GET', url: path })).statusCode, 404);
  });

  test('SEO title and description lead the page head; the headline stays on the page', async () => {
    const editor = await signedIn(site.db, 'editor');
    const id = await createVia(editor, { ...storyForm, headline: 'Night market returns', seoTitle: 'Night market 2026: dates, stalls and parking', seoDescription: 'Everything about the returning night market.' });
    assert.equal((await postForm(site.app, `/admin/stories/${id}/status`, editor, { to: 'published' })).statusCode, 303);
    const page = (await site.app.inject({ method: 'GET', url: '/local/night-market-returns' })).body;
    assert.match(page, /<title>Night market 2026: dates, stalls and parking \| Dateline<\/title>/);
    assert.match(page, /<meta name="description" content="Everything about the returning night market\."\/>/);
    assert.match(page, /<h1 id="story-headline">Night market returns<\/h1>/);
  });

  test('schedule and embargo times: read in the site zone, refused when unreadable or past', async () => {
    const author = await signedIn(site.db, 'author');
    const id = await createVia(author, { ...storyForm, headline: 'Budget day coverage' });
    for (const at of ['soon', '2026-02-31T10:00', '2001-01-01T10:00']) {
      const res = await postForm(site.app, `/admin/stories/${id}/status`, author, { to: 'scheduled', at });
      assert.equal(res.statusCode, 400, at);
    }
    assert.equal((await postForm(site.app, `/admin/stories/${id}/status`, author, { to: 'scheduled', at: '2099-06-01T09:00' })).statusCode, 303);
    assert.match((await getAs(site.app, `/admin/stories/${id}`, author)).body, /Scheduled/);
    assert.equal((await site.app.inject({ method: 'GET', url: '/local/budget-day-coverage' })).statusCode, 404);
  });

  test('the preview uses the reader page, may be framed by the site only, and works as a plain form POST', async () => {
    const contributor = await signedIn(site.db, 'contributor');
    const res = await postForm(site.app, '/admin/preview', contributor, { ...storyForm, body: 'Some **bold** text <script>alert(1)</script>' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 id="story-headline">Harbour ferry returns after winter<\/h1>/);
    assert.match(res.body, /<strong>bold<\/strong>/);
    assert.ok(!res.body.includes('<script>alert'), 'sanitized like a saved story');
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'self'/);
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.equal(res.headers['cache-control'], 'no-store');
    const other = await site.app.inject({ method: 'GET', url: '/' });
    assert.match(String(other.headers['content-security-policy']), /frame-ancestors 'none'/, 'the rest of the site stays unframable');
  });

  test('the preview shows the featured image already uploaded, with the alt text and caption from the form', async () => {
    const contributor = await signedIn(site.db, 'contributor');
    const media = await insertMedia(site.db, {
      hash: 'abcdef0123456789', format: 'jpeg', width: 1200, height: 800, widths: [480, 960, 1200], bytes: 1000, createdBy: null, createdAt: new Date().toISOString(),
    });
    const res = await postForm(site.app, '/admin/preview', contributor, { ...storyForm, imageId: String(media.id), imageAlt: 'The ferry at the quay', imageCaption: 'Back in service' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<figure class="story-image">/);
    assert.match(res.body, /alt="The ferry at the quay"/);
    assert.match(res.body, /Back in service/);
    const none = await postForm(site.app, '/admin/preview', contributor, { ...storyForm, imageId: '999999' });
    assert.doesNotMatch(none.body, /story-image/, 'an unknown image is left out, not an error');
  });

  test('the list filters by status, section, writer and headline', async () => {
    const author = await signedIn(site.db, 'author');
    await createVia(author, { ...storyForm, headline: 'Unusual zebra crossing repainted', sectionName: 'Motoring' });
    const all = await getAs(site.app, '/admin/stories', author);
    assert.equal(all.statusCode, 200);
    const found = await getAs(site.app, `/admin/stories?q=ZEBRA&status=draft&section=motoring&author=${author.user.id}`, author);
    assert.match(found.body, /Unusual zebra crossing repainted/);
    assert.match(found.body, /1 story</);
    const none = await getAs(site.app, '/admin/stories?q=%25', author);
    assert.equal(none.statusCode, 200);
    const published = await getAs(site.app, '/admin/stories?status=published&q=zebra', author);
    assert.match(published.body, /No stories match/);
  });
});
