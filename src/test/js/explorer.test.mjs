import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { Explorer, fragmentFor, viewFromFragment, iterationsFor } = await siteModule('page/explorer.js');

const facts = { zoom: { min: 1e-3, max: 1e15, precisionLimit: 1e13 }, center: { x: -0.75, y: 0 } };

/** A canvas stand-in: the explorer only reads its size and listens to it. */
function canvas(width = 800, height = 400) {
  return { width, height, addEventListener() {}, getContext: () => ({ drawImage() {} }) };
}

test('a fragment gives back exactly the view it was made from', () => {
  const view = { x: -0.7436438870371587, y: 0.13182590420531198, zoom: 123456.78901234 };
  const back = viewFromFragment(fragmentFor(view, 2500, 'fire'));
  assert.deepEqual(back, { view, iter: '2500', palette: 'fire' });
});

test('fragments without a whole, finite, positive view are ignored', () => {
  for (const hash of ['', '#x=1&y=2', '#x=a&y=0&zoom=1', '#x=0&y=0&zoom=0', '#x=0&y=0&zoom=-2', '#x=0&y=Infinity&zoom=1']) {
    assert.equal(viewFromFragment(hash), null, hash);
  }
});

test('iterations grow with the logarithm of the zoom and stay bounded', () => {
  assert.equal(iterationsFor(1), 1000);
  assert.equal(iterationsFor(0.01), 1000);
  assert.equal(iterationsFor(1e6), 4000);
  assert.equal(iterationsFor(1e300), 100000);
});

test('zooming keeps the point under the pointer where it is', () => {
  const changes = [];
  const explorer = new Explorer(canvas(), (view) => changes.push(view), facts);
  const before = explorer.current();
  const point = { x: 600, y: 100 };
  const planeX = (view) => view.x + (point.x - 400) * explorer.scale(view);
  const planeY = (view) => view.y + (point.y - 200) * explorer.scale(view);
  explorer.zoomAt(point, 4);
  const after = changes.at(-1);
  assert.equal(after.zoom, 4);
  assert.ok(Math.abs(planeX(after) - planeX(before)) < 1e-12);
  assert.ok(Math.abs(planeY(after) - planeY(before)) < 1e-12);
});

test('the zoom stays within the bounds the engine describes', () => {
  const explorer = new Explorer(canvas(), () => {}, facts);
  explorer.set({ x: 0, y: 0, zoom: 1e20 });
  assert.equal(explorer.view.zoom, 1e15);
  explorer.set({ x: 0, y: 0, zoom: 1e-9 });
  assert.equal(explorer.view.zoom, 1e-3);
});

