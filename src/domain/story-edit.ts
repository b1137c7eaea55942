/** The fields a newsroom edits, as one value: what a save sends, what a revision keeps. */
export interface StoryFields {
  headline: string;
  dek: string;
  sectionName: string;
  bylines: string[];
  tags: string[];
  body: string;
  excerpt: string;
  canonicalUrl: string;
  seoTitle: string;
  seoDescription: string;
  correction: string;
  /** Editor-picked Related stories, by id, in order. */
  related: number[];
  /** The featured image (a stored upload) and its words on this story; alt text is required with it. */
  imageId: number | null;
  imageAlt: string;
  imageCaption: string;
  imageCredit: string;
}

export type FieldErrors = Partial<Record<keyof StoryFields, string>>;

export const LIMITS = {
  headline: 300,
  dek: 600,
  sectionName: 60,
  byline: 100,
  bylines: 10,
  tag: 60,
  tags: 30,
  body: 500_000,
  excerpt: 600,
  canonicalUrl: 2000,
  seoTitle: 200,
  seoDescription: 400,
  correction: 2000,
  related: 10,
  imageAlt: 300,
  imageCaption: 600,
  imageCredit: 200,
} as const;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Checks what a form or an API call sent. Every field must be a string (bylines, tags and related are
 * comma-separated); nothing is trimmed away silently except surrounding space.
 */
export function parseStoryFields(input: Record<string, unknown>, options: { imagePending?: boolean } = {}): { fields: StoryFields; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const str = (key: keyof StoryFields, max: number, required = false): string => {
    const raw = input[key];
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      errors[key] = 'must be text';
      return '';
    }
    const value = key === 'body' ? (text(raw) ?? '').replace(/\r\n?/g, '\n') : (text(raw) ?? '').trim();
    if (required && !value.trim()) errors[key] = 'is required';
    else if (value.length > max) errors[key] = `must be at most ${max.toLocaleString('en-GB')} characters (got ${value.length.toLocaleString('en-GB')})`;
    else if (key !== 'body' && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value)) errors[key] = 'contains control characters';
    return value;
  };
  const fields: StoryFields = {
    headline: str('headline', LIMITS.headline, true),
    dek: str('dek', LIMITS.dek),
    sectionName: str('sectionName', LIMITS.sectionName, true),
    bylines: list(str('bylines', LIMITS.byline * LIMITS.bylines)),
    tags: list(str('tags', LIMITS.tag * LIMITS.tags)),
    body: str('body', LIMITS.body),
    excerpt: str('excerpt', LIMITS.excerpt),
    canonicalUrl: str('canonicalUrl', LIMITS.canonicalUrl),
    seoTitle: str('seoTitle', LIMITS.seoTitle),
    seoDescription: str('seoDescription', LIMITS.seoDescription),
    correction: str('correction', LIMITS.correction),
    related: [],
    imageId: null,
    imageAlt: str('imageAlt', LIMITS.imageAlt),
    imageCaption: str('imageCaption', LIMITS.imageCaption),
    imageCredit: str('imageCredit', LIMITS.imageCredit),
  };
  const imageId = input.removeImage === '1' ? '' : str('imageId', 12);
  if (imageId && !/^[1-9]\d{0,9}$/.test(imageId)) errors.imageId = 'must be an image number';
  else fields.imageId = imageId ? Number(imageId) : null;
  if ((fields.imageId !== null || options.imagePending) && !fields.imageAlt && !errors.imageAlt) {
    errors.imageAlt = 'is required with an image: describe what it shows for readers who cannot see it';
  }
  if (!errors.sectionName && fields.sectionName && !/[\p{L}\p{N}]/u.test(fields.sectionName)) errors.sectionName = 'needs a letter or digit';
  if (fields.bylines.length > LIMITS.bylines) errors.bylines = `at most ${LIMITS.bylines} names`;
  else if (fields.bylines.some((b) => b.length > LIMITS.byline)) errors.bylines = `each name at most ${LIMITS.byline} characters`;
  if (fields.tags.length > LIMITS.tags) errors.tags = `at most ${LIMITS.tags} tags`;
  else if (fields.tags.some((t) => t.length > LIMITS.tag)) errors.tags = `each tag at most ${LIMITS.tag} characters`;
  if (fields.canonicalUrl && !isHttpUrl(fields.canonicalUrl)) errors.canonicalUrl = 'must be an http(s) address';
  const related = str('related', 400);
  const ids = list(related);
  if (ids.some((id) => !/^[1-9]\d{0,9}$/.test(id))) errors.related = 'must be story numbers separated by commas';
  else if (ids.length > LIMITS.related) errors.related = `at most ${LIMITS.related} stories`;
  else fields.related = [...new Set(ids.map(Number))];
  return { fields, errors };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A revision's stored snapshot back into fields; tolerant of snapshots written by older code. */
export function fieldsFromSnapshot(json: string): StoryFields {
  const raw = JSON.parse(json) as Partial<StoryFields>;
  return {
    headline: raw.headline ?? '',
    dek: raw.dek ?? '',
    sectionName: raw.sectionName ?? '',
    bylines: raw.bylines ?? [],
    tags: raw.tags ?? [],
    body: raw.body ?? '',
    excerpt: raw.excerpt ?? '',
    canonicalUrl: raw.canonicalUrl ?? '',
    seoTitle: raw.seoTitle ?? '',
    seoDescription: raw.seoDescription ?? '',
    correction: raw.correction ?? '',
    related: raw.related ?? [],
    imageId: raw.imageId ?? null,
    imageAlt: raw.imageAlt ?? '',
    imageCaption: raw.imageCaption ?? '',
    imageCredit: raw.imageCredit ?? '',
  };
}

/** The form's view of the fields: lists joined back with commas. */
export function fieldsToForm(fields: StoryFields): Record<keyof StoryFields, string> {
  return {
    ...fields,
    imageId: fields.imageId === null ? '' : String(fields.imageId),
    bylines: fields.bylines.join(', '),
    tags: fields.tags.join(', '),
    related: fields.related.join(', '),
  };
}
