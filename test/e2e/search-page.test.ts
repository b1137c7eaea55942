import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser } from 'playwright-core';
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

for (const viewport of [{ name: 'phone', width: 390, height: 844 }, { name: 'desktop', width: 1366, height: 900 }]) {
  test(`search at ${viewport.width}px: the masthead box leads to highlighted results; no results is helpful`, { skip: !haveChromium && 'Chromium not installed' }, async () => {
    // JavaScript off: the search must work as a plain form.
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + SEED_PATH);
    const box = page.getByRole('searchbox', { name: 'Search stories' });
    await page.screenshot({ path: path.join(SHOTS, `search-masthead-${viewport.name}.png`) });
    assert.ok(await box.isVisible(), 'masthead search box');
    await box.fill('"mutual defense" -zebra');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    assert.ok(await page.getByRole('heading', { level: 1, name: 'Search' }).isVisible());
    assert.equal(await page.getByRole('searchbox', { name: 'Search for' }).inputValue(), '"mutual defense" -zebra');
    assert.ok((await page.locator('.search-hit').count()) >= 1);
    assert.ok(await page.locator('.search-snippet mark').first().isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `results page overflows by ${overflow}px`);
    await page.screenshot({ path: path.join(SHOTS, `search-${viewport.name}.png`), fullPage: true });

    await page.getByRole('searchbox', { name: 'Search for' }).fill('xylophone');
    await page.getByLabel('Section', { exact: true }).selectOption('sport');
    await page.getByRole('button', { name: 'Search', exact: true }).last().click();
    await page.waitForURL(/q=xylophone/);
    assert.ok(await page.getByText('No stories match').isVisible());
    assert.ok(await page.getByRole('link', { name: 'Search all sections and dates' }).isVisible());
    assert.ok(await page.getByRole('heading', { name: 'Latest stories' }).isVisible());
    const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow2 <= 0, `no-results page overflows by ${overflow2}px`);
    await page.screenshot({ path: path.join(SHOTS, `search-none-${viewport.name}.png`), fullPage: true });
    await context.close();
  });
}
