// What a pool worker does (render.worker.js serves it): loads the compiled Java once, then renders.
// In shared mode ('render') it takes tiles from the shared counters, pass after pass, waiting at a
// barrier until every worker has finished the pass before. In transfer mode ('begin', then one
// 'tile' message per tile) the page hands out the tiles and the pixels go back in a transferred
// buffer. Java's plan says which buffer each pass reads and writes and which rows each tile reads;
// this file only moves them. The calls it answers are WORKER_CALLS (worker-api.js), one function
// each; a wrapper (render-faults.worker.js) may change the engine and the calls before serving.
import { CANCELLED_SLOT, FAILED, controlLayout, stopAll } from './control.js';
import { SUM_CHANNELS, copyTileFromFrame, copyTileToFrame, inputRange, tileRect } from './tiles.js';
import { sha256Hex } from './sha256.js';
import { loadEngine } from './engine.js';
import { WORKER_CALLS } from './worker-api.js';

let engine = null;
/** What serve() was given to change the engine with once it is loaded. */
let wrapEngine = (loaded) => loaded;
/** The engine 'init' is loading: messages that arrive meanwhile (to a worker just put in a stopped one's place) wait for it. */
let loading = null;
/** Transfer mode: the plan of the render begun last. */
let job = null;
/** The request prepared last, with its plan: rendering it again (or after the page's check) skips the work. */
let prepared = null;

/**
 * engine.prepare, unless this worker prepared the same request, worker count and files last:
 * then what it built (parsed input, search structures) is still in the engine. `shared` is what
 * the page's own prepare of the request returned as the plan's `shared` (another worker's work,
 * such as a reference orbit), or null.
 */
function prepare(request, maxWorkers, pictures, shared = null) {
  if (pictures === null) {
    // The page knows this worker prepared the request last, and did not send its files again.
    if (prepared && prepared.request === request && prepared.maxWorkers === maxWorkers) {
      return prepared.plan;
    }
    throw new Error('the request came without its files, but this worker has not prepared it');
  }
  const key = JSON.stringify([maxWorkers, Object.entries(pictures || {}).map(([name, p]) => [name, p.width, p.height, p.bytes?.length, p.error])]);
  if (prepared && prepared.key === key && prepared.request === request) {
    return prepared.plan;
  }
  prepared = null;
  const plan = engine.prepare(request, maxWorkers, pictures || {}, shared);
  if (!plan.error && !plan.pictures) {
    prepared = { key, request, plan, maxWorkers };
  }
  return plan;
}

/**
 * prepare, for a render: anything but a plan here means the page's own prepare was bypassed. With
 * `reused`, the plan's passes are its reuse pass alone, as the page decided.
 */
function preparedPlan(request, maxWorkers, pictures, shared, reused) {
  const plan = prepare(request, maxWorkers, pictures, shared);
  if (plan.error || plan.pictures) {
    throw new Error(plan.error || `files were not loaded: ${[...plan.pictures, ...plan.models].join(', ')}`);
  }
  if (reused && !plan.reuse) {
    throw new Error('the page asked to reuse the spare, but this request has no reuse pass');
  }
  return reused ? { ...plan, passes: [plan.reuse] } : plan;
}

/** Names a tile in messages: "tile 7", or "pass 1, tile 7" when there are several passes. */
function where(plan, pass, tile) {
  return plan.passes.length > 1 ? `pass ${pass}, tile ${tile}` : `tile ${tile}`;
}

/**
 * Renders one tile of plan.passes[p]; `rows` are the input rows the plan names for it, copied into
 * the engine first, or null. Returns the pixels and, for a pass that keeps one, the side output.
 */
function renderTile(plan, p, tile, rows) {
  if (rows) {
    engine.inputRows().set(rows);
  }
  const pass = plan.passes[p];
  const pixels = engine.renderTile(pass.index, tile);
  return { pixels, side: pass.keeps ? engine.sideRows() : null };
}

/**
 * Adds batch `batch` of a converging picture to one tile: its running sums (three per pixel) go
 * from `sums`, frame-shaped, into the engine and back once the batch is added. Returns the pixels.
 */
function renderBatchTile(plan, p, tile, batch, sums, rect) {
  const engineSums = engine.sumRows();
  copyTileFromFrame(sums, engineSums, plan.width, rect, SUM_CHANNELS);
  const pixels = engine.renderBatch(plan.passes[p].index, tile, batch);
  copyTileToFrame(engineSums, sums, plan.width, rect, SUM_CHANNELS);
  return pixels;
}

function render({ request, maxWorkers, pictures, shared, framebuffer, spare, control, worker, reused, batch, sums }) {
  const plan = preparedPlan(request, maxWorkers, pictures, shared, reused);
  const ctl = new Int32Array(control);
  const layout = controlLayout(plan);
  const last = plan.passes.length - 1;
  const buffers = {
    frame: new Int32Array(framebuffer),
    spare: spare && new Int32Array(spare),
    source: plan.source ? pictures[plan.source].pixels : null,
  };
  let rendered = 0;
  let busyMs = 0;
  let at = '';
  const counted = engine.escapedIterations();
  try {
    for (let p = 0; p <= last && Atomics.load(ctl, CANCELLED_SLOT) === 0; p++) {
      const pass = plan.passes[p];
      const input = buffers[pass.input] ?? null;
      const output = buffers[pass.output];
      while (Atomics.load(ctl, CANCELLED_SLOT) === 0) {
        const tile = Atomics.add(ctl, layout.nextTileSlot(p), 1);
        if (tile >= pass.tiles) {
          break;
        }
        at = where(plan, p, tile);
        if (p === last) {
          Atomics.store(ctl, layout.currentTileSlot(worker), tile + 1);
        }
        const started = performance.now();
        const range = inputRange(pass, tile);
        const rows = input && input.subarray(range.first * plan.width, (range.first + range.count) * plan.width);
        const rect = tileRect(pass.rects, tile);
        const { pixels, side } = batch === undefined ? renderTile(plan, p, tile, rows)
          : { pixels: renderBatchTile(plan, p, tile, batch, new Int32Array(sums), rect), side: null };
        copyTileToFrame(pixels, output, plan.width, rect);
        if (side) {
          copyTileToFrame(side, buffers.spare, plan.width, rect);
        }
        if (p === last) {
          // The atomic store publishes the rows written above to whoever reads this slot atomically.
          Atomics.store(ctl, layout.ownerSlot(tile), worker + 1);
          rendered++;
        }
        if (Atomics.add(ctl, layout.doneSlot(p), 1) + 1 === pass.tiles) {
          Atomics.notify(ctl, layout.doneSlot(p));
        }
        busyMs += performance.now() - started;
      }
      if (p < last) {
        for (let done = Atomics.load(ctl, layout.doneSlot(p)); done < pass.tiles && Atomics.load(ctl, CANCELLED_SLOT) === 0;
          done = Atomics.load(ctl, layout.doneSlot(p))) {
          Atomics.wait(ctl, layout.doneSlot(p), done);
        }
      }
    }
    Atomics.store(ctl, layout.currentTileSlot(worker), 0);
  } catch (e) {
    stopAll(ctl, layout, FAILED);
    throw located(e, at);
  }
  return { tiles: rendered, busyMs, iterations: since(counted) };
}

/**
 * The escape counts the engine summed since it stood at `counted` (a prepared request is kept, and
 * its count goes on from render to render), or −1 for workloads that count none.
 */
function since(counted) {
  return counted < 0 ? -1 : engine.escapedIterations() - counted;
}

/** Transfer mode: prepares the request for the tiles that will follow. */
function begin({ request, maxWorkers, pictures, shared, reused }) {
  job = preparedPlan(request, maxWorkers, pictures, shared, reused);
  job.counted = engine.escapedIterations();
  return { tiles: job.tiles };
}

/**
 * Transfer mode: one tile, with the input rows the plan names for it when its pass reads any, or
 * for a batch of a converging picture the tile's sums, which come back with its pixels.
 */
function renderTransferred({ pass, tile, input, batch, sums }) {
  const started = performance.now();
  try {
    const rect = tileRect(job.passes[pass].rects, tile);
    const size = rect.width * rect.height;
    if (batch !== undefined) {
      const tileSums = new Int32Array(sums);
      engine.sumRows().set(tileSums);
      const pixels = engine.renderBatch(job.passes[pass].index, tile, batch).slice(0, size);
      tileSums.set(engine.sumRows().subarray(0, tileSums.length));
      return { pixels: pixels.buffer, sums: tileSums.buffer, busyMs: performance.now() - started, iterations: -1 };
    }
    const rendered = renderTile(job, pass, tile, input && new Int32Array(input));
    const pixels = rendered.pixels.slice(0, size);
    const side = rendered.side && rendered.side.slice(0, size);
    // The worker's running total for this render: the session keeps the latest.
    return { pixels: pixels.buffer, side: side && side.buffer, busyMs: performance.now() - started, iterations: since(job.counted) };
  } catch (e) {
    throw located(e, where(job, pass, tile));
  }
}

/** The error with the tile it happened at; a test crash passes through untouched. */
function located(e, at) {
  if (e && e.crash) {
    return e;
  }
  const message = String((e && e.message) || e);
  return Object.assign(new Error(at ? `${at}: ${message}` : message), { tile: at });
}

/**
 * SHA-256 hex of a finished picture's bytes. A shared framebuffer is copied first, synchronously:
 * Web Crypto does not read shared memory, and the copy is taken before any later message (the next
 * render) can write to the buffer.
 */
function hash(pixels) {
  const bytes = new Uint8Array(pixels);
  return sha256Hex(pixels instanceof ArrayBuffer ? bytes : bytes.slice());
}

/** An ArrayBuffer among a result's own values moves to the page instead of being copied (a tile's pixels). */
function transferables(result) {
  return result && typeof result === 'object' ? Object.values(result).filter((value) => value instanceof ArrayBuffer) : [];
}

/** The calls this worker answers, by name: exactly WORKER_CALLS. */
const calls = {
  async init({ engine: kind }) {
    loading = loadEngine(kind).then(wrapEngine);
    engine = await loading;
    return { engine: kind };
  },
  prepare: ({ request, maxWorkers, pictures }) => prepare(request, maxWorkers, pictures),
  describe: () => JSON.parse(engine.describe()),
  find: ({ request }) => JSON.parse(engine.find(request)),
  zoomFrame: ({ request, toZoom, frames, frame }) => JSON.parse(engine.zoomFrame(request, toZoom, frames, frame)),
  render,
  hash: ({ pixels }) => hash(pixels),
  begin,
  tile: renderTransferred,
};

/**
 * Answers the page's messages with `calls`, as `wrap` changes them: wrap({calls, wrapEngine}) may
 * return other calls (more of them, for a test page) and a function that changes the engine once
 * loaded. Without it, the calls of WORKER_CALLS.
 */
export function serve(wrap = (given) => given) {
  const served = wrap({ calls: { ...calls }, wrapEngine });
  wrapEngine = served.wrapEngine;
  for (const name of WORKER_CALLS) {
    if (typeof served.calls[name] !== 'function') {
      throw new Error(`the worker does not answer "${name}"`);
    }
  }
  self.onmessage = async ({ data }) => {
    const { id, type } = data;
    try {
      if (type !== 'init' && engine === null) {
        await loading;
        if (engine === null) {
          throw new Error('the engine did not load');
        }
      }
      if (!Object.hasOwn(served.calls, type)) {
        throw new Error(`unknown message type "${type}"`);
      }
      const result = await served.calls[type](data);
      self.postMessage({ id, result }, transferables(result));
    } catch (e) {
      if (e && e.crash) {
        // Uncaught, so the page sees the worker die (an error event), as after a real crash.
        setTimeout(() => { throw e; });
        return;
      }
      self.postMessage({ id, error: String((e && e.message) || e), tile: e && e.tile });
    }
  };
}
