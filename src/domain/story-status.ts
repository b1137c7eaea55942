/** The editorial life of a story. Only `published` stories are visible to readers. */
export const STORY_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** Every allowed move, in one table: from → the states it may go to. */
const TRANSITIONS: Record<StoryStatus, readonly StoryStatus[]> = {
  draft: ['in_review', 'scheduled', 'published'],
  in_review: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'published'],
  published: ['unpublished'],
  unpublished: ['draft', 'published'],
};

export function isStoryStatus(value: string): value is StoryStatus {
  return (STORY_STATUSES as readonly string[]).includes(value);
}

export function canTransition(from: StoryStatus, to: StoryStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export class TransitionError extends Error {
  constructor(readonly from: StoryStatus, readonly to: StoryStatus) {
    super(`A ${from.replace('_', ' ')} story cannot become ${to.replace('_', ' ')}`);
  }
}

export function assertTransition(from: StoryStatus, to: StoryStatus): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to);
}
