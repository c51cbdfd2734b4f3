// What every render has, however its tiles travel: a timer that shows progress, cancellation,
// and the result. SharedRenderSession and TransferRenderSession fill in how tiles are handed out.
import { TILES_SHOWN_EVERY_MS } from './canvas-view.js';

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
   * images it names already decoded in `pictures`. Resolves to {ms, width, height, workers, tiles,
   * perWorker}.
   */
  run(requestText, plan, pictures, fault = null) {
    this.plan = plan;
    this.totalTiles = plan.stages.reduce((sum, stage) => sum + stage.tiles, 0);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.reject = reject;
      const work = this.start(requestText, pictures, fault);
      // A timer, not an animation-frame loop: a frame loop keeps the compositor busy sixty times a
      // second, which on a machine with few cores takes time from the workers.
      this.report(started);
      this.timer = setInterval(() => this.report(started), TILES_SHOWN_EVERY_MS);
      work.then(async (perWorker) => {
        const ms = performance.now() - started;
        clearInterval(this.timer);
        if (!this.cancelled) {
          await this.view.presentAll();
        }
        if (this.cancelled) {
          // Show the tiles that made it, unless the view already belongs to a newer render.
          if (this.view.plan === plan) {
            this.report(started, ms);
          }
          return;
        }
        this.finish(0);
        this.report(started, ms);
        if (this.view.shownCount() !== plan.tiles) {
          reject(new Error(`only ${this.view.shownCount()} of ${plan.tiles} tiles arrived`));
          return;
        }
        resolve({ ms, width: plan.width, height: plan.height, workers: plan.workers, tiles: plan.tiles, perWorker });
      }, (e) => {
        this.finish(2);
        const who = e.worker === undefined ? 'a worker' : `worker ${e.worker}`;
        reject(new Error(e.message.startsWith('worker ') ? e.message : `${who} failed: ${e.message}`));
      });
    });
  }

  /**
   * SHA-256 hex of the finished picture's RGBA bytes, computed by worker 0 so that hashing a large
   * frame (~40 ms at 4K) is not a long task on the page. Here the worker gets a copy of the picture
   * on screen; SharedRenderSession lets it read the shared framebuffer instead.
   */
  hash() {
    const copy = this.view.pixels().slice();
    return this.pool.call(0, 'hash', { pixels: copy.buffer }, [copy.buffer]);
  }

  /** Stops handing out tiles; each worker finishes at most the tiles already in its hands. */
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
      this.stop(reason);
    }
    clearInterval(this.timer);
  }

  report(started, ms = performance.now() - started) {
    const shown = this.view.present();
    const { done, current } = this.progress();
    this.onProgress({
      done, total: this.totalTiles, shown, tiles: this.plan.tiles, ms,
      tilesByWorker: this.view.tilesByWorker.slice(), current,
    });
  }

  /** Begins the render; resolves to [{worker, tiles, busyMs}] per worker once every tile is in. */
  start(requestText, pictures, fault) {
    throw new Error(`${this.constructor.name} does not implement start`);
  }

  /** Hands out no more tiles; `reason` is 1 when cancelled, 2 when a worker failed. */
  stop(reason) {
    throw new Error(`${this.constructor.name} does not implement stop`);
  }

  /** {done: tiles finished over all stages, current: per worker the last-stage tile in hand or −1}. */
  progress() {
    throw new Error(`${this.constructor.name} does not implement progress`);
  }
}
