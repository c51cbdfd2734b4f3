// A render without shared memory, for pages that are not cross-origin isolated. The main thread
// hands out tiles by message, a few per worker so that none waits for the next, and each worker
// sends its pixels back in a transferred buffer. Passes meet at the main thread: the next pass
// starts once every tile of the one before is in, and each tile of it receives the input rows the
// plan names for it.
import { RenderSession } from './render-session.js';
import { copyTileFromFrame, copyTileToFrame, inputRange, tileRect } from './tiles.js';

/** Tiles in a worker's hands at once: one to render and one waiting, so the reply's round trip costs nothing. */
const TILES_IN_FLIGHT = 2;

export class TransferRenderSession extends RenderSession {
  /**
   * `buffers`: the plan's buffers by name, ArrayBuffers: the `frame` (the picture), and `spare` and
   * `sums` where they are kept.
   */
  constructor(pool, plan, buffers, options) {
    super(pool, plan, new Uint8ClampedArray(buffers.frame), options);
    this.pass = 0;
    this.next = 0;
    this.done = plan.passes.map(() => 0);
    this.inHand = Array.from({ length: plan.workers }, () => []);
    this.perWorker = Array.from({ length: plan.workers }, (_, w) => ({ worker: w, tiles: 0, busyMs: 0, counters: {} }));
    this.buffers = { source: null };
    for (const [name, buffer] of Object.entries(buffers)) {
      this.buffers[name] = buffer && new Int32Array(buffer);
    }
  }

  /** The frame-sized buffer `pass` uses for `role` ('input', 'output', 'side', 'sums'), with its width and channels, or null. */
  frameOf(pass, role) {
    const name = pass[role];
    const frame = name && name !== 'none' ? this.buffers[name] : null;
    return frame ? { frame, width: this.plan.buffers[name].width, channels: this.plan.buffers[name].channels } : null;
  }

  start(requestText, pictures) {
    const { source, width, height, workers } = this.plan;
    this.buffers.source = source ? pictures[source].pixels : null;
    // The picture to filter reaches the workers a band at a time, with each tile.
    const workerPictures = source ? { ...pictures, [source]: { width, height } } : pictures;
    return new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.fail = (e) => {
        this.stopped = true;
        reject(e);
      };
      const begun = [];
      for (let w = 0; w < workers; w++) {
        // A worker that prepared this request keeps its files: they are not copied to it again (a model can be large).
        const files = this.pool.hasPrepared(w, requestText) ? null : workerPictures;
        begun.push(this.pool.call(w, 'begin', {
          request: requestText, maxWorkers: this.pool.size, pictures: files, shared: this.sharedFor(w, requestText),
          reused: this.reused,
        }, [], this).then(() => this.pool.notePrepared(w, requestText)));
      }
      Promise.all(begun).then(() => this.dispatchToAll(), this.fail);
    });
  }

  dispatchToAll() {
    for (let w = 0; w < this.plan.workers; w++) {
      for (let k = 0; k < TILES_IN_FLIGHT; k++) {
        this.dispatch(w);
      }
    }
  }

  /** Sends worker `w` the next tile of the current pass, if there is one. */
  dispatch(w) {
    const p = this.pass;
    const pass = this.plan.passes[p];
    if (this.stopped || this.next >= pass.tiles) {
      return;
    }
    const tile = this.next++;
    const rect = tileRect(pass.rects, tile);
    let input = null;
    const range = inputRange(pass, tile);
    const rows = this.frameOf(pass, 'input');
    if (rows && range.count > 0) {
      input = rows.frame.slice(range.first * rows.width, (range.first + range.count) * rows.width).buffer;
    }
    // Sums past the first batch go with the tile; before it they start from zero in the worker.
    let sums = null;
    const kept = this.frameOf(pass, 'sums');
    if (kept && this.batches.from > 0) {
      const tileSums = new Int32Array(rect.width * rect.height * kept.channels);
      copyTileFromFrame(kept.frame, tileSums, kept.width, rect, kept.channels);
      sums = tileSums.buffer;
    }
    if (p === this.plan.passes.length - 1) {
      this.inHand[w].push(tile);
    }
    this.pool.call(w, 'tile', { pass: p, tile, input, sums, batches: this.batches }, [input, sums].filter(Boolean), this)
      .then((reply) => this.arrive(w, p, tile, reply), this.fail);
  }

  arrive(w, p, tile, reply) {
    if (this.stopped) {
      return;
    }
    const pass = this.plan.passes[p];
    this.perWorker[w].busyMs += reply.busyMs;
    this.perWorker[w].counters = reply.counters;
    const rect = tileRect(pass.rects, tile);
    for (const role of ['output', 'side', 'sums']) {
      const target = this.frameOf(pass, role);
      if (reply[role] && target) {
        copyTileToFrame(new Int32Array(reply[role]), target.frame, target.width, rect, target.channels);
      }
    }
    if (p === this.plan.passes.length - 1) {
      this.inHand[w].shift();
      this.perWorker[w].tiles++;
      this.publish(tile, w);
    }
    if (++this.done[p] < pass.tiles) {
      this.dispatch(w);
    } else if (p === this.plan.passes.length - 1) {
      this.resolve(this.perWorker);
    } else {
      this.pass++;
      this.next = 0;
      this.dispatchToAll();
    }
  }

  stop() {
    this.stopped = true;
  }

  progress() {
    return {
      done: this.done.reduce((a, b) => a + b, 0),
      current: this.inHand.map((tiles) => (tiles.length ? tiles[0] : -1)),
    };
  }
}
