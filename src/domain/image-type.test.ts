import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffImageType, widthsFor } from './image-type.ts';

const pad = (...head: number[]) => Uint8Array.from([...head, ...new Array(16).fill(0)]);

test('image types are told by their first bytes', () => {
  assert.equal(sniffImageType(pad(0xff, 0xd8, 0xff, 0xe0)), 'jpeg');
  assert.equal(sniffImageType(pad(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), 'png');
  assert.equal(sniffImageType(pad(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50)), 'webp');
  assert.equal(sniffImageType(pad(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)), 'gif');
});

test('anything else is not an image, whatever it is called', () => {
  assert.equal(sniffImageType(pad(0x50, 0x4b, 0x03, 0x04)), undefined, 'zip');
  assert.equal(sniffImageType(pad(0x25, 0x50, 0x44, 0x46)), undefined, 'pdf');
  assert.equal(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>')), undefined, 'svg (scripts inside) is refused');
  assert.equal(sniffImageType(Uint8Array.from([0xff, 0xd8])), undefined, 'too short');
});

test('responsive widths: the steps below the image, then the image itself, capped', () => {
  assert.deepEqual(widthsFor(200), [200]);
  assert.deepEqual(widthsFor(1000), [320, 640, 960, 1000]);
  assert.deepEqual(widthsFor(640), [320, 640]);
  assert.deepEqual(widthsFor(5000), [320, 640, 960, 1280, 1920]);
});
