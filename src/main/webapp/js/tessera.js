// The automation API behind window.tessera: ready, render(request), cancel().
import { WorkerPool } from './pool.js';
import { CanvasView } from './canvas-view.js';
import { RenderCancelled } from './render-session.js';
import { SharedRenderSession } from './shared-session.js';
import { TransferRenderSession } from './transfer-session.js';
import { PictureCache, pictureNames } from './pictures.js';

/** The most pixels in one image a request may name, as for a frame (RenderLimits.MAX_PIXELS). */
const MAX_PICTURE_PIXELS = 40_000_000;
/** The longest request text the workers' reader accepts (JsonReader.MAX_LENGTH). */
const MAX_REQUEST_CHARACTERS = 16 * 1024 * 1024;

/** A request refused before any worker started; `field`, `line`, `column` locate the problem. */
export class RequestError extends Error {
  constructor({ error, field, line = 0, column = 0 }) {
    super(error);
    this.name = 'RequestError';
    this.field = field;
    this.line = line;
    this.column = column;
  }
}

/**
 * Request objects become JSON text for the workers. JSON.stringify would quietly turn NaN and
 * Infinity into null; spelling them as strings lets the validator name them.
 */
export function requestText(request) {
  const text = typeof request === 'string' ? request : objectText(request);
  if (text.length > MAX_REQUEST_CHARACTERS) {
    throw new RequestError({ error: `request: ${text.length} characters long; the limit is ${MAX_REQUEST_CHARACTERS}`, field: 'request' });
  }
  return text;
}

function objectText(request) {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new RequestError({ error: `request: must be an object or JSON text, got ${request === null ? 'null' : Array.isArray(request) ? 'an array' : typeof request}`, field: 'request' });
  }
  return JSON.stringify(request, (key, value) =>
    (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
}

/** `previous` if it has the size, else a new SharedArrayBuffer of `bytes`, or a clear error. */
function sharedBuffer(previous, bytes, plan) {
  if (previous && previous.byteLength === bytes) {
    return previous;
  }
  try {
    return new SharedArrayBuffer(bytes);
  } catch (e) {
    throw new Error(`could not allocate a ${Math.round(bytes / 1e6)} MB framebuffer for ${plan.width} × ${plan.height}: ${e.message}`);
  }
}

/**
 * How tiles travel: 'shared' (one SharedArrayBuffer framebuffer, tiles taken from atomic counters)
 * needs a cross-origin isolated page; 'transfer' (tiles by message, pixels in transferred buffers)
 * works anywhere. `requested` may force 'transfer'; by default the page's isolation decides.
 */
export function renderMode(support, requested = null) {
  if (requested !== null && requested !== 'shared' && requested !== 'transfer') {
    throw new Error(`unknown mode "${requested}": use "shared" or "transfer"`);
  }
  if (requested === 'shared' && !support.isolated) {
    throw new Error('shared mode needs a cross-origin isolated page; this one is not, so only "transfer" can run here');
  }
  return requested || (support.isolated ? 'shared' : 'transfer');
}

export class Tessera {
  constructor({ canvas, overlay, support, poolSize, mode = null, onProgress = () => {} }) {
    this.view = new CanvasView(canvas, overlay);
    this.support = support;
    this.poolSize = poolSize;
    this.requestedMode = mode;
    this.onProgress = onProgress;
    this.latest = 0;
    this.session = null;
    this.framebuffer = null;
    this.pictures = new PictureCache(MAX_PICTURE_PIXELS);
  }

  /** (Re)starts the pool with `engine` ('wasm' or 'js'); returns the new `ready` promise. */
  start(engine) {
    const previous = this.pool;
    const startedAt = performance.now();
    this.pool = (async () => {
      if (!this.support.canRun) {
        throw new Error(this.support.problems.join(' '));
      }
      this.mode = renderMode(this.support, this.requestedMode);
      if (previous) {
        this.cancel();
        (await previous.catch(() => null))?.terminate();
      }
      return WorkerPool.start(this.poolSize, engine);
    })();
    this.ready = this.pool.then((pool) => ({
      workers: pool.size, isolated: this.support.isolated, engine: pool.engine, mode: this.mode,
      // How long the pool took to start, and when it was ready counted from the page's navigation.
      startupMs: performance.now() - startedAt, sincePageLoadMs: performance.now(),
    }));
    return this.ready;
  }

  /**
   * Renders `request`; a render still running is cancelled first. `fault` ({worker, tile, kind:
   * 'throw' | 'crash'}) makes that worker fail at that tile, for tests; the page passes it only
   * when opened with ?faults=inject.
   */
  async render(request, fault = null) {
    const token = ++this.latest;
    this.session?.cancel();
    this.onProgress({ done: 0, total: 0, shown: 0, tiles: 0, ms: 0, tilesByWorker: [], current: [] });
    const text = requestText(request);
    const pool = await this.pool;
    const pictures = await this.pictures.load(pictureNames(text));
    await pool.idle();
    this.checkCurrent(token);
    const plan = await pool.call(0, 'prepare', { request: text, maxWorkers: pool.size, pictures });
    this.checkCurrent(token);
    if (plan.error) {
      throw new RequestError(plan);
    }
    this.session = this.mode === 'shared'
      ? new SharedRenderSession(pool, this.view, this.onProgress, this.sharedBuffers(plan))
      : new TransferRenderSession(pool, this.view, this.onProgress);
    const result = await this.session.run(text, plan, pictures, fault);
    this.checkCurrent(token);
    return { ...result, hash: await this.session.hash() };
  }

  /** The shared framebuffer and, for plans of several stages, a spare; kept while the size stays. */
  sharedBuffers(plan) {
    const bytes = plan.width * plan.height * 4;
    this.framebuffer = sharedBuffer(this.framebuffer, bytes, plan);
    const spare = plan.stages.length > 1 ? (this.spare = sharedBuffer(this.spare, bytes, plan)) : null;
    return { framebuffer: this.framebuffer, spare };
  }

  /** Stops the current render; its promise rejects with an AbortError. */
  cancel() {
    this.latest++;
    this.session?.cancel();
  }

  checkCurrent(token) {
    if (token !== this.latest) {
      throw new RenderCancelled();
    }
  }
}
