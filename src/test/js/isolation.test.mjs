import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { diagnoseIsolation } = await siteModule('runtime/isolation.js');

const right = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
const headers = (values) => new Headers(values);
const page = { framed: false, secure: true };

test('a missing header is named with the value to send', () => {
  const { ['cross-origin-embedder-policy']: _, ...withoutCoep } = right;
  assert.equal(diagnoseIsolation(headers(withoutCoep), page),
    'The server\'s response headers are wrong: "Cross-Origin-Embedder-Policy: require-corp" is missing.');
});

test('a wrong value is quoted beside the right one', () => {
  const message = diagnoseIsolation(headers({ ...right, 'cross-origin-opener-policy': 'unsafe-none' }), page);
  assert.match(message, /"Cross-Origin-Opener-Policy" is "unsafe-none" instead of "same-origin"/);
});

test('both headers wrong are both named', () => {
  const message = diagnoseIsolation(headers({}), page);
  assert.match(message, /Opener-Policy.*missing and .*Embedder-Policy.*missing/);
});

test('credentialless counts, and parameters after a semicolon are ignored', () => {
  const sent = headers({ ...right, 'cross-origin-embedder-policy': 'credentialless; report-to="x"' });
  assert.doesNotMatch(diagnoseIsolation(sent, page), /wrong/);
});

test('right headers in a frame or over plain HTTP say so', () => {
  assert.match(diagnoseIsolation(headers(right), { framed: true, secure: true }), /inside a frame/);
  assert.match(diagnoseIsolation(headers(right), { framed: false, secure: false }), /HTTPS or from localhost/);
  assert.match(diagnoseIsolation(headers(right), page), /yet the browser did not isolate/);
});
