import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { openTestSite, SEED_PATH } from '../helpers/test-site.ts';
import { haveChromium, launchBrowser, listenOnLoopback, SHOTS } from '../helpers/browser.ts';


let site: Awaited<ReturnType<typeof openTestSite>>;
let browser: Browser;
let base: string;

before(async () => {
  if (!haveChromium) return;
  site = await openTestSite();
  base = await listenOnLoopback(site);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page: WCAG 2.1 A/AA rules; returns the serious and critical violations. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE); // evaluated over the DevTools protocol, so the CSP (no inline scripts) still holds for the page
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
];

for (const viewport of VIEWPORTS) {
  test(`seed story page at ${viewport.width}×${viewport.height}: furniture visible in order, Related link works`, { skip: !haveChromium && 'Chromium not installed' }, async () => {
    const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const response = await page.goto(base + SEED_PATH);
    assert.equal(response?.status(), 200);

    const parts = [
      page.locator('.section-label a', { hasText: 'International' }),
      page.getByRole('heading', { level: 1, name: 'Seoul Slams Russian-North Korea Deal and Might Reconsider Ukraine Policy' }),
      page.locator('.dateline time').first(),
      page.locator('.story-body p').first(),
      page.getByRole('heading', { name: 'Share post:' }),
      page.getByRole('heading', { name: 'Popular' }),
      page.getByRole('heading', { name: 'More like this' }),
      page.getByRole('heading', { name: 'Related' }),
    ];
    let lastY = -1;
    let lastX = -1;
    for (const part of parts) {
      await part.scrollIntoViewIfNeeded();
      assert.ok(await part.isVisible(), `${part} is visible`);
      const box = (await part.boundingBox())!;
      const y = box.y + (await page.evaluate(() => window.scrollY));
      // On a desktop the three lists sit side by side: then order runs left to right.
      assert.ok(y > lastY || (Math.abs(y - lastY) < 5 && box.x > lastX), `${part} comes after the part before it`);
      lastY = y;
      lastX = box.x;
    }
    assert.equal(await page.locator('.popular li').count(), 5);
    assert.equal(await page.locator('.more-like-this li').count(), 5);
    assert.equal(await page.locator('.related .teaser').count(), 3);

    // Nothing wider than the screen: a phone reader never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow}px`);

    await page.screenshot({ path: path.join(SHOTS, `story-${viewport.name}.png`), fullPage: true });
    assert.deepEqual(await accessibilityProblems(page), [], 'story page: no serious accessibility problems');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, `story-${viewport.name}-top.png`) });

    const related = page.locator('.related .teaser-headline a').first();
    const headline = (await related.textContent())!.trim();
    await related.click();
    await page.waitForLoadState('domcontentloaded');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), headline);
    await page.goto(base + '/');
    await page.screenshot({ path: path.join(SHOTS, `home-${viewport.name}.png`), fullPage: true });
    assert.deepEqual(await accessibilityProblems(page), [], 'home front: no serious accessibility problems');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('share post: copy link puts the story URL on the clipboard', { skip: !haveChromium && 'Chromium not installed' }, async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  await page.goto(base + SEED_PATH);
  await page.locator('[data-copy-link]').click();
  await page.getByText('Link copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.config.siteUrl}${SEED_PATH}`);
  await context.close();
});

test('the site works with JavaScript off', { skip: !haveChromium && 'Chromium not installed' }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + '/');
  await page.locator('.sections-nav a', { hasText: 'Sport' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sport' }).waitFor();
  await page.locator('.teaser-headline a').first().click();
  assert.ok(await page.getByRole('heading', { name: 'Share post:' }).isVisible());
  assert.equal(await page.locator('.share-x').getAttribute('target'), '_blank');
  await context.close();
});
