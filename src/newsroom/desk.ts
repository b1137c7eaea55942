import { toStoredTime } from '../domain/dates.ts';
import { can, canEditStory, canMoveStory } from '../domain/roles.ts';
import { fieldsFromSnapshot, fieldsToForm, parseStoryFields, type FieldErrors, type StoryFields } from '../domain/story-edit.ts';
import { canTransition, type StoryStatus } from '../domain/story-status.ts';
import { slugify } from '../domain/slug.ts';
import type { Db } from '../store/database.ts';
import { findMedia, type Media } from '../store/media.ts';
import * as desk from '../store/newsroom-stories.ts';
import type { DeskStory } from '../store/newsroom-stories.ts';
import type { User } from '../store/users.ts';
import { actorOf } from './accounts.ts';
import { audit } from './audit.ts';
import { NewsroomError } from './newsroom-error.ts';
import { queueStoryEvent } from './webhooks.ts';
import { storyPath } from '../domain/story.ts';

export type EditOutcome =
  | { kind: 'saved'; id: number; version: number }
  | { kind: 'invalid'; errors: FieldErrors; fields: StoryFields }
  | { kind: 'conflict'; mine: StoryFields; current: DeskStory };

/** Who edits: a signed-in person, or an integration acting as an editor (id 0: it owns no stories). */
export type DeskUser = Pick<User, 'id' | 'role' | 'email'>;

const editorOf = (user: DeskUser) => ({ userId: user.id > 0 ? user.id : null, actor: user.email });
const access = (story: DeskStory) => ({ createdBy: story.createdBy, status: story.status });

export async function storyForEdit(db: Db, user: DeskUser, id: number): Promise<DeskStory> {
  const story = await desk.findDeskStory(db, id);
  if (!story) throw new NewsroomError('not_found', 'There is no story with that number.');
  if (!can(user.role, 'stories.view')) throw new NewsroomError('forbidden', 'You may not see stories.');
  return story;
}

/** Stores an uploaded image; called only once the rest of the save has been checked, so bad input stores nothing. */
export type Upload = () => Promise<Media>;

async function attachImage(db: Db, fields: StoryFields, errors: FieldErrors, upload: Upload | undefined): Promise<void> {
  if (Object.keys(errors).length) return;
  if (upload) {
    fields.imageId = (await upload()).id;
  } else if (fields.imageId !== null && !(await findMedia(db, fields.imageId))) {
    errors.imageId = 'is not a stored image';
  }
}

export async function createStory(db: Db, user: DeskUser, input: Record<string, unknown>, now = new Date(), upload?: Upload): Promise<EditOutcome> {
  if (!can(user.role, 'stories.create')) throw new NewsroomError('forbidden', 'You may not write stories.');
  const { fields, errors } = parseStoryFields(input, { imagePending: Boolean(upload) });
  await attachImage(db, fields, errors, upload);
  if (Object.keys(errors).length) return { kind: 'invalid', errors, fields };
  const id = await desk.insertDeskStory(db, fields, editorOf(user), toStoredTime(now));
  return { kind: 'saved', id, version: 1 };
}

/** Whether readers can see it now: a published story whose time has come. */
const isLive = (story: DeskStory, now: Date) => story.status === 'published' && story.publishedAt !== null && story.publishedAt <= toStoredTime(now);

/**
 * Saves an edit made from version `baseVersion`. A stale version is refused with both sides, never
 * merged or overwritten. A live story keeps its address and shows "Updated".
 */
export async function saveStoryEdit(db: Db, user: DeskUser, id: number, baseVersion: unknown, input: Record<string, unknown>, now = new Date(), note = 'edited', upload?: Upload): Promise<EditOutcome> {
  const story = await storyForEdit(db, user, id);
  if (!canEditStory(user, access(story))) throw new NewsroomError('forbidden', 'You may not edit this story.');
  const base = typeof baseVersion === 'string' && /^\d{1,9}$/.test(baseVersion) ? Number(baseVersion) : typeof baseVersion === 'number' ? baseVersion : NaN;
  if (!Number.isInteger(base)) throw new NewsroomError('invalid', 'The save did not say which version it was based on; reload the story and try again.');
  const { fields, errors } = parseStoryFields(input, { imagePending: Boolean(upload) });
  const keepAddress = story.publishedAt !== null;
  if (keepAddress && fields.sectionName && slugify(fields.sectionName) !== story.sectionSlug) {
    errors.sectionName = 'cannot change once the story has a publication time: its address would change';
  }
  if (base !== story.version && !Object.keys(errors).length) return { kind: 'conflict', mine: fields, current: story };
  await attachImage(db, fields, errors, upload);
  if (Object.keys(errors).length) return { kind: 'invalid', errors, fields };
  const result = await desk.updateDeskStory(db, id, base, fields, editorOf(user), {
    stamp: toStoredTime(now),
    note,
    markUpdated: isLive(story, now),
    keepAddress,
  });
  if (!result.ok) return { kind: 'conflict', mine: fields, current: (await desk.findDeskStory(db, id))! };
  if (isLive(story, now)) {
    await queueStoryEvent(db, 'story.updated', { id, headline: fields.headline, path: storyPath(story), status: story.status, publishedAt: story.publishedAt }, now);
    await audit(db, actorOf(user), fields.correction !== story.fields.correction ? 'story.correct' : 'story.update', `story ${id}`, fields.headline, now);
  }
  return { kind: 'saved', id, version: result.version };
}

export async function restoreRevision(db: Db, user: DeskUser, id: number, version: number, baseVersion: unknown, now = new Date()): Promise<EditOutcome> {
  const revision = await desk.findRevision(db, id, version);
  if (!revision) throw new NewsroomError('not_found', 'There is no such revision.');
  const fields = fieldsFromSnapshot(revision.snapshot);
  const input = { ...fieldsToForm(fields) };
  const outcome = await saveStoryEdit(db, user, id, baseVersion, input, now, `restored version ${version}`);
  if (outcome.kind === 'saved') await audit(db, actorOf(user), 'story.restore', `story ${id}`, `version ${version}`, now);
  return outcome;
}

export interface MoveRequest {
  to: StoryStatus;
  /** Scheduled: when it goes live. Published: an embargo (held until then), or now when absent. */
  at?: Date;
}

export interface MoveOutcome {
  story: DeskStory;
  from: StoryStatus;
  to: StoryStatus;
  publishedAt: string | null;
}

const ACTIONS: Record<StoryStatus, string> = {
  draft: 'story.to-draft',
  in_review: 'story.submit',
  scheduled: 'story.schedule',
  published: 'story.publish',
  unpublished: 'story.unpublish',
};

export async function moveStory(db: Db, user: DeskUser, id: number, request: MoveRequest, now = new Date()): Promise<MoveOutcome> {
  const story = await storyForEdit(db, user, id);
  const { to } = request;
  if (!canTransition(story.status, to)) {
    throw new NewsroomError('conflict', `A ${story.status.replace('_', ' ')} story cannot become ${to.replace('_', ' ')}.`);
  }
  if (!canMoveStory(user, access(story), to)) {
    throw new NewsroomError('forbidden', to === 'published' || to === 'scheduled' ? 'You may not publish this story: submit it for review.' : 'You may not change this story.');
  }
  const stamp = toStoredTime(now);
  let publishedAt = story.publishedAt;
  if (to === 'scheduled') {
    if (!request.at || request.at <= now) throw new NewsroomError('invalid', 'A scheduled story needs a time in the future.');
    publishedAt = toStoredTime(request.at);
  } else if (to === 'published') {
    if (request.at && request.at > now) publishedAt = toStoredTime(request.at);
    // Republishing keeps the original date; publishing for the first time (or early) is now.
    else if (story.status !== 'unpublished' || !publishedAt) publishedAt = stamp;
  } else if (to === 'draft' && story.status === 'scheduled') {
    publishedAt = null;
  }
  if (!(await desk.moveDeskStory(db, id, story.status, to, { publishedAt, stamp }))) {
    throw new NewsroomError('conflict', 'Someone else changed this story’s status a moment ago; reload it.');
  }
  if (to === 'published' || to === 'unpublished') {
    const event = to === 'published' ? 'story.published' : 'story.unpublished';
    await queueStoryEvent(db, event, { id, headline: story.fields.headline, path: storyPath(story), status: to, publishedAt }, now);
  }
  await audit(db, actorOf(user), ACTIONS[to], `story ${id}`, `${story.status} → ${to}${publishedAt && to !== 'unpublished' ? ` at ${publishedAt}` : ''}`, now);
  return { story, from: story.status, to, publishedAt };
}

export async function deleteStory(db: Db, user: DeskUser, id: number): Promise<DeskStory> {
  const story = await storyForEdit(db, user, id);
  if (!can(user.role, 'stories.delete')) throw new NewsroomError('forbidden', 'Only editors may delete stories.');
  await desk.deleteDeskStory(db, id);
  await audit(db, actorOf(user), 'story.delete', `story ${id}`, story.fields.headline);
  return story;
}
