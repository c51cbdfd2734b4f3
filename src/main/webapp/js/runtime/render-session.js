// What every render has, however its tiles travel: the frame it fills, the record of which tiles
// are in it and who rendered them, progress reports, cancellation, completeness and the hash.
// SharedRenderSession and TransferRenderSession fill in how tiles are handed out. A view (a
// CanvasView) is optional: it is told of each tile once it is in the frame, and only presents.
import { RenderCancelled } from './request.js';
import { FAILED, CANCELLED } from './control.js';
import { allBatches, totalTiles } from './tiles.js';

// Reporting progress (and repainting) costs main-thread and compositor time that the workers want
// on a machine with few cores: measured on two cores, a 1920 × 1080 render on 2 workers took 651 ms with no
// repaint while rendering, 668 ms at five repaints a second and 680 ms at ten. Five a second still
// shows the picture filling in.
export const REPORT_EVERY_MS = 200;

/** The workers' counters summed by name, whatever the names ({iterations} for escape-time fractals, {rays} for the ray tracer). */
export function sumCounters(perWorker) {
  const totals = {};
  for (const { counters = {} } of perWorker) {
    for (const [name, count] of Object.entries(counters)) {
      totals[name] = (totals[name] ?? 0) + count;
    }
  }
  return totals;
}

export class RenderSession {
  /**
   * @param plan the plan Java's prepare returned for the request
   * @param frame the RGBA bytes of the picture, which the session fills and hashes
   * @param view a CanvasView to show the picture on, or null
   * @param onProgress called with {phase: 'tiles', done, total, published, tiles, ms, tilesByWorker, current, arrived, rects}
   * @param reused whether `plan.passes` is the plan's reuse pass alone, making the picture from the spare
   * @param batches {from, to}: the batches of the plan this session runs (see allBatches in tiles.js);
   *   by default all, each tile's one after another
   */
  constructor(pool, plan, frame, { view = null, onProgress = () => {}, reused = false, batches = allBatches(plan) } = {}) {
    this.pool = pool;
    this.plan = plan;
    this.reused = reused;
    this.batches = batches;
    this.frame = frame;
    this.view = view;
    this.onProgress = onProgress;
    this.cancelled = false;
    this.finished = false;
    /** Per tile of the last pass: 0 until it is in the frame, then its worker + 1. */
    this.owners = new Uint16Array(plan.tiles);
    this.published = 0;
    this.tilesByWorker = new Array(plan.workers).fill(0);
    /** Tiles published since the last report, as tile, worker pairs. */
    this.arrived = [];
  }

  /**
   * Renders `requestText`, already prepared into the plan, with the images it names decoded in
   * `pictures`. Resolves to {ms, width, height, workers, tiles, reused, counters, perWorker}
   * once every tile is in the frame (and, with a view, on screen); `reused` says the picture was
   * made from what the last render left (a recolouring), and `counters` is what the workers
   * counted in this render, by name (for escape-time fractals `iterations`, the sum of the escape
   * counts of the pixels that escaped; for the ray tracer `rays`).
   */
  run(requestText, pictures) {
    const plan = this.plan;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      this.reject = reject;
      this.view?.begin(this);
      const work = this.start(requestText, pictures);
      // A timer, not an animation-frame loop: a frame loop keeps the compositor busy sixty times a
      // second, which on a machine with few cores takes time from the workers.
      this.report(started);
      this.timer = setInterval(() => this.report(started), REPORT_EVERY_MS);
      work.then(async (perWorker) => {
        const ms = performance.now() - started;
        clearInterval(this.timer);
        this.collect();
        if (!this.cancelled && this.showsOnView()) {
          await this.view.presentAll();
        }
        if (this.cancelled) {
          // Show the tiles that made it, unless the view already belongs to a newer render.
          if (this.showsOnView()) {
            this.report(started, ms);
          }
          return;
        }
        this.finish(0);
        this.report(started, ms);
        if (this.published !== plan.tiles) {
          reject(new Error(`only ${this.published} of ${plan.tiles} tiles arrived`));
          return;
        }
        resolve({
          ms, width: plan.width, height: plan.height, workers: plan.workers, tiles: plan.tiles, reused: this.reused,
          counters: sumCounters(perWorker),
          perWorker: perWorker.map(({ worker, tiles, busyMs }) => ({ worker, tiles, busyMs })),
        });
      }, (e) => {
        this.finish(FAILED);
        const who = e.worker === undefined ? 'a worker' : `worker ${e.worker}`;
        reject(new Error(e.message.startsWith('worker ') ? e.message : `${who} failed: ${e.message}`));
      });
    });
  }

  /** Records that `tile` of the last pass, rendered by `worker`, is in the frame. */
  publish(tile, worker) {
    this.owners[tile] = worker + 1;
    this.published++;
    this.tilesByWorker[worker]++;
    this.arrived.push(tile, worker);
    if (this.showsOnView()) {
      this.view.enqueue(tile);
    }
  }

  showsOnView() {
    return this.view !== null && this.view.session === this;
  }

  /**
   * SHA-256 hex of the finished picture's RGBA bytes, computed by worker 0 so that hashing a large
   * frame (~40 ms at 4K) is not a long task on the page. Here the worker gets a copy of the frame;
   * SharedRenderSession lets it read the shared framebuffer instead.
   */
  hash() {
    const copy = this.frame.slice();
    return this.pool.call(0, 'hash', { pixels: copy.buffer }, [copy.buffer]);
  }

  /**
   * Stops handing out tiles; each worker finishes at most the tiles already in its hands. Returns
   * whether there was anything to stop.
   */
  cancel() {
    if (this.cancelled || this.finished) {
      return false;
    }
    this.cancelled = true;
    this.finish(CANCELLED);
    this.reject(new RenderCancelled());
    return true;
  }

  finish(reason) {
    this.finished = true;
    if (reason) {
      this.stop(reason);
    }
    clearInterval(this.timer);
  }

  report(started, ms = performance.now() - started) {
    this.collect();
    if (this.showsOnView()) {
      this.view.present();
    }
    const { done, current } = this.progress();
    const arrived = this.arrived;
    this.arrived = [];
    this.onProgress({
      phase: 'tiles', done, total: totalTiles(this.plan), published: this.published, tiles: this.plan.tiles, ms,
      tilesByWorker: this.tilesByWorker.slice(), current, arrived, rects: this.plan.rects,
    });
  }

  /**
   * What worker `w` is handed with the request: the plan's `shared` (what the first worker built
   * preparing it, such as a reference orbit), unless the worker prepared this request last and
   * still has its own.
   */
  sharedFor(w, requestText) {
    return this.pool.hasPrepared(w, requestText) ? null : this.plan.shared ?? null;
  }

  /** Publishes tiles that reached the frame without a message saying so (shared mode looks in memory). */
  collect() {
  }

  /** Begins the render; resolves to [{worker, tiles, busyMs, counters}] per worker once every tile is in. */
  start(requestText, pictures) {
    throw new Error(`${this.constructor.name} does not implement start`);
  }

  /** Hands out no more tiles; `reason` is CANCELLED or FAILED. */
  stop(reason) {
    throw new Error(`${this.constructor.name} does not implement stop`);
  }

  /** {done: tiles finished over all passes, current: per worker the last-pass tile in hand or −1}. */
  progress() {
    throw new Error(`${this.constructor.name} does not implement progress`);
  }
}
