import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTestDatabase, type TestDatabase } from '../store/test-database.ts';
import { deliveriesOf } from '../store/webhooks.ts';
import { insertUser, type User } from '../store/users.ts';
import { createStory, moveStory, saveStoryEdit, storyForEdit } from './desk.ts';
import { addWebhook, deliverDueWebhooks, RETRY_DELAYS_MS, signPayload, type Sender } from './webhooks.ts';

let t: TestDatabase;
let editor: User;
before(async () => {
  t = await openTestDatabase();
  editor = await insertUser(t.db, { email: 'ed@example.org', name: 'Ed', role: 'editor', createdAt: new Date().toISOString() });
});
after(() => t.close());

async function publishedStory(headline: string): Promise<number> {
  const created = await createStory(t.db, editor, { headline, sectionName: 'News', body: 'Text.' });
  const id = created.kind === 'saved' ? created.id : 0;
  await moveStory(t.db, editor, id, { to: 'published' });
  return id;
}

test('publish, update and unpublish reach a real receiver, signed with the webhook secret', async () => {
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  try {
    const hooks = await Promise.all(['story.published', 'story.updated', 'story.unpublished'].map((e) => addWebhook(t.db, e, url)));
    const id = await publishedStory('Bridge opens');
    const story = await storyForEdit(t.db, editor, id);
    await saveStoryEdit(t.db, editor, id, String(story.version), { headline: 'Bridge opens to traffic', sectionName: 'News', body: 'Text.' });
    await moveStory(t.db, editor, id, { to: 'unpublished' });
    const counts = await deliverDueWebhooks(t.db);
    assert.deepEqual(counts, { delivered: 3, retried: 0, failed: 0 });
    assert.deepEqual(received.map((r) => r.headers['x-dateline-event']), ['story.published', 'story.updated', 'story.unpublished']);
    for (const [i, r] of received.entries()) {
      const [, ts, mac] = /^t=(\d+),v1=([a-f0-9]{64})$/.exec(String(r.headers['x-dateline-signature']))!;
      assert.equal(mac, createHmac('sha256', hooks[i]!.secret).update(`${ts}.${r.body}`).digest('hex'), 'the HMAC checks out');
      assert.equal(JSON.parse(r.body).story.id, id);
    }
    assert.equal(JSON.parse(received[1]!.body).story.headline, 'Bridge opens to traffic');
    assert.deepEqual(await deliverDueWebhooks(t.db), { delivered: 0, retried: 0, failed: 0 }, 'nothing is sent twice');
  } finally {
    server.close();
  }
});

test('a failing receiver is retried with growing delays, then the delivery is marked failed', async () => {
  await t.db.deleteFrom('webhooks').execute();
  const hook = await addWebhook(t.db, 'story.published', 'https://receiver.invalid/hook');
  await publishedStory('Ferry cancelled');
  let calls = 0;
  const failing: Sender = async () => {
    calls++;
    return { ok: false, status: 503 };
  };
  let now = new Date();
  for (const delay of RETRY_DELAYS_MS) {
    assert.equal((await deliverDueWebhooks(t.db, now, failing)).retried, 1);
    assert.equal((await deliverDueWebhooks(t.db, new Date(now.getTime() + delay - 1000), failing)).retried, 0, 'not before the delay');
    now = new Date(now.getTime() + delay);
  }
  assert.equal((await deliverDueWebhooks(t.db, now, failing)).failed, 1);
  assert.equal(calls, RETRY_DELAYS_MS.length + 1);
  const [delivery] = await deliveriesOf(t.db, hook.id);
  assert.equal(delivery?.status, 'failed');
  assert.equal(delivery?.lastError, 'HTTP 503');
});

test('bad webhook definitions are refused; signatures are stable', async () => {
  await assert.rejects(addWebhook(t.db, 'story.deleted', 'https://x.example/'), /event must be one of/);
  await assert.rejects(addWebhook(t.db, 'story.published', 'ftp://x.example/'), /http\(s\)/);
  await assert.rejects(addWebhook(t.db, 'story.published', 'not a url'), /http\(s\)/);
  assert.equal(signPayload('s', '{}', new Date(1_700_000_000_000)), `t=1700000000,v1=${createHmac('sha256', 's').update('1700000000.{}').digest('hex')}`);
});
