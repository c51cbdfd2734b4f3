// What a render, a find or a recording waits on outside a render session (a prepare on the first
// worker, which builds a deep view's reference orbit; a minibrot search; loading files) made
// cancellable: every wait is raced against the cancel, so the caller hears it at once, and every
// worker call it made is reclaimed like a stuck tile's (the worker is stopped and replaced if it
// has not answered within the grace time), so that nothing newer waits behind it.
import { RenderCancelled } from './request.js';

export class Cancellation {
  /** `graceMs`: how long a call may go on after the cancel before its worker is stopped. */
  constructor(graceMs) {
    this.graceMs = graceMs;
    this.cancelled = false;
    /** [{pool, owner}] of the worker calls made for this. */
    this.calls = [];
    this.promise = new Promise((_, reject) => {
      this.rejectAll = reject;
    });
    this.promise.catch(() => {});
  }

  /** Cancels: whatever is raced rejects with RenderCancelled, and calls still running after the grace time lose their worker. */
  cancel() {
    if (this.cancelled) {
      return;
    }
    this.cancelled = true;
    this.rejectAll(new RenderCancelled());
    for (const { pool, owner } of this.calls) {
      pool.reclaim(owner, this.graceMs);
    }
  }

  /** Settles as `promise` does, or rejects with RenderCancelled as soon as this is cancelled. */
  race(promise) {
    promise.catch(() => {});
    this.throwIfCancelled();
    return Promise.race([promise, this.promise]);
  }

  /** pool.call(worker, type, payload), raced, its worker reclaimed on a cancel; `onProgress` hears what the worker reports meanwhile. */
  call(pool, worker, type, payload, onProgress = null) {
    this.throwIfCancelled();
    const owner = { type, onProgress };
    this.calls.push({ pool, owner });
    return this.race(pool.call(worker, type, payload, [], owner));
  }

  throwIfCancelled() {
    if (this.cancelled) {
      throw new RenderCancelled();
    }
  }
}
