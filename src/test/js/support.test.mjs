import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { detectSupport, defaultEngine, checkEngine, renderMode } = await siteModule('runtime/support.js');

const browser = (overrides = {}) => ({
  Worker: function Worker() {}, WebAssembly: { validate: () => true }, crossOriginIsolated: true,
  SharedArrayBuffer, navigator: { hardwareConcurrency: 8 }, ...overrides,
});

test('a current isolated browser can run everything', () => {
  const support = detectSupport(browser());
  assert.deepEqual([support.canRun, support.wasmGc, support.isolated, support.cores], [true, true, true, 8]);
  assert.deepEqual(support.notes, []);
  assert.equal(defaultEngine(support), 'wasm');
});

test('WebAssembly without GC falls back to the JavaScript engine, with a note saying why', () => {
  const support = detectSupport(browser({ WebAssembly: { validate: () => false } }));
  assert.equal(support.canRun, true);
  assert.equal(defaultEngine(support), 'js');
  assert.match(support.notes[0], /no garbage-collection support/);
  assert.throws(() => checkEngine('wasm', support), /cannot run here/);
});

test('no WebAssembly at all is said so', () => {
  const support = detectSupport(browser({ WebAssembly: undefined }));
  assert.match(support.notes[0], /has no WebAssembly/);
});

test('no workers is a problem that stops it', () => {
  const support = detectSupport(browser({ Worker: undefined }));
  assert.equal(support.canRun, false);
  assert.match(support.problems[0], /no Web Workers/);
});

test('isolation needs both the flag and SharedArrayBuffer', () => {
  assert.equal(detectSupport(browser({ crossOriginIsolated: false })).isolated, false);
  assert.equal(detectSupport(browser({ SharedArrayBuffer: undefined })).isolated, false);
});

test('a browser that reports no cores still gets one worker', () => {
  assert.equal(detectSupport(browser({ navigator: {} })).cores, 1);
});

test('unknown engines are refused by name', () => {
  assert.throws(() => checkEngine('native', detectSupport(browser())), /unknown engine "native"/);
  assert.equal(checkEngine('js', detectSupport(browser())), 'js');
});

test('the mode follows isolation unless one is asked for', () => {
  assert.equal(renderMode({ isolated: true }), 'shared');
  assert.equal(renderMode({ isolated: false }), 'transfer');
  assert.equal(renderMode({ isolated: true }, 'transfer'), 'transfer');
  assert.throws(() => renderMode({ isolated: false }, 'shared'), /needs a cross-origin isolated page/);
  assert.throws(() => renderMode({ isolated: true }, 'fast'), /unknown mode "fast"/);
});
