// The WebAssembly engine alone, without the browser: N worker threads each load target/site's
// module, prepare the request and take tiles from one atomic counter, as the page's workers do
// (without the page's copies into the framebuffer, its painting or its other threads). Prints the
// median wall time of the runs and each worker's busy time in that run. A probe for comparing
// builds of the engine, not part of bin/bench; it needs a Node whose V8 runs WebAssembly GC
// (Node 22 or later).
//
//   node src/test/probes/engine-alone.mjs target/site request.json [workers] [runs]
import fs from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) {
  const [site, requestFile, workers = '1', runs = '5'] = process.argv.slice(2);
  if (!site || !requestFile) {
    console.error('usage: node src/test/probes/engine-alone.mjs SITE REQUEST.json [workers] [runs]');
    process.exit(2);
  }
  const request = fs.readFileSync(requestFile, 'utf8');
  const count = Number(workers);
  const threads = Array.from({ length: count }, (_, w) => new Worker(new URL(import.meta.url),
    { workerData: { site: path.resolve(site), request, worker: w, workers: count } }));
  const next = (thread) => new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  await Promise.all(threads.map(next));
  const measured = [];
  for (let run = 0; run <= Number(runs); run++) {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const started = performance.now();
    threads.forEach((thread) => thread.postMessage(counter));
    const busy = await Promise.all(threads.map(next));
    if (run > 0) {
      measured.push({ ms: performance.now() - started, busy });
    }
  }
  measured.sort((a, b) => a.ms - b.ms);
  const middle = measured[measured.length >> 1];
  console.log(`${path.basename(requestFile)}: ${count} worker(s), median ${middle.ms.toFixed(1)} ms `
    + `(runs ${measured.map((m) => m.ms.toFixed(0)).join(' ')}), busy ${middle.busy.map((b) => b.toFixed(0)).join(' + ')} ms`);
  threads.forEach((thread) => thread.terminate());
} else {
  const { site, request, worker, workers } = workerData;
  const { load } = await import(path.join(site, 'engine/tessera.wasm-runtime.js'));
  let engine;
  try {
    engine = (await load(path.join(site, 'engine/tessera.wasm'), { nodejs: true })).exports;
  } catch (e) {
    throw new Error(`this Node (${process.version}) cannot load the engine; it needs WebAssembly GC, Node 22 or later (${e.message})`);
  }
  const plan = engine.prepare(request, workers, {}, null);
  if (plan.error) {
    throw new Error(plan.error);
  }
  const pass = plan.passes[0];
  // One warm-up over this worker's share, so that the measured runs find the engine compiled.
  for (let tile = worker; tile < pass.tiles; tile += workers) {
    engine.renderTile(pass.index, tile, 0, 1);
  }
  parentPort.postMessage('ready');
  parentPort.on('message', (counter) => {
    const started = performance.now();
    for (let tile = Atomics.add(counter, 0, 1); tile < pass.tiles; tile = Atomics.add(counter, 0, 1)) {
      engine.renderTile(pass.index, tile, 0, 1);
    }
    parentPort.postMessage(performance.now() - started);
  });
}
