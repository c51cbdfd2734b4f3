// The page's side of one worker: numbered calls answered by numbered replies, and failures
// (a script that will not load, a crash) turned into rejections that name the worker.
import { WORKER_CALLS } from './worker-api.js';

export class WorkerHandle {
  /** `calls`: the names the worker answers (worker-api.js); a call by any other name is refused here. */
  constructor(index, url, calls = WORKER_CALLS) {
    this.index = index;
    this.calls = calls;
    this.pending = new Map();
    this.nextId = 1;
    this.worker = new Worker(url, { type: 'module' });
    this.worker.onmessage = ({ data }) => this.settle(data);
    this.dead = false;
    this.worker.onerror = (event) => {
      event.preventDefault();
      // An uncaught error leaves the worker in an unknown state: the pool replaces it before its next call.
      this.dead = true;
      this.failAll(`worker ${index} failed: ${event.message || 'its script could not be loaded'}`);
    };
    this.worker.onmessageerror = () => this.failAll(`worker ${index} sent a message that could not be read`);
  }

  /**
   * Sends a call; the buffers in `transfer` move to the worker instead of being copied. `owner`
   * (a render session) marks the call as that render's, see busyWith(); its `onProgress`, if any,
   * hears the reports the worker sends before it answers (a prepare's, see worker-serve.js).
   */
  call(type, payload = {}, transfer = [], owner = null) {
    if (!this.calls.includes(type)) {
      return Promise.reject(new Error(`worker ${this.index} answers no "${type}": it answers ${this.calls.join(', ')}`));
    }
    const id = this.nextId++;
    const call = { owner };
    call.promise = new Promise((resolve, reject) => Object.assign(call, { resolve, reject }));
    this.pending.set(id, call);
    this.worker.postMessage({ id, type, ...payload }, transfer);
    return call.promise;
  }

  /** Whether a call made for `owner` is still unanswered. */
  busyWith(owner) {
    return [...this.pending.values()].some((call) => call.owner === owner);
  }

  /** Resolves once every call made so far has been answered (whether it succeeded or not). */
  idle() {
    return Promise.allSettled([...this.pending.values()].map((p) => p.promise));
  }

  settle({ id, result, error, tile, progress }) {
    const call = this.pending.get(id);
    if (!call) {
      return;
    }
    if (progress !== undefined) {
      call.owner?.onProgress?.(progress);
      return;
    }
    this.pending.delete(id);
    if (error === undefined) {
      call.resolve(result);
    } else {
      call.reject(Object.assign(new Error(error), { worker: this.index, tile }));
    }
  }

  failAll(message) {
    for (const call of this.pending.values()) {
      call.reject(Object.assign(new Error(message), { worker: this.index }));
    }
    this.pending.clear();
  }

  terminate(reason = `worker ${this.index} was stopped`) {
    this.dead = true;
    this.failAll(reason);
    this.worker.terminate();
  }
}
