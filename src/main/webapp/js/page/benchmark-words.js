// What the Benchmark tab says in words: about how long a run will take, before it starts, and
// what its results mean, after.

/** What a render costs beside its own time: the page's validation, the hash, a worker's prepare. */
const OVERHEAD_MS = 60;
/** A workload whose speedup is below this share of the ideal gets its reason said. */
const SCALES_WELL = 0.85;

const ENGINE_NAMES = { wasm: 'WebAssembly', js: 'JavaScript' };

/**
 * About how long running `options` ({workloads, engines, maxWorkers, warmup, repetitions}) takes,
 * in ms, from each workload's `typicalMs` in the catalogue ({wasm, js}: one render on one worker of
 * a two-core machine, see BENCHMARKS.md), n workers taking 1/n of it; null where a workload has none.
 */
export function estimateMs(catalogue, { workloads, engines, maxWorkers, warmup, repetitions }) {
  let total = 0;
  for (const name of workloads) {
    for (const engine of engines) {
      const ms = catalogue[name]?.typicalMs?.[engine];
      if (!(ms > 0)) {
        return null;
      }
      for (let workers = 1; workers <= maxWorkers; workers++) {
        total += (warmup + repetitions) * (ms / workers + OVERHEAD_MS);
      }
    }
  }
  return total;
}

/** The estimate in a sentence: "About 25 s: 4 workloads on WebAssembly, 1 to 2 workers, 4 renders each (1 warm-up, 3 measured)." */
export function estimateInWords(catalogue, options) {
  const { workloads, engines, maxWorkers, warmup, repetitions } = options;
  if (!workloads.length || !engines.length) {
    return `Tick at least one ${workloads.length ? 'engine' : 'workload'}.`;
  }
  const ms = estimateMs(catalogue, options);
  const time = ms === null ? 'How long it takes is not known for every workload ticked'
    : `About ${ms < 90_000 ? `${Math.max(1, Math.round(ms / 1000))} s` : `${Math.round(ms / 60_000)} min`}`;
  const renders = warmup + repetitions;
  return `${time}: ${workloads.length} workload${workloads.length > 1 ? 's' : ''} on ${engines.map((e) => ENGINE_NAMES[e]).join(' and ')}, `
    + `${maxWorkers > 1 ? `1 to ${maxWorkers} workers` : '1 worker'}, ${renders} render${renders > 1 ? 's' : ''} each `
    + `(${warmup} warm-up, ${repetitions} measured).`;
}

/**
 * What a report's results mean, in sentences: how well each workload used the workers (and, for
 * those that scaled less, why, from the catalogue's `scaling`), and WebAssembly against
 * JavaScript where both ran.
 */
export function explain(report, catalogue) {
  const sentences = [];
  const short = (name) => catalogue[name]?.short ?? name;
  const most = Math.max(...report.results.map((r) => r.workers));
  const engine = report.results.some((r) => r.engine === 'wasm') ? 'wasm' : report.results[0]?.engine;
  if (most > 1) {
    const widest = report.results.filter((r) => r.workers === most && r.engine === engine).sort((a, b) => b.efficiency - a.efficiency);
    const well = widest.filter((r) => r.efficiency >= SCALES_WELL).map((r) => `${short(r.workload)} ${r.speedup.toFixed(2)}×`);
    if (well.length) {
      sentences.push(`On ${most} workers (${ENGINE_NAMES[engine]}), near the ideal ${most}×: ${well.join(', ')}.`);
    }
    for (const r of widest.filter((each) => each.efficiency < SCALES_WELL)) {
      const why = catalogue[r.workload]?.scaling ?? 'its tiles cost unevenly, or the page\'s share of the work kept workers waiting';
      sentences.push(`${short(r.workload)} reached ${r.speedup.toFixed(2)}× on ${most} workers: ${why}.`);
    }
  }
  const ratios = report.results.filter((r) => r.engine === 'wasm' && r.workers === 1).flatMap((wasm) => {
    const js = report.results.find((r) => r.engine === 'js' && r.workers === 1 && r.workload === wasm.workload);
    return js ? [{ name: wasm.workload, ratio: js.median / wasm.median }] : [];
  }).sort((a, b) => a.ratio - b.ratio);
  if (ratios.length) {
    const half = ratios.length >> 1;
    // The median ratio; of an even count, the geometric mean of the middle two.
    const middle = ratios.length % 2 ? ratios[half].ratio : Math.sqrt(ratios[half - 1].ratio * ratios[half].ratio);
    const range = ratios.length > 1
      ? ` (the median of ${ratios.length} workloads, from ${ratios[0].ratio.toFixed(2)}× on ${short(ratios[0].name)} to `
        + `${ratios.at(-1).ratio.toFixed(2)}× on ${short(ratios.at(-1).name)})` : '';
    sentences.push(`WebAssembly was ${middle.toFixed(2)}× as fast as JavaScript${range}: `
      + 'it runs Java\'s numbers, fields and arrays as the machine\'s own types, where the JavaScript build goes through the '
      + 'engine\'s dynamic ones; loops of plain double arithmetic, which JavaScript engines compile well too, differ least.');
  }
  return sentences;
}
