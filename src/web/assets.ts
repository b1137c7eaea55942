import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface Asset {
  /** Public path with a content hash, e.g. /assets/site.3f2a9c1b.css: cacheable for a year. */
  url: string;
  body: Buffer;
  contentType: string;
}

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', svg: 'image/svg+xml' };
const SOURCE = new URL('./assets/', import.meta.url);

/** Reads the stylesheet and script once, at boot, and names them by content. */
export function loadAssets(): { css: Asset; js: Asset; icon: Asset; adminCss: Asset; adminJs: Asset; byUrl: Map<string, Asset> } {
  const load = (name: string, ext: string): Asset => {
    const body = fs.readFileSync(new URL(`${name}.${ext}`, SOURCE));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    return { url: `/assets/${name}.${hash}.${ext}`, body, contentType: TYPES[ext]! };
  };
  const css = load('site', 'css');
  const js = load('share', 'js');
  const icon = load('favicon', 'svg');
  // The newsroom's own look and script, loaded only by admin pages.
  const adminCss = load('admin', 'css');
  const adminJs = load('admin', 'js');
  return { css, js, icon, adminCss, adminJs, byUrl: new Map([css, js, icon, adminCss, adminJs].map((a) => [a.url, a])) };
}
