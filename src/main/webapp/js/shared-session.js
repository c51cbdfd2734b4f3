// A render in shared memory: the workers pull tiles from atomic counters in a control block and
// write into a shared framebuffer (see worker.js). The main thread only ever reads shared memory
// and never waits on it.
import { controlLayout, stopAll } from './control.js';
import { RenderSession } from './render-session.js';

export class SharedRenderSession extends RenderSession {
  /** `buffers`: the shared `framebuffer` and, for plans of several stages, a `spare` of the same size. */
  constructor(pool, view, onProgress, buffers) {
    super(pool, view, onProgress);
    this.buffers = buffers;
  }

  start(requestText, pictures, fault) {
    const plan = this.plan;
    this.layout = controlLayout(plan);
    this.control = new Int32Array(new SharedArrayBuffer(4 * this.layout.length));
    this.view.begin(plan, plan.workers, { frameBuffer: this.buffers.framebuffer, control: this.control, layout: this.layout });
    const calls = [];
    for (let w = 0; w < plan.workers; w++) {
      calls.push(this.pool.call(w, 'render', {
        request: requestText, maxWorkers: this.pool.size, pictures,
        framebuffer: this.buffers.framebuffer, spare: this.buffers.spare, control: this.control.buffer, worker: w,
        fault: fault && fault.worker === w ? fault : null,
      }));
    }
    return Promise.all(calls).then((results) => results.map((r, w) => ({ worker: w, tiles: r.tiles, busyMs: r.busyMs })));
  }

  /** The framebuffer holds the same bytes as the picture on screen (CanvasView copies them from it). */
  hash() {
    return this.pool.call(0, 'hash', { pixels: this.buffers.framebuffer });
  }

  stop(reason) {
    stopAll(this.control, this.layout, reason);
  }

  progress() {
    let done = 0;
    for (let s = 0; s < this.layout.stages; s++) {
      done += Math.min(this.plan.stages[s].tiles, Atomics.load(this.control, this.layout.done(s)));
    }
    const current = Array.from({ length: this.plan.workers }, (_, w) => Atomics.load(this.control, this.layout.current(w)) - 1);
    return { done, current };
  }
}
