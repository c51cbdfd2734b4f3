import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { requestText, RequestError, RenderCancelled, MAX_REQUEST_CHARACTERS } = await siteModule('runtime/request.js');

test('an object becomes JSON text', () => {
  assert.equal(requestText({ workload: 'x', width: 2 }), '{"workload":"x","width":2}');
});

test('text passes through unchanged, even when it is not JSON: Java names what is wrong', () => {
  assert.equal(requestText('{"a": '), '{"a": ');
});

test('NaN and Infinity are spelt out instead of silently becoming null', () => {
  const text = requestText({ params: { maxIter: NaN, zoom: Infinity, x: -Infinity } });
  assert.deepEqual(JSON.parse(text).params, { maxIter: 'NaN', zoom: 'Infinity', x: '-Infinity' });
});

test('what is not an object is refused, naming what it is', () => {
  for (const [value, words] of [[null, 'null'], [[1], 'an array'], [42, 'number'], [undefined, 'undefined']]) {
    assert.throws(() => requestText(value), (e) => e instanceof RequestError && e.field === 'request' && e.message.endsWith(`got ${words}`));
  }
});

test('text over the reader\'s limit is refused before it reaches a worker', () => {
  const long = ' '.repeat(MAX_REQUEST_CHARACTERS + 1);
  assert.throws(() => requestText(long), (e) => e.field === 'request' && e.message.includes('characters long'));
});

test('a refusal keeps where the problem is', () => {
  const e = new RequestError({ error: 'params.maxIter: too big', field: 'params.maxIter', line: 3, column: 9 });
  assert.equal(e.name, 'RequestError');
  assert.deepEqual([e.message, e.field, e.line, e.column], ['params.maxIter: too big', 'params.maxIter', 3, 9]);
});

test('a cancelled render is an AbortError', () => {
  assert.equal(new RenderCancelled().name, 'AbortError');
});
