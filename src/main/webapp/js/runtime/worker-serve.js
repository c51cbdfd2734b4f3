// What a pool worker does (render.worker.js serves it): loads the compiled Java once, then renders.
// In shared mode ('render') it takes tiles from the shared counters, pass after pass, waiting at a
// barrier until every worker has finished the pass before. In transfer mode ('begin', then one
// 'tile' message per tile) the page hands out the tiles and a tile's values go back in transferred
// buffers. Java's plan names the buffers each pass reads and writes (input, output, side output,
// sums) and which rows each tile reads; this file only moves them, the same way for every pass.
// The calls it answers are WORKER_CALLS (worker-api.js), one function each; a wrapper
// (render-faults.worker.js) may change the engine and the calls before serving.
import { CANCELLED_SLOT, FAILED, controlLayout, stopAll } from './control.js';
import { allBatches, copyTileFromFrame, copyTileToFrame, inputRange, tileRect } from './tiles.js';
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

/** How often, at most, preparing reports how far it has come: the page redraws a few times a second. */
const PROGRESS_EVERY_MS = 100;

/**
 * engine.prepare, unless this worker prepared the same request, worker count and files last:
 * then what it built (parsed input, search structures) is still in the engine. `shared` is what
 * the page's own prepare of the request returned as the plan's `shared` (another worker's work,
 * such as a reference orbit), or null. `progress` hears {step, unit, done, total} (see Java's
 * PrepareProgress) at most every PROGRESS_EVERY_MS.
 */
function prepare(request, maxWorkers, pictures, shared = null, progress = null) {
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
  const plan = engine.prepare(request, maxWorkers, pictures || {}, shared, progress && throttled(progress));
  if (!plan.error && !plan.pictures) {
    prepared = { key, request, plan, maxWorkers };
  }
  return plan;
}

/** A function (step, unit, done, total) passing a report on to `progress` unless one went less than PROGRESS_EVERY_MS ago. */
function throttled(progress) {
  let last = -Infinity;
  return (step, unit, done, total) => {
    const now = performance.now();
    if (now - last >= PROGRESS_EVERY_MS) {
      last = now;
      progress({ step, unit, done, total });
    }
  };
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

/** A pass's buffer named `name` (its 'input', 'output', 'side' or 'sums'), or null where it has none. */
function bufferOf(pass, role) {
  const name = pass[role];
  return name && name !== 'none' ? name : null;
}

/**
 * Renders tile `tile` of plan.passes[p], batches [batches.from, batches.to): `values` gives what
 * the tile reads, tile-shaped ({input: its rows, sums: its running sums, each or null where the
 * pass reads none or the caller put them in the engine already}); returns
 * views of the engine's tile buffers the pass wrote ({output, side, sums}, null where it wrote
 * none), valid until the next tile.
 */
function renderTile(plan, p, tile, batches, values) {
  const pass = plan.passes[p];
  if (values.input) {
    engine.tileBuffer('input').set(values.input);
  }
  const sums = bufferOf(pass, 'sums');
  if (values.sums) {
    engine.tileBuffer('sums').set(values.sums);
  }
  engine.renderTile(pass.index, tile, batches.from, batches.to);
  const rect = tileRect(pass.rects, tile);
  const size = (name) => rect.width * rect.height * plan.buffers[name].channels;
  const view = (role) => bufferOf(pass, role) && engine.tileBuffer(role).subarray(0, size(bufferOf(pass, role)));
  return { output: view('output'), side: view('side'), sums: view('sums') };
}

/** Shared mode: the input rows tile `tile` of `pass` reads from the frame-sized `buffers`, or null. */
function rowsFrom(plan, pass, tile, buffers) {
  const input = buffers[bufferOf(pass, 'input')];
  if (!input) {
    return null;
  }
  const range = inputRange(pass, tile);
  const { width } = plan.buffers[pass.input];
  return input.subarray(range.first * width, (range.first + range.count) * width);
}

/** Shared mode: the frame-sized buffer `pass` uses for `role`, with its width and channels, or null. */
function frameOf(plan, pass, buffers, role) {
  const name = bufferOf(pass, role);
  return name && buffers[name] ? { frame: buffers[name], width: plan.buffers[name].width, channels: plan.buffers[name].channels } : null;
}

/**
 * Shared mode: the buffers of a render by name, as Int32Arrays over the shared memory the page
 * sent (frame, spare, sums, as the plan uses them), and the source picture's pixels.
 */
function sharedBuffers(plan, shared, pictures) {
  const buffers = {};
  for (const [name, buffer] of Object.entries(shared)) {
    buffers[name] = buffer && new Int32Array(buffer);
  }
  buffers.source = plan.source ? pictures[plan.source].pixels : null;
  return buffers;
}

function render({ request, maxWorkers, pictures, shared, buffers: sent, control, worker, reused, batches = null }) {
  const plan = preparedPlan(request, maxWorkers, pictures, shared, reused);
  const range = batches ?? allBatches(plan);
  const ctl = new Int32Array(control);
  const layout = controlLayout(plan);
  const last = plan.passes.length - 1;
  const buffers = sharedBuffers(plan, sent, pictures);
  let rendered = 0;
  let busyMs = 0;
  let at = '';
  const counted = counters();
  try {
    for (let p = 0; p <= last && Atomics.load(ctl, CANCELLED_SLOT) === 0; p++) {
      const pass = plan.passes[p];
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
        const rect = tileRect(pass.rects, tile);
        const sums = frameOf(plan, pass, buffers, 'sums');
        if (sums && range.from > 0) {
          copyTileFromFrame(sums.frame, engine.tileBuffer('sums'), sums.width, rect, sums.channels);
        }
        const wrote = renderTile(plan, p, tile, range, { input: rowsFrom(plan, pass, tile, buffers), sums: null });
        for (const role of ['output', 'side', 'sums']) {
          const target = frameOf(plan, pass, buffers, role);
          if (wrote[role] && target) {
            copyTileToFrame(wrote[role], target.frame, target.width, rect, target.channels);
          }
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
  return { tiles: rendered, busyMs, counters: since(counted) };
}

/** What the engine counted so far, by name (see the plan's workload: iterations, rays, …). */
function counters() {
  return JSON.parse(engine.counters());
}

/**
 * What the engine counted since it stood at `counted` (a prepared request is kept, and its counts
 * go on from render to render), by name.
 */
function since(counted) {
  const now = counters();
  return Object.fromEntries(Object.entries(now).map(([name, count]) => [name, count - (counted[name] ?? 0)]));
}

/** Transfer mode: prepares the request for the tiles that will follow. */
function begin({ request, maxWorkers, pictures, shared, reused }) {
  job = preparedPlan(request, maxWorkers, pictures, shared, reused);
  job.counted = counters();
  return { tiles: job.tiles };
}

/**
 * Transfer mode: one tile, with the input rows the plan names for it when its pass reads any and,
 * for a pass that accumulates from a batch past the first, the tile's sums; what it wrote goes back.
 */
function renderTransferred({ pass, tile, input, sums, batches = null }) {
  const started = performance.now();
  try {
    const wrote = renderTile(job, pass, tile, batches ?? allBatches(job),
      { input: input && new Int32Array(input), sums: sums && new Int32Array(sums) });
    const copy = (view) => view && view.slice().buffer;
    // The worker's running total for this render: the session keeps the latest.
    return {
      output: copy(wrote.output), side: copy(wrote.side), sums: copy(wrote.sums), busyMs: performance.now() - started,
      counters: since(job.counted),
    };
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
  prepare: ({ request, maxWorkers, pictures }, { progress }) => prepare(request, maxWorkers, pictures, null, progress),
  describe: () => JSON.parse(engine.describe()),
  find: ({ request }) => JSON.parse(engine.find(request)),
  zoomFrame: ({ request, toZoom, frames, frame, cycle = '0' }) => JSON.parse(engine.zoomFrame(request, toZoom, frames, frame, cycle)),
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
      // A call may report how far it has come before it answers: {id, progress}.
      const result = await served.calls[type](data, { progress: (progress) => self.postMessage({ id, progress }) });
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
