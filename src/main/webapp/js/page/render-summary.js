// A render's outcome in words, for the status bar: where a converging (path-traced) picture stands,
// and a finished render in a sentence.

/** Preparing (a deep view's reference orbit, loading files) is named in the summary from this long. */
const PREPARE_WORTH_SAYING_MS = 500;

/** A time as the status bar shows it: "795 ms", "4.2 s", "57 s", "3 min 05 s". */
export function elapsed(ms) {
  if (ms < 1000) {
    return `${Math.round(ms)} ms`;
  }
  if (ms < 10_000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** What preparing reports (the runtime's progress `step`), in words: "Preparing the view: reference orbit, 12,300 of 100,000 iterations…". */
export function preparing({ step, unit, done, total }) {
  return `Preparing the view: ${step}, ${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit}…`;
}

/** Where a converging picture stands: "24 of 64 samples per pixel, 3.2 s, noise ±1.9 %". */
export function convergence(samples, totalSamples, ms, noise) {
  const of = samples === totalSamples ? `${samples}` : `${samples} of ${totalSamples}`;
  const time = ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
  const spread = noise === null ? '' : `, noise ±${(100 * noise).toFixed(noise < 0.001 ? 2 : 1)} %`;
  return `${of} sample${totalSamples > 1 ? 's' : ''} per pixel in ${time}${spread}`;
}

/**
 * What the status bar says of a finished render: where a converging picture stopped or ended, or
 * the summary of the others with `note` (the tab's) after it.
 */
export function outcome(result, noise, note) {
  if (result.stopped) {
    return `Stopped at ${convergence(result.samples, result.totalSamples, result.ms, noise)}; the picture is kept.`;
  }
  if (result.totalSamples) {
    return `${result.width} × ${result.height}, ${convergence(result.samples, result.totalSamples, result.ms, noise)}`
      + ` on ${result.workers} worker${result.workers > 1 ? 's' : ''}.`;
  }
  return summary(result) + note;
}

/**
 * The outcome of a finished render in a sentence, timed from the call (where preparing took long,
 * with how long it and the pixels took); a speedup only where several tiles could share the work.
 */
function summary(result) {
  const busy = result.perWorker.reduce((sum, p) => sum + p.busyMs, 0);
  const total = result.elapsedMs ?? result.ms;
  const parts = result.prepareMs >= PREPARE_WORTH_SAYING_MS
    ? ` (${elapsed(result.prepareMs)} preparing the view, ${elapsed(result.ms)} the pixels)` : '';
  const head = `${result.width} × ${result.height}, ${result.tiles} tile${result.tiles > 1 ? 's' : ''} on ${result.workers} `
    + `worker${result.workers > 1 ? 's' : ''} in ${elapsed(total)}${parts}`;
  if (result.workers === 1) {
    return `${head}${iterationsNote(result)}.`;
  }
  if (result.tiles < result.workers) {
    return `${head}: with ${result.tiles === 1 ? 'one tile' : `${result.tiles} tiles`}, the other workers had nothing to do;`
      + ' a smaller tile size shares the work.';
  }
  return `${head}; the workers were busy for ${Math.round(busy)} ms in all, an effective speedup of ${(busy / result.ms).toFixed(2)}×`
    + `${iterationsNote(result)}.`;
}

/**
 * For escape-time renders: how many iterations the escaped pixels took, and how many a second that
 * makes; or that the picture was only recoloured, from the escape counts of the render before.
 */
function iterationsNote(result) {
  if (result.reused) {
    return '; recoloured from the kept escape counts, without iterating';
  }
  const iterations = result.counters?.iterations;
  if (iterations === 0) {
    // A black picture, which deep views of high period show until the iterations reach their escape.
    return '; no pixel escaped within the iterations: raise them to see the detail';
  }
  if (!(iterations > 0)) {
    return '';
  }
  const count = (n) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : String(n));
  return `; ${count(iterations)} iterations, ${count(Math.round((iterations / result.ms) * 1000))} a second`;
}
