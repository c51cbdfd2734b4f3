// Layout of the Int32Array on the control SharedArrayBuffer that the page and the workers of one
// render share. Per stage: a counter that hands out tile indices and a count of tiles finished.
// Per tile of the last stage (the one shown): 0 until it is in the framebuffer, then its worker + 1.
// Per worker: the last-stage tile in its hands + 1, or 0.
export const CANCELLED = 0; // non-zero: take no more tiles (1: cancelled, 2: a worker failed)

export function controlLayout(plan) {
  const stages = plan.stages.length;
  const owners = 1 + 2 * stages;
  return {
    stages,
    next: (stage) => 1 + 2 * stage,
    done: (stage) => 2 + 2 * stage,
    owner: (tile) => owners + tile,
    current: (worker) => owners + plan.tiles + worker,
    length: owners + plan.tiles + plan.workers,
  };
}

/** Stops every worker of a render: sets the flag and wakes those waiting at a stage barrier. */
export function stopAll(control, layout, reason) {
  Atomics.store(control, CANCELLED, reason);
  for (let stage = 0; stage < layout.stages; stage++) {
    Atomics.notify(control, layout.done(stage));
  }
}
