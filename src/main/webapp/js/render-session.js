// One render: a shared framebuffer and control block, the chosen workers pulling tiles, and an
// animation-frame loop that shows progress. The main thread only ever reads shared memory.
import { CANCELLED, TILES_DONE, controlLength } from './control.js';

// Repainting the canvas costs main-thread and compositor time that the workers want on a machine
// with few cores; ten updates a second still looks like a picture filling in.
const DISPLAY_INTERVAL_MS = 100;

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
   * images it names already decoded in `pictures`.
   * Resolves to {ms, width, height, workers, tiles, perWorker, pixels}.
   */
  run(requestText, plan, framebuffer, pictures) {
    const workers = plan.workers;
    this.control = new Int32Array(new SharedArrayBuffer(4 * controlLength(plan.tiles)));
    this.view.begin(plan, framebuffer, this.control.buffer, workers);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.reject = reject;
      const calls = [];
      for (let w = 0; w < workers; w++) {
        calls.push(this.pool.call(w, 'render', {
          request: requestText, maxWorkers: this.pool.size, pictures,
          framebuffer, control: this.control.buffer, worker: w,
        }));
      }
      let lastShown = started;
      const tick = (now) => {
        if (this.finished) {
          return;
        }
        if (now - lastShown >= DISPLAY_INTERVAL_MS) {
          lastShown = now;
          this.report(plan, started);
        }
        this.frameRequest = requestAnimationFrame(tick);
      };
      this.report(plan, started);
      this.frameRequest = requestAnimationFrame(tick);
      Promise.all(calls).then((perWorker) => {
        const ms = performance.now() - started;
        this.stop();
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
        this.stop();
        const where = e.tile === undefined || e.tile < 0 ? '' : ` on tile ${e.tile}`;
        const who = e.worker === undefined ? 'a worker' : `worker ${e.worker}`;
        reject(new Error(e.message.startsWith('worker ') ? e.message : `${who} failed${where}: ${e.message}`));
      });
    });
  }

  /** Stops handing out tiles; each worker finishes at most the tile in its hands. */
  cancel() {
    if (this.cancelled || this.finished) {
      return;
    }
    this.cancelled = true;
    this.stop();
    this.reject(new RenderCancelled());
  }

  stop() {
    this.finished = true;
    Atomics.store(this.control, CANCELLED, 1);
    cancelAnimationFrame(this.frameRequest);
  }

  report(plan, started, ms = performance.now() - started) {
    this.view.present();
    this.onProgress({
      done: Atomics.load(this.control, TILES_DONE),
      shown: this.view.shownCount(),
      tiles: plan.tiles,
      ms,
      tilesByWorker: this.view.tilesByWorker.slice(),
    });
  }
}
