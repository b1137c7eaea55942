import { toLocalInput } from '../../domain/local-time.ts';
import { can, canEditStory, canMoveStory, type Actor } from '../../domain/roles.ts';
import { fieldsToForm, type FieldErrors, type StoryFields } from '../../domain/story-edit.ts';
import { canTransition, STORY_STATUSES, type StoryStatus } from '../../domain/story-status.ts';
import { storyPath, type Story } from '../../domain/story.ts';
import { renderBody, type BodyFormat } from '../../domain/story-body.ts';
import { slugify } from '../../domain/slug.ts';
import { diffLines } from '../../domain/text-diff.ts';
import type { DeskStory } from '../../store/newsroom-stories.ts';
import { listSections } from '../../store/sections.ts';
import { findMedia } from '../../store/media.ts';
import type { AdminChrome } from '../views/admin/AdminLayout.tsx';
import { StoryEditPage, type EditPageProps, type Move } from '../views/admin/StoryEditPage.tsx';
import type { WebContext } from '../web-context.ts';

const EMPTY: StoryFields = {
  headline: '', dek: '', sectionName: '', bylines: [], tags: [], body: '', excerpt: '', canonicalUrl: '', seoTitle: '', seoDescription: '', correction: '', related: [],
  imageId: null, imageAlt: '', imageCaption: '', imageCredit: '',
};

/** The status buttons this person gets for this story: the transition table ∩ the permission rules. */
export function movesFor(actor: Actor, story: DeskStory): Move[] {
  const from = story.status;
  const moves: Move[] = [];
  for (const to of STORY_STATUSES) {
    if (!canTransition(from, to) || !canMoveStory(actor, { createdBy: story.createdBy, status: from }, to)) continue;
    if (to === 'in_review') moves.push({ to, label: 'Submit for review' });
    if (to === 'draft') moves.push({ to, label: from === 'in_review' ? 'Return to draft' : from === 'scheduled' ? 'Unschedule (back to draft)' : 'Back to draft' });
    if (to === 'scheduled') moves.push({ to, label: 'Schedule', time: 'schedule' });
    if (to === 'published') {
      moves.push({ to, label: from === 'unpublished' ? 'Republish' : 'Publish now' });
      if (from === 'draft' || from === 'in_review') moves.push({ to, label: 'Publish under embargo', time: 'embargo' });
    }
    if (to === 'unpublished') moves.push({ to, label: 'Unpublish', danger: true });
  }
  return moves;
}

export interface EditPageInput {
  story?: DeskStory;
  fields?: StoryFields;
  version?: number;
  errors?: FieldErrors;
  notice?: string;
  error?: string;
  conflict?: { current: DeskStory; mine: StoryFields };
}

export async function editPage(web: WebContext, chrome: AdminChrome, actor: Actor, input: EditPageInput) {
  const { story } = input;
  const fields = input.fields ?? story?.fields ?? { ...EMPTY, bylines: chrome.user ? [chrome.user.name] : [] };
  const now = new Date();
  const image = fields.imageId === null ? undefined : await findMedia(web.db, fields.imageId);
  const props: EditPageProps = {
    ...(image ? { image } : {}),
    chrome,
    timeZone: web.config.timeZone,
    form: fieldsToForm(fields),
    version: input.conflict?.current.version ?? input.version ?? story?.version ?? 0,
    errors: input.errors ?? {},
    moves: story ? movesFor(actor, story) : [],
    canDelete: Boolean(story) && can(actor.role, 'stories.delete'),
    canEdit: story ? canEditStory(actor, { createdBy: story.createdBy, status: story.status }) : can(actor.role, 'stories.create'),
    sections: await listSections(web.db),
    defaultTime: toLocalInput(new Date(Math.ceil((now.getTime() + 3600_000) / 900_000) * 900_000).toISOString(), web.config.timeZone),
    ...(story ? { story } : {}),
    ...(input.notice ? { notice: input.notice } : {}),
    ...(input.error ? { error: input.error } : {}),
    ...(story && story.status === 'published' && story.publishedAt && story.publishedAt <= now.toISOString()
      ? { liveUrl: storyPath({ sectionSlug: story.sectionSlug, slug: story.slug }) }
      : {}),
    ...(input.conflict
      ? {
          conflict: {
            current: input.conflict.current,
            headline: diffLines(input.conflict.current.fields.headline, input.conflict.mine.headline),
            body: diffLines(input.conflict.current.fields.body, input.conflict.mine.body),
          },
        }
      : {}),
  };
  return StoryEditPage(props);
}

/** The story as its page would show it, from unsaved fields: the preview uses the reader site's own view. */
export function previewStory(fields: StoryFields, bodyFormat: BodyFormat, now: Date): Story {
  return {
    id: 0,
    sectionId: 0,
    sectionSlug: slugify(fields.sectionName) || 'section',
    sectionName: fields.sectionName || 'Section',
    slug: 'preview',
    headline: fields.headline || '(No headline yet)',
    dek: fields.dek || null,
    excerpt: fields.excerpt,
    publishedAt: now.toISOString(),
    updatedAt: null,
    status: 'draft' as StoryStatus,
    bodyFormat,
    bodyHtml: renderBody(bodyFormat, fields.body),
    canonicalUrl: null,
    correction: fields.correction || null,
    seoTitle: fields.seoTitle || null,
    seoDescription: fields.seoDescription || null,
    dateMissing: false,
    authors: fields.bylines.map((name, i) => ({ id: i, slug: slugify(name), name })),
    tags: fields.tags.map((name) => ({ slug: slugify(name), name })),
  };
}
