import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const request = await siteModule('runtime/request.js');
const { requestText, RequestError, RenderCancelled } = request;

const LIMIT = 1000;

test('an object becomes JSON text', () => {
  assert.equal(requestText({ workload: 'x', width: 2 }, LIMIT), '{"workload":"x","width":2}');
});

test('text passes through unchanged, even when it is not JSON: Java names what is wrong', () => {
  assert.equal(requestText('{"a": ', LIMIT), '{"a": ');
});

test('NaN and Infinity are spelt out instead of silently becoming null', () => {
  const text = requestText({ params: { maxIter: NaN, zoom: Infinity, x: -Infinity } }, LIMIT);
  assert.deepEqual(JSON.parse(text).params, { maxIter: 'NaN', zoom: 'Infinity', x: '-Infinity' });
});

test('what is not an object is refused, naming what it is', () => {
  for (const [value, words] of [[null, 'null'], [[1], 'an array'], [42, 'number'], [undefined, 'undefined']]) {
    assert.throws(() => requestText(value, LIMIT), (e) => e instanceof RequestError && e.field === 'request' && e.message.endsWith(`got ${words}`));
  }
});

test('text over the engine\'s limit is refused before it reaches a worker; text at the limit is not', () => {
  assert.throws(() => requestText(' '.repeat(LIMIT + 1), LIMIT),
    (e) => e.field === 'request' && e.message === `request: ${LIMIT + 1} characters long; the limit is ${LIMIT}`);
  assert.equal(requestText(' '.repeat(LIMIT), LIMIT).length, LIMIT);
});

test('a refusal keeps where the problem is', () => {
  const e = new RequestError({ error: 'params.maxIter: too big', field: 'params.maxIter', line: 3, column: 9 });
  assert.equal(e.name, 'RequestError');
  assert.deepEqual([e.message, e.field, e.line, e.column], ['params.maxIter: too big', 'params.maxIter', 3, 9]);
});

test('a cancelled render is an AbortError', () => {
  assert.equal(new RenderCancelled().name, 'AbortError');
});

test('what JSON cannot carry is refused by its path, not dropped or thrown as a TypeError', () => {
  const cases = [
    [{ params: { maxIter: undefined } }, 'params.maxIter', 'undefined'],
    [{ params: { ops: [{ op: 'blur' }, () => 1] } }, 'params.ops[1]', 'a function'],
    [{ width: 10n }, 'width', 'a BigInt'],
    [{ params: { palette: Symbol('seed') } }, 'params.palette', 'a symbol'],
  ];
  for (const [request, field, what] of cases) {
    assert.throws(() => requestText(request, LIMIT),
      (e) => e instanceof RequestError && e.field === field && e.message === `${field}: is ${what}, which a request cannot hold`, field);
  }
});

test('a request that contains itself is refused by the place it loops', () => {
  const request = { params: { scene: { elements: [] } } };
  request.params.scene.elements.push({ parent: request.params.scene });
  assert.throws(() => requestText(request, LIMIT),
    (e) => e instanceof RequestError && e.field === 'params.scene.elements[0].parent' && /refers back to params.scene itself/.test(e.message));
});

test('one object used in two places is no loop', () => {
  const material = { coloration: { Color: { red: 1, green: 0, blue: 0 } }, albedo: 0.2, surface: 'Diffuse' };
  const text = requestText({ params: { a: { material }, b: { material } } }, LIMIT);
  assert.deepEqual(JSON.parse(text).params.b.material, material);
});

test('options a call does not take, or of the wrong kind, are refused by name', () => {
  const { checkOptions } = request;
  const allowed = { signal: 'signal', onProgress: 'function', reuse: 'boolean' };
  checkOptions({ signal: AbortSignal.abort(), onProgress: () => {}, reuse: false, }, allowed, 'render');
  checkOptions({ signal: null, onProgress: undefined }, allowed, 'render');
  assert.throws(() => checkOptions({ onBatchh: () => {} }, allowed, 'render'),
    /render: unknown option "onBatchh"; the options are signal, onProgress, reuse/);
  assert.throws(() => checkOptions({ signal: 'stop' }, allowed, 'render'), /render: the option signal must be an AbortSignal, got string/);
  assert.throws(() => checkOptions({ onProgress: 1 }, allowed, 'find'), /find: the option onProgress must be a function, got number/);
  assert.throws(() => checkOptions(null, allowed, 'render'), /render: the options must be an object, got null/);
  assert.throws(() => checkOptions(JSON.parse('{"__proto__": 1}'), allowed, 'render'), /unknown option "__proto__"/);
});
