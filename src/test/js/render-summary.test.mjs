import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { elapsed, preparing, outcome } = await siteModule('page/render-summary.js');

test('a time reads in the unit it is best read in, and never goes down as it grows', () => {
  assert.equal(elapsed(0), '0 ms');
  assert.equal(elapsed(795.4), '795 ms');
  assert.equal(elapsed(4249), '4.2 s');
  assert.equal(elapsed(57_400), '57 s');
  assert.equal(elapsed(185_000), '3 min 05 s');
  const seconds = (text) => {
    const [, a, unit, b] = /^([\d.]+) (ms|s|min)(?: (\d+) s)?$/.exec(text);
    return unit === 'ms' ? a / 1000 : unit === 's' ? Number(a) : 60 * a + Number(b);
  };
  let last = 0;
  for (let ms = 0; ms < 4_000_000; ms += 1 + Math.floor(ms / 50)) {
    const shown = seconds(elapsed(ms));
    assert.ok(shown >= last - 1e-9, `${ms} ms reads ${elapsed(ms)}, less than before`);
    assert.ok(Math.abs(shown - ms / 1000) <= Math.max(0.05, 0.006 * ms / 1000) + 0.5, `${ms} ms reads ${elapsed(ms)}`);
    last = shown;
  }
});

test('what preparing reports is said in words, with its counts grouped', () => {
  assert.equal(preparing({ step: 'reference orbit', unit: 'iterations', done: 12300, total: 1000000 }),
    'Preparing the view: reference orbit, 12,300 of 1,000,000 iterations…');
});

const result = (more) => ({
  width: 64, height: 36, tiles: 4, workers: 2, ms: 73, perWorker: [{ busyMs: 70 }, { busyMs: 66 }], counters: {}, ...more,
});

test('a finished render is timed from the call, naming the preparing where it took long', () => {
  const slow = outcome(result({ prepareMs: 57_700, elapsedMs: 57_790 }), null, '');
  assert.match(slow, /^64 × 36, 4 tiles on 2 workers in 58 s \(58 s preparing the view, 73 ms the pixels\); /);
  assert.match(slow, /speedup of 1\.86×/, 'the speedup is the pixels\' own');
  const quick = outcome(result({ prepareMs: 3, elapsedMs: 80 }), null, '');
  assert.match(quick, /^64 × 36, 4 tiles on 2 workers in 80 ms; /);
  assert.match(outcome(result({}), null, ''), / in 73 ms; /, 'a result without the times of the call');
});

test('a picture in which no pixel escaped says to raise the iterations; one that counts no iterations says nothing of them', () => {
  assert.match(outcome(result({ counters: { iterations: 0 } }), null, ''), /; no pixel escaped within the iterations: raise them to see the detail\.$/);
  assert.doesNotMatch(outcome(result({ counters: {} }), null, ''), /iterations/);
  assert.match(outcome(result({ counters: { iterations: 2_500_000 } }), null, ''), /; 2\.5 million iterations, 34\.2 million a second\.$/);
});
