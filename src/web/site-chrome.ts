import type { Config } from '../config.ts';
import type { Section } from '../domain/story.ts';
import type { Db } from '../store/database.ts';
import { listSections } from '../store/sections.ts';
import { hasStoriesFrom } from '../store/stories.ts';
import type { Site } from './views/site.ts';

/** The parts of every page that change rarely (sections, demo flag), reloaded at most every few seconds. */
export function siteChrome(db: Db, config: Config, assets: Site['assets'], ttlMs: number) {
  let loaded: { sections: Section[]; isDemo: boolean; at: number } | undefined;
  async function site(now = new Date()): Promise<Site> {
    if (!loaded || now.getTime() - loaded.at >= ttlMs) {
      const [sections, isDemo] = await Promise.all([listSections(db), hasStoriesFrom(db, 'demo')]);
      loaded = { sections, isDemo, at: now.getTime() };
    }
    return {
      name: config.siteName,
      url: config.siteUrl,
      timeZone: config.timeZone,
      sections: loaded.sections,
      assets,
      isDemo: loaded.isDemo,
      now,
    };
  }
  /** The site changed: load the sections again on the next page. */
  site.forget = () => {
    loaded = undefined;
  };
  return site;
}

/** A site with no database behind it: for error pages when the database itself failed. */
export function bareSite(config: Config, assets: Site['assets']): Site {
  return { name: config.siteName, url: config.siteUrl, timeZone: config.timeZone, sections: [], assets, isDemo: false, now: new Date() };
}
