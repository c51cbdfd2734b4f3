import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { startTessera } = await siteModule('runtime/tessera.js');

// Node has no Web Workers, so this runtime's pool never starts: what is tested is what happens before.
const support = { canRun: false, problems: ['no workers here'], notes: [], wasmGc: true, isolated: false, cores: 2 };

test('a runtime that cannot run says why in ready, and so does a render', async () => {
  const tessera = startTessera({ support });
  await assert.rejects(tessera.ready, /no workers here/);
  await assert.rejects(tessera.render({ workload: 'x' }), /no workers here/);
});

test('an unknown engine is refused without replacing the pool that runs', async () => {
  const tessera = startTessera({ support });
  const before = tessera.ready;
  before.catch(() => {});
  await assert.rejects(tessera.useEngine('bogus'), /unknown engine "bogus"/);
  assert.equal(tessera.ready, before);
});

test('an aborted signal cancels a render before it starts', async () => {
  const tessera = startTessera({ support });
  tessera.ready.catch(() => {});
  await assert.rejects(tessera.render({ workload: 'x' }, { signal: AbortSignal.abort() }), { name: 'AbortError' });
});

test('a pool size that is not a whole number of at least 1 is refused', async () => {
  await assert.rejects(startTessera({ support: { ...support, canRun: true }, workers: 0 }).ready, /workers must be a whole number/);
});

test('an unknown first engine leaves a runtime that says so, in ready and in every render', async () => {
  const tessera = startTessera({ support: { ...support, canRun: true }, engine: 'bogus' });
  await assert.rejects(tessera.ready, /unknown engine "bogus"/);
  await assert.rejects(tessera.render({ workload: 'x' }), /unknown engine "bogus"/);
});
