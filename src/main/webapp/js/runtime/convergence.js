// A picture shown batch by batch as it converges (render's `progressive`, path tracing): each batch
// of the plan is one render session over every tile, adding to the running sums the runtime keeps.
// This follows the batches for the runtime: progress over all of them, what each batch reports, the
// picture after the last whole batch (which a stop goes back to), and the result.
import { NoiseEstimate } from './noise.js';
import { sumCounters } from './render-session.js';

export class Convergence {
  /**
   * @param plan the plan, whose `batches` hold the samples done after each batch
   * @param frame the RGBA bytes of the picture the sessions fill
   * @param onBatch hears {batch, batches, samples, totalSamples, ms, noise} after each batch
   */
  constructor(plan, frame, onBatch) {
    this.plan = plan;
    this.frame = frame;
    this.onBatch = onBatch;
    this.noise = new NoiseEstimate();
    this.started = performance.now();
    this.totalSamples = plan.batches[plan.batches.length - 1];
    /** Set by the runtime's stop(): the batch running is cut short and the picture goes back to the last whole one. */
    this.stopped = false;
    /** The picture after the last whole batch. */
    this.whole = null;
    this.samples = 0;
    this.counters = {};
    this.perWorker = Array.from({ length: plan.workers }, (_, worker) => ({ worker, tiles: 0, busyMs: 0, counters: {} }));
  }

  /** The runs of the plan's batches, one session each: batch k alone. */
  runs() {
    return Array.from(this.plan.batches, (_, k) => ({ from: k, to: k + 1 }));
  }

  /** `onProgress` over the whole convergence, for the session of batch `k`: the samples done, and this batch's share of its own. */
  progress(k, onProgress) {
    const before = k === 0 ? 0 : this.plan.batches[k - 1];
    const size = this.plan.batches[k] - before;
    return (p) => onProgress({
      ...p, done: before * p.total + p.done * size, total: p.total * this.totalSamples, ms: performance.now() - this.started,
    });
  }

  /** Batch `k` finished with the session's `result`. */
  batchDone(k, result) {
    result.perWorker.forEach(({ worker, tiles, busyMs }) => {
      this.perWorker[worker].tiles += tiles;
      this.perWorker[worker].busyMs += busyMs;
    });
    this.counters = sumCounters([{ counters: this.counters }, result]);
    this.samples = this.plan.batches[k];
    this.whole = this.frame.slice();
    this.onBatch({
      batch: k, batches: this.plan.batches.length, samples: this.samples, totalSamples: this.totalSamples,
      ms: performance.now() - this.started, noise: this.noise.add(this.frame, this.samples),
    });
  }

  /** Whether `error` is a stop that cut a batch short after a whole one: the picture then goes back to that batch. */
  keepsPicture(error) {
    return error.name === 'AbortError' && this.stopped && this.whole !== null;
  }

  /** Puts the picture after the last whole batch back (the tiles of the batch cut short are dropped), and on `view` if it shows `session`. */
  async restore(view, session) {
    this.frame.set(this.whole);
    if (view && view.session === session) {
      for (let tile = 0; tile < this.plan.tiles; tile++) {
        view.enqueue(tile);
      }
      await view.presentAll();
    }
  }

  /** What render resolves to, but the hash: {ms, width, height, workers, tiles, reused, samples, totalSamples, stopped, counters, perWorker}. */
  result() {
    const { plan } = this;
    return {
      ms: performance.now() - this.started, width: plan.width, height: plan.height, workers: plan.workers, tiles: plan.tiles,
      reused: false, samples: this.samples, totalSamples: this.totalSamples, stopped: this.stopped, counters: this.counters,
      perWorker: this.perWorker.map(({ worker, tiles, busyMs }) => ({ worker, tiles, busyMs })),
    };
  }
}
