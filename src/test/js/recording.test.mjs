import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const recording = await siteModule('runtime/recording.js');
const { frameCount, recordFrames, canRecord, FORMATS } = recording;

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
    /format must be one of webm-vp9, webm-av1, mp4-h264, png-zip, got the text "gif"/);
  assert.deepEqual(Object.keys(FORMATS), ['webm-vp9', 'webm-av1', 'mp4-h264', 'png-zip']);
});

test('a recording refuses, naming it, a format that is not its own, a size a video cannot have and more frames than a zip holds', () => {
  const { checkFormat, videoSize } = recording;
  for (const format of ['__proto__', 'constructor', 'toString', 7, undefined]) {
    assert.throws(() => checkFormat(format), /format must be one of webm-vp9, webm-av1, mp4-h264, png-zip, got/, String(format));
  }
  assert.deepEqual(videoSize(64, 36), { width: 64, height: 36 });
  assert.throws(() => videoSize('64', 36), /a video's width must be an even whole number from 2 up, got the text "64"/);
  assert.throws(() => videoSize(-2, 36), /a video's width must be an even whole number from 2 up, got -2/);
  assert.throws(() => videoSize(64, 35), /a video's height must be an even whole number from 2 up, got 35/);
  assert.throws(() => videoSize(undefined, undefined), /a video's width must be an even whole number from 2 up, got nothing/);
  assert.throws(() => frameCount(2, '30'), /fps must be a whole number from 1 to 120, got the text "30"/);
  assert.throws(() => frameCount('2', 30), /seconds must be a positive number, got the text "2"/);
  assert.equal(frameCount(1000, 60, 'webm-vp9'), 60000);
  assert.throws(() => frameCount(1100, 60, 'png-zip'), /66000 frames; a zip of PNG frames holds 65535 at most/);
  assert.equal(frameCount(1000, 60, 'png-zip'), 60000);
});

test('a cancelled recording stops between frames as well as during one, and renders nothing more', async () => {
  const controller = new AbortController();
  let rendered = 0;
  const renderFrame = async () => {
    rendered++;
    if (rendered === 2) {
      // Between frame 2's render and frame 3's: the abort must be heard before frame 3 starts.
      controller.abort();
    }
    return new Uint8Array(16);
  };
  globalThis.OffscreenCanvas ??= class {
    getContext() { return { putImageData() {} }; }
    async convertToBlob() { return new Blob([new Uint8Array(8)]); }
  };
  globalThis.ImageData ??= class { constructor() {} };
  await assert.rejects(recordFrames({ frames: 5, fps: 5, width: 2, height: 2, format: 'png-zip' }, async () => ({}), renderFrame,
    { signal: controller.signal }), { name: 'AbortError' });
  assert.equal(rendered, 2);
});

test('the video formats are those the video library says it encodes at the size, in the order of FORMATS', async () => {
  const { videoFormatsEncoded } = recording;
  const asked = [];
  const video = {
    canEncodeVideo: async (codec, { width, height }) => {
      asked.push(`${codec} ${width}x${height}`);
      return codec !== 'av1';
    },
  };
  assert.deepEqual(await videoFormatsEncoded(video, 1280, 720), ['webm-vp9', 'mp4-h264']);
  assert.deepEqual(asked, ['vp9 1280x720', 'av1 1280x720', 'avc 1280x720'], 'every video format asked, at the size, never the zip');
  assert.deepEqual(await videoFormatsEncoded({ canEncodeVideo: async () => false }, 2, 2), []);
});
