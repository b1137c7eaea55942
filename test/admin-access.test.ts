import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { can, ROLES } from '../src/domain/roles.ts';
import { createStory } from '../src/newsroom/desk.ts';
import { adminRouteTable } from '../src/web/admin/admin-routes.ts';
import { loadAssets } from '../src/web/assets.ts';
import { createWebContext } from '../src/web/web-context.ts';
import { getAs, postForm, signedIn } from './helpers/newsroom.ts';
import { openTestSite } from './helpers/test-site.ts';

let site: Awaited<ReturnType<typeof openTestSite>>;
before(async () => { site = await openTestSite(); });
after(async () => { await site.close(); });

test('every newsroom route, as every role: the permission table decides, and nothing fails', async () => {
  const routes = adminRouteTable(createWebContext(site.config, site.db, loadAssets(), site.app.discovery));
  assert.ok(routes.length >= 20, `${routes.length} routes`);
  const owner = await signedIn(site.db, 'editor');
  for (const role of ROLES) {
    for (const route of routes) {
      // Fresh people and a fresh story each time: some routes sign out, delete or disable.
      const person = await signedIn(site.db, role);
      const target = await signedIn(site.db, 'author');
      const created = await createStory(site.db, owner.user, { headline: `Walk ${role} ${route.url}`, sectionName: 'News', body: 'Text.' });
      assert.equal(created.kind, 'saved');
      const storyId = created.kind === 'saved' ? created.id : 0;
      const url = route.url
        .replace(':id', String(route.url.startsWith('/admin/users') ? target.user.id : storyId))
        .replace(':version', '1');
      const res = route.method === 'GET'
        ? await getAs(site.app, url, person)
        : await postForm(site.app, url, person, { version: '1', to: 'in_review', role: 'editor', email: `new-${role}-${storyId}@example.org`, headline: 'H', sectionName: 'News', body: 'B' });
      const label = `${role} ${route.method} ${route.url} → ${res.statusCode}`;
      assert.ok(res.statusCode < 500, label);
      const refusedByTable = res.statusCode === 403 && res.body.includes(`Your role (${role}) may not do this.`);
      const allowed = route.access === 'signed-in' || can(role, route.access);
      assert.equal(refusedByTable, !allowed, label);
      assert.equal(res.headers['cache-control'], 'no-store', label);
    }
  }
});

test('signed out: pages send you to sign in, forms are refused with 401', async () => {
  const routes = adminRouteTable(createWebContext(site.config, site.db, loadAssets(), site.app.discovery));
  for (const route of routes) {
    const url = route.url.replace(':id', '1').replace(':version', '1');
    const res = route.method === 'GET' ? await getAs(site.app, url) : await postForm(site.app, url, undefined, {});
    if (route.method === 'GET') {
      assert.equal(res.statusCode, 303, url);
      assert.match(String(res.headers.location), /^\/admin\/login\?next=/);
    } else {
      assert.equal(res.statusCode, 401, url);
      assert.match(res.body, /not signed in/);
    }
  }
});
