// Runs the hand-written JavaScript Mandelbrot baseline on its own pool of plain workers.
import { sha256Hex } from '../runtime/sha256.js';

let workers = [];

function pool(size) {
  while (workers.length < size) {
    workers.push(new Worker(new URL('./baseline/mandelbrot.worker.js', import.meta.url)));
  }
  return workers.slice(0, size);
}

/** Renders the seed Mandelbrot with `workers` workers; resolves to {ms, hash}. */
export async function runJsBaseline({ width = 1920, height = 1080, maxIter = 1000, workers: count = 1, tileSize = 64 } = {}) {
  if (!crossOriginIsolated) {
    throw new Error('the hand-written baseline shares memory between its workers, which needs a cross-origin isolated page');
  }
  const framebuffer = new SharedArrayBuffer(width * height * 4);
  const control = new SharedArrayBuffer(4);
  const started = performance.now();
  await Promise.all(pool(count).map((worker) => new Promise((resolve, reject) => {
    worker.onmessage = resolve;
    worker.onerror = (event) => reject(new Error(`baseline worker failed: ${event.message}`));
    worker.postMessage({ framebuffer, control, width, height, maxIter, tileSize });
  })));
  const ms = performance.now() - started;
  return { ms, hash: await sha256Hex(new Uint8Array(framebuffer).slice()) };
}
