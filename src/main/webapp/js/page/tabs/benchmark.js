// The Benchmark tab: the standard workloads on 1 to all workers on each engine, its table and chart
// filled in as the runs come; window.tessera.benchmark and the hand-written baseline it compares with.
import { loadBenchmarkWorkloads, runBenchmark, resultsAsCsv } from '../benchmark.js';
import { renderChart, renderTable } from '../benchmark-view.js';
import { estimateInWords, explain } from '../benchmark-words.js';
import { runJsBaseline } from '../baseline.js';
import { copyButton } from '../copy-button.js';

const $ = (id) => document.getElementById(id);

export function benchmarkTab(page) {
  let cancelled = false;
  let running = false;
  let lastReport = null;
  /** The catalogue the checkboxes were made from, once loaded. */
  let choices = null;

  function optionsFromControls() {
    const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
    return {
      workloads: checked('bench-workload'),
      engines: checked('bench-engine'),
      maxWorkers: Math.min($('workers').valueAsNumber || page.poolSize, page.poolSize),
      warmup: $('bench-warmup').valueAsNumber,
      repetitions: $('bench-runs').valueAsNumber,
    };
  }

  /** Says about how long the run ticked would take, before it starts (once the catalogue is in). */
  function showEstimate() {
    if (choices) {
      $('bench-estimate').textContent = estimateInWords(choices, optionsFromControls());
    }
  }

  /** Runs the benchmark with live table and chart; the engine in use before is restored afterwards. */
  async function run(options) {
    const { workloads = [], engines = [], maxWorkers, warmup = 1, repetitions = 5 } = options;
    if (!workloads.length || !engines.length) {
      const problem = `Tick at least one ${workloads.length ? 'engine' : 'workload'} to run the benchmark.`;
      $('bench-status').textContent = problem;
      throw new Error(problem);
    }
    if (running) {
      throw new Error('a benchmark is already running');
    }
    const engineBefore = (await page.runtime.ready).engine;
    cancelled = false;
    running = true;
    page.setBusy(true, { blocksRender: true });
    $('bench-json').disabled = true;
    $('bench-csv').disabled = true;
    $('bench-words').replaceChildren();
    const workers = Math.min(maxWorkers || page.poolSize, page.poolSize);
    const catalogue = await loadBenchmarkWorkloads();
    const show = (report) => {
      renderTable($('bench-table'), report);
      $('bench-chart').hidden = report.results.length === 0;
      renderChart($('bench-chart'), report, workers);
    };
    try {
      // The benchmark's renders land on their workloads' tabs, which stay in the background meanwhile.
      const api = {
        ...page.api, render: (request, { reuse } = {}) => page.render(request, { fromControls: false, showTab: false, reuse }),
      };
      lastReport = await runBenchmark(api, {
        workloads, engines, maxWorkers: workers, warmup, repetitions,
        isCancelled: () => cancelled,
        onProgress: ({ step, steps, engine, workload: name, workers: n, results }) => {
          $('bench-status').textContent = `Run ${step} of ${steps}: ${name} on ${engine === 'wasm' ? 'WebAssembly' : 'JavaScript'}, `
            + `${n} worker${n > 1 ? 's' : ''}.`;
          show({ results, workloads: catalogue });
        },
      });
      lastReport.startup = await page.runtime.ready;
      show(lastReport);
      $('bench-status').textContent = `Done: ${lastReport.results.length} measurements on ${lastReport.cores} cores.`;
      $('bench-words').replaceChildren(...explain(lastReport, catalogue).map((sentence) => Object.assign(document.createElement('p'), { textContent: sentence })));
      $('bench-json').disabled = false;
      $('bench-csv').disabled = false;
      return lastReport;
    } catch (e) {
      $('bench-status').textContent = e.name === 'AbortError' ? 'Benchmark cancelled.' : `Benchmark stopped: ${e.message}`;
      throw e;
    } finally {
      running = false;
      page.setBusy(false, { blocksRender: true });
      if ((await page.runtime.ready.catch(() => ({}))).engine !== engineBefore) {
        await page.startEngine(engineBefore).catch(() => {});
      }
    }
  }

  /** The benchmark's workloads as checkboxes, from the catalogue the JVM's bench command reads too. */
  async function showChoices() {
    try {
      const catalogue = await loadBenchmarkWorkloads();
      choices = catalogue;
      $('bench-workloads').replaceChildren(...Object.values(catalogue).map((entry) => {
        // A quick set is ticked, which runs in under a minute on two cores; the rest are there to tick.
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox', name: 'bench-workload', value: entry.name, checked: Boolean(entry.quick),
        });
        const label = document.createElement('label');
        label.title = entry.label;
        label.append(box, ` ${entry.short}`);
        return label;
      }));
      showEstimate();
    } catch (e) {
      $('bench-status').textContent = `The benchmark cannot run: ${e.message}`;
    }
  }

  copyButton($('bench-json'), () => JSON.stringify(lastReport, null, 2));
  copyButton($('bench-csv'), () => resultsAsCsv(lastReport));
  $('bench-chart').hidden = true;
  for (const event of ['input', 'change']) {
    $('panel-benchmark').addEventListener(event, showEstimate);
    $('workers').addEventListener(event, showEstimate);
  }
  showChoices();

  return {
    ownControls: '#panel-benchmark',
    enter() {
      $('render').textContent = 'Run benchmark';
      showEstimate();
    },
    leave() {
      $('render').textContent = 'Render';
    },
    submit() {
      run(optionsFromControls()).catch(() => {});
    },
    cancel() {
      cancelled = true;
    },
    api: {
      /** Runs the benchmark (see benchmark.js) and shows it on this tab; resolves to the report. */
      benchmark: (options) => run(options),
      /** The hand-written JavaScript Mandelbrot in plain workers, for comparison: {width, height, maxIter, workers}. */
      baseline: (options) => runJsBaseline(options),
    },
  };
}
