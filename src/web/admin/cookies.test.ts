import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cookieHeader, readCookie } from './cookies.ts';

test('reads our cookie among others, and only well-formed values', () => {
  assert.equal(readCookie('a=1; dateline_session=abc_DEF-123; b=2', 'dateline_session'), 'abc_DEF-123');
  assert.equal(readCookie('dateline_session=', 'dateline_session'), undefined);
  assert.equal(readCookie('dateline_session=a%20b', 'dateline_session'), undefined);
  assert.equal(readCookie('xdateline_session=abc', 'dateline_session'), undefined);
  assert.equal(readCookie(undefined, 'dateline_session'), undefined);
  assert.equal(readCookie('x'.repeat(10_000), 'x'), undefined);
});

test('writes HttpOnly, SameSite=Lax, Secure behind HTTPS', () => {
  assert.equal(cookieHeader('s', 'v', { maxAgeSeconds: 60, secure: true }), 's=v; Path=/admin; Max-Age=60; HttpOnly; SameSite=Lax; Secure');
  assert.equal(cookieHeader('s', '', { maxAgeSeconds: 0, secure: false }), 's=; Path=/admin; Max-Age=0; HttpOnly; SameSite=Lax');
});
