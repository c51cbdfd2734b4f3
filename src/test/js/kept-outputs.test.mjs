import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { KeptOutputs } = await siteModule('runtime/kept-outputs.js');

/** An escape-time plan as Java makes it: one pass that keeps the escape data named `key`, and a reuse pass needing it. */
const escapePlan = (key) => ({
  passes: [{ output: 'frame', side: 'spare', keeps: key }],
  reuse: { input: 'spare', output: 'frame', side: 'none', keeps: null },
  reuseNeeds: key,
});
const buffersOf = () => ({ frame: new ArrayBuffer(8), spare: new ArrayBuffer(8) });

test('the reuse pass makes the picture where the spare holds what it needs, and only there', () => {
  const kept = new KeptOutputs();
  const buffers = buffersOf();
  assert.equal(kept.canReuse(escapePlan('view A'), buffers), false, 'nothing kept yet');
  kept.forget(escapePlan('view A').passes, buffers);
  kept.remember(escapePlan('view A').passes, buffers);
  assert.equal(kept.canReuse(escapePlan('view A'), buffers), true, 'the same view in another palette only recolours');
  assert.equal(kept.canReuse(escapePlan('view B'), buffers), false, 'another view iterates');
  assert.equal(kept.canReuse(escapePlan('view A'), { ...buffers, spare: new ArrayBuffer(8) }), false, 'a new spare holds nothing');
  assert.equal(kept.canReuse({ ...escapePlan('view A'), reuse: null }, buffers), false, 'a plan without a reuse pass');
  kept.remember([escapePlan('view A').reuse], buffers);
  assert.equal(kept.canReuse(escapePlan('view A'), buffers), true, 'recolouring leaves the escape data where it was');
});

test('a render that writes the spare takes away what it held, even before it finishes', () => {
  const kept = new KeptOutputs();
  const buffers = buffersOf();
  kept.remember(escapePlan('view A').passes, buffers);
  const filters = [{ output: 'spare', side: 'none', keeps: null }, { output: 'frame', side: 'none', keeps: null }];
  kept.forget(filters, buffers);
  assert.equal(kept.canReuse(escapePlan('view A'), buffers), false, 'a cancelled filter chain has written over the escape data');
  kept.remember(escapePlan('view A').passes, buffers);
  kept.forget(escapePlan('view B').passes, buffers);
  assert.equal(kept.canReuse(escapePlan('view A'), buffers), false, 'another view, begun and cancelled');
  kept.remember(filters, buffers);
  assert.equal(kept.canReuse(escapePlan('view A'), buffers), false);
});
