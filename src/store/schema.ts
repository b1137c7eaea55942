import type { Generated, Selectable } from 'kysely';

/** The database as Kysely sees it. Times are ISO-8601 UTC text; flags are 0/1 integers (same on both databases). */
export interface Database {
  sections: SectionTable;
  authors: AuthorTable;
  stories: StoryTable;
  story_authors: StoryAuthorTable;
  tags: TagTable;
  story_tags: StoryTagTable;
  story_links: StoryLinkTable;
  story_references: StoryReferenceTable;
  wire_feeds: WireFeedTable;
  job_leases: JobLeaseTable;
  discovery_state: DiscoveryStateTable;
  discovery_postings: DiscoveryPostingsTable;
  discovery_df: DiscoveryDfTable;
  discovery_meta: DiscoveryMetaTable;
  topics: TopicTable;
  story_topics: StoryTopicTable;
  story_views: StoryViewTable;
  view_salts: ViewSaltTable;
  view_readers: ViewReaderTable;
  users: UserTable;
  setup_tokens: SetupTokenTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  audit_log: AuditLogTable;
  story_revisions: StoryRevisionTable;
  media: MediaTable;
  integrations: IntegrationTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
}

export interface SectionTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: number;
  created_at: string;
}

export interface AuthorTable {
  id: Generated<number>;
  slug: string;
  name: string;
  created_at: string;
}

export interface StoryTable {
  id: Generated<number>;
  section_id: number;
  slug: string;
  headline: string;
  dek: string | null;
  body_format: string;
  body_source: string;
  body_html: string;
  /** Plain text of body_html, for search (indexed with headline and dek; see migration 004). Write it with body_html. */
  body_text: Generated<string>;
  excerpt: string;
  word_count: number;
  status: string;
  published_at: string | null;
  updated_at: string | null;
  created_at: string;
  modified_at: string;
  canonical_url: string | null;
  correction: string | null;
  date_missing: number;
  source: string;
  source_key: string | null;
  content_hash: string;
  /** SimHash of headline and text (domain/near-duplicate.ts); null for texts too short to have one. */
  fingerprint: string | null;
  /** Newsroom: bumped by every edit; a save based on an older one is refused. */
  version: Generated<number>;
  created_by: number | null;
  custom_excerpt: string | null;
  seo_title: string | null;
  seo_description: string | null;
  /** Featured image: a row of `media`, with the words that go with it on this story. */
  image_id: number | null;
  image_alt: string | null;
  image_caption: string | null;
  image_credit: string | null;
}

export interface StoryAuthorTable {
  story_id: number;
  author_id: number;
  position: number;
}

export interface TagTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface StoryTagTable {
  story_id: number;
  tag_id: number;
}

/** Precomputed and curated story-to-story lists: `pick` (editor's Related), later `similar` etc. */
export interface StoryLinkTable {
  story_id: number;
  linked_story_id: number;
  kind: string;
  position: number;
  score: number;
  reason: string | null;
}

/** Teasers an imported page pointed to (its Related list): kept as references, not stories. */
export interface StoryReferenceTable {
  story_id: number;
  position: number;
  headline: string;
  excerpt: string | null;
  url: string | null;
}

/** A wire feed (RSS or Atom) polled into a section; the rest is its polling state. */
export interface WireFeedTable {
  id: Generated<number>;
  url: string;
  section_name: string;
  status: string;
  etag: string | null;
  last_modified: string | null;
  created_at: string;
  last_polled_at: string | null;
  last_success_at: string | null;
  next_poll_at: string | null;
  error_count: number;
  last_error: string | null;
  last_result: string | null;
}

export interface JobLeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** Discovery: when a story was last analysed and its lists computed (null = never: due first). */
export interface DiscoveryStateTable {
  story_id: number;
  analysed_at: string;
  /** The story's publication time when analysed: lists never computed are done newest first. */
  published_at: string;
  /** The story's headline when analysed (a candidate is scored without reading the story). */
  headline: string;
  lists_at: string | null;
  /** When the computed lists are due again (null while never computed); older stories wait longer. */
  lists_due: string | null;
  /** The story's features as "term\tweight\tlabel" lines, heaviest first: one read per candidate when ranking. */
  vector: string;
}

/** The head of a term's postings (store/postings.ts): the stories where it ranks highest, packed. */
export interface DiscoveryPostingsTable {
  term: string;
  entries: Buffer;
}

export interface DiscoveryDfTable {
  term: string;
  df: number;
}

export interface DiscoveryMetaTable {
  key: string;
  value: string;
}

/** People, places and organisations that stories name. */
export interface TopicTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface StoryTopicTable {
  story_id: number;
  topic_id: number;
  mentions: number;
}

/** Reader views per story per hour (UTC, "2026-11-27T18"), flushed in batches from memory. */
export interface StoryViewTable {
  story_id: number;
  hour: string;
  views: number;
}

/** The day's salt for hashing readers (UTC day "2026-11-27"), shared by the instances; gone after the day. */
export interface ViewSaltTable {
  day: string;
  salt: string;
}

/** Hashed reader-story pairs counted on a day, so that no instance counts one twice. */
export interface ViewReaderTable {
  day: string;
  reader: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  disabled: number;
  created_at: string;
}

export interface SetupTokenTable {
  token_hash: string;
  user_id: number;
  expires_at: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  address: string | null;
}

export interface LoginFailureTable {
  id: Generated<number>;
  key: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  actor: string;
  action: string;
  subject: string | null;
  detail: string | null;
}

export interface StoryRevisionTable {
  id: Generated<number>;
  story_id: number;
  version: number;
  user_id: number | null;
  actor: string;
  note: string;
  /** JSON of the editable fields (domain/story-edit.ts StoryFields) as they were after this save. */
  snapshot: string;
  created_at: string;
}

export interface MediaTable {
  id: Generated<number>;
  hash: string;
  /** The stored original-format variant: jpeg, png or webp (GIFs are stored as PNG). */
  format: string;
  width: number;
  height: number;
  /** JSON array of the widths stored, each in WebP and in `format`. */
  widths: string;
  bytes: number;
  created_by: number | null;
  created_at: string;
}

export interface IntegrationTable {
  id: Generated<number>;
  name: string;
  content_key: string;
  admin_token_hash: string;
  disabled: number;
  created_at: string;
}

export interface WebhookTable {
  id: Generated<number>;
  event: string;
  url: string;
  /** Signs each payload (HMAC-SHA256); kept in clear because signing needs it. */
  secret: string;
  created_at: string;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: number;
  event: string;
  payload: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
}

export type UserRow = Selectable<UserTable>;
export type StoryRow = Selectable<StoryTable>;
export type SectionRow = Selectable<SectionTable>;
