import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { Convergence } = await siteModule('runtime/convergence.js');

/** A plan as Java's prepare makes it for a path-traced picture: the samples after each batch, as an Int32Array. */
const plan = (ends) => ({ width: 2, height: 1, workers: 2, tiles: 1, batches: Int32Array.from(ends) });

test('each batch of the plan is a run of its own, whatever array the plan holds the batches in', () => {
  for (const ends of [[1], [1, 2, 4], [1, 2, 4, 8, 12, 16, 20]]) {
    const runs = new Convergence(plan(ends), new Uint8Array(8), () => {}).runs();
    assert.deepEqual(runs, ends.map((_, k) => ({ from: k, to: k + 1 })));
  }
});

test('progress runs over the samples of every batch, from 0 to the total once', () => {
  const converging = new Convergence(plan([1, 2, 4]), new Uint8Array(8), () => {});
  const reports = [];
  for (let k = 0; k < 3; k++) {
    const progress = converging.progress(k, (p) => reports.push(p.done / p.total));
    progress({ done: 0, total: 10 });
    progress({ done: 10, total: 10 });
  }
  assert.deepEqual(reports, [0, 1 / 4, 1 / 4, 2 / 4, 2 / 4, 1]);
});

test('batches add up: samples, tiles, busy time and counters by name, and the result says so', () => {
  const batches = [];
  const frame = new Uint8Array(8);
  const converging = new Convergence(plan([1, 3]), frame, (b) => batches.push(b));
  const perWorker = [{ worker: 0, tiles: 1, busyMs: 2 }, { worker: 1, tiles: 0, busyMs: 1 }];
  converging.batchDone(0, { perWorker, counters: { rays: 10 } });
  frame.fill(9);
  converging.batchDone(1, { perWorker, counters: { rays: 30 } });
  assert.deepEqual(batches.map((b) => [b.batch, b.batches, b.samples, b.totalSamples]), [[0, 2, 1, 3], [1, 2, 3, 3]]);
  const result = converging.result();
  assert.deepEqual([result.samples, result.totalSamples, result.stopped, result.counters], [3, 3, false, { rays: 40 }]);
  assert.deepEqual(result.perWorker, [{ worker: 0, tiles: 2, busyMs: 4 }, { worker: 1, tiles: 0, busyMs: 2 }]);
});

test('a stop keeps the picture of the last whole batch, and only once there is one', async () => {
  const frame = new Uint8Array(8);
  const converging = new Convergence(plan([1, 2, 4]), frame, () => {});
  const stop = Object.assign(new Error('cancelled'), { name: 'AbortError' });
  converging.stopped = true;
  assert.equal(converging.keepsPicture(stop), false, 'stopped in the first batch: nothing to go back to');
  frame.fill(5);
  converging.batchDone(0, { perWorker: [], counters: {} });
  frame.fill(7);
  assert.equal(converging.keepsPicture(new Error('a worker failed')), false, 'a failure is not a stop');
  assert.equal(converging.keepsPicture(stop), true);
  await converging.restore(null, null);
  assert.deepEqual([...frame], new Array(8).fill(5), 'the tiles of the batch cut short are dropped');
  assert.equal(converging.result().stopped, true);
  assert.equal(converging.result().samples, 1);
});
