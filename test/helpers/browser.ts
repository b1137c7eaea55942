import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { openTestSite } from './test-site.ts';

/** Debian's Chromium, driven by playwright-core; nothing is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results');
export const haveChromium = fs.existsSync(CHROMIUM);
/** For `test(name, { skip: noChromium }, …)`: says plainly why a browser test did not run. */
export const noChromium: false | string = !haveChromium && `Chromium not installed at ${CHROMIUM} (apt-get install -y chromium)`;

if (!haveChromium) console.log(`SKIPPED the browser tests: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  // The flags keep Chromium off the network (this machine has none) and working as root.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Starts a test site on a free loopback port; returns its base URL. */
export async function listenOnLoopback(site: Awaited<ReturnType<typeof openTestSite>>): Promise<string> {
  await site.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(site.app.server.address() as AddressInfo).port}`;
}
