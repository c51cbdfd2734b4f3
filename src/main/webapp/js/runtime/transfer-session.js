// A render without shared memory, for pages that are not cross-origin isolated. The main thread
// hands out tiles by message, a few per worker so that none waits for the next, and each worker
// sends its pixels back in a transferred buffer. Passes meet at the main thread: the next pass
// starts once every tile of the one before is in, and each tile of it receives the input rows the
// plan names for it.
import { RenderSession } from './render-session.js';
import { SUM_CHANNELS, copyTileFromFrame, copyTileToFrame, inputRange, tileRect } from './tiles.js';

/** Tiles in a worker's hands at once: one to render and one waiting, so the reply's round trip costs nothing. */
const TILES_IN_FLIGHT = 2;

export class TransferRenderSession extends RenderSession {
  /**
   * `buffers`: the `frame` (an ArrayBuffer of width × height × 4 bytes, the picture) and, when a
   * pass writes it, a `spare` of the same size.
   */
  constructor(pool, plan, buffers, options) {
    super(pool, plan, new Uint8ClampedArray(buffers.frame), options);
    this.pass = 0;
    this.next = 0;
    this.done = plan.passes.map(() => 0);
    this.inHand = Array.from({ length: plan.workers }, () => []);
    this.perWorker = Array.from({ length: plan.workers }, (_, w) => ({ worker: w, tiles: 0, busyMs: 0, iterations: 0 }));
    this.buffers = {
      frame: new Int32Array(buffers.frame),
      spare: buffers.spare && new Int32Array(buffers.spare),
      source: null,
    };
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
    let input = null;
    const range = inputRange(pass, tile);
    if (range.count > 0) {
      const width = this.plan.width;
      input = this.buffers[pass.input].slice(range.first * width, (range.first + range.count) * width).buffer;
    }
    if (p === this.plan.passes.length - 1) {
      this.inHand[w].push(tile);
    }
    const message = { pass: p, tile, input };
    const transfers = input ? [input] : [];
    if (this.batch) {
      const rect = tileRect(pass.rects, tile);
      const sums = new Int32Array(rect.width * rect.height * SUM_CHANNELS);
      copyTileFromFrame(this.batch.sums, sums, this.plan.width, rect, SUM_CHANNELS);
      Object.assign(message, { batch: this.batch.index, sums: sums.buffer });
      transfers.push(sums.buffer);
    }
    this.pool.call(w, 'tile', message, transfers, this)
      .then((reply) => this.arrive(w, p, tile, reply), this.fail);
  }

  arrive(w, p, tile, { pixels, side, sums, busyMs, iterations }) {
    if (this.stopped) {
      return;
    }
    const pass = this.plan.passes[p];
    this.perWorker[w].busyMs += busyMs;
    this.perWorker[w].iterations = iterations;
    const rect = tileRect(pass.rects, tile);
    copyTileToFrame(new Int32Array(pixels), this.buffers[pass.output], this.plan.width, rect);
    if (side) {
      copyTileToFrame(new Int32Array(side), this.buffers.spare, this.plan.width, rect);
    }
    if (sums) {
      copyTileToFrame(new Int32Array(sums), this.batch.sums, this.plan.width, rect, SUM_CHANNELS);
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
