// A fixed pool of workers, created once and reused by every render.
import { WorkerHandle } from './worker-handle.js';
import { FAULT_CALL, WORKER_CALLS } from './worker-api.js';

const START_TIMEOUT_MS = 30000;
/** Every page's worker, and a test page's, which also answers FAULT_CALL. */
const WORKERS = {
  plain: { url: new URL('./render.worker.js', import.meta.url), calls: WORKER_CALLS },
  faults: { url: new URL('./render-faults.worker.js', import.meta.url), calls: [...WORKER_CALLS, FAULT_CALL] },
};

export class WorkerPool {
  /**
   * Starts `size` workers running `engine` ('wasm' or 'js'); rejects if any cannot start. With
   * `faults`, the workers answer FAULT_CALL too (test pages only).
   */
  static async start(size, engine, { faults = false } = {}) {
    const kind = faults ? WORKERS.faults : WORKERS.plain;
    const handles = Array.from({ length: size }, (_, i) => new WorkerHandle(i, kind.url, kind.calls));
    const pool = new WorkerPool(handles, engine, kind);
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`workers did not start within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS);
    });
    try {
      await Promise.race([Promise.all(handles.map((h) => h.call('init', { engine }))), timeout]);
    } catch (e) {
      pool.terminate();
      throw new Error(`could not start the ${engine === 'wasm' ? 'WebAssembly' : 'JavaScript'} engine: ${e.message}`);
    } finally {
      clearTimeout(timer);
    }
    return pool;
  }

  /** `kind`: the worker script's URL and the calls it answers (by default every page's). */
  constructor(handles, engine, kind = WORKERS.plain) {
    this.handles = handles;
    this.engine = engine;
    this.kind = kind;
    /** Set by terminate(): a stopped pool starts no worker again. */
    this.stopped = false;
  }

  get size() {
    return this.handles.length;
  }

  /**
   * What a worker was handed with a request, to spare it for one that prepared that request last
   * (the worker keeps what it built): whether worker `worker` did, as far as calls through here say.
   * A replaced worker has prepared nothing.
   */
  hasPrepared(worker, requestText) {
    return this.handles[worker].preparedRequest === requestText;
  }

  notePrepared(worker, requestText) {
    this.handles[worker].preparedRequest = requestText;
  }

  /** Calls a worker; one that died is first replaced by a fresh one running the same engine. `owner`: see reclaim(). */
  async call(worker, type, payload, transfer = [], owner = null) {
    if (this.stopped) {
      throw new Error(`worker ${worker} was stopped: its pool was replaced (the engine changed)`);
    }
    if (this.handles[worker].dead) {
      await this.replace(worker);
    }
    return this.handles[worker].call(type, payload, transfer, owner);
  }

  /**
   * Frees the workers of a cancelled render: those still busy after `graceMs` with a call made for
   * `owner` (a tile that takes long, or never ends) are stopped and replaced by fresh ones. Resolves
   * to the indices of the workers replaced, once that is decided.
   */
  reclaim(owner, graceMs) {
    return new Promise((resolve) => setTimeout(() => {
      const replaced = [];
      this.handles.forEach((handle, w) => {
        if (!handle.dead && handle.busyWith(owner)) {
          handle.terminate(`worker ${w} was stopped: its tile was still running ${graceMs} ms after the render was cancelled`);
          this.replace(w).catch(() => {});
          replaced.push(w);
        }
      });
      resolve(replaced);
    }, graceMs));
  }

  async replace(worker) {
    this.handles[worker].terminate();
    if (this.stopped) {
      return;
    }
    const handle = new WorkerHandle(worker, this.kind.url, this.kind.calls);
    this.handles[worker] = handle;
    await handle.call('init', { engine: this.engine });
  }

  /** Resolves when no worker has work in hand, e.g. the last tile of a cancelled render. */
  async idle() {
    await Promise.all(this.handles.map((h) => h.idle()));
    await Promise.all(this.handles.map((h, w) => (h.dead ? this.replace(w) : null)));
  }

  terminate() {
    this.stopped = true;
    this.handles.forEach((h) => h.terminate());
  }
}
