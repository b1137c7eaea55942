import type { StoryStatus } from './story-status.ts';

/** Who may do what in the newsroom. Admins run people and settings and may do anything an editor may. */
export const ROLES = ['admin', 'editor', 'author', 'contributor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'stories.view',
  'stories.create',
  'stories.edit-own',
  'stories.edit-any',
  'stories.publish-own',
  'stories.publish-any',
  'stories.delete',
  'users.manage',
  'integrations.manage',
  'audit.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The one permission table: role → what it may do. Every admin route names one of these. */
const TABLE: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  editor: ['stories.view', 'stories.create', 'stories.edit-own', 'stories.edit-any', 'stories.publish-own', 'stories.publish-any', 'stories.delete'],
  author: ['stories.view', 'stories.create', 'stories.edit-own', 'stories.publish-own'],
  contributor: ['stories.view', 'stories.create', 'stories.edit-own'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return TABLE[role].includes(permission);
}

export interface Actor {
  id: number;
  role: Role;
}

/** What the rules need to know about a story. */
export interface StoryAccess {
  createdBy: number | null;
  status: StoryStatus;
}

const isOwn = (actor: Actor, story: StoryAccess) => story.createdBy !== null && story.createdBy === actor.id;

// A contributor's own story is theirs to change until it goes out; after that, editors keep it.
const CONTRIBUTOR_EDITABLE: readonly StoryStatus[] = ['draft', 'in_review'];

export function canEditStory(actor: Actor, story: StoryAccess): boolean {
  if (can(actor.role, 'stories.edit-any')) return true;
  if (!can(actor.role, 'stories.edit-own') || !isOwn(actor, story)) return false;
  return can(actor.role, 'stories.publish-own') || CONTRIBUTOR_EDITABLE.includes(story.status);
}

export function canPublishStory(actor: Actor, story: StoryAccess): boolean {
  return can(actor.role, 'stories.publish-any') || (can(actor.role, 'stories.publish-own') && isOwn(actor, story));
}

const PUBLIC_SIDE: readonly StoryStatus[] = ['scheduled', 'published', 'unpublished'];

/**
 * May this person move this story to `to`? (Whether the move itself is allowed is story-status.ts's
 * table.) Anything that puts a story out, takes it down or unschedules it needs the right to publish;
 * submitting for review or taking it back to draft needs the right to edit.
 */
export function canMoveStory(actor: Actor, story: StoryAccess, to: StoryStatus): boolean {
  if (PUBLIC_SIDE.includes(to) || PUBLIC_SIDE.includes(story.status)) return canPublishStory(actor, story);
  return canEditStory(actor, story);
}
