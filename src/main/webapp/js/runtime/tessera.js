// The Tessera runtime, for any page: a pool of workers running the compiled Java, and renders on
// it. Nothing here knows a workload; Java's prepare says what a request needs and how it is cut.
//
//   const tessera = startTessera();              // {workers, engine, mode} are optional
//   await tessera.ready;                         // {workers, isolated, engine, mode, startupMs, sincePageLoadMs}
//   const result = await tessera.render(request, {canvas, onProgress, signal});
//
import { WorkerPool } from './pool.js';
import { CanvasView } from './canvas-view.js';
import { SharedRenderSession } from './shared-session.js';
import { TransferRenderSession } from './transfer-session.js';
import { PictureCache } from './pictures.js';
import { ModelCache } from './models.js';
import { Convergence } from './convergence.js';
import { allBatches } from './tiles.js';
import { KeptOutputs } from './kept-outputs.js';
import { checkFormat, frameCount, recordFrames, videoSize } from './recording.js';
import { RenderCancelled, RequestError, checkOptions, requestText } from './request.js';
import { Cancellation } from './cancellation.js';
import { checkEngine, defaultEngine, detectSupport, renderMode } from './support.js';

export { RenderCancelled, RequestError } from './request.js';
export { detectSupport } from './support.js';

/**
 * How long a cancelled render's workers may go on with the tiles in their hands before they are
 * stopped and replaced: a tile can take any time (a deep scene, a huge tile of a deep zoom), and
 * the next render must not wait for it.
 */
export const CANCEL_GRACE_MS = 250;

/**
 * Starts a runtime. Options: `workers` (pool size; default one per core), `engine` ('wasm' or 'js';
 * default the best this browser runs), `mode` ('shared' or 'transfer'; default shared where the
 * page is cross-origin isolated), `base` (the URL picture names are relative to; default the page).
 */
export function startTessera(options = {}) {
  return new TesseraRuntime(options);
}

class TesseraRuntime {
  constructor({ workers, engine, mode = null, base, support = detectSupport(), faults = false } = {}) {
    this.support = support;
    this.poolSize = workers ?? support.cores;
    this.requestedMode = mode;
    this.latest = 0;
    this.session = null;
    /** The plan's buffers renders fill (frame, spare, sums), by name, kept while their size stays; `kept` knows what they hold. */
    this.buffers = {};
    this.kept = new KeptOutputs();
    this.views = new WeakMap();
    this.base = base ?? globalThis.document?.baseURI ?? globalThis.location?.href;
    this.pictures = null;
    this.models = null;
    /** {text, files}: the request prepared last and the files it was prepared with. */
    this.lastPrepared = null;
    /** The Convergence of the render running batch by batch (render's `progressive`), or null. */
    this.converging = null;
    /** The Cancellations of the renders and finds waiting outside a render session (see cancellation.js). */
    this.waits = new Set();
    /** The AbortController of the recording running, or null. */
    this.recording = null;
    this.faults = faults;
    if (faults) {
      /** Test hook: worker `worker` fails the next render at a last-pass tile from `tile` on ('throw' or 'crash'). */
      this.injectFault = async ({ worker, tile, kind }) => {
        await (await this.pool).call(worker, 'fault', { fault: { tile, kind } });
      };
    }
    this.useEngine(engine ?? defaultEngine(support));
  }

  /** Resolves once the pool is up; after useEngine(), the new pool's. */
  get ready() {
    return this.readyPromise;
  }

  /**
   * (Re)starts the pool with `engine` ('wasm' or 'js'); returns the new `ready` promise. An engine
   * this browser cannot run is refused before the running pool is touched.
   */
  useEngine(engine) {
    try {
      checkEngine(engine, this.support);
    } catch (e) {
      const refused = Promise.reject(e);
      if (!this.pool) {
        // The first engine asked for: there is no running pool to keep.
        this.pool = refused;
        this.readyPromise = refused;
      }
      return refused;
    }
    const previous = this.pool;
    const startedAt = performance.now();
    this.pool = (async () => {
      if (!Number.isInteger(this.poolSize) || this.poolSize < 1) {
        throw new Error(`workers must be a whole number from 1 up, got ${this.poolSize}`);
      }
      if (!this.support.canRun) {
        throw new Error(this.support.problems.join(' '));
      }
      this.mode = renderMode(this.support, this.requestedMode);
      if (previous) {
        this.cancel();
        (await previous.catch(() => null))?.terminate();
      }
      const pool = await WorkerPool.start(this.poolSize, engine, { faults: this.faults });
      pool.description = pool.call(0, 'describe');
      // A pool replaced before it answered (useEngine twice in a row) rejects here; describe() asks the newest.
      pool.description.catch(() => {});
      return pool;
    })();
    this.readyPromise = this.pool.then((pool) => ({
      workers: pool.size, isolated: this.support.isolated, engine: pool.engine, mode: this.mode,
      // How long the pool took to start, and when it was ready counted from the page's navigation.
      startupMs: performance.now() - startedAt, sincePageLoadMs: performance.now(),
    }));
    return this.readyPromise;
  }

  /**
   * What the engine renders and accepts: {workloads: {name: {…}}, limits}, straight
   * from Java, so a page can build its controls and checks from it.
   */
  async describe() {
    return (await this.pool).description;
  }

  /**
   * What the engine finds in the view `request` names (what, the workload decides), as an object
   * of its making, or {error, field}. It runs on the first worker, after any render in its hands.
   * `signal` (an AbortSignal), cancel() and a newer render cancel it: it rejects with an AbortError
   * at once, and its worker is replaced if it is still searching CANCEL_GRACE_MS later.
   */
  async find(request, options = {}) {
    checkOptions(options, { signal: 'signal' }, 'find');
    const { signal = null } = options;
    const cancellation = new Cancellation(CANCEL_GRACE_MS);
    return this.whileWaiting(cancellation, signal, async () => {
      const pool = await cancellation.race(this.pool);
      const text = requestText(request, (await cancellation.race(this.describe())).limits.maxRequestCharacters);
      return cancellation.call(pool, 0, 'find', { request: text });
    });
  }

  /**
   * Runs `wait` with `cancellation` among the waits that cancel() and a newer render cancel;
   * `signal` aborting calls `abort` (by default, cancels `cancellation`).
   */
  async whileWaiting(cancellation, signal, wait, abort = () => cancellation.cancel()) {
    signal?.addEventListener('abort', abort, { once: true });
    this.waits.add(cancellation);
    try {
      if (signal?.aborted) {
        cancellation.cancel();
      }
      return await wait();
    } finally {
      this.waits.delete(cancellation);
      signal?.removeEventListener('abort', abort);
    }
  }

  /**
   * Renders `request` (an object or JSON text); a render still running is cancelled first.
   * `canvas`, if given, shows the picture filling in; `onProgress` is called a few times a second;
   * `signal` (an AbortSignal) cancels. Where the last render left what the request's reuse pass
   * needs in the spare buffer, that pass alone makes the picture (a new palette over the same view
   * only recolours), unless `reuse` is false, as a benchmark wants. Resolves to {ms, prepareMs, elapsedMs, width, height,
   * workers, tiles, reused, counters, hash, perWorker}; `counters` holds what the workload counts,
   * by name (escape-time fractals: `iterations`, the escape counts of the pixels that escaped; the
   * ray tracer: `rays`).
   *
   * With `progressive`, a picture that converges over batches of samples (path tracing) is shown
   * after each batch, `onBatch` hearing {batch, batches, samples, totalSamples, ms, noise} (noise:
   * see noise.js, null after the first batch); `stop()` ends it early, keeping the picture after the
   * last whole batch, and the result then says {stopped: true, samples} with that batch's samples.
   * `perWorker` counts the tiles and busy time of every batch.
   *
   * Every phase is cancellable: preparing (a deep view's reference orbit is built on the first
   * worker), loading files, and the tiles. A cancelled render rejects at once; a worker still busy
   * with it CANCEL_GRACE_MS later is stopped and replaced, so a newer render never waits behind it.
   * Progress reports say which phase runs: `phase` is 'prepare' until the tiles start, then 'tiles';
   * while preparing, `step` is null or what the workload reports ({step: 'reference orbit', unit:
   * 'iterations', done, total}). Every report has `elapsedMs`, the time since the call, and the
   * result too, with `prepareMs`, the part of it before the tiles started (`ms` is the tiles' time).
   */
  async render(request, options = {}) {
    checkOptions(options, RENDER_OPTIONS, 'render');
    const { canvas = null, onProgress = () => {}, signal = null, reuse = true, progressive = false, onBatch = () => {} } = options;
    const token = ++this.latest;
    this.stopSession();
    this.cancelWaits();
    if (signal?.aborted) {
      this.latest++;
      throw new RenderCancelled();
    }
    const cancellation = new Cancellation(CANCEL_GRACE_MS);
    const started = performance.now();
    const report = (progress) => onProgress({ ...progress, elapsedMs: performance.now() - started });
    const preparing = (step) => report({
      phase: 'prepare', step, done: 0, total: 0, published: 0, tiles: 0, ms: 0, tilesByWorker: [], current: [], arrived: [], rects: null,
    });
    return this.whileWaiting(cancellation, signal, async () => {
      preparing(null);
      const pool = await cancellation.race(this.pool);
      const text = requestText(request, (await cancellation.race(this.describe())).limits.maxRequestCharacters);
      await cancellation.race(pool.idle());
      this.checkCurrent(token);
      const { plan, pictures } = await this.prepare(pool, text, token, cancellation, preparing);
      const prepareMs = performance.now() - started;
      const timed = (result) => ({ ...result, prepareMs, elapsedMs: performance.now() - started });
      // A picture in batches is shown after each where asked (one session per batch, the sums kept
      // here); otherwise one session runs every batch of each tile at once.
      const batchByBatch = progressive && Boolean(plan.batches);
      const buffers = this.frameBuffers(plan, batchByBatch);
      const converging = batchByBatch ? new Convergence(plan, new Uint8Array(buffers.frame), onBatch) : null;
      const view = canvas ? this.viewOf(canvas) : null;
      // The reuse pass alone, where the spare holds what it needs (the last render's escape data), else every pass.
      const reused = reuse && this.kept.canReuse(plan, buffers);
      const passes = reused ? [plan.reuse] : plan.passes;
      this.kept.forget(passes, buffers);
      this.converging = converging;
      try {
        let result = null;
        for (const batches of converging ? converging.runs() : [allBatches(plan)]) {
          const progress = converging ? converging.progress(batches.from, report) : report;
          const options = { view, onProgress: progress, reused, batches };
          this.session = this.mode === 'shared'
            ? new SharedRenderSession(pool, { ...plan, passes }, buffers, options)
            : new TransferRenderSession(pool, { ...plan, passes }, buffers, options);
          try {
            result = await this.session.run(text, pictures);
          } catch (e) {
            if (!converging?.keepsPicture(e)) {
              throw e;
            }
            await pool.idle();
            await converging.restore(view, this.session);
            return timed({ ...converging.result(), hash: await this.session.hash() });
          }
          this.checkCurrent(token);
          converging?.batchDone(batches.from, result);
        }
        this.kept.remember(passes, buffers);
        return timed({ ...(converging ? converging.result() : result), hash: await this.session.hash() });
      } finally {
        if (this.converging === converging) {
          this.converging = null;
        }
      }
    }, () => {
      // The whole render: its waits, its session, its tiles; unless a newer render replaced it already.
      if (token === this.latest) {
        this.cancel();
      } else {
        cancellation.cancel();
      }
    });
  }

  /**
   * Stops the current render: a converging one (render's `progressive`) resolves with the picture so
   * far once a batch is done, any other rejects as cancel() makes it.
   */
  stop() {
    if (this.converging) {
      // The workers finish the tiles in their hands (a batch's tiles are short) and keep what they prepared.
      this.converging.stopped = true;
      this.session?.cancel();
      return;
    }
    this.cancel();
  }

  /**
   * Records a zoom as a video: from the view `request` shows (its params.zoom, 1 without one) to
   * `toZoom` (a number or a decimal string), exponentially, over `seconds` at `fps` frames a second,
   * each frame `width` × `height` (default the request's), encoded as `format` ('webm-vp9',
   * 'webm-av1', 'mp4-h264', or 'png-zip' for the frames as PNG files in a zip; see recording.js), for a workload whose view has a zoom. `onProgress`
   * follows each frame ({frame, frames, elapsedMs, remainingMs}) and `render` each frame's render,
   * `canvas` shows the frames, `signal` cancels. `cycle` turns the request's designed gradient
   * (params.gradient) that many turns a second (colour cycling; at most one turn a frame). Resolves to {blob, type, frames, ms}.
   */
  async recordZoom(options, callbacks = {}) {
    checkOptions(callbacks, { canvas: 'object', onProgress: 'function', render: 'function', signal: 'signal' }, 'recordZoom');
    const { request, toZoom, seconds, fps = 30, width, height, format = 'webm-vp9', cycle = 0 } = options;
    const { canvas = null, onProgress = () => {}, render = () => {}, signal = null } = callbacks;
    checkFormat(format);
    const frames = frameCount(seconds, fps, format);
    if (typeof cycle !== 'number' || !Number.isFinite(cycle)) {
      throw new TypeError(`recordZoom: cycle must be a number of turns of the gradient a second, got ${JSON.stringify(cycle)}`);
    }
    const base = typeof request === 'string' ? JSON.parse(request) : { ...request };
    const given = Object.fromEntries(Object.entries({ width, height }).filter(([, value]) => value !== undefined));
    const text = JSON.stringify({ ...base, ...given });
    // cancel(), stop() and useEngine() end a recording whether a frame is rendering or not.
    const controller = new AbortController();
    this.recording?.abort();
    this.recording = controller;
    const abort = () => controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    if (signal?.aborted) {
      abort();
    }
    const frameRequest = async (k) => {
      const answer = await (await this.pool).call(0, 'zoomFrame', { request: text, toZoom: String(toZoom), frames, frame: k, cycle: String(cycle / fps) });
      if (answer.error) {
        throw new RequestError(answer);
      }
      return answer.request;
    };
    const renderFrame = async (frameRequestObject) => {
      await this.render(frameRequestObject, { canvas, signal: controller.signal, onProgress: render });
      return new Uint8Array(this.buffers.frame).slice();
    };
    try {
      // Java checks the request first: a workload without a zoom is named as such, not by its size.
      const first = await frameRequest(0);
      const size = videoSize(first.width, first.height);
      return await recordFrames({ frames, fps, format, ...size }, (k) => (k === 0 ? first : frameRequest(k)), renderFrame,
        { onProgress, signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted) {
        throw new RenderCancelled();
      }
      throw e;
    } finally {
      signal?.removeEventListener('abort', abort);
      if (this.recording === controller) {
        this.recording = null;
      }
    }
  }

  /** Stops the current render, a find and a recording; their promises reject with an AbortError. */
  cancel() {
    this.latest++;
    this.stopSession();
    this.cancelWaits();
    this.recording?.abort();
  }

  /** Cancels what renders and finds wait for outside a render session (see Cancellation). */
  cancelWaits() {
    for (const cancellation of this.waits) {
      cancellation.cancel();
    }
    this.waits.clear();
  }

  /** Cancels the running session, and frees its workers if they are not done within CANCEL_GRACE_MS. */
  stopSession() {
    const session = this.session;
    if (session?.cancel()) {
      session.pool.reclaim(session, CANCEL_GRACE_MS);
    }
  }

  /**
   * Java's plan for `text`. When the request names images or models, Java says which: images are
   * loaded by a decoder worker, models fetched as bytes, and the request prepared again with them,
   * all in one map of files. `onStep` hears how far preparing has come ({step, unit, done, total}).
   */
  async prepare(pool, text, token, cancellation, onStep = () => {}) {
    // The same request again starts from the files it had: the worker then still holds the prepared request.
    let files = this.lastPrepared?.text === text ? this.lastPrepared.files : {};
    let plan = await cancellation.call(pool, 0, 'prepare', { request: text, maxWorkers: pool.size, pictures: files }, onStep);
    this.checkCurrent(token);
    if (plan.pictures) {
      const [pictures, models] = await cancellation.race(Promise.all([
        plan.pictures.length ? this.pictureCache().then((cache) => cache.load(plan.pictures, pool.engine)) : {},
        plan.models.length ? this.modelCache().then((cache) => cache.load(plan.models)) : {},
      ]));
      files = { ...pictures, ...models };
      this.checkCurrent(token);
      plan = await cancellation.call(pool, 0, 'prepare', { request: text, maxWorkers: pool.size, pictures: files }, onStep);
      this.checkCurrent(token);
    }
    if (plan.error) {
      throw new RequestError(plan);
    }
    if (plan.pictures) {
      throw new Error(`the files ${[...plan.pictures, ...plan.models].join(', ')} were loaded but the engine still asks for them`);
    }
    pool.notePrepared(0, text);
    this.lastPrepared = { text, files };
    return { plan, pictures: files };
  }

  async pictureCache() {
    if (!this.pictures) {
      const { maxPixels } = (await this.describe()).limits;
      this.pictures = new PictureCache({ maxPixels }, this.base);
    }
    return this.pictures;
  }

  async modelCache() {
    if (!this.models) {
      const { maxModelBytes } = (await this.describe()).limits;
      this.models = new ModelCache({ maxModelBytes }, this.base);
    }
    return this.models;
  }

  viewOf(canvas) {
    if (!this.views.has(canvas)) {
      this.views.set(canvas, new CanvasView(canvas));
    }
    return this.views.get(canvas);
  }

  /**
   * The plan's buffers by name, as big as the plan says (shared memory in shared mode): the frame the
   * picture is rendered into, the spare where the passes use one, and the sums where `keepSums` (a
   * picture shown batch by batch); each kept while its size stays, with what it holds. The source
   * comes with the request.
   */
  frameBuffers(plan, keepSums) {
    const allocate = this.mode === 'shared' ? (n) => new SharedArrayBuffer(n) : (n) => new ArrayBuffer(n);
    const buffers = {};
    for (const [name, { width, height, channels }] of Object.entries(plan.buffers)) {
      if (name === 'source' || (name === 'sums' && !keepSums)) {
        continue;
      }
      this.buffers[name] = reuseOrAllocate(this.buffers[name], width * height * channels * 4, allocate,
        `${name === 'frame' ? 'framebuffer' : `${name} buffer`} for ${width} × ${height}`);
      buffers[name] = this.buffers[name];
    }
    return buffers;
  }

  checkCurrent(token) {
    if (token !== this.latest) {
      throw new RenderCancelled();
    }
  }
}

/** The options render() takes, and what each must be (see checkOptions). */
const RENDER_OPTIONS = {
  canvas: 'object', onProgress: 'function', signal: 'signal', reuse: 'boolean', progressive: 'boolean', onBatch: 'function',
};

/** `previous` if it has the size, else a new buffer of `bytes` from `allocate`, or a clear error naming `what`. */
function reuseOrAllocate(previous, bytes, allocate, what) {
  if (previous && previous.byteLength === bytes) {
    return previous;
  }
  try {
    return allocate(bytes);
  } catch (e) {
    throw new Error(`could not allocate a ${Math.round(bytes / 1e6)} MB ${what}: ${e.message}`);
  }
}
