import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './site.mjs';

const { estimateMs, estimateInWords, explain } = await siteModule('page/benchmark-words.js');
const catalogue = Object.fromEntries(JSON.parse(readFileSync(join(root, 'src/main/webapp/bench/workloads.json'), 'utf8'))
  .map((entry) => [entry.name, entry]));
const quick = Object.values(catalogue).filter((entry) => entry.quick).map((entry) => entry.name);

test('the quick set ticked by default runs in under a minute on two cores, and every workload has its times', () => {
  assert.ok(quick.length >= 3, `quick: ${quick}`);
  const ms = estimateMs(catalogue, { workloads: quick, engines: ['wasm'], maxWorkers: 2, warmup: 1, repetitions: 3 });
  assert.ok(ms < 60_000, `${ms} ms`);
  for (const entry of Object.values(catalogue)) {
    assert.ok(entry.typicalMs?.wasm > 0 && entry.typicalMs?.js > 0, `${entry.name} has no typical times`);
  }
  const all = estimateMs(catalogue, { workloads: Object.keys(catalogue), engines: ['wasm', 'js'], maxWorkers: 2, warmup: 1, repetitions: 5 });
  assert.ok(all > 5 * ms, 'everything takes far longer');
});

test('the estimate grows with each thing ticked, and is said in words', () => {
  const base = { workloads: quick, engines: ['wasm'], maxWorkers: 2, warmup: 1, repetitions: 3 };
  const at = (more) => estimateMs(catalogue, { ...base, ...more });
  assert.ok(at({ engines: ['wasm', 'js'] }) > at({}));
  assert.ok(at({ repetitions: 5 }) > at({}));
  assert.ok(at({ maxWorkers: 4 }) > at({}));
  assert.ok(at({ workloads: Object.keys(catalogue) }) > at({}));
  assert.equal(estimateMs({ x: {} }, { ...base, workloads: ['x'] }), null);
  assert.match(estimateInWords(catalogue, base), new RegExp(`^About \\d+ s: ${quick.length} workloads on WebAssembly, 1 to 2 workers, 4 renders each \\(1 warm-up, 3 measured\\)\\.$`));
  assert.match(estimateInWords(catalogue, { ...base, workloads: Object.keys(catalogue), engines: ['wasm', 'js'], repetitions: 5 }), /^About \d+ min: /);
  assert.equal(estimateInWords(catalogue, { ...base, engines: [] }), 'Tick at least one engine.');
  assert.equal(estimateInWords(catalogue, { ...base, workloads: [] }), 'Tick at least one workload.');
});

const result = (workload, engine, workers, median, oneWorker = median) => ({
  workload, engine, workers, median, speedup: oneWorker / median, efficiency: oneWorker / median / workers,
});

test('the results are explained: what scaled, why the others did not, and WebAssembly against JavaScript', () => {
  const report = {
    results: [
      result('mandelbrot', 'wasm', 1, 800), result('mandelbrot', 'wasm', 2, 420, 800),
      result('pipeline-4k', 'wasm', 1, 220), result('pipeline-4k', 'wasm', 2, 160, 220),
      result('mandelbrot', 'js', 1, 900), result('pipeline-4k', 'js', 1, 1900),
    ],
  };
  const sentences = explain(report, catalogue);
  assert.match(sentences[0], /^On 2 workers \(WebAssembly\), near the ideal 2×: Mandelbrot, naive loop 1\.90×\.$/);
  assert.match(sentences[1], new RegExp(`^Pipeline 4K reached 1\\.38× on 2 workers: ${catalogue['pipeline-4k'].scaling}`));
  assert.match(sentences[2], /^WebAssembly was 3\.12× as fast as JavaScript \(the median of 2 workloads, from 1\.13× on Mandelbrot, naive loop to 8\.64× on Pipeline 4K\): /);
  assert.deepEqual(explain({ results: [result('mandelbrot', 'wasm', 1, 800)] }, catalogue), [], 'one worker, one engine: nothing to compare');
});
