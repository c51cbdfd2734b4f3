import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { siteModule } from './site.mjs';

const { sha256Hex, sha256Plain } = await siteModule('runtime/sha256.js');

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const reference = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('the hash of a picture is the SHA-256 of its bytes', async () => {
  assert.equal(await sha256Hex(new Uint8Array(0)), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(await sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('the plain implementation agrees with the reference at every padding boundary', () => {
  for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4096 + 3]) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 255);
    assert.equal(hex(sha256Plain(bytes)), reference(bytes), `length ${length}`);
  }
});
