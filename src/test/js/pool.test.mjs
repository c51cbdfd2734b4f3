import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

/** A stand-in for Web Workers: records what it is sent and whether it was stopped; answers nothing. */
class QuietWorker {
  static started = [];

  constructor(url) {
    this.url = String(url);
    this.sent = [];
    this.stopped = false;
    QuietWorker.started.push(this);
  }

  postMessage(message) {
    this.sent.push(message);
  }

  terminate() {
    this.stopped = true;
  }
}
globalThis.Worker = QuietWorker;

const { WorkerHandle } = await siteModule('runtime/worker-handle.js');
const { WorkerPool } = await siteModule('runtime/pool.js');

test('a cancelled render\'s worker still busy after the grace time is stopped and replaced; others are left alone', async () => {
  const pool = new WorkerPool([new WorkerHandle(0, 'w.js'), new WorkerHandle(1, 'w.js')], 'wasm');
  const cancelled = {};
  const current = {};
  const stuck = pool.call(0, 'render', {}, [], cancelled);
  const working = pool.call(1, 'render', {}, [], current);
  const stuckWorker = pool.handles[0].worker;
  assert.deepEqual(await pool.reclaim(cancelled, 5), [0]);
  await assert.rejects(stuck, /worker 0 was stopped: its tile was still running 5 ms after the render was cancelled/);
  assert.equal(stuckWorker.stopped, true);
  assert.notEqual(pool.handles[0].worker, stuckWorker, 'a fresh worker took its place');
  assert.deepEqual(pool.handles[0].worker.sent.map((m) => m.type), ['init'], 'and was started with the same engine');
  assert.equal(pool.handles[0].worker.sent[0].engine, 'wasm');
  assert.equal(pool.handles[1].dead, false);
  assert.equal(pool.handles[1].busyWith(current), true, 'the worker of the render that runs is untouched');
  working.catch(() => {});
  pool.terminate();
});

test('a worker that finished in time is not replaced', async () => {
  const pool = new WorkerPool([new WorkerHandle(0, 'w.js')], 'js');
  const session = {};
  const call = pool.call(0, 'render', {}, [], session);
  const worker = pool.handles[0].worker;
  pool.handles[0].settle({ id: worker.sent[0].id, result: { tiles: 3 } });
  assert.deepEqual(await call, { tiles: 3 });
  assert.deepEqual(await pool.reclaim(session, 1), []);
  assert.equal(pool.handles[0].worker, worker);
  assert.equal(worker.stopped, false);
  pool.terminate();
});

const { Cancellation } = await siteModule('runtime/cancellation.js');

test('what a worker reports before it answers reaches the caller\'s listener, in order, and only until the answer', async () => {
  const pool = new WorkerPool([new WorkerHandle(0, 'w.js')], 'wasm');
  const heard = [];
  const prepare = new Cancellation(5).call(pool, 0, 'prepare', { request: '{}' }, (progress) => heard.push(progress.done));
  const { id } = pool.handles[0].worker.sent[0];
  for (const done of [256, 512, 768]) {
    pool.handles[0].settle({ id, progress: { step: 'reference orbit', unit: 'iterations', done, total: 1000 } });
  }
  pool.handles[0].settle({ id, result: { tiles: 1 } });
  pool.handles[0].settle({ id, progress: { step: 'reference orbit', unit: 'iterations', done: 999, total: 1000 } });
  assert.deepEqual(await prepare, { tiles: 1 }, 'a report is not the answer');
  assert.deepEqual(heard, [256, 512, 768]);
  pool.terminate();
});

test('a cancelled prepare rejects at once, and its worker is replaced once the grace time is over', async () => {
  const pool = new WorkerPool([new WorkerHandle(0, 'w.js'), new WorkerHandle(1, 'w.js')], 'wasm');
  const cancellation = new Cancellation(5);
  const prepare = cancellation.call(pool, 0, 'prepare', { request: '{}' });
  const busy = pool.handles[0].worker;
  const other = pool.handles[1].worker;
  cancellation.cancel();
  await assert.rejects(prepare, { name: 'AbortError' });
  assert.equal(busy.stopped, false, 'not before the grace time');
  await pool.idle();
  assert.equal(busy.stopped, true);
  assert.notEqual(pool.handles[0].worker, busy, 'a fresh worker took its place');
  assert.equal(pool.handles[1].worker, other, 'the idle worker is left alone');
  assert.throws(() => cancellation.call(pool, 1, 'find', {}), { name: 'AbortError' }, 'nothing more is sent once cancelled');
  assert.equal(other.sent.length, 0);
  pool.terminate();
});

test('a stopped pool starts no worker again: a late call is refused in words', async () => {
  const pool = new WorkerPool([new WorkerHandle(0, 'w.js')], 'js');
  const before = QuietWorker.started.length;
  pool.terminate();
  await assert.rejects(pool.call(0, 'zoomFrame', {}), /worker 0 was stopped: its pool was replaced \(the engine changed\)/);
  await pool.idle();
  assert.equal(QuietWorker.started.length, before, 'no worker was started');
});

test('a call the worker does not answer is refused by name before anything is sent', async () => {
  const handle = new WorkerHandle(0, 'w.js');
  await assert.rejects(handle.call('fault', {}), /worker 0 answers no "fault": it answers init, prepare, describe, find, zoomFrame, render, hash, begin, tile/);
  assert.deepEqual(handle.worker.sent, []);
  handle.terminate();
});

test('the worker answers exactly the calls the page may make, and stops if one is missing', async () => {
  globalThis.self ??= {};
  const { serve } = await siteModule('runtime/worker-serve.js');
  const { WORKER_CALLS } = await siteModule('runtime/worker-api.js');
  let served;
  serve(({ calls, wrapEngine }) => {
    served = Object.keys(calls);
    return { calls, wrapEngine };
  });
  assert.deepEqual([...served].sort(), [...WORKER_CALLS].sort());
  assert.equal(typeof self.onmessage, 'function');
  assert.throws(() => serve(({ calls, wrapEngine }) => {
    const { zoomFrame, ...rest } = calls;
    return { calls: rest, wrapEngine };
  }), /the worker does not answer "zoomFrame"/);
});
