import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { Explorer, viewFromFragment, iterationsFor } = await siteModule('page/explorer.js');
const { PlaneView } = await siteModule('page/plane-view.js');

const facts = { zoom: { min: 1e-3, max: 1e15, precisionLimit: 1e13, deepMax: '1e10000' }, center: { x: -0.75, y: 0 } };

/** A canvas stand-in: the explorer only reads its size and listens to it. */
function canvas(width = 800, height = 400) {
  return { width, height, addEventListener() {}, getContext: () => ({ drawImage() {} }) };
}

test('a fragment gives back exactly the view it was made from', () => {
  const view = PlaneView.of({ x: -0.7436438870371587, y: 0.13182590420531198, zoom: 123456.78901234 });
  const back = viewFromFragment(view.fragment(2500, 'fire'));
  assert.equal(back.view.fragment(2500, 'fire'), view.fragment(2500, 'fire'));
  assert.deepEqual([back.iter, back.palette], ['2500', 'fire']);
  assert.deepEqual(back.view.requestFields(1e13), { center: { x: -0.7436438870371587, y: 0.13182590420531198 }, zoom: 123456.78901234 });
});

test('a link 10^1000 deep keeps every digit of the centre and the zoom as an exponent', () => {
  const y = `1.${'0'.repeat(1000)}2257`;
  const view = PlaneView.of({ x: '3.7e-1001', y, zoom: '2.5e1000' });
  const fragment = view.fragment(4000, 'smooth');
  assert.match(fragment, /&zoom=2\.5e1000&/);
  const back = viewFromFragment(fragment).view;
  assert.equal(back.y, y);
  assert.equal(Number(back.x.slice(0, 1008)) === 0, true);
  assert.equal(back.x.replace(/^0\.0*/, ''), '37');
  // Past doubles, the engine gets the centre and zoom as text.
  assert.deepEqual(back.requestFields(1e13), { center: { x: back.x, y }, zoom: '2.5e1000' });
});

test('links from before, with a plain zoom, still open', () => {
  const linked = viewFromFragment('#x=-0.5&y=0.25&zoom=1234.5&iter=3000&palette=seed');
  assert.deepEqual(linked.view.requestFields(1e13), { center: { x: -0.5, y: 0.25 }, zoom: 1234.5 });
});

test('fragments without a whole, finite, positive view are ignored', () => {
  for (const hash of ['', '#x=1&y=2', '#x=a&y=0&zoom=1', '#x=0&y=0&zoom=0', '#x=0&y=0&zoom=-2', '#x=0&y=Infinity&zoom=1']) {
    assert.equal(viewFromFragment(hash), null, hash);
  }
});

test('iterations grow with the logarithm of the zoom and stay bounded', () => {
  assert.equal(iterationsFor(0), 1000);
  assert.equal(iterationsFor(-2), 1000);
  assert.equal(iterationsFor(6), 4000);
  assert.equal(iterationsFor(300), 100000);
});

test('zooming keeps the point under the pointer where it is', () => {
  const changes = [];
  const explorer = new Explorer(canvas(), (view) => changes.push(view), facts);
  const point = { x: 600, y: 100 };
  const before = explorer.planePoint(point);
  explorer.zoomAt(point, 4);
  const after = changes.at(-1);
  assert.equal(after.zoomNumber, 4);
  assert.deepEqual(explorer.planePoint(point), before);
});

test('10^500 deep, a drag of one pixel moves the centre by one pixel, exactly', () => {
  const explorer = new Explorer(canvas(), () => {}, facts);
  explorer.set({ x: '-0.75', y: '0.1', zoom: '1e500' });
  const start = explorer.view;
  explorer.move(start.panned(1, -3, 400));
  const place = start.placeIn(explorer.view, 400);
  assert.deepEqual([place.x, place.y, place.ratio], [-1, 3, 1]);
  // 2 / (10^500 · 400) = 5 · 10^-503 a pixel
  assert.match(explorer.view.x, /^-0\.749{500}5$/);
});

test('the zoom stays within the bounds the engine describes', () => {
  const explorer = new Explorer(canvas(), () => {}, facts);
  explorer.set({ x: '0.25', y: '-0.5', zoom: '1e20000' });
  assert.equal(explorer.view.zoomText, '1e10000');
  assert.deepEqual([explorer.view.x, explorer.view.y], ['0.25', '-0.5'], 'the centre stays where it is');
  explorer.set({ x: 0.25, y: -0.5, zoom: 1e-9 });
  assert.equal(explorer.view.zoomNumber, 1e-3);
  assert.deepEqual([explorer.view.x, explorer.view.y], ['0.25', '-0.5']);
  const julia = new Explorer(canvas(), () => {}, { zoom: { min: 1e-3, max: 1e15 }, center: { x: 0, y: 0 } });
  julia.set({ x: 0, y: 0, zoom: 1e20 });
  assert.equal(julia.view.zoomNumber, 1e15);
});
