// A render in shared memory: the workers pull tiles from atomic counters in a control block and
// write into a shared framebuffer (see render.worker.js). The main thread only ever reads shared
// memory and never waits on it.
import { controlLayout, stopAll } from './control.js';
import { RenderSession } from './render-session.js';

export class SharedRenderSession extends RenderSession {
  /** `buffers`: the plan's buffers by name, SharedArrayBuffers (the `frame`, and `spare` and `sums` where they are kept). */
  constructor(pool, plan, buffers, options) {
    super(pool, plan, new Uint8Array(buffers.frame), options);
    this.buffers = buffers;
    this.layout = controlLayout(plan);
    this.control = new Int32Array(new SharedArrayBuffer(4 * this.layout.length));
    /** Every tile before this one is published. */
    this.firstUnpublished = 0;
  }

  start(requestText, pictures) {
    const calls = [];
    for (let w = 0; w < this.plan.workers; w++) {
      calls.push(this.pool.call(w, 'render', {
        request: requestText, maxWorkers: this.pool.size, pictures, shared: this.sharedFor(w, requestText),
        buffers: this.buffers, control: this.control.buffer, worker: w, reused: this.reused, batches: this.batches,
      }, [], this).then((result) => {
        this.pool.notePrepared(w, requestText);
        return result;
      }));
    }
    return Promise.all(calls).then((results) => results.map((r, w) => ({ worker: w, tiles: r.tiles, busyMs: r.busyMs, counters: r.counters })));
  }

  /**
   * Publishes the tiles whose owner slot a worker has set since the last look. The slot is read
   * atomically, after the worker's writes to the framebuffer, so a published tile is whole.
   */
  collect() {
    const { tiles } = this.plan;
    const last = this.layout.passes - 1;
    // Tiles are taken in index order: none from `taken` on has been started.
    const taken = Math.min(tiles, Atomics.load(this.control, this.layout.nextTileSlot(last)));
    for (let t = this.firstUnpublished; t < taken; t++) {
      if (this.owners[t] === 0) {
        const owner = Atomics.load(this.control, this.layout.ownerSlot(t));
        if (owner !== 0) {
          this.publish(t, owner - 1);
        }
      }
    }
    while (this.firstUnpublished < tiles && this.owners[this.firstUnpublished] !== 0) {
      this.firstUnpublished++;
    }
  }

  /** Worker 0 hashes the framebuffer itself: it holds the finished picture. */
  hash() {
    return this.pool.call(0, 'hash', { pixels: this.buffers.frame });
  }

  stop(reason) {
    stopAll(this.control, this.layout, reason);
  }

  progress() {
    let done = 0;
    for (let p = 0; p < this.layout.passes; p++) {
      done += Math.min(this.plan.passes[p].tiles, Atomics.load(this.control, this.layout.doneSlot(p)));
    }
    const current = Array.from({ length: this.plan.workers },
      (_, w) => Atomics.load(this.control, this.layout.currentTileSlot(w)) - 1);
    return { done, current };
  }
}
