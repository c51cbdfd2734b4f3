import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { TransferRenderSession } = await siteModule('runtime/transfer-session.js');

const WIDTH = 6;
const HEIGHT = 4;

/** A plan as Java's prepare makes it: bands two rows tall, with a halo of one row for passes that read input. */
function plan(passCount, workers, { readsSource = true } = {}) {
  const rects = new Int32Array([0, 0, WIDTH, 2, 0, 2, WIDTH, 2]);
  const passes = [];
  for (let p = 0; p < passCount; p++) {
    const output = (passCount - 1 - p) % 2 === 0 ? 'frame' : 'spare';
    const reads = p > 0 || readsSource;
    const input = !reads ? 'none' : p === 0 ? 'source' : passes[p - 1].output;
    passes.push({ tiles: 2, rects, input, output, side: 'none', sums: 'none', inputRows: reads ? new Int32Array([0, 3, 1, 3]) : null });
  }
  const buffers = { frame: { width: WIDTH, height: HEIGHT, channels: 1 } };
  if (passCount > 1) {
    buffers.spare = { width: WIDTH, height: HEIGHT, channels: 1 };
  }
  if (readsSource) {
    buffers.source = { width: WIDTH, height: HEIGHT, channels: 1 };
  }
  return { width: WIDTH, height: HEIGHT, workers, source: readsSource ? 'picture' : null, tiles: 2, rects, passes, buffers, batches: null };
}

/**
 * A pool whose workers add one to every pixel of the row below the tile's first input row (so a
 * tile sees only the rows it was sent), or write 7 when the pass reads nothing.
 */
function fakePool(thePlan, { failAt = null, iterationsPerTile = null, side = null, sums = null } = {}) {
  const calls = [];
  const counted = new Array(thePlan.workers).fill(0);
  const prepared = new Map();
  return {
    size: thePlan.workers,
    calls,
    hasPrepared: (worker, text) => prepared.get(worker) === text,
    notePrepared: (worker, text) => prepared.set(worker, text),
    async call(worker, type, payload) {
      calls.push({ worker, type, ...payload });
      if (type === 'begin') {
        return { tiles: thePlan.tiles };
      }
      if (type === 'hash') {
        return `bytes:${new Uint8Array(payload.pixels).length}`;
      }
      if (failAt && failAt.tile === payload.tile && failAt.pass === payload.pass) {
        throw Object.assign(new Error(`tile ${payload.tile}: it broke`), { worker });
      }
      const pass = thePlan.passes[payload.pass];
      const rect = { x: pass.rects[4 * payload.tile], y: pass.rects[4 * payload.tile + 1], w: pass.rects[4 * payload.tile + 2], h: pass.rects[4 * payload.tile + 3] };
      const first = pass.inputRows ? pass.inputRows[2 * payload.tile] : 0;
      const rows = payload.input ? new Int32Array(payload.input) : null;
      const pixels = new Int32Array(rect.w * rect.h);
      for (let y = 0; y < rect.h; y++) {
        for (let x = 0; x < rect.w; x++) {
          pixels[y * rect.w + x] = rows ? rows[(rect.y + y - first) * WIDTH + rect.x + x] + 1 : 7;
        }
      }
      if (side !== null) {
        return { output: pixels.buffer, side: new Int32Array(rect.w * rect.h).fill(side).buffer, busyMs: 1, counters: {} };
      }
      if (sums !== null) {
        // Adds one to each sum it was sent (from zero without), and shows the first.
        const tileSums = payload.sums ? new Int32Array(payload.sums) : new Int32Array(3 * rect.w * rect.h);
        const added = tileSums.map((v) => v + 1);
        return { output: added.filter((_, i) => i % 3 === 0).buffer, sums: added.buffer, busyMs: 1, counters: {} };
      }
      if (iterationsPerTile === null) {
        return { output: pixels.buffer, busyMs: 1, counters: {} };
      }
      counted[worker] += iterationsPerTile;
      return { output: pixels.buffer, busyMs: 1, counters: { iterations: counted[worker] } };
    },
  };
}

/** The frame and, when a pass writes one, a spare, as the runtime hands them to a session. */
function buffersFor(thePlan) {
  const bytes = WIDTH * HEIGHT * 4;
  return { frame: new ArrayBuffer(bytes), spare: thePlan.passes.some((p) => p.output === 'spare') ? new ArrayBuffer(bytes) : null };
}

const source = Int32Array.from({ length: WIDTH * HEIGHT }, (_, i) => 100 * i);
const frameOf = (session) => new Int32Array(session.frame.buffer);

test('each pass reads the one before through the buffers the plan names, and the last fills the frame', async () => {
  const thePlan = plan(3, 2);
  const pool = fakePool(thePlan);
  const session = new TransferRenderSession(pool, thePlan, buffersFor(thePlan));
  const result = await session.run('{}', { picture: { width: WIDTH, height: HEIGHT, pixels: source } });
  assert.deepEqual([...frameOf(session)], [...source].map((v) => v + 3));
  assert.deepEqual([result.tiles, result.workers, result.width, result.height], [2, 2, WIDTH, HEIGHT]);
  assert.equal(result.perWorker.reduce((sum, w) => sum + w.tiles, 0), 2);
  assert.deepEqual(result.counters, {}, 'a filter chain counts nothing');
});

test('an escape-time render reports the escape counts its workers summed, each worker counting as it goes', async () => {
  const thePlan = plan(1, 2, { readsSource: false });
  const session = new TransferRenderSession(fakePool(thePlan, { iterationsPerTile: 1000 }), thePlan, buffersFor(thePlan));
  const result = await session.run('{}', {});
  assert.deepEqual(result.counters, { iterations: 2000 });
  assert.deepEqual(Object.keys(result.perWorker[0]).sort(), ['busyMs', 'tiles', 'worker']);
});

test('a tile receives exactly the input rows its plan names', async () => {
  const thePlan = plan(1, 1);
  const pool = fakePool(thePlan);
  const session = new TransferRenderSession(pool, thePlan, buffersFor(thePlan));
  await session.run('{}', { picture: { width: WIDTH, height: HEIGHT, pixels: source } });
  const sent = pool.calls.filter((c) => c.type === 'tile').map((c) => new Int32Array(c.input));
  assert.deepEqual(sent.map((rows) => [...rows]), [
    [...source.subarray(0, 3 * WIDTH)],
    [...source.subarray(1 * WIDTH, 4 * WIDTH)],
  ]);
});

test('the picture to filter is not sent whole to the workers, only its size', async () => {
  const thePlan = plan(1, 2);
  const pool = fakePool(thePlan);
  const session = new TransferRenderSession(pool, thePlan, buffersFor(thePlan));
  await session.run('{}', { picture: { width: WIDTH, height: HEIGHT, pixels: source } });
  for (const begin of pool.calls.filter((c) => c.type === 'begin')) {
    assert.deepEqual(begin.pictures, { picture: { width: WIDTH, height: HEIGHT } });
  }
});

test('every tile is published once, with the worker that rendered it, and reported as it arrives', async () => {
  const thePlan = plan(1, 2, { readsSource: false });
  const reports = [];
  const session = new TransferRenderSession(fakePool(thePlan), thePlan, buffersFor(thePlan),
    { onProgress: (report) => reports.push(report) });
  await session.run('{}', {});
  assert.equal(frameOf(session).every((v) => v === 7), true);
  assert.equal(session.published, 2);
  assert.deepEqual([...session.owners].map((o) => o > 0), [true, true]);
  const last = reports.at(-1);
  assert.deepEqual([last.done, last.total, last.published, last.tiles], [2, 2, 2, 2]);
  const arrived = reports.flatMap((r) => r.arrived);
  assert.deepEqual(arrived.filter((_, i) => i % 2 === 0).sort(), [0, 1]);
});

test('a failing tile rejects the render naming the worker, and hands out nothing more', async () => {
  const thePlan = plan(2, 1);
  const pool = fakePool(thePlan, { failAt: { pass: 0, tile: 1 } });
  const session = new TransferRenderSession(pool, thePlan, buffersFor(thePlan));
  await assert.rejects(session.run('{}', { picture: { width: WIDTH, height: HEIGHT, pixels: source } }),
    /^Error: worker 0 failed: tile 1: it broke$/);
  assert.equal(pool.calls.filter((c) => c.type === 'tile' && c.pass === 1).length, 0);
});

test('a cancelled render rejects with an AbortError', async () => {
  const thePlan = plan(1, 1, { readsSource: false });
  const session = new TransferRenderSession(fakePool(thePlan), thePlan, buffersFor(thePlan));
  const running = session.run('{}', {});
  session.cancel();
  await assert.rejects(running, { name: 'AbortError' });
});

test('the hash is computed by worker 0 from a copy of the frame', async () => {
  const thePlan = plan(1, 1, { readsSource: false });
  const pool = fakePool(thePlan);
  const session = new TransferRenderSession(pool, thePlan, buffersFor(thePlan));
  await session.run('{}', {});
  assert.equal(await session.hash(), `bytes:${WIDTH * HEIGHT * 4}`);
  assert.equal(pool.calls.at(-1).worker, 0);
  assert.equal(session.frame.length, WIDTH * HEIGHT * 4, 'the frame itself stays with the session');
});

test('what the first worker built is handed to workers that have not prepared the request, once', async () => {
  const thePlan = { ...plan(1, 2, { readsSource: false }), shared: new Float64Array([1, 2, 3]) };
  const pool = fakePool(thePlan);
  pool.notePrepared(0, '{"a":1}');
  const sharedHanded = () => pool.calls.filter((c) => c.type === 'begin').map((c) => c.shared);
  await new TransferRenderSession(pool, thePlan, buffersFor(thePlan)).run('{"a":1}', {});
  assert.deepEqual(sharedHanded(), [null, thePlan.shared], 'the first worker made the plan; the second is handed its work');
  pool.calls.length = 0;
  await new TransferRenderSession(pool, thePlan, buffersFor(thePlan)).run('{"a":1}', {});
  assert.deepEqual(sharedHanded(), [null, null], 'both have it now');
  pool.calls.length = 0;
  await new TransferRenderSession(pool, thePlan, buffersFor(thePlan)).run('{"a":2}', {});
  assert.deepEqual(sharedHanded(), [thePlan.shared, thePlan.shared], 'another request');
});

test('a pass that keeps a side output leaves it in the spare, tile by tile, beside its pixels', async () => {
  const thePlan = plan(1, 2, { readsSource: false });
  thePlan.passes[0].keeps = 'view';
  thePlan.passes[0].side = 'spare';
  thePlan.buffers.spare = thePlan.buffers.frame;
  const buffers = buffersFor(thePlan);
  buffers.spare = new ArrayBuffer(WIDTH * HEIGHT * 4);
  const pool = fakePool(thePlan, { side: 9 });
  const session = new TransferRenderSession(pool, thePlan, buffers);
  await session.run('{}', {});
  assert.deepEqual([...frameOf(session)], new Array(WIDTH * HEIGHT).fill(7));
  assert.deepEqual([...new Int32Array(buffers.spare)], new Array(WIDTH * HEIGHT).fill(9));
});

test('a reused render tells the workers so, and says so in its result', async () => {
  const thePlan = plan(1, 2);
  const pool = fakePool(thePlan);
  const result = await new TransferRenderSession(pool, thePlan, buffersFor(thePlan), { reused: true })
    .run('{}', { picture: { width: WIDTH, height: HEIGHT, pixels: source } });
  assert.equal(result.reused, true);
  assert.deepEqual(pool.calls.filter((c) => c.type === 'begin').map((c) => c.reused), [true, true]);
});

test('a pass in batches sends each tile its sums past the first batch and keeps what comes back, three values a pixel', async () => {
  const thePlan = plan(1, 2, { readsSource: false });
  thePlan.passes[0].sums = 'sums';
  thePlan.buffers.sums = { width: WIDTH, height: HEIGHT, channels: 3 };
  thePlan.batches = new Int32Array([1, 2, 4]);
  const buffers = { ...buffersFor(thePlan), sums: new ArrayBuffer(WIDTH * HEIGHT * 3 * 4) };
  const pool = fakePool(thePlan, { sums: true });
  for (let batch = 0; batch < 3; batch++) {
    await new TransferRenderSession(pool, thePlan, buffers, { batches: { from: batch, to: batch + 1 } }).run('{}', {});
    assert.deepEqual([...new Int32Array(buffers.sums)], new Array(WIDTH * HEIGHT * 3).fill(batch + 1), `after batch ${batch}`);
  }
  const tiles = pool.calls.filter((c) => c.type === 'tile');
  assert.deepEqual(tiles.map((c) => c.sums === null), [true, true, false, false, false, false], 'batch 0 starts from zero in the worker');
  assert.deepEqual([...frameOf({ frame: new Uint8Array(buffers.frame) })], new Array(WIDTH * HEIGHT).fill(3));
});
