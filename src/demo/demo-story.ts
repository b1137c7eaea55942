/** A story of the demo site. Written for this project; loaded only into an empty database. */
export interface DemoStory {
  /** Section slug: international | politics | business | technology | science | sport | culture */
  section: string;
  headline: string;
  /** One-sentence standfirst shown under the headline. */
  dek: string;
  /** Author's display name (fictional staff writer). */
  byline: string;
  /** How many hours before the demo is loaded the story was published (spread over several weeks). */
  ageHours: number;
  /** Hours after publication that the story was last updated, when it was. */
  updatedAfterHours?: number;
  /** Lower-case topic tags, e.g. ["north korea", "russia"]. */
  tags: string[];
  /** Body in Markdown: paragraphs separated by a blank line; occasional "## Subhead" or "> quote" is fine. */
  body: string;
}
