import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { CANCELLED_SLOT, CANCELLED, controlLayout, stopAll } = await siteModule('runtime/control.js');

const plan = { passes: [{ tiles: 4 }, { tiles: 6 }], tiles: 6, workers: 3 };

test('every slot of the control block is distinct and inside it', () => {
  const layout = controlLayout(plan);
  const slots = [CANCELLED_SLOT];
  for (let p = 0; p < 2; p++) {
    slots.push(layout.nextTileSlot(p), layout.doneSlot(p));
  }
  for (let t = 0; t < plan.tiles; t++) {
    slots.push(layout.ownerSlot(t));
  }
  for (let w = 0; w < plan.workers; w++) {
    slots.push(layout.currentTileSlot(w));
  }
  assert.equal(new Set(slots).size, slots.length);
  assert.equal(Math.max(...slots), layout.length - 1);
  assert.equal(Math.min(...slots), 0);
});

test('stopAll sets the flag for every worker to see', () => {
  const layout = controlLayout(plan);
  const control = new Int32Array(new SharedArrayBuffer(4 * layout.length));
  stopAll(control, layout, CANCELLED);
  assert.equal(Atomics.load(control, CANCELLED_SLOT), CANCELLED);
});
