// A render without shared memory, for pages that are not cross-origin isolated. The main thread
// hands out tiles by message, a few per worker so that none waits for the next, and each worker
// sends its pixels back in a transferred buffer. Stages of a pipeline meet at the main thread:
// the next stage starts once every tile of the one before is in, and each tile of it receives the
// input rows it reads.
import { RenderSession } from './render-session.js';

/** Tiles in a worker's hands at once: one to render and one waiting, so the reply's round trip costs nothing. */
const TILES_IN_FLIGHT = 2;

export class TransferRenderSession extends RenderSession {
  start(requestText, pictures, fault) {
    const plan = this.plan;
    const { width, height, stages, workers } = plan;
    this.view.begin(plan, workers);
    this.last = stages.length - 1;
    this.stage = 0;
    this.next = 0;
    this.done = stages.map(() => 0);
    this.inHand = Array.from({ length: workers }, () => []);
    this.perWorker = Array.from({ length: workers }, (_, w) => ({ worker: w, tiles: 0, busyMs: 0 }));
    this.outputs = stages.map((_, s) => (s < this.last ? new Int32Array(width * height) : null));
    this.source = plan.source ? pictures[plan.source].pixels : null;
    // The picture to filter reaches the workers a band at a time, with each tile.
    const workerPictures = plan.source ? { ...pictures, [plan.source]: { width, height } } : pictures;
    return new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.fail = (e) => {
        this.stopped = true;
        reject(e);
      };
      const begun = [];
      for (let w = 0; w < workers; w++) {
        begun.push(this.pool.call(w, 'begin', {
          request: requestText, maxWorkers: this.pool.size, pictures: workerPictures,
          fault: fault && fault.worker === w ? fault : null,
        }));
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

  /** Sends worker `w` the next tile of the current stage, if there is one. */
  dispatch(w) {
    const stage = this.stage;
    const { tiles, halo, readsInput, rects } = this.plan.stages[stage];
    if (this.stopped || this.next >= tiles) {
      return;
    }
    const tile = this.next++;
    let input = null;
    let firstRow = 0;
    let rows = 0;
    if (readsInput) {
      const { width, height } = this.plan;
      const y = rects[4 * tile + 1], h = rects[4 * tile + 3];
      firstRow = Math.max(0, y - halo);
      rows = Math.min(height, y + h + halo) - firstRow;
      const from = stage === 0 ? this.source : this.outputs[stage - 1];
      input = from.slice(firstRow * width, (firstRow + rows) * width).buffer;
    }
    if (stage === this.last) {
      this.inHand[w].push(tile);
    }
    this.pool.call(w, 'tile', { stage, tile, firstRow, rows, input }, input ? [input] : [])
      .then((reply) => this.arrive(w, stage, tile, reply), this.fail);
  }

  arrive(w, stage, tile, { pixels, busyMs }) {
    if (this.stopped) {
      return;
    }
    this.perWorker[w].busyMs += busyMs;
    if (stage === this.last) {
      this.view.receive(tile, w, new Uint8Array(pixels));
      this.inHand[w].shift();
      this.perWorker[w].tiles++;
    } else {
      this.place(stage, tile, new Int32Array(pixels));
    }
    if (++this.done[stage] < this.plan.stages[stage].tiles) {
      this.dispatch(w);
    } else if (stage === this.last) {
      this.resolve(this.perWorker);
    } else {
      this.stage++;
      this.next = 0;
      this.dispatchToAll();
    }
  }

  /** Copies a tile of an intermediate stage into that stage's whole-frame output. */
  place(stage, tile, pixels) {
    const rects = this.plan.stages[stage].rects;
    const x = rects[4 * tile], y = rects[4 * tile + 1], w = rects[4 * tile + 2], h = rects[4 * tile + 3];
    const output = this.outputs[stage];
    for (let row = 0; row < h; row++) {
      output.set(pixels.subarray(row * w, (row + 1) * w), (y + row) * this.plan.width + x);
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
