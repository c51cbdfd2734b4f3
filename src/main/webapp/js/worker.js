// One pool worker: loads the compiled Java once, then renders tiles taken from the shared counter.
import { NEXT_TILE, TILES_DONE, CANCELLED, TILE_OWNER } from './control.js';

let engine = null;

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

function render({ request, maxWorkers, pictures, framebuffer, control, worker }) {
  const plan = engine.prepare(request, maxWorkers, pictures);
  if (plan.error) {
    throw new Error(plan.error);
  }
  const { width, tiles, rects } = plan;
  const frame = new Int32Array(framebuffer);
  const ctl = new Int32Array(control);
  let rendered = 0;
  let busyMs = 0;
  let tile = -1;
  try {
    while (Atomics.load(ctl, CANCELLED) === 0) {
      tile = Atomics.add(ctl, NEXT_TILE, 1);
      if (tile >= tiles) {
        break;
      }
      const started = performance.now();
      const pixels = engine.renderTile(tile);
      const x = rects[4 * tile], y = rects[4 * tile + 1], w = rects[4 * tile + 2], h = rects[4 * tile + 3];
      for (let row = 0; row < h; row++) {
        frame.set(pixels.subarray(row * w, row * w + w), (y + row) * width + x);
      }
      // The atomic store publishes the rows written above to whoever reads this slot atomically.
      Atomics.store(ctl, TILE_OWNER + tile, worker + 1);
      Atomics.add(ctl, TILES_DONE, 1);
      busyMs += performance.now() - started;
      rendered++;
    }
  } catch (e) {
    throw Object.assign(new Error(`tile ${tile}: ${e.message || e}`), { tile });
  }
  return { tiles: rendered, busyMs };
}

self.onmessage = async ({ data }) => {
  const { id, type } = data;
  try {
    let result;
    if (type === 'init') {
      engine = await loadEngine(data.engine);
      result = { engine: data.engine };
    } else if (type === 'prepare') {
      result = engine.prepare(data.request, data.maxWorkers, data.pictures);
    } else if (type === 'render') {
      result = render(data);
    } else {
      throw new Error(`unknown message type "${type}"`);
    }
    self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: String((e && e.message) || e), tile: e && e.tile });
  }
};
