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

test('fragments without a view are ignored; one whose view is not a finite, positive one is refused, naming the part', () => {
  for (const hash of ['', '#x=1&y=2', '#iter=5']) {
    assert.equal(viewFromFragment(hash), null, hash);
  }
  for (const [hash, part] of [['#x=a&y=0&zoom=1', 'x'], ['#x=0&y=0&zoom=0', 'zoom'], ['#x=0&y=0&zoom=-2', 'zoom'], ['#x=0&y=Infinity&zoom=1', 'y']]) {
    assert.match(viewFromFragment(hash).problem, new RegExp(`^The link's ${part} must be`), hash);
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

test('a link with an absurd exponent is read at once: a coordinate too small to matter is 0, anything else is refused by name', () => {
  const started = performance.now();
  const tiny = viewFromFragment('#x=1e-320000000&y=0&zoom=1');
  assert.equal(tiny.view.x, '0');
  assert.equal(viewFromFragment('#x=1e-999999999&y=2.5e-99999999999999999999&zoom=1e30').view.y, '0');
  assert.equal(viewFromFragment('#x=0e999999999&y=0&zoom=1').view.x, '0');
  assert.deepEqual(viewFromFragment('#x=1e99999999&y=0&zoom=1'), { problem: 'The link\'s x must be from -1000000 to 1000000, got "1e99999999".' });
  assert.deepEqual(viewFromFragment('#x=0&y=abc&zoom=1'), { problem: 'The link\'s y must be a decimal number such as -0.75, got "abc".' });
  assert.deepEqual(viewFromFragment('#x=0&y=0&zoom=1e999999999'),
    { problem: 'The link\'s zoom must be from 1e-100000 to 1e100000 (far past any view), got "1e999999999".' });
  assert.deepEqual(viewFromFragment('#x=0&y=0&zoom=-5'), { problem: 'The link\'s zoom must be a positive number such as 1e30, got "-5".' });
  // A hang detector, not a timing: the BigInt power of 10^320000000 took half a minute.
  assert.ok(performance.now() - started < 5000);
});

test('a coordinate just above the smallest a view resolves is kept, one just below is 0, at every depth (generated)', () => {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let trial = 0; trial < 200; trial++) {
    const exponent = Math.floor(random() * 3000);
    const view = PlaneView.of({ x: '0', y: '0', zoom: `1e${exponent}` });
    const decimals = view.digits();
    // A coordinate of one unit in the last decimal written survives a round trip; one a thousand times smaller is 0.
    assert.equal(PlaneView.of({ x: `1e-${decimals}`, y: '0', zoom: `1e${exponent}` }).x, `0.${'0'.repeat(decimals - 1)}1`);
    assert.equal(PlaneView.of({ x: `1e-${decimals + 3 + Math.floor(random() * 1e6)}`, y: '0', zoom: `1e${exponent}` }).x, '0');
  }
});

test('a link names its formula and power, or none', () => {
  const linked = viewFromFragment('#x=-1.775&y=-0.035&zoom=9&iter=1500&palette=smooth&formula=burning-ship');
  assert.equal(linked.formula, 'burning-ship');
  assert.equal(linked.power, null);
  assert.equal(viewFromFragment('#x=0&y=0&zoom=1&formula=multibrot&power=5').power, '5');
  const classic = viewFromFragment('#x=0&y=0&zoom=1&iter=100');
  assert.equal('formula' in classic && classic.formula, null);
});
