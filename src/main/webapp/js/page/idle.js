// Work the page does not need now: run when its thread is idle, so that it never stands between a
// user's action and its answer.

/** Resolves when the page's thread is idle (at the latest after two seconds). */
export function idle() {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    } else {
      setTimeout(resolve, 200);
    }
  });
}
