import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { addUser } from '../../src/newsroom/accounts.ts';
import { SYSTEM } from '../../src/newsroom/audit.ts';
import { openTestSite } from '../helpers/test-site.ts';
import { haveChromium, launchBrowser, listenOnLoopback, SHOTS } from '../helpers/browser.ts';


let site: Awaited<ReturnType<typeof openTestSite>>;
let browser: Browser;
let base: string;
let dir: string;

before(async () => {
  if (!haveChromium) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-e2e-'));
  // Plain http on loopback, so the session cookie is not marked Secure.
  site = await openTestSite({ SITE_URL: 'http://127.0.0.1', MEDIA_DIR: path.join(dir, 'media') });
  base = await listenOnLoopback(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `newsroom-${name}.png`), fullPage: true });

/** Follows a set-up link as the new person would, choosing a password; leaves them signed in. */
async function setUp(page: Page, setupUrl: string, password: string) {
  await page.goto(base + new URL(setupUrl).pathname);
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat it').fill(password);
  await page.getByRole('button', { name: 'Save and sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Stories' }).waitFor();
}

test('a contributor writes a story with an image and submits it; an editor publishes and corrects it', { skip: !haveChromium && 'Chromium not installed' }, async () => {
  const contributorLink = (await addUser(site.db, { email: 'cora@example.org', name: 'Cora Contributor', role: 'contributor' }, SYSTEM.cli, site.config.siteUrl)).setupUrl;
  const editorLink = (await addUser(site.db, { email: 'ed@example.org', name: 'Ed Editor', role: 'editor' }, SYSTEM.cli, site.config.siteUrl)).setupUrl;
  const picture = path.join(dir, 'harbour.jpg');
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2f6f8f' } }).jpeg().toFile(picture);
  const errors: string[] = [];

  // The contributor: set-up link, a new story with a picture, the live preview, submit for review.
  const cora = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  cora.on('pageerror', (e) => errors.push(e.message));
  await setUp(cora, contributorLink, 'a long harbour password');
  await cora.getByRole('link', { name: 'New story', exact: true }).first().click();
  await cora.getByLabel('Headline').fill('Harbour swimmers brave the first frost');
  await cora.getByLabel('Section').fill('Local');
  await cora.getByLabel('Body (Markdown)').fill('Forty swimmers went in at **dawn**.\n\n## Why they do it\n\n“It wakes you up,” said one.');
  await cora.locator('#f-image').setInputFiles(picture);
  await cora.getByLabel('Alt text').fill('Swimmers in woolly hats wade into grey water');
  await cora.getByLabel('Caption').fill('The first frost swim of the year.');
  await cora.getByRole('button', { name: 'Preview' }).click();
  const preview = cora.frameLocator('iframe[name="preview"]');
  await preview.getByRole('heading', { level: 1, name: 'Harbour swimmers brave the first frost' }).waitFor();
  assert.equal(await preview.locator('.story-body strong').textContent(), 'dawn');
  await shot(cora, 'editor-preview');
  await cora.getByRole('button', { name: 'Save', exact: true }).click();
  await cora.getByText('Story created.').waitFor();
  assert.ok(await cora.locator('.current-image img').isVisible(), 'the uploaded image is attached');
  assert.equal(await cora.getByRole('button', { name: 'Publish now' }).count(), 0, 'a contributor cannot publish');
  await cora.getByRole('button', { name: 'Submit for review' }).click();
  await cora.getByText('Submitted for review.').waitFor();
  await shot(cora, 'submitted');

  // The editor: sign in through the login form, find it in review, publish.
  await setUp(await (await browser.newContext()).newPage(), editorLink, 'an editor’s long password');
  const ed = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  ed.on('pageerror', (e) => errors.push(e.message));
  await ed.goto(base + '/admin');
  await ed.getByLabel('Email').fill('ed@example.org');
  await ed.getByLabel('Password').fill('an editor’s long password');
  await ed.getByRole('button', { name: 'Sign in' }).click();
  await ed.getByLabel('Status').selectOption('in_review');
  await ed.getByRole('button', { name: 'Filter' }).click();
  await ed.getByRole('link', { name: 'Harbour swimmers brave the first frost' }).click();
  await ed.getByRole('button', { name: 'Publish now' }).click();
  await ed.getByText('Published.', { exact: true }).waitFor();

  await ed.goto(base + '/');
  const lead = ed.getByRole('link', { name: 'Harbour swimmers brave the first frost' }).first();
  assert.ok(await lead.isVisible(), 'on the home front');
  await shot(ed, 'home-front');

  // A correction an hour later: same address, "Updated", the note on the page.
  const row = await site.db.selectFrom('stories').select(['id', 'slug']).where('headline', '=', 'Harbour swimmers brave the first frost').executeTakeFirstOrThrow();
  await site.db.updateTable('stories').set({ published_at: new Date(Date.now() - 3600_000).toISOString() }).where('id', '=', row.id).execute();
  await ed.goto(`${base}/admin/stories/${row.id}`);
  await ed.getByLabel('Body (Markdown)').fill('Forty-two swimmers went in at **dawn**.\n\n## Why they do it\n\n“It wakes you up,” said one.');
  await ed.getByLabel('Correction note').fill('An earlier version said forty swimmers; there were forty-two.');
  await ed.getByRole('button', { name: 'Save', exact: true }).click();
  await ed.getByText('Saved.', { exact: true }).waitFor();
  await ed.goto(`${base}/local/${row.slug}`);
  await ed.getByText(/Updated/).first().waitFor();
  assert.match((await ed.locator('.correction').textContent())!, /there were forty-two/);
  assert.ok(await ed.locator('.story-image img').isVisible());
  assert.ok(await ed.locator('.story-image img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the image loads');
  await shot(ed, 'story-updated-desktop');
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(`${base}/local/${row.slug}`);
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  await shot(phone, 'story-updated-phone');
  assert.deepEqual(errors, []);
});
