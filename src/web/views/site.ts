import type { Section } from '../../domain/story.ts';

/** What every page needs to know about the site around it. */
export interface Site {
  name: string;
  url: string;
  timeZone: string;
  sections: Section[];
  /** Hashed URLs of the stylesheet and script. */
  assets: { css: string; js: string; icon: string };
  /** Demo content is loaded: the footer says so. */
  isDemo: boolean;
  now: Date;
}

export function absoluteUrl(site: Site, path: string): string {
  return site.url + path;
}
