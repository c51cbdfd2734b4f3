// The control block: an Int32Array on a SharedArrayBuffer that the page and the workers of one
// render share. Each function below names a slot.
//   CANCELLED_SLOT          non-zero once no more tiles may be taken (1: cancelled, 2: a worker failed)
//   nextTileSlot(pass)      hands out the pass's tile indices, one Atomics.add at a time
//   doneSlot(pass)          counts the pass's finished tiles; workers wait on it between passes
//   ownerSlot(tile)         per tile of the last pass: 0 until it is in the framebuffer, then its worker + 1
//   currentTileSlot(worker) the last-pass tile in the worker's hands + 1, or 0
export const CANCELLED_SLOT = 0;
export const CANCELLED = 1;
export const FAILED = 2;

export function controlLayout(plan) {
  const passes = plan.passes.length;
  const firstOwner = 1 + 2 * passes;
  return {
    passes,
    nextTileSlot: (pass) => 1 + 2 * pass,
    doneSlot: (pass) => 2 + 2 * pass,
    ownerSlot: (tile) => firstOwner + tile,
    currentTileSlot: (worker) => firstOwner + plan.tiles + worker,
    length: firstOwner + plan.tiles + plan.workers,
  };
}

/** Stops every worker of a render: sets the flag and wakes those waiting at a pass barrier. */
export function stopAll(control, layout, reason) {
  Atomics.store(control, CANCELLED_SLOT, reason);
  for (let pass = 0; pass < layout.passes; pass++) {
    Atomics.notify(control, layout.doneSlot(pass));
  }
}
