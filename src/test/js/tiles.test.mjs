import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { tileRect, inputRange, copyTileToFrame, copyTileBetweenFrames, totalTiles } = await siteModule('runtime/tiles.js');

test('tileRect reads the four numbers of a tile', () => {
  const rects = new Int32Array([0, 0, 64, 64, 64, 0, 16, 64]);
  assert.deepEqual(tileRect(rects, 1), { x: 64, y: 0, width: 16, height: 64 });
  assert.deepEqual(tileRect(rects, 0), { x: 0, y: 0, width: 64, height: 64 });
});

test('inputRange reads a tile\'s rows, and none for a pass that reads no input', () => {
  const pass = { inputRows: new Int32Array([0, 12, 4, 20]) };
  assert.deepEqual(inputRange(pass, 1), { first: 4, count: 20 });
  assert.deepEqual(inputRange({ inputRows: null }, 3), { first: 0, count: 0 });
});

test('copyTileToFrame puts packed pixels at the tile\'s place, row by row', () => {
  const frame = new Int32Array(5 * 4);
  copyTileToFrame(new Int32Array([1, 2, 3, 4, 5, 6]), frame, 5, { x: 2, y: 1, width: 3, height: 2 });
  assert.deepEqual([...frame], [
    0, 0, 0, 0, 0,
    0, 0, 1, 2, 3,
    0, 0, 4, 5, 6,
    0, 0, 0, 0, 0,
  ]);
});

test('copyTileToFrame copies RGBA bytes with four entries per pixel', () => {
  const frame = new Uint8Array(3 * 2 * 4);
  const tile = Uint8Array.from({ length: 8 }, (_, i) => i + 1);
  copyTileToFrame(tile, frame, 3, { x: 1, y: 1, width: 2, height: 1 }, 4);
  assert.deepEqual([...frame.subarray(16, 24)], [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(frame.subarray(0, 16).every((b) => b === 0), true);
});

test('copyTileBetweenFrames copies only the rectangle', () => {
  const from = Uint8Array.from({ length: 4 * 4 }, (_, i) => i + 1);
  const to = new Uint8Array(16);
  copyTileBetweenFrames(from, to, 4, { x: 1, y: 2, width: 2, height: 2 });
  assert.deepEqual([...to], [0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 11, 0, 0, 14, 15, 0]);
});

test('totalTiles adds up every pass', () => {
  assert.equal(totalTiles({ passes: [{ tiles: 3 }, { tiles: 5 }] }), 8);
});
