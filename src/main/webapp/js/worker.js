// One pool worker: loads the compiled Java once, then renders. In shared mode ('render') it takes
// tiles from the shared counters, stage after stage, waiting at a barrier until every worker has
// finished the stage before. In transfer mode ('begin', then one 'tile' message per tile) the page
// hands out the tiles and the pixels go back in a transferred buffer.
import { CANCELLED, controlLayout, stopAll } from './control.js';
import { sha256Hex } from './sha256.js';

let engine = null;
/** Transfer mode: the plan and test fault of the render begun last. */
let job = null;
/** The request prepared last, with its plan: rendering it again (or after the page's check) skips the work. */
let prepared = null;

/**
 * engine.prepare, unless this worker prepared the same request, worker count and pictures last:
 * then the workload it built (a parsed scene, its BVH) is still in the engine.
 */
function prepare(request, maxWorkers, pictures) {
  const key = JSON.stringify([maxWorkers, Object.entries(pictures || {}).map(([name, p]) => [name, p.width, p.height, p.error])]);
  if (prepared && prepared.key === key && prepared.request === request) {
    return prepared.plan;
  }
  prepared = null;
  const plan = engine.prepare(request, maxWorkers, pictures);
  if (!plan.error) {
    prepared = { key, request, plan };
  }
  return plan;
}

async function loadEngine(kind) {
  if (kind === 'wasm') {
    const { load } = await import('../engine/tessera.wasm-runtime.js');
    const teavm = await load(new URL('../engine/tessera.wasm', import.meta.url).href);
    return teavm.exports;
  }
  if (kind === 'js') {
    return await import('../engine/tessera.js');
  }
  throw new Error(`unknown engine "${kind}"`);
}

function render({ request, maxWorkers, pictures, framebuffer, spare, control, worker, fault }) {
  const plan = prepare(request, maxWorkers, pictures);
  if (plan.error) {
    throw new Error(plan.error);
  }
  const { width, height, stages } = plan;
  const ctl = new Int32Array(control);
  const layout = controlLayout(plan);
  const last = stages.length - 1;
  // Stages alternate between the framebuffer and the spare buffer so that the last one lands in the framebuffer.
  const outputs = stages.map((_, s) => new Int32Array((last - s) % 2 === 0 ? framebuffer : spare));
  const source = plan.source ? pictures[plan.source].pixels : null;
  let rendered = 0;
  let busyMs = 0;
  let where = '';
  try {
    for (let s = 0; s <= last && Atomics.load(ctl, CANCELLED) === 0; s++) {
      const { tiles, halo, readsInput, rects } = stages[s];
      const input = readsInput ? (s === 0 ? source : outputs[s - 1]) : null;
      const output = outputs[s];
      while (Atomics.load(ctl, CANCELLED) === 0) {
        const tile = Atomics.add(ctl, layout.next(s), 1);
        if (tile >= tiles) {
          break;
        }
        where = stages.length > 1 ? `stage ${s}, tile ${tile}` : `tile ${tile}`;
        if (s === last) {
          Atomics.store(ctl, layout.current(worker), tile + 1);
        }
        const started = performance.now();
        // At the first tile this worker takes from fault.tile on: which worker gets which tile is not fixed.
        if (fault && tile >= fault.tile && s === last) {
          injectFault(fault, tile);
        }
        const x = rects[4 * tile], y = rects[4 * tile + 1], w = rects[4 * tile + 2], h = rects[4 * tile + 3];
        let firstRow = 0;
        let rows = 0;
        if (input) {
          firstRow = Math.max(0, y - halo);
          rows = Math.min(height, y + h + halo) - firstRow;
          engine.inputRows().set(input.subarray(firstRow * width, (firstRow + rows) * width));
        }
        const pixels = engine.renderTile(s, tile, firstRow, rows);
        for (let row = 0; row < h; row++) {
          output.set(pixels.subarray(row * w, row * w + w), (y + row) * width + x);
        }
        if (s === last) {
          // The atomic store publishes the rows written above to whoever reads this slot atomically.
          Atomics.store(ctl, layout.owner(tile), worker + 1);
          rendered++;
        }
        if (Atomics.add(ctl, layout.done(s), 1) + 1 === tiles) {
          Atomics.notify(ctl, layout.done(s));
        }
        busyMs += performance.now() - started;
      }
      if (s < last) {
        for (let done = Atomics.load(ctl, layout.done(s)); done < tiles && Atomics.load(ctl, CANCELLED) === 0;
          done = Atomics.load(ctl, layout.done(s))) {
          Atomics.wait(ctl, layout.done(s), done);
        }
      }
    }
    Atomics.store(ctl, layout.current(worker), 0);
  } catch (e) {
    stopAll(ctl, layout, 2);
    if (e.crash) {
      throw e;
    }
    throw Object.assign(new Error(where ? `${where}: ${e.message || e}` : String(e.message || e)), { tile: where });
  }
  return { tiles: rendered, busyMs };
}

/** Transfer mode: validates the request for the tiles that will follow. */
function begin({ request, maxWorkers, pictures, fault }) {
  const plan = prepare(request, maxWorkers, pictures);
  if (plan.error) {
    throw new Error(plan.error);
  }
  job = { plan, fault };
  return { tiles: plan.tiles };
}

/** Transfer mode: one tile, its input rows (if its stage reads any) arriving with it. */
function renderTransferred({ stage, tile, firstRow, rows, input }) {
  const { plan, fault } = job;
  const last = plan.stages.length - 1;
  const where = last > 0 ? `stage ${stage}, tile ${tile}` : `tile ${tile}`;
  const started = performance.now();
  try {
    if (fault && tile >= fault.tile && stage === last) {
      injectFault(fault, tile);
    }
    if (input) {
      engine.inputRows().set(new Int32Array(input));
    }
    const rects = plan.stages[stage].rects;
    const area = rects[4 * tile + 2] * rects[4 * tile + 3];
    const pixels = engine.renderTile(stage, tile, firstRow, rows).slice(0, area);
    return { pixels: pixels.buffer, busyMs: performance.now() - started };
  } catch (e) {
    if (e.crash) {
      throw e;
    }
    throw Object.assign(new Error(`${where}: ${e.message || e}`), { tile: where });
  }
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

/**
 * Test hook, reachable only from a page opened with ?faults=inject: fails on purpose at a tile,
 * either with an error the render reports ('throw') or by dying without a reply ('crash').
 */
function injectFault({ kind }, tile) {
  throw Object.assign(new Error(`injected ${kind} at tile ${tile}`), { crash: kind === 'crash' });
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    let result;
    if (type === 'init') {
      engine = await loadEngine(data.engine);
      result = { engine: data.engine };
    } else if (type === 'prepare') {
      result = prepare(data.request, data.maxWorkers, data.pictures);
    } else if (type === 'render') {
      result = render(data);
    } else if (type === 'hash') {
      result = await hash(data.pixels);
    } else if (type === 'begin') {
      result = begin(data);
    } else if (type === 'tile') {
      result = renderTransferred(data);
      self.postMessage({ id, result }, [result.pixels]);
      return;
    } else {
      throw new Error(`unknown message type "${type}"`);
    }
    self.postMessage({ id, result });
  } catch (e) {
    if (e && e.crash) {
      // Uncaught, so the page sees the worker die (an error event), as after a real crash.
      setTimeout(() => { throw e; });
      return;
    }
    self.postMessage({ id, error: String((e && e.message) || e), tile: e && e.tile });
  }
};
