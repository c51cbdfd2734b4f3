import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { frameCount, recordFrames, canRecord, FORMATS } = await siteModule('runtime/recording.js');

test('a recording has seconds × fps frames, two at least, and bad lengths are named', () => {
  assert.equal(frameCount(2, 30), 60);
  assert.equal(frameCount(0.01, 24), 2, 'the first view and the last, at least');
  assert.throws(() => frameCount(0, 30), /seconds must be a positive number, got 0/);
  assert.throws(() => frameCount(2, 30.5), /fps must be a whole number from 1 to 120, got 30.5/);
  assert.throws(() => frameCount(3600, 60), /216000 frames; a recording may have 100000 at most/);
});

test('without WebCodecs a recording says so before it renders anything', async () => {
  assert.equal(canRecord(), typeof globalThis.VideoEncoder === 'function');
  let rendered = 0;
  const renderFrame = async () => { rendered++; return new Uint8Array(16); };
  if (!canRecord()) {
    await assert.rejects(recordFrames({ frames: 2, fps: 2, width: 2, height: 2, format: 'webm-vp9' }, async () => ({}), renderFrame),
      /this browser cannot encode video \(it has no WebCodecs VideoEncoder\)/);
    assert.equal(rendered, 0);
  }
  await assert.rejects(recordFrames({ frames: 2, fps: 2, width: 2, height: 2, format: 'gif' }, async () => ({}), renderFrame),
    /format must be one of webm-vp9, webm-av1, mp4-h264, png-zip, got gif/);
  assert.deepEqual(Object.keys(FORMATS), ['webm-vp9', 'webm-av1', 'mp4-h264', 'png-zip']);
});
