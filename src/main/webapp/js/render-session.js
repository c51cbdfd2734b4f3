// One render: shared framebuffers and a control block, the chosen workers pulling tiles stage by
// stage, and a timer that shows progress. The main thread only ever reads shared
// memory and never waits on it.
import { TILES_SHOWN_EVERY_MS } from './canvas-view.js';
import { controlLayout, stopAll } from './control.js';

export class RenderCancelled extends Error {
  constructor() {
    super('render cancelled');
    this.name = 'AbortError';
  }
}

export class RenderSession {
  constructor(pool, view, onProgress) {
    this.pool = pool;
    this.view = view;
    this.onProgress = onProgress;
    this.cancelled = false;
  }

  /**
   * Renders `requestText`, already validated into `plan`, on workers 0 … plan.workers − 1, with the
   * images it names already decoded in `pictures`. `buffers` holds the shared `framebuffer` and, for
   * plans of several stages, a `spare` of the same size. Resolves to {ms, width, height, workers,
   * tiles, perWorker}.
   */
  run(requestText, plan, buffers, pictures, fault = null) {
    const workers = plan.workers;
    this.layout = controlLayout(plan);
    this.control = new Int32Array(new SharedArrayBuffer(4 * this.layout.length));
    this.totalTiles = plan.stages.reduce((sum, stage) => sum + stage.tiles, 0);
    this.view.begin(plan, buffers.framebuffer, this.control, this.layout, workers);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.reject = reject;
      const calls = [];
      for (let w = 0; w < workers; w++) {
        calls.push(this.pool.call(w, 'render', {
          request: requestText, maxWorkers: this.pool.size, pictures,
          framebuffer: buffers.framebuffer, spare: buffers.spare, control: this.control.buffer, worker: w,
          fault: fault && fault.worker === w ? fault : null,
        }));
      }
      // A timer, not an animation-frame loop: a frame loop keeps the compositor busy sixty times a
      // second, which on a machine with few cores takes time from the workers.
      this.report(plan, started);
      this.timer = setInterval(() => this.report(plan, started), TILES_SHOWN_EVERY_MS);
      Promise.all(calls).then((perWorker) => {
        const ms = performance.now() - started;
        this.finish(0);
        this.report(plan, started, ms);
        if (this.cancelled) {
          return;
        }
        if (this.view.shownCount() !== plan.tiles) {
          reject(new Error(`only ${this.view.shownCount()} of ${plan.tiles} tiles arrived`));
          return;
        }
        resolve({
          ms, width: plan.width, height: plan.height, workers, tiles: plan.tiles,
          perWorker: perWorker.map((p, w) => ({ worker: w, tiles: p.tiles, busyMs: p.busyMs })),
        });
      }, (e) => {
        this.finish(2);
        const who = e.worker === undefined ? 'a worker' : `worker ${e.worker}`;
        reject(new Error(e.message.startsWith('worker ') ? e.message : `${who} failed: ${e.message}`));
      });
    });
  }

  /** Stops handing out tiles; each worker finishes at most the tile in its hands. */
  cancel() {
    if (this.cancelled || this.finished) {
      return;
    }
    this.cancelled = true;
    this.finish(1);
    this.reject(new RenderCancelled());
  }

  finish(reason) {
    this.finished = true;
    if (reason) {
      stopAll(this.control, this.layout, reason);
    }
    clearInterval(this.timer);
  }

  report(plan, started, ms = performance.now() - started) {
    this.view.present();
    let done = 0;
    for (let s = 0; s < this.layout.stages; s++) {
      done += Math.min(plan.stages[s].tiles, Atomics.load(this.control, this.layout.done(s)));
    }
    this.onProgress({
      done,
      total: this.totalTiles,
      shown: this.view.shownCount(),
      tiles: plan.tiles,
      ms,
      tilesByWorker: this.view.tilesByWorker.slice(),
      current: Array.from({ length: plan.workers }, (_, w) => Atomics.load(this.control, this.layout.current(w)) - 1),
    });
  }
}
