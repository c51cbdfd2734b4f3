import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { readKfr, writeKfr } = await siteModule('page/kfr.js');
const { PlaneView, parseDecimal } = await siteModule('page/plane-view.js');

/** The value of decimal text as an exact fraction's numerator and power of ten, for comparing texts written differently. */
const same = (a, b) => {
  const [p, q] = [parseDecimal(a), parseDecimal(b)];
  const shift = p.exponent - q.exponent;
  return shift >= 0 ? p.digits * 10n ** BigInt(shift) === q.digits : q.digits * 10n ** BigInt(-shift) === p.digits;
};

test('a location as Kalles Fraktaler writes it, with its other settings, is read with the zoom halved', () => {
  const text = 'Re: -1.7490930646633838735945779\r\nIm: 0.00000000000000000000000000000345\r\nZoom: 2.5E30\r\n'
    + 'Iterations: 12000\r\nIterDiv: 0.010000\r\nColorMethod: 7\r\nColors: 255,255,255,128,0,64,\r\nRe: 5\r\n';
  const location = readKfr(text);
  assert.equal(location.x, '-1.7490930646633838735945779');
  assert.equal(location.y, '0.00000000000000000000000000000345');
  assert.ok(same(location.zoom, '1.25e30'), location.zoom);
  assert.equal(location.iter, 12000);
  assert.equal(PlaneView.problem(location), null, 'a view Tessera takes');
});

test('locations written and read back are the same to the last digit, at every depth (seeded sweep)', () => {
  let seed = 26;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const digits = (n) => Array.from({ length: n }, () => next(10)).join('');
  for (let trial = 0; trial < 300; trial++) {
    const exponent = next(10001);
    const zoom = `${1 + next(9)}.${digits(1 + next(20))}e${exponent}`;
    const view = PlaneView.of({ x: `-${next(2)}.${digits(5 + next(60))}`, y: `0.${digits(5 + next(60))}`, zoom });
    const location = { x: view.x, y: view.y, zoom: view.zoomText, iter: 1 + next(10_000_000) };
    const back = readKfr(writeKfr(location));
    assert.equal(back.x, location.x);
    assert.equal(back.y, location.y);
    assert.equal(back.iter, location.iter);
    assert.ok(same(back.zoom, location.zoom), `${location.zoom} came back as ${back.zoom}`);
    assert.equal(PlaneView.of(back).fragment(back.iter, 'smooth'), view.fragment(location.iter, 'smooth'), 'the same view');
    assert.match(writeKfr(location), /^Re: .*\r\nIm: .*\r\nZoom: \d(\.\d+)?E\d+\r\nIterations: \d+\r\nFractalType: 0\r\nPower: 2\r\n$/);
  }
});

test('a file that is no location, or holds a wrong value, is refused in words naming the line', () => {
  assert.throws(() => readKfr('hello'), /no Kalles Fraktaler location \(\.kfr\): it has no Re, Im, Zoom lines/);
  assert.throws(() => readKfr('Re: 0\nIm: 0\n'), /it has no Zoom line\./);
  assert.throws(() => readKfr('Re: zero\nIm: 0\nZoom: 1'), /Re must be a decimal number such as -0\.75, got "zero"/);
  assert.throws(() => readKfr('Re: 0\nIm: 0\nZoom: -4'), /Zoom must be a positive number such as 1E30, got "-4"/);
  assert.throws(() => readKfr('Re: 0\nIm: 0\nZoom: 1\nIterations: 1.5'), /Iterations must be a whole number above 0, got "1\.5"/);
  assert.equal(readKfr('Re: 0\nIm: 0\nZoom: 1').iter, null, 'no iterations: the page chooses');
});

test('a location names its formula as Kalles Fraktaler numbers them, and one Tessera does not draw is refused in words', () => {
  const location = readKfr('Re: -1.77\r\nIm: -0.03\r\nZoom: 20\r\nFractalType: 1\r\nPower: 2\r\n');
  assert.equal(location.formula, 'burning-ship');
  assert.equal(location.power, 2);
  assert.deepEqual({ ...readKfr('Re: 0\nIm: 0\nZoom: 1') }.formula, 'multibrot', 'no FractalType: the Mandelbrot set');
  for (const [formula, power] of [['multibrot', 5], ['tricorn', 2], ['celtic', 2], ['buffalo', 2], ['perpendicular-burning-ship', 2]]) {
    const back = readKfr(writeKfr({ x: '0.1', y: '-0.2', zoom: '1e10', iter: 500, formula, power }));
    assert.deepEqual([back.formula, back.power], [formula, power]);
  }
  assert.throws(() => readKfr('Re: 0\nIm: 0\nZoom: 1\nFractalType: 1\nPower: 3'), /formula 1 at power 3, which Tessera does not draw/);
  assert.throws(() => readKfr('Re: 0\nIm: 0\nZoom: 1\nFractalType: 55'), /formula 55 at power 2, which Tessera does not draw/);
  assert.throws(() => readKfr('Re: 0\nIm: 0\nZoom: 1\nPower: 9'), /formula 0 at power 9/);
});
