// Runs the standard workloads for 1 … N workers on each engine, with warm-up and repetitions,
// and summarises them as median, min, max, speedup over one worker and parallel efficiency.

const fetchJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`could not load ${url}: the server answered ${response.status}`);
  }
  return response.json();
};

/** The standard workloads, shared with the JVM's `bench` command: bench/workloads.json. */
export async function loadBenchmarkWorkloads() {
  const entries = await fetchJson('bench/workloads.json');
  return Object.fromEntries(entries.map((entry) => [entry.name, entry]));
}

/** The entry's request, with the scene file it names (and any `sceneFields` over it) as params.scene. */
async function requestFor(entry) {
  if (!entry.scene) {
    return entry.request;
  }
  const scene = { ...(await fetchJson(entry.scene)), ...entry.sceneFields };
  return { ...entry.request, params: { ...entry.request.params, scene } };
}

export class BenchmarkCancelled extends Error {
  constructor() {
    super('benchmark cancelled');
    this.name = 'AbortError';
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Counts main-thread tasks longer than 50 ms while `work` runs, where the browser reports them (else null). */
async function countLongTasks(work) {
  if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    return { result: await work(), longTasks: null };
  }
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => { longTasks += list.getEntries().length; });
  observer.observe({ type: 'longtask' });
  try {
    const result = await work();
    // Entries are delivered asynchronously; take those already queued.
    longTasks += observer.takeRecords().length;
    return { result, longTasks };
  } finally {
    observer.disconnect();
  }
}

/**
 * @param api window.tessera
 * @param options {workloads, engines, maxWorkers, warmup, repetitions, onProgress, isCancelled}
 * @returns {date, userAgent, cores, results: [{workload, engine, workers, runs, median, min, max,
 *   speedup, efficiency, longTasks, hash}]}
 */
export async function runBenchmark(api, options) {
  const { workloads, engines, maxWorkers, warmup, repetitions, onProgress = () => {}, isCancelled = () => false } = options;
  const catalogue = await loadBenchmarkWorkloads();
  const requests = {};
  for (const name of workloads) {
    if (!catalogue[name]) {
      throw new Error(`unknown benchmark workload "${name}"; known: ${Object.keys(catalogue).join(', ')}`);
    }
    requests[name] = await requestFor(catalogue[name]);
  }
  const steps = engines.length * workloads.length * maxWorkers * (warmup + repetitions);
  let step = 0;
  const results = [];
  for (const engine of engines) {
    await api.useEngine(engine);
    for (const name of workloads) {
      for (let workers = 1; workers <= maxWorkers; workers++) {
        const request = { ...requests[name], workers };
        const runs = [];
        let longTasks = 0;
        let hash = null;
        for (let i = 0; i < warmup + repetitions; i++) {
          if (isCancelled()) {
            throw new BenchmarkCancelled();
          }
          // Every pass every time: a run must not find the last one's escape counts and only recolour.
          const measured = await countLongTasks(() => api.render(request, { reuse: false }));
          if (i >= warmup) {
            runs.push(measured.result.ms);
            longTasks = measured.longTasks === null ? null : longTasks + measured.longTasks;
          }
          hash = measured.result.hash;
          onProgress({ step: ++step, steps, engine, workload: name, workers, results });
        }
        const one = results.find((r) => r.engine === engine && r.workload === name && r.workers === 1);
        const middle = median(runs);
        const speedup = one ? one.median / middle : 1;
        results.push({
          workload: name, engine, workers, runs, median: middle, min: Math.min(...runs), max: Math.max(...runs),
          speedup, efficiency: speedup / workers, longTasks, hash,
        });
      }
    }
  }
  return { date: new Date().toISOString(), userAgent: navigator.userAgent, cores: navigator.hardwareConcurrency,
    workloads: catalogue, results };
}

export function resultsAsCsv(report) {
  const header = 'workload,engine,workers,median_ms,min_ms,max_ms,speedup,efficiency,long_tasks,runs_ms';
  const rows = report.results.map((r) => [r.workload, r.engine, r.workers, r.median.toFixed(1), r.min.toFixed(1),
    r.max.toFixed(1), r.speedup.toFixed(3), r.efficiency.toFixed(3), r.longTasks ?? '', r.runs.map((v) => v.toFixed(1)).join(' ')].join(','));
  return [header, ...rows].join('\n') + '\n';
}
