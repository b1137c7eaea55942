import { test } from 'node:test';
import assert from 'node:assert/strict';
import { can, canEditStory, canMoveStory, canPublishStory, isRole, PERMISSIONS, ROLES, type Role } from './roles.ts';
import { STORY_STATUSES } from './story-status.ts';

test('the permission table, cell by cell', () => {
  const expected: Record<Role, string[]> = {
    admin: [...PERMISSIONS],
    editor: ['stories.view', 'stories.create', 'stories.edit-own', 'stories.edit-any', 'stories.publish-own', 'stories.publish-any', 'stories.delete'],
    author: ['stories.view', 'stories.create', 'stories.edit-own', 'stories.publish-own'],
    contributor: ['stories.view', 'stories.create', 'stories.edit-own'],
  };
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      assert.equal(can(role, permission), expected[role].includes(permission), `${role} ${permission}`);
    }
  }
});

test('role names are checked', () => {
  assert.ok(isRole('editor'));
  assert.equal(isRole('owner'), false);
  assert.equal(isRole(3), false);
});

const me = 7;
const someoneElse = 8;

test('editing: editors and admins any story; authors their own; contributors their own until it goes out', () => {
  for (const status of STORY_STATUSES) {
    for (const createdBy of [me, someoneElse, null]) {
      const story = { createdBy, status };
      const own = createdBy === me;
      assert.equal(canEditStory({ id: me, role: 'admin' }, story), true);
      assert.equal(canEditStory({ id: me, role: 'editor' }, story), true);
      assert.equal(canEditStory({ id: me, role: 'author' }, story), own, `author ${status} own=${own}`);
      assert.equal(canEditStory({ id: me, role: 'contributor' }, story), own && (status === 'draft' || status === 'in_review'), `contributor ${status} own=${own}`);
    }
  }
});

test('publishing: editors any story, authors their own, contributors never', () => {
  assert.ok(canPublishStory({ id: me, role: 'editor' }, { createdBy: someoneElse, status: 'in_review' }));
  assert.ok(canPublishStory({ id: me, role: 'author' }, { createdBy: me, status: 'draft' }));
  assert.equal(canPublishStory({ id: me, role: 'author' }, { createdBy: someoneElse, status: 'draft' }), false);
  assert.equal(canPublishStory({ id: me, role: 'contributor' }, { createdBy: me, status: 'in_review' }), false);
});

test('moves: a contributor may submit and withdraw their draft, nothing that goes public', () => {
  const contributor = { id: me, role: 'contributor' as const };
  assert.ok(canMoveStory(contributor, { createdBy: me, status: 'draft' }, 'in_review'));
  assert.ok(canMoveStory(contributor, { createdBy: me, status: 'in_review' }, 'draft'));
  assert.equal(canMoveStory(contributor, { createdBy: someoneElse, status: 'draft' }, 'in_review'), false);
  for (const to of ['scheduled', 'published'] as const) {
    assert.equal(canMoveStory(contributor, { createdBy: me, status: 'in_review' }, to), false, to);
  }
  assert.equal(canMoveStory(contributor, { createdBy: me, status: 'scheduled' }, 'draft'), false, 'unscheduling is a publishing act');
  const author = { id: me, role: 'author' as const };
  assert.ok(canMoveStory(author, { createdBy: me, status: 'published' }, 'unpublished'));
  assert.equal(canMoveStory(author, { createdBy: someoneElse, status: 'published' }, 'unpublished'), false);
  assert.ok(canMoveStory({ id: me, role: 'editor' }, { createdBy: null, status: 'published' }, 'unpublished'));
});
