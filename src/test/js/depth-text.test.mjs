import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { PlaneView } = await siteModule('page/plane-view.js');
const { depthText } = await siteModule('page/depth-text.js');

test('a depth reads as a number up to a million and as a power of ten past it', () => {
  const at = (zoom) => depthText(PlaneView.of({ x: '0', y: '0', zoom }));
  assert.equal(at('0.8'), 'Zoom 0.8');
  assert.equal(at('123456.78'), 'Zoom 123500');
  assert.equal(at('1e23'), 'Zoom 10²³');
  assert.equal(at('8e23'), 'Zoom 8 × 10²³');
  assert.equal(at('2.4186e1040'), 'Zoom 2.42 × 10¹⁰⁴⁰');
});

test('every zoom from 10⁻³ to 10¹⁰⁰⁰⁰ reads back to its power of ten', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 500; i++) {
    const exponent = Math.floor(-3 + 10003 * next());
    const mantissa = 1 + Math.floor(next() * 900) / 100;
    const text = depthText(PlaneView.of({ x: '0', y: '0', zoom: `${mantissa}e${exponent}` }));
    if (exponent >= 6) {
      const digits = text.replace(/.*10/, '').replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)]);
      assert.equal(Number(digits), exponent, text);
    } else {
      assert.match(text, /^Zoom [\d.e+-]+$/, text);
    }
  }
});
