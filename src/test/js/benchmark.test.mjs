import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { resultsAsCsv } = await siteModule('page/benchmark.js');
const { stepFor } = await siteModule('page/chain-editor.js');

test('benchmark results become one CSV row each, under a header', () => {
  const csv = resultsAsCsv({ results: [
    { workload: 'mandelbrot', engine: 'wasm', workers: 2, median: 401.25, min: 399, max: 420.5, speedup: 1.9876, efficiency: 0.9938, longTasks: 0, runs: [401.25, 399, 420.5] },
    { workload: 'pipeline-4k', engine: 'js', workers: 1, median: 10, min: 10, max: 10, speedup: 1, efficiency: 1, longTasks: null, runs: [10] },
  ] });
  assert.equal(csv, 'workload,engine,workers,median_ms,min_ms,max_ms,speedup,efficiency,long_tasks,runs_ms\n'
    + 'mandelbrot,wasm,2,401.3,399.0,420.5,1.988,0.994,0,401.3 399.0 420.5\n'
    + 'pipeline-4k,js,1,10.0,10.0,10.0,1.000,1.000,,10.0\n');
});

test('filter parameters step by whole numbers where Java reads integers', () => {
  assert.equal(stepFor({ min: 0, max: 100, integer: true }), 1);
  assert.equal(stepFor({ min: 0, max: 10, integer: false }), 0.05);
});
