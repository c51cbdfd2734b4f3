// The designed gradient's pure side: presets the engine takes, link text that round-trips and never
// throws, and colours at and between stops, round the cycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { PRESETS, preset, gradientProblem, colorAt, gradientToText, gradientFromText, MAX_STOPS } = await siteModule('page/gradient.js');

/** A seeded generator (mulberry32), so that a failure is seen again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomGradient(next) {
  const n = 1 + Math.floor(next() * 8);
  const places = new Set();
  while (places.size < n) {
    places.add(Math.round(next() * 1000) / 1000);
  }
  const stops = [...places].sort((a, b) => a - b).map((at) => ({
    at, color: `#${Math.floor(next() * 0x1000000).toString(16).padStart(6, '0')}`,
  }));
  return { stops, density: Math.round(next() * 100000) / 100 + 0.01, offset: Math.round(next() * 100) / 100 };
}

test('every preset is a gradient the engine takes', () => {
  for (const name of Object.keys(PRESETS)) {
    assert.equal(gradientProblem(preset(name)), null, name);
  }
});

test('a gradient survives its link text, on random gradients', () => {
  const next = random(28);
  for (let i = 0; i < 2000; i++) {
    const gradient = randomGradient(next);
    assert.deepEqual(gradientFromText(gradientToText(gradient)), gradient);
  }
});

test('link text that names no valid gradient is null, never an exception', () => {
  const next = random(29);
  const alphabet = '0123456789.:;,#abcdefxyz-e';
  const samples = ['', ';', ':', '0:', '0:zzzzzz;48;0', '0.5:000000,0.5:ffffff;48;0', '0.6:000000,0.2:ffffff', '0:000000;0;0',
    '0:000000;48;2', '2:000000', '0:000000;48;0;1', '0:00000g'];
  for (let i = 0; i < 3000; i++) {
    samples.push(Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
  }
  for (const text of samples) {
    const gradient = gradientFromText(text);
    assert.ok(gradient === null || gradientProblem(gradient) === null, text);
  }
  for (const text of samples.slice(0, 12)) {
    assert.equal(gradientFromText(text), null, text);
  }
  assert.deepEqual(gradientFromText('0.25:FFAA00'), { stops: [{ at: 0.25, color: '#FFAA00' }], density: 48, offset: 0 });
});

test('problems are said in words: order, range, colour, count', () => {
  assert.match(gradientProblem({ stops: [] }), /1 to 64 stops/);
  assert.match(gradientProblem({ stops: [{ at: 0.5, color: '#000000' }, { at: 0.4, color: '#000000' }] }), /rising order/);
  assert.match(gradientProblem({ stops: [{ at: 1.5, color: '#000000' }] }), /from 0 to 1/);
  assert.match(gradientProblem({ stops: [{ at: 0, color: 'red' }] }), /#rrggbb/);
  assert.match(gradientProblem({ stops: [{ at: 0, color: '#000000' }], density: 0 }), /density/);
  assert.match(gradientProblem({ stops: [{ at: 0, color: '#000000' }], offset: -1 }), /offset/);
  assert.match(gradientProblem(null), /object/);
  const many = Array.from({ length: MAX_STOPS + 1 }, (_, i) => ({ at: i / 100, color: '#000000' }));
  assert.match(gradientProblem({ stops: many }), /not 65/);
});

test('a stop has its own colour, between stops each channel lies between theirs, round the cycle', () => {
  const next = random(30);
  for (let i = 0; i < 1000; i++) {
    const { stops } = randomGradient(next);
    for (const stop of stops) {
      assert.equal(colorAt(stops, stop.at).toLowerCase(), stop.color.toLowerCase());
    }
    const p = next();
    const color = colorAt(stops, p);
    const after = stops.find((s) => s.at >= p) ?? stops[0];
    const before = [...stops].reverse().find((s) => s.at <= p) ?? stops[stops.length - 1];
    for (const k of [1, 3, 5]) {
      const c = parseInt(color.slice(k, k + 2), 16);
      const a = parseInt(before.color.slice(k, k + 2), 16);
      const b = parseInt(after.color.slice(k, k + 2), 16);
      assert.ok(c >= Math.min(a, b) && c <= Math.max(a, b), `${color} between ${before.color} and ${after.color}`);
    }
    // One turn on, the same colour.
    assert.equal(colorAt(stops, p + 1), color);
  }
});
