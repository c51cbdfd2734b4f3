import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

/** A stand-in decoder worker: "decodes" URLs ending in -WxH.png to pictures of that size, others to errors. */
class FakeDecoder {
  static decoded = [];

  postMessage({ id, url }) {
    FakeDecoder.decoded.push(url);
    const size = /-(\d+)x(\d+)\.png$/.exec(url);
    const result = size
      ? { width: Number(size[1]), height: Number(size[2]), pixels: new Int32Array(Number(size[1]) * Number(size[2])) }
      : { error: 'it is not a PNG or JPEG picture' };
    queueMicrotask(() => this.onmessage({ data: { id, result } }));
  }

  terminate() {}
}
globalThis.Worker = FakeDecoder;

const { PictureCache } = await siteModule('runtime/pictures.js');
const limits = { maxPixels: 1000 };
const base = 'https://example.test/app/';

test('each URL is decoded once, however many names point at it', async () => {
  FakeDecoder.decoded = [];
  const cache = new PictureCache(limits, base);
  const pictures = await cache.load(['a-10x10.png', './a-10x10.png', '../app/a-10x10.png', 'b-5x5.png']);
  assert.deepEqual(FakeDecoder.decoded, [`${base}a-10x10.png`, `${base}b-5x5.png`]);
  assert.equal(pictures['a-10x10.png'], pictures['./a-10x10.png'], 'one picture, not three copies');
  assert.equal(pictures['b-5x5.png'].width, 5);
});

test('pictures past the request\'s budget come without their pixels, for the engine to refuse', async () => {
  const cache = new PictureCache(limits, base);
  const pictures = await cache.load(['p-20x20.png', 'q-20x20.png', 'r-20x20.png']);
  assert.ok(pictures['p-20x20.png'].pixels && pictures['q-20x20.png'].pixels);
  assert.deepEqual(pictures['r-20x20.png'], { width: 20, height: 20 });
});

test('only the pictures of the latest request stay, and failures are tried again', async () => {
  FakeDecoder.decoded = [];
  const cache = new PictureCache(limits, base);
  await cache.load(['one-10x10.png', 'broken.png']);
  await cache.load(['one-10x10.png', 'broken.png']);
  assert.deepEqual(FakeDecoder.decoded, [`${base}one-10x10.png`, `${base}broken.png`, `${base}broken.png`]);
  await cache.load(['two-10x10.png']);
  await cache.load(['one-10x10.png']);
  assert.equal(FakeDecoder.decoded.filter((url) => url.endsWith('one-10x10.png')).length, 2, 'dropped once no longer needed');
});
