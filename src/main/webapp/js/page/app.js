// The Tessera page: workload tabs and controls to requests, progress to the screen, and
// window.tessera for scripts (the runtime's API, with renders shown on the page, plus the
// benchmark and the hand-written baseline). Controls, ranges and choices come from describe().
import { startTessera, detectSupport } from '../runtime/tessera.js';
import { isolationProblem } from '../runtime/isolation.js';
import { SceneEditor } from './scene-editor.js';
import { ChainEditor } from './chain-editor.js';
import { ImageInput } from './image-input.js';
import { loadBenchmarkWorkloads, runBenchmark, resultsAsCsv } from './benchmark.js';
import { renderChart, renderTable } from './benchmark-view.js';
import { runJsBaseline } from './baseline.js';
import { Explorer, fragmentFor, iterationsFor, viewFromFragment } from './explorer.js';
import { WORKER_COLORS, WorkerOverlay } from './worker-overlay.js';

const $ = (id) => document.getElementById(id);
const support = detectSupport();
const poolSize = support.cores;
const params = new URLSearchParams(location.search);
const faultsAllowed = params.get('faults') === 'inject';

// ?engine=js picks the engine; ?mode=transfer forces transfer mode on an isolated page, e.g. to
// compare the two; ?faults=inject lets tests make workers fail.
const runtime = startTessera({
  workers: poolSize, engine: params.get('engine') ?? undefined, mode: params.get('mode'), support, faults: faultsAllowed,
});
const overlay = new WorkerOverlay($('overlay'), $('canvas'));
const sceneEditor = new SceneEditor($('scene'), $('scene-error'));
const imageInput = new ImageInput({
  select: $('image'), fileInput: $('image-file'), dropZone: $('stage'),
  onChange: () => {
    if (workload === 'pipeline') {
      renderAndShow(requestFromControls()).catch(() => {});
    }
  },
});
let workload = 'mandelbrot';
/** Set once describe() has arrived: the controls built from it. */
let explorer = null;
let juliaExplorer = null;
let chainEditor = null;
let mandelbrotFacts = null;

/** Resolves once the controls that depend on describe() are built. */
let pageReady = null;

window.tessera = {
  /** The runtime's `ready` (after useEngine, the new pool's), once the page's controls are built too. */
  get ready() { return pageReady.then(() => runtime.ready); },
  render: (request) => renderAndShow(request),
  cancel: () => runtime.cancel(),
  /** Restarts the pool with another engine: 'wasm' or 'js'. */
  useEngine: (engine) => startEngine(engine),
  describe: () => runtime.describe(),
  /** Runs the benchmark (see benchmark.js) and shows it on the Benchmark tab; resolves to the report. */
  benchmark: (options) => benchmarkAndShow(options),
  /** The hand-written JavaScript Mandelbrot in plain workers, for comparison: {width, height, maxIter, workers}. */
  baseline: (options) => runJsBaseline(options),
  ...(faultsAllowed ? { injectFault: (fault) => runtime.injectFault(fault) } : {}),
};

function commonFields() {
  return { workers: $('workers').valueAsNumber, tileSize: Number($('tileSize').value) };
}

/** The request the controls describe: an object, or JSON text when it embeds the scene editor's text. */
function requestFromControls() {
  if (workload === 'raytrace') {
    const size = {};
    if ($('rt-width').value !== '') {
      size.width = $('rt-width').valueAsNumber;
    }
    if ($('rt-height').value !== '') {
      size.height = $('rt-height').valueAsNumber;
    }
    return sceneEditor.requestText({ workload: 'raytrace', ...size, ...commonFields() });
  }
  if (workload === 'pipeline') {
    return { workload: 'pipeline', ...commonFields(), params: { image: imageInput.url(), ops: chainEditor.chain() } };
  }
  if (workload === 'julia') {
    const params = {
      c: { x: $('julia-cx').valueAsNumber, y: $('julia-cy').valueAsNumber },
      maxIter: $('julia-maxIter').valueAsNumber, palette: $('julia-palette').value,
    };
    if (juliaExplorer?.view) {
      Object.assign(params, { center: { x: juliaExplorer.view.x, y: juliaExplorer.view.y }, zoom: juliaExplorer.view.zoom });
    }
    return { workload: 'julia', width: $('julia-width').valueAsNumber, height: $('julia-height').valueAsNumber, ...commonFields(), params };
  }
  const params = { maxIter: $('maxIter').valueAsNumber, palette: $('palette').value };
  if (explorer?.view) {
    Object.assign(params, { center: { x: explorer.view.x, y: explorer.view.y }, zoom: explorer.view.zoom });
  }
  return {
    workload: 'mandelbrot',
    width: $('width').valueAsNumber,
    height: $('height').valueAsNumber,
    ...commonFields(),
    params,
  };
}

function showProgress(progress) {
  const { done, total, ms, tilesByWorker, current } = progress;
  overlay.update(progress);
  $('progress').value = total ? done / total : 0;
  $('timer').textContent = `${Math.round(ms)} ms`;
  showLiveStrip(current);
  const rows = tilesByWorker.map((count, w) => `<tr><td>${w}</td><td>${count}</td><td></td></tr>`);
  $('per-worker').tBodies[0].innerHTML = rows.join('');
}

/** One chip per worker in its overlay colour, saying which tile it is on. */
function showLiveStrip(current) {
  const strip = $('live-strip');
  while (strip.children.length > 2 * current.length) {
    strip.lastChild.remove();
  }
  current.forEach((tile, w) => {
    if (strip.children.length <= 2 * w) {
      const dot = document.createElement('b');
      dot.style.background = WORKER_COLORS[w % WORKER_COLORS.length];
      strip.append(dot, document.createElement('span'));
    }
    strip.children[2 * w + 1].textContent = `worker ${w}: ${tile >= 0 ? `tile ${tile}` : 'idle'}`;
  });
}

function showMessage(text, isError = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', isError);
}

let rendersInFlight = 0;
let rendersStarted = 0;

/** Every render, from the Render button or from a script, shows its outcome on the page. */
async function renderAndShow(request) {
  rendersInFlight++;
  rendersStarted++;
  $('cancel').disabled = false;
  showMessage('Rendering…');
  sceneEditor.clearError();
  try {
    const result = await runtime.render(request, { canvas: $('canvas'), onProgress: showProgress });
    $('timer').textContent = `${Math.round(result.ms)} ms`;
    const rows = result.perWorker.map((p) =>
      `<tr><td>${p.worker}</td><td>${p.tiles}</td><td>${Math.round(p.busyMs)} ms</td></tr>`);
    $('per-worker').tBodies[0].innerHTML = rows.join('');
    const busy = result.perWorker.reduce((sum, p) => sum + p.busyMs, 0);
    showMessage(`${result.width} × ${result.height}, ${result.tiles} tiles on ${result.workers} `
      + `worker${result.workers > 1 ? 's' : ''} in ${Math.round(result.ms)} ms; the workers were busy for `
      + `${Math.round(busy)} ms in all, an effective speedup of ${(busy / result.ms).toFixed(2)}×.`);
    rememberView(request);
    $('download').disabled = false;
    showBefore(request, result).catch((e) => showMessage(`Could not show the original: ${e.message}`, true));
    return result;
  } catch (e) {
    // A render replaced by a newer one says nothing; the newer one reports.
    if (rendersInFlight === 1) {
      showMessage(e.name === 'AbortError' ? 'Cancelled.' : e.message, e.name !== 'AbortError');
      sceneEditor.showError(e);
    }
    throw e;
  } finally {
    rendersInFlight--;
    $('cancel').disabled = rendersInFlight === 0 && !benchmarkRunning;
  }
}

/** After a Mandelbrot render of an explored view, the URL fragment reproduces it exactly. */
function rememberView(request) {
  const view = typeof request === 'object' && request.workload === 'mandelbrot' && request.params?.center ? explorer?.view : null;
  $('precision').hidden = !(view && view.zoom >= mandelbrotFacts.zoom.precisionLimit);
  if (view) {
    history.replaceState(null, '', fragmentFor(view, request.params.maxIter, request.params.palette));
  }
}

/** For a pipeline render, the original under the result, revealed by the compare slider. */
async function showBefore(request, result) {
  const image = typeof request === 'object' && request.workload === 'pipeline' ? request.params.image : null;
  $('before').hidden = !image;
  $('compare-label').hidden = !image;
  $('canvas').style.clipPath = image ? `inset(0 0 0 ${$('compare').value}%)` : '';
  // Decoding and drawing a large original costs the main thread; do it only when it changed.
  const key = `${image}|${result.width}|${result.height}`;
  if (image && $('before').dataset.shows !== key) {
    $('before').dataset.shows = key;
    const bitmap = await createImageBitmap(await (await fetch(image)).blob());
    Object.assign($('before'), { width: result.width, height: result.height });
    $('before').getContext('2d').drawImage(bitmap, 0, 0);
    bitmap.close();
  }
}

function download() {
  $('canvas').toBlob((blob) => {
    const link = Object.assign(document.createElement('a'),
      { href: URL.createObjectURL(blob), download: `tessera-${workload}.png` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }, 'image/png');
}

let benchmarkCancelled = false;
let benchmarkRunning = false;
let lastReport = null;

function benchmarkOptionsFromControls() {
  const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
  return {
    workloads: checked('bench-workload'),
    engines: checked('bench-engine'),
    maxWorkers: $('workers').valueAsNumber,
    warmup: $('bench-warmup').valueAsNumber,
    repetitions: $('bench-runs').valueAsNumber,
  };
}

/** Runs the benchmark with live table and chart; the engine in use before is restored afterwards. */
async function benchmarkAndShow(options) {
  const { workloads = [], engines = [], maxWorkers, warmup = 1, repetitions = 5 } = options;
  if (!workloads.length || !engines.length) {
    throw new Error('choose at least one workload and one engine');
  }
  const engineBefore = (await runtime.ready).engine;
  benchmarkCancelled = false;
  benchmarkRunning = true;
  $('cancel').disabled = false;
  $('bench-json').disabled = true;
  $('bench-csv').disabled = true;
  const workers = Math.min(maxWorkers || poolSize, poolSize);
  const catalogue = await loadBenchmarkWorkloads();
  const show = (report) => {
    renderTable($('bench-table'), report);
    renderChart($('bench-chart'), report, workers);
  };
  try {
    lastReport = await runBenchmark(window.tessera, {
      workloads, engines, maxWorkers: workers, warmup, repetitions,
      isCancelled: () => benchmarkCancelled,
      onProgress: ({ step, steps, engine, workload: name, workers: n, results }) => {
        $('bench-status').textContent = `Run ${step} of ${steps}: ${name} on ${engine === 'wasm' ? 'WebAssembly' : 'JavaScript'}, `
          + `${n} worker${n > 1 ? 's' : ''}.`;
        show({ results, workloads: catalogue });
      },
    });
    lastReport.startup = await runtime.ready;
    show(lastReport);
    $('bench-status').textContent = `Done: ${lastReport.results.length} measurements on ${lastReport.cores} cores.`;
    $('bench-json').disabled = false;
    $('bench-csv').disabled = false;
    return lastReport;
  } catch (e) {
    $('bench-status').textContent = e.name === 'AbortError' ? 'Benchmark cancelled.' : `Benchmark stopped: ${e.message}`;
    throw e;
  } finally {
    benchmarkRunning = false;
    $('cancel').disabled = true;
    if ((await runtime.ready.catch(() => ({}))).engine !== engineBefore) {
      await startEngine(engineBefore).catch(() => {});
    }
  }
}

/** Restarts the pool with `engine`, showing it on the page. */
function startEngine(engine) {
  return showStart(runtime.useEngine(engine));
}

/** Shows the pool starting, then what it runs on; resolves like `ready`. */
async function showStart(ready) {
  $('render').disabled = true;
  $('status').textContent = `Starting ${poolSize} workers…`;
  try {
    const info = await ready;
    $('engine').value = info.engine;
    const workers = $('workers');
    workers.max = String(info.workers);
    if (!workers.dataset.touched) {
      workers.value = String(info.workers);
    }
    $('workers-value').value = workers.value;
    $('status').textContent = `${info.engine === 'wasm' ? 'WebAssembly' : 'JavaScript'} engine, `
      + `${info.workers} workers, ${info.mode === 'shared' ? 'shared memory' : 'transfer mode'}.`
      + `${support.wasmGc ? '' : ` ${support.notes.join(' ')}`}`;
    $('render').disabled = false;
    return info;
  } catch (e) {
    $('status').textContent = 'Not running.';
    showMessage(e.message, true);
    throw e;
  }
}

function selectWorkload(name) {
  workload = name;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.workload === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  $('scene-editor').hidden = name !== 'raytrace';
  $('chain-editor').hidden = name !== 'pipeline';
  $('bench-results').hidden = name !== 'benchmark';
  $('render').textContent = name === 'benchmark' ? 'Run benchmark' : 'Render';
  if (name === 'raytrace' && sceneEditor.isEmpty()) {
    loadPreset($('preset').value);
  }
}

async function loadPreset(name) {
  try {
    await sceneEditor.loadPreset(name);
    // The crate's own test scene asks for 32000 × 24000; render it at a size that fits the page.
    const oversized = name === 'crate-test';
    $('rt-width').value = oversized ? '800' : '';
    $('rt-height').value = oversized ? '600' : '';
  } catch (e) {
    showMessage(e.message, true);
  }
}

$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  if (workload === 'benchmark') {
    benchmarkAndShow(benchmarkOptionsFromControls()).catch(() => {});
  } else {
    renderAndShow(requestFromControls()).catch(() => {});
  }
});
$('cancel').addEventListener('click', () => {
  benchmarkCancelled = true;
  runtime.cancel();
});
$('bench-json').addEventListener('click', () => navigator.clipboard.writeText(JSON.stringify(lastReport, null, 2)));
$('bench-csv').addEventListener('click', () => navigator.clipboard.writeText(resultsAsCsv(lastReport)));
$('download').addEventListener('click', download);
$('copy-link').addEventListener('click', () => navigator.clipboard.writeText(location.href));
$('show-workers').addEventListener('change', () => overlay.show($('show-workers').checked));
$('maxIter').addEventListener('input', () => { $('auto-iter').checked = false; });
$('compare').addEventListener('input', () => {
  $('canvas').style.clipPath = $('before').hidden ? '' : `inset(0 0 0 ${$('compare').value}%)`;
});
$('workers').addEventListener('input', () => {
  $('workers').dataset.touched = 'yes';
  $('workers-value').value = $('workers').value;
});
$('engine').addEventListener('change', () => startEngine($('engine').value).catch(() => {}));
$('preset').addEventListener('change', () => loadPreset($('preset').value));
for (const tab of document.querySelectorAll('[role="tab"]')) {
  tab.addEventListener('click', () => selectWorkload(tab.dataset.workload));
  tab.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const tabs = [...document.querySelectorAll('[role="tab"]')];
      const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next.focus();
      selectWorkload(next.dataset.workload);
    }
  });
}

if (!support.isolated) {
  isolationProblem().then((problem) => {
    $('isolation-problem').textContent = problem;
    $('transfer-note').hidden = false;
  });
}
if (!support.wasmGc) {
  $('engine').querySelector('option[value="wasm"]').disabled = true;
}

/** A palette choice for every palette the workload describes, its default selected. */
function fillPalettes(select, facts) {
  select.replaceChildren(...facts.palettes.map((name) =>
    new Option(name[0].toUpperCase() + name.slice(1), name, false, name === facts.palette)));
}

/** Opens the Julia set of the point under an Alt-click on the Mandelbrot picture. */
function openJuliaAt(event) {
  if (!event.altKey || workload !== 'mandelbrot' || !explorer) {
    return;
  }
  event.preventDefault();
  const c = explorer.planePoint(explorer.canvasPoint(event));
  $('julia-cx').value = String(c.x);
  $('julia-cy').value = String(c.y);
  juliaExplorer.view = null;
  selectWorkload('julia');
  renderAndShow(requestFromControls()).catch(() => {});
}

/** Builds what depends on the engine's description: palettes, ranges, the explorers, the filter chain. */
function applyDescription({ workloads, limits }) {
  mandelbrotFacts = workloads.mandelbrot;
  const juliaFacts = workloads.julia;
  for (const id of ['width', 'height', 'julia-width', 'julia-height', 'rt-width', 'rt-height']) {
    $(id).max = String(limits.maxSide);
  }
  for (const [id, facts] of [['maxIter', mandelbrotFacts], ['julia-maxIter', juliaFacts]]) {
    $(id).min = String(facts.maxIter.min);
    $(id).max = String(facts.maxIter.max);
  }
  fillPalettes($('palette'), mandelbrotFacts);
  fillPalettes($('julia-palette'), juliaFacts);
  for (const [id, axis] of [['julia-cx', 'x'], ['julia-cy', 'y']]) {
    Object.assign($(id), { min: String(juliaFacts.c.min), max: String(juliaFacts.c.max), value: String(juliaFacts.c[axis]) });
  }
  juliaExplorer = new Explorer($('canvas'), () => renderAndShow(requestFromControls()).catch(() => {}), juliaFacts);
  juliaExplorer.enabled = () => workload === 'julia';
  $('canvas').addEventListener('click', openJuliaAt);
  explorer = new Explorer($('canvas'), (view) => {
    if ($('auto-iter').checked) {
      $('maxIter').value = String(iterationsFor(view.zoom));
    }
    renderAndShow(requestFromControls()).catch(() => {});
  }, mandelbrotFacts);
  explorer.enabled = () => workload === 'mandelbrot';
  chainEditor = new ChainEditor($('chain'), $('add-filter'), workloads.pipeline,
    [{ op: 'blur', radius: 4 }, { op: 'brightness', factor: 1.2 }, { op: 'sepia' }]);
  const linked = viewFromFragment(location.hash);
  if (linked) {
    explorer.set(linked.view);
    if (linked.palette && mandelbrotFacts.palettes.includes(linked.palette)) {
      $('palette').value = linked.palette;
    }
    const iterations = Number(linked.iter) || iterationsFor(linked.view.zoom);
    $('maxIter').value = String(iterations);
    $('auto-iter').checked = iterations === iterationsFor(linked.view.zoom);
  }
}

/** The benchmark's workloads as checkboxes, from the catalogue the JVM's bench command reads too. */
async function showBenchmarkChoices() {
  try {
    const catalogue = await loadBenchmarkWorkloads();
    $('bench-workloads').replaceChildren(...Object.values(catalogue).map((entry) => {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'bench-workload', value: entry.name, checked: true });
      const label = document.createElement('label');
      label.title = entry.label;
      label.append(box, ` ${entry.short}`);
      return label;
    }));
  } catch (e) {
    $('bench-status').textContent = `The benchmark cannot run: ${e.message}`;
  }
}

showBenchmarkChoices();
pageReady = showStart(runtime.ready).then(async (info) => {
  applyDescription(await runtime.describe());
  return info;
});
// The first picture, unless a script that awaited `ready` asked for its own first.
pageReady.then(() => (rendersStarted === 0 ? renderAndShow(requestFromControls()) : null)).catch(() => {});
