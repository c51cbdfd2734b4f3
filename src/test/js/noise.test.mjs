import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { NoiseEstimate } = await siteModule('runtime/noise.js');

/** A deterministic stream of uniform numbers in [0, 1). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Pixels whose samples are uniform in [mid − 100, mid + 100] (spread σ = 100/√3 levels), shown as
 * running means in RGBA bytes after each batch of `ends`; returns what the estimate says after each.
 */
function converge(ends, pixels = 40_000) {
  const next = random(12);
  const sums = new Float64Array(3 * pixels);
  const noise = new NoiseEstimate();
  const estimates = [];
  let done = 0;
  for (const end of ends) {
    for (let i = 0; i < sums.length; i++) {
      for (let s = done; s < end; s++) {
        sums[i] += 128 + 200 * (next() - 0.5);
      }
    }
    done = end;
    const rgba = new Uint8Array(4 * pixels);
    for (let p = 0; p < pixels; p++) {
      for (let c = 0; c < 3; c++) {
        rgba[4 * p + c] = Math.round(sums[3 * p + c] / done);
      }
      rgba[4 * p + 3] = 255;
    }
    estimates.push(noise.add(rgba, done));
  }
  return estimates;
}

test('the estimate follows the standard error of the mean, σ/√n, batch after batch', () => {
  const ends = [1, 2, 4, 8, 16, 32];
  const estimates = converge(ends);
  assert.equal(estimates[0], null, 'one batch has nothing to compare with');
  const sigma = 100 / Math.sqrt(3) / 255;
  for (let k = 1; k < ends.length; k++) {
    const expected = sigma / Math.sqrt(ends[k]);
    assert.ok(Math.abs(estimates[k] - expected) < 0.15 * expected, `after ${ends[k]} samples: ${estimates[k]} against ${expected}`);
  }
});

test('a picture that no longer changes has no noise left, and a large frame is sampled, not read whole', () => {
  const noise = new NoiseEstimate();
  const frame = new Uint8Array(4 * 4_000_000).fill(90);
  assert.equal(noise.add(frame, 4), null);
  assert.equal(noise.add(frame, 8), 0);
});
