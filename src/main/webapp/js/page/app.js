// The Tessera page: the picture fills the window and the controls sit in a side panel (a sheet on a
// phone). Every change of a control re-renders, after a short pause, cancelling the render in
// flight; each tab keeps its own picture and figures. window.tessera is the runtime's API for
// scripts, with renders shown on the page, plus the benchmark and the hand-written baseline.
// Controls, ranges and choices come from describe().
import { startTessera, detectSupport } from '../runtime/tessera.js';
import { checkOptions } from '../runtime/request.js';
import { isolationProblem } from '../runtime/isolation.js';
import { SceneEditor } from './scene-editor.js';
import { ChainEditor } from './chain-editor.js';
import { ImageInput } from './image-input.js';
import { ModelInput } from './model-input.js';
import { loadBenchmarkWorkloads, runBenchmark, resultsAsCsv } from './benchmark.js';
import { renderChart, renderTable } from './benchmark-view.js';
import { runJsBaseline } from './baseline.js';
import { Explorer, iterationsFor, viewFromFragment } from './explorer.js';
import { loadPlaces } from './places.js';
import { PlaneView } from './plane-view.js';
import { WORKER_COLORS, WorkerOverlay } from './worker-overlay.js';
import { PictureFrame } from './picture-frame.js';
import { TabStatus } from './tab-status.js';
import { setUpTheme } from './theme.js';
import { Divider } from './divider.js';
import { copyButton } from './copy-button.js';
import { setUpZoomRecorder } from './zoom-recorder.js';
import { clearMarks, controlName, firstInvalid, markInvalid } from './control-check.js';

const $ = (id) => document.getElementById(id);
const support = detectSupport();
const poolSize = support.cores;
const params = new URLSearchParams(location.search);
const faultsAllowed = params.get('faults') === 'inject';
const TABS = ['mandelbrot', 'julia', 'raytrace', 'pipeline', 'benchmark'];
/** How long the controls must rest before a change renders: long enough to type a number. */
const LIVE_DELAY_MS = 300;
/** The scene text must rest longer: it is edited a character at a time and is often invalid meanwhile. */
const SCENE_DELAY_MS = 800;

// ?engine=js picks the engine; ?mode=transfer forces transfer mode on an isolated page, e.g. to
// compare the two; ?faults=inject lets tests make workers fail.
const runtime = startTessera({
  workers: poolSize, engine: params.get('engine') ?? undefined, mode: params.get('mode'), support, faults: faultsAllowed,
});
const canvasOf = (tab) => $(`canvas-${tab}`);
const status = Object.fromEntries(TABS.map((tab) => [tab, new TabStatus()]));
const overlay = new WorkerOverlay($('overlay'), canvasOf('mandelbrot'));
const sceneEditor = new SceneEditor($('scene'), $('scene-error'), () => sceneEdited());
new ModelInput({
  fileInput: $('model-file'),
  editor: sceneEditor,
  onAdded: (name) => {
    setMessage('raytrace', `Added ${name} where the camera looks; its transform in the scene places it.`);
    sceneEdited();
  },
  onError: (message) => setMessage('raytrace', message, true),
});
const imageInput = new ImageInput({
  select: $('image'), fileInput: $('image-file'), dropZone: $('stage-pipeline'), onChange: () => edited('pipeline', 0),
});
const divider = new Divider($('compare'), $('canvas-pipeline').parentElement, (percent) => {
  $('canvas-pipeline').style.clipPath = $('before').hidden ? '' : `inset(0 0 0 ${percent}%)`;
});
for (const tab of ['mandelbrot', 'julia', 'raytrace', 'pipeline']) {
  new PictureFrame($('stages'), canvasOf(tab));
}
new PictureFrame($('stages'), $('before'));
let workload = 'mandelbrot';
/** Set once describe() has arrived: the controls built from it. */
let explorer = null;
let juliaExplorer = null;
let chainEditor = null;
let mandelbrotFacts = null;
let limits = null;

/** Resolves once the controls that depend on describe() are built. */
let pageReady = null;
/** Whether a minibrot search runs: Cancel stops it. */
let searching = false;
/** What was wrong with the link the page was opened with, to say once the page is up, or null. */
let linkProblem = null;

/** The options of the page's render: the runtime's (see runtime/tessera.js), but for the canvas, which the page picks. */
const PAGE_RENDER_OPTIONS = {
  onProgress: 'function', signal: 'signal', reuse: 'boolean', progressive: 'boolean', onBatch: 'function',
};

window.tessera = {
  /** The runtime's `ready` (after useEngine, the new pool's), once the page's controls are built too. */
  get ready() { return pageReady.then(() => runtime.ready); },
  /**
   * Renders on the page, on the tab of the request's workload (which is shown); the options are the
   * runtime's, but for `canvas`: the page shows the picture on its tab's own.
   */
  render: (request, options = {}) => {
    checkOptions(options, PAGE_RENDER_OPTIONS, 'render');
    return renderAndShow(request, { ...options, fromControls: false });
  },
  cancel: () => runtime.cancel(),
  /** Stops the render: a path-traced picture converging keeps what it has (see the runtime's stop). */
  stop: () => runtime.stop(),
  /** Restarts the pool with another engine: 'wasm' or 'js'. */
  useEngine: (engine) => startEngine(engine),
  describe: () => runtime.describe(),
  /** Records a zoom as a video (see the runtime's recordZoom). */
  recordZoom: (options, callbacks) => runtime.recordZoom(options, callbacks),
  /** What the engine finds in a view: for a Mandelbrot view, the minibrot of lowest period. */
  find: (request, options) => runtime.find(request, options),
  /** Runs the benchmark (see benchmark.js) and shows it on the Benchmark tab; resolves to the report. */
  benchmark: (options) => benchmarkAndShow(options),
  /** The hand-written JavaScript Mandelbrot in plain workers, for comparison: {width, height, maxIter, workers}. */
  baseline: (options) => runJsBaseline(options),
  ...(faultsAllowed ? { injectFault: (fault) => runtime.injectFault(fault) } : {}),
};

function commonFields() {
  return { workers: $('workers').valueAsNumber, tileSize: Number($('tileSize').value) };
}

/**
 * The size an explorer's picture renders at: the stage's, in device pixels, so that it is sharp;
 * or the width and height typed in for a custom size (a poster, a benchmark).
 */
function pictureSize(prefix) {
  if ($(`${prefix}size`).value === 'custom') {
    return { width: $(`${prefix}width`).valueAsNumber, height: $(`${prefix}height`).valueAsNumber };
  }
  const area = $('stages');
  let width = Math.max(1, Math.round(area.clientWidth * devicePixelRatio));
  let height = Math.max(1, Math.round(area.clientHeight * devicePixelRatio));
  const shrink = Math.min(1, limits ? Math.sqrt(limits.maxPixels / (width * height)) : 1,
    limits ? limits.maxSide / Math.max(width, height) : 1);
  width = Math.max(1, Math.floor(width * shrink));
  height = Math.max(1, Math.floor(height * shrink));
  return { width, height };
}

/** The request the controls of `tab` describe: an object, or JSON text when it embeds the scene editor's text. */
function requestFromControls(tab = workload) {
  if (tab === 'raytrace') {
    const size = {};
    if ($('rt-width').value !== '') {
      size.width = $('rt-width').valueAsNumber;
    }
    if ($('rt-height').value !== '') {
      size.height = $('rt-height').valueAsNumber;
    }
    return sceneEditor.requestText({ workload: 'raytrace', ...size, ...commonFields() });
  }
  if (tab === 'pipeline') {
    return { workload: 'pipeline', ...commonFields(), params: { image: imageInput.url(), ops: chainEditor.chain() } };
  }
  if (tab === 'julia') {
    const params = {
      c: { x: $('julia-cx').valueAsNumber, y: $('julia-cy').valueAsNumber },
      maxIter: $('julia-maxIter').valueAsNumber, palette: $('julia-palette').value,
    };
    if (juliaExplorer?.view) {
      Object.assign(params, juliaExplorer.view.requestFields(Infinity));
    }
    return { workload: 'julia', ...pictureSize('julia-'), ...commonFields(), params };
  }
  const params = { maxIter: $('maxIter').valueAsNumber, palette: $('palette').value };
  if (explorer?.view) {
    // Numbers while doubles resolve the view, exact decimal text past that: the engine renders those by perturbation.
    Object.assign(params, explorer.view.requestFields(mandelbrotFacts.zoom.precisionLimit));
  }
  return { workload: 'mandelbrot', ...pictureSize(''), ...commonFields(), params };
}

/** The workload a request is for, read from an object or from JSON text; null if it does not say. */
function workloadOf(request) {
  if (typeof request === 'object' && request !== null) {
    return request.workload ?? null;
  }
  const match = /"workload"\s*:\s*"(\w+)"/.exec(String(request));
  return match ? match[1] : null;
}

// ---- What a tab shows beside its picture ----

function showStatus(tab) {
  if (tab !== workload) {
    return;
  }
  const shown = status[tab];
  $('message').textContent = shown.message;
  $('message').classList.toggle('error', shown.isError);
  $('progress').value = shown.progress;
  $('timer').textContent = shown.ms === null ? '' : `${Math.round(shown.ms)} ms`;
  $('per-worker').tBodies[0].replaceChildren(...shown.workers.map(([worker, tiles, busy]) => {
    const row = document.createElement('tr');
    for (const text of [worker, tiles, busy === null ? '' : `${Math.round(busy)} ms`]) {
      row.insertCell().textContent = String(text);
    }
    return row;
  }));
  showLiveStrip(shown.current);
  $('cancel').disabled = !shown.rendering && !benchmarkRunning && !searching;
}

function setMessage(tab, text, isError = false) {
  Object.assign(status[tab], { message: text, isError });
  showStatus(tab);
}

function showProgress(tab, progress) {
  const { done, total, ms, tilesByWorker, current } = progress;
  if (tab === workload) {
    overlay.update(progress);
  }
  Object.assign(status[tab], {
    progress: total ? done / total : 0, ms, current, workers: tilesByWorker.map((count, w) => [w, count, null]),
  });
  showStatus(tab);
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

/** Where a converging picture stands: "24 of 64 samples per pixel, 3.2 s, noise ±1.9 %". */
function convergence(samples, totalSamples, ms, noise) {
  const of = samples === totalSamples ? `${samples}` : `${samples} of ${totalSamples}`;
  const time = ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
  const spread = noise === null ? '' : `, noise ±${(100 * noise).toFixed(noise < 0.001 ? 2 : 1)} %`;
  return `${of} sample${totalSamples > 1 ? 's' : ''} per pixel in ${time}${spread}`;
}

/** The outcome of a finished render in a sentence; a speedup only where several tiles could share the work. */
function summary(result) {
  const busy = result.perWorker.reduce((sum, p) => sum + p.busyMs, 0);
  const head = `${result.width} × ${result.height}, ${result.tiles} tile${result.tiles > 1 ? 's' : ''} on ${result.workers} `
    + `worker${result.workers > 1 ? 's' : ''} in ${Math.round(result.ms)} ms`;
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
 * Why a scene rendered on fewer workers than the pool has: each worker holds its own copy of the
 * scene's meshes, and the engine gives a large one only as many workers as fit in memory together.
 */
function memoryNote(tab, result) {
  const asked = Math.min(poolSize, $('workers').valueAsNumber || poolSize);
  if (tab !== 'raytrace' || result.workers >= asked) {
    return '';
  }
  return ` Only ${result.workers} of ${asked} workers: each holds its own copy of the scene's meshes, and more copies would not fit in memory.`;
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
  if (!(iterations > 0)) {
    return '';
  }
  const count = (n) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : String(n));
  return `; ${count(iterations)} iterations, ${count(Math.round((iterations / result.ms) * 1000))} a second`;
}

/** The depth of the Mandelbrot view, as the panel shows it: "Zoom 2.42 × 10¹⁰⁴⁰". */
function showDepth(view) {
  const superscript = (n) => String(n).replace(/[-0-9]/g, (d) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(d)]);
  const { mantissa, exponent } = view.zoomParts;
  $('depth').textContent = exponent < 6 ? `Zoom ${Number(view.zoomNumber.toPrecision(4))}`
    : `Zoom ${mantissa === 1 ? '' : `${Number(mantissa.toPrecision(3))} × `}10${superscript(exponent)}`;
}

let places = [];

/** Goes to the place chosen in the list, with the iterations it needs. */
function goToPlace() {
  const place = places[Number($('place').value)];
  $('place').value = '';
  if (!place || !explorer) {
    return;
  }
  explorer.set(PlaneView.of(place));
  $('maxIter').value = String(place.iter);
  $('auto-iter').checked = place.iter === iterationsFor(explorer.view.log10Zoom);
  if (place.palette && mandelbrotFacts.palettes.includes(place.palette)) {
    $('palette').value = place.palette;
  }
  showDepth(explorer.view);
  renderCurrent();
}

/** Looks for the minibrot of lowest period in view and goes there, with iterations enough to show its inside. */
async function findMinibrot() {
  const button = $('find-minibrot');
  button.disabled = true;
  searching = true;
  setMessage('mandelbrot', 'Looking for the minibrot of lowest period on screen…');
  try {
    const request = requestFromControls('mandelbrot');
    if (!request.params.center) {
      Object.assign(request.params, explorer.current().requestFields(mandelbrotFacts.zoom.precisionLimit));
    }
    const found = await runtime.find(request);
    if (found.error) {
      setMessage('mandelbrot', `No minibrot: ${found.error}.`, true);
      return;
    }
    explorer.set(PlaneView.of(found));
    const iterations = Math.min(mandelbrotFacts.maxIter.max, Math.max($('maxIter').valueAsNumber || 0, 20 * found.period));
    $('maxIter').value = String(iterations);
    $('auto-iter').checked = false;
    showDepth(explorer.view);
    setMessage('mandelbrot', `A minibrot of period ${found.period}: rendering it.`);
    renderCurrent();
  } catch (e) {
    if (e.name === 'AbortError') {
      // Cancelled, or a newer render took over: that one reports.
      setMessage('mandelbrot', status.mandelbrot.rendering ? 'Rendering…' : 'The search was cancelled.');
    } else {
      setMessage('mandelbrot', `No minibrot found: ${e.message}`, true);
    }
  } finally {
    searching = false;
    showStatus('mandelbrot');
    button.disabled = false;
  }
}

let rendersStarted = 0;
/** Counts renders started: a render whose number is no longer the latest knows a newer one replaced it. */
let latestRender = 0;

/**
 * Every render, from the controls or from a script, shows its outcome on its workload's tab. A
 * script's picture stays until the user changes a control: the page does not re-render it on its own.
 */
async function renderAndShow(request, {
  fromControls = true, showTab = true, reuse = true, progressive = fromControls, signal = null, onProgress = () => {}, onBatch = () => {},
} = {}) {
  const named = workloadOf(request);
  const tab = TABS.includes(named) && named !== 'benchmark' ? named : workload === 'benchmark' ? 'mandelbrot' : workload;
  if (tab !== workload && showTab) {
    selectWorkload(tab, { render: false });
  }
  const token = ++latestRender;
  rendersStarted++;
  clearTimeout(liveTimer);
  const shown = status[tab];
  Object.assign(shown, { rendering: true, stale: false, fromControls, progress: 0 });
  setMessage(tab, 'Rendering…');
  sceneEditor.clearError();
  clearMarks($('controls'));
  try {
    let noise = null;
    const showBatch = (batch) => {
      onBatch(batch);
      noise = batch.noise ?? noise;
      if (token === latestRender) {
        $('cancel').textContent = 'Stop';
        setMessage(tab, `Path tracing: ${convergence(batch.samples, batch.totalSamples, batch.ms, noise)}.`);
      }
    };
    const result = await runtime.render(request, {
      canvas: canvasOf(tab), reuse, progressive, signal, onBatch: showBatch,
      onProgress: (p) => {
        onProgress(p);
        showProgress(tab, p);
      },
    });
    Object.assign(shown, {
      ms: result.ms, progress: 1, workers: result.perWorker.map((p) => [p.worker, p.tiles, p.busyMs]),
    });
    if (token !== latestRender) {
      return result;
    }
    if (result.stopped) {
      setMessage(tab, `Stopped at ${convergence(result.samples, result.totalSamples, result.ms, noise)}; the picture is kept.`);
    } else if (result.totalSamples) {
      setMessage(tab, `${result.width} × ${result.height}, ${convergence(result.samples, result.totalSamples, result.ms, noise)}`
        + ` on ${result.workers} worker${result.workers > 1 ? 's' : ''}.`);
    } else {
      setMessage(tab, summary(result) + memoryNote(tab, result));
    }
    rememberView(request);
    if (tab === 'pipeline') {
      imageInput.succeeded();
      showBefore(request, result).catch((e) => setMessage(tab, `Could not show the original: ${e.message}`, true));
    }
    return result;
  } catch (e) {
    if (token !== latestRender) {
      // Replaced by a newer render: that one reports. Interrupted on another tab, this tab renders again when shown.
      shown.stale = true;
      setMessage(tab, tab === workload ? '' : 'Interrupted by a render on another tab.');
    } else if (e.name === 'AbortError') {
      shown.stale = true;
      setMessage(tab, 'Cancelled.');
    } else if (fromControls) {
      showFailure(tab, e, request);
    } else {
      setMessage(tab, e.message, true);
      sceneEditor.showError(e);
    }
    throw e;
  } finally {
    if (token === latestRender) {
      $('cancel').textContent = 'Cancel';
    }
    shown.rendering = false;
    showStatus(tab);
    $('download').disabled = workload === 'benchmark' || status[workload].stale;
  }
}

/**
 * A refusal in the user's words: the control it concerns named as labelled on screen, marked and
 * focused; a scene error shown in the editor at its place; a chosen file by its name.
 */
function showFailure(tab, error, request) {
  const field = error.name === 'RequestError' ? String(error.field ?? '') : '';
  const detail = field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  if (field.startsWith('params.scene') || (tab === 'raytrace' && error.line > 0)) {
    setMessage(tab, 'The scene has an error; see the scene editor.', true);
    sceneEditor.showError(error, { focus: true });
    return;
  }
  if (field === 'params.image') {
    const file = imageInput.describe(request.params?.image);
    setMessage(tab, `${file} cannot be used: ${detail.replace(/^cannot load "[^"]*": /, '')}`, true);
    imageInput.failed();
    return;
  }
  const control = controlFor(tab, field);
  if (control) {
    markInvalid($('controls'), control, true);
    setMessage(tab, `${controlName(control)}: ${detail}`, true);
    return;
  }
  setMessage(tab, error.message, true);
}

/** The control on `tab` that request field `field` comes from, or null. */
function controlFor(tab, field) {
  const op = /^params\.ops\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (op && chainEditor) {
    return chainEditor.control(Number(op[1]), op[2]);
  }
  const prefix = tab === 'julia' ? 'julia-' : tab === 'raytrace' ? 'rt-' : '';
  const ids = {
    width: `${prefix}width`, height: `${prefix}height`, workers: 'workers', tileSize: 'tileSize',
    'params.maxIter': `${prefix}maxIter`, 'params.palette': `${prefix}palette`,
    'params.c.x': 'julia-cx', 'params.c.y': 'julia-cy',
  };
  const control = ids[field] && $(ids[field]);
  return control && !control.closest('[hidden]') ? control : null;
}

/** A Mandelbrot render of an explored view puts the view in the URL: Back returns to the view before. */
let lastPushAt = 0;
function rememberView(request) {
  const view = typeof request === 'object' && request.workload === 'mandelbrot' && request.params?.center ? explorer?.view : null;
  if (!view) {
    return;
  }
  const fragment = view.fragment(request.params.maxIter, request.params.palette);
  if (fragment === location.hash) {
    return;
  }
  // A view that has rested for a while gets a history entry of its own; quick moves replace it.
  if (performance.now() - lastPushAt > 1500) {
    history.pushState(null, '', fragment);
  } else {
    history.replaceState(null, '', fragment);
  }
  lastPushAt = performance.now();
}

/** A link pasted into the address bar, or Back and Forward: the explorer goes to the view the URL names. */
function followLocation() {
  const linked = viewFromFragment(location.hash);
  if (!linked || !explorer) {
    return;
  }
  if (linked.problem) {
    selectWorkload('mandelbrot', { render: false });
    setMessage('mandelbrot', linked.problem, true);
    return;
  }
  const current = explorer.view && explorer.view.fragment($('maxIter').value, $('palette').value);
  if (current === location.hash) {
    return;
  }
  applyLink(linked);
  lastPushAt = 0;
  selectWorkload('mandelbrot', { render: false });
  renderCurrent();
}

function applyLink(linked) {
  explorer.set(linked.view);
  showDepth(explorer.view);
  if (linked.palette && mandelbrotFacts.palettes.includes(linked.palette)) {
    $('palette').value = linked.palette;
  }
  const iterations = Number(linked.iter) || iterationsFor(linked.view.log10Zoom);
  $('maxIter').value = String(iterations);
  $('auto-iter').checked = iterations === iterationsFor(linked.view.log10Zoom);
}

/** For a pipeline render, the original under the result, revealed left of the divider. */
async function showBefore(request, result) {
  const image = typeof request === 'object' && request.workload === 'pipeline' ? request.params.image : null;
  $('before').hidden = !image;
  $('compare').hidden = !image;
  divider.set(divider.position);
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
  canvasOf(workload).toBlob((blob) => {
    const link = Object.assign(document.createElement('a'),
      { href: URL.createObjectURL(blob), download: `tessera-${workload}.png` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }, 'image/png');
}

// ---- Live rendering ----

let liveTimer = null;

/** The current tab's picture is out of date: it renders once the controls rest. */
function scheduleRender(delay = LIVE_DELAY_MS) {
  clearTimeout(liveTimer);
  liveTimer = setTimeout(renderCurrent, delay);
}

/** `tab`'s controls changed: its picture is stale, and renders after `delay` if it is the tab shown. */
function edited(tab, delay = LIVE_DELAY_MS) {
  status[tab].stale = true;
  if (tab === workload && pageReady) {
    scheduleRender(delay);
  }
}

/** The scene text changed: once it rests and is JSON, the picture follows; until then it waits. */
function sceneEdited() {
  status.raytrace.stale = true;
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => {
    try {
      JSON.parse(sceneEditor.text);
    } catch (e) {
      sceneEditor.showSyntaxError(e);
      return;
    }
    renderCurrent();
  }, SCENE_DELAY_MS);
}

/** Renders the current tab from its controls, unless a control holds what it cannot take (then says so). */
function renderCurrent({ focus = false } = {}) {
  clearTimeout(liveTimer);
  if (workload === 'benchmark' || !explorer) {
    return;
  }
  const panel = $(`panel-${workload}`);
  const invalid = firstInvalid([...panel.querySelectorAll('input'), $('workers')]);
  if (invalid) {
    markInvalid($('controls'), invalid.control, focus);
    setMessage(workload, invalid.message, true);
    return;
  }
  clearMarks($('controls'));
  return renderAndShow(requestFromControls(), { fromControls: true }).catch(() => {});
}

// ---- The benchmark ----

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
    const problem = `Tick at least one ${workloads.length ? 'engine' : 'workload'} to run the benchmark.`;
    $('bench-status').textContent = problem;
    throw new Error(problem);
  }
  if (benchmarkRunning) {
    throw new Error('a benchmark is already running');
  }
  const engineBefore = (await runtime.ready).engine;
  benchmarkCancelled = false;
  benchmarkRunning = true;
  $('cancel').disabled = false;
  $('render').disabled = true;
  $('bench-json').disabled = true;
  $('bench-csv').disabled = true;
  const workers = Math.min(maxWorkers || poolSize, poolSize);
  const catalogue = await loadBenchmarkWorkloads();
  const show = (report) => {
    renderTable($('bench-table'), report);
    $('bench-chart').hidden = report.results.length === 0;
    renderChart($('bench-chart'), report, workers);
  };
  try {
    // The benchmark's renders land on their workloads' tabs, which stay in the background meanwhile.
    const api = {
      ...window.tessera, render: (request, { reuse } = {}) => renderAndShow(request, { fromControls: false, showTab: false, reuse }),
    };
    lastReport = await runBenchmark(api, {
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
    $('render').disabled = false;
    if ((await runtime.ready.catch(() => ({}))).engine !== engineBefore) {
      await startEngine(engineBefore).catch(() => {});
    }
  }
}

// ---- The pool ----

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
    $('render').disabled = benchmarkRunning;
    return info;
  } catch (e) {
    $('status').textContent = 'Not running.';
    setMessage(workload, e.message, true);
    throw e;
  }
}

// ---- Tabs and layout ----

/** Shows tab `name`: its controls, its picture and its figures; a stale picture renders unless `render` is false. */
function selectWorkload(name, { render = true } = {}) {
  workload = name;
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.workload === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) {
      // On a phone the tabs scroll sideways: the chosen one comes into view.
      tab.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    $(tab.getAttribute('aria-controls')).hidden = !selected;
  }
  for (const stage of $('stages').querySelectorAll('[data-workload]')) {
    stage.hidden = stage.dataset.workload !== name;
  }
  document.body.toggleAttribute('data-scene', name === 'raytrace');
  $('record-zoom').hidden = name !== 'mandelbrot' && name !== 'julia';
  $('render').textContent = name === 'benchmark' ? 'Run benchmark' : 'Render';
  $('download').hidden = name === 'benchmark';
  $('download').disabled = name === 'benchmark' || status[name].stale;
  if (name !== 'benchmark') {
    canvasOf(name).parentElement.append($('overlay'));
    overlay.attach(canvasOf(name));
  }
  showStatus(name);
  if (name === 'raytrace' && sceneEditor.isEmpty()) {
    openSceneEditor().then(() => loadPreset($('preset').value, render));
  } else if (render && status[name].stale && !status[name].rendering) {
    renderCurrent();
  }
}

/** The code editor, loaded when the ray tracer's tab is first shown (the text area serves until then, or if it fails). */
let sceneEditorOpened = null;
function openSceneEditor() {
  sceneEditorOpened ??= sceneEditor.upgrade().catch(() => false);
  return sceneEditorOpened;
}

async function loadPreset(name, render = true) {
  try {
    await sceneEditor.loadPreset(name);
    // The crate's own test scene asks for 32000 × 24000; render it at a size that fits the page.
    const oversized = name === 'crate-test';
    $('rt-width').value = oversized ? '800' : '';
    $('rt-height').value = oversized ? '600' : '';
    if (render) {
      edited('raytrace', 0);
    }
  } catch (e) {
    setMessage('raytrace', e.message, true);
  }
}

/** The side panel (a sheet on a phone): open on a wide screen, closed on a phone to begin with. */
function setPanel(open) {
  document.body.dataset.panel = open ? 'open' : 'closed';
  $('toggle-panel').setAttribute('aria-expanded', String(open));
  $('toggle-panel').textContent = open ? 'Hide controls' : 'Controls';
}

// ---- Wiring ----

setUpTheme($('theme'));
// Crossing from a wide window to a phone-sized one (or back) starts from that size's default.
const wide = matchMedia('(min-width: 48rem)');
setPanel(wide.matches);
wide.addEventListener('change', () => setPanel(wide.matches));
$('toggle-panel').addEventListener('click', () => setPanel(document.body.dataset.panel !== 'open'));
$('dismiss-transfer-note').addEventListener('click', () => { $('transfer-note').hidden = true; });

$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  if (workload === 'benchmark') {
    benchmarkAndShow(benchmarkOptionsFromControls()).catch(() => {});
  } else {
    renderCurrent({ focus: true });
  }
});
// Any edit of a control renders its tab again once the controls rest; some controls act otherwise, below.
const ACTING_ON_THEIR_OWN = new Set(['engine', 'preset', 'image', 'image-file', 'model-file', 'scene', 'size', 'julia-size']);
for (const type of ['input', 'change']) {
  $('controls').addEventListener(type, (event) => {
    const control = event.target;
    if (ACTING_ON_THEIR_OWN.has(control.id) || control.closest('#panel-benchmark, #scene-editor') || control.type === 'button') {
      return;
    }
    if (type === 'change' && control.type !== 'checkbox' && control.tagName !== 'SELECT') {
      return; // a number's change follows its input events
    }
    control.removeAttribute('aria-invalid');
    edited(workload);
  });
}
for (const prefix of ['', 'julia-']) {
  $(`${prefix}size`).addEventListener('change', () => {
    for (const label of $(`${prefix}size`).closest('fieldset').querySelectorAll('[data-size="custom"]')) {
      label.hidden = $(`${prefix}size`).value !== 'custom';
    }
    edited(prefix ? 'julia' : 'mandelbrot', 0);
  });
}
$('cancel').addEventListener('click', () => {
  benchmarkCancelled = true;
  clearTimeout(liveTimer);
  // A path-traced picture converging stops where it is and stays; any other render is cancelled.
  runtime.stop();
});
copyButton($('bench-json'), () => JSON.stringify(lastReport, null, 2));
copyButton($('bench-csv'), () => resultsAsCsv(lastReport));
copyButton($('copy-link'), () => location.href);
$('place').addEventListener('change', goToPlace);
$('find-minibrot').addEventListener('click', findMinibrot);
$('download').addEventListener('click', download);
$('show-workers').addEventListener('change', () => overlay.show($('show-workers').checked));
$('maxIter').addEventListener('input', () => { $('auto-iter').checked = false; });
$('workers').addEventListener('input', () => {
  $('workers').dataset.touched = 'yes';
  $('workers-value').value = $('workers').value;
});
$('engine').addEventListener('change', () => {
  startEngine($('engine').value).then(() => {
    for (const tab of TABS) {
      status[tab].stale = true;
    }
    renderCurrent();
  }, () => {});
});
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
// A new window size is a new picture size for an explorer that fits the window.
let resizeTimer = null;
new ResizeObserver(() => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    for (const [tab, prefix] of [['mandelbrot', ''], ['julia', 'julia-']]) {
      if ($(`${prefix}size`).value === 'fit' && status[tab].fromControls) {
        const { width, height } = pictureSize(prefix);
        if (width !== canvasOf(tab).width || height !== canvasOf(tab).height) {
          edited(tab, 0);
        }
      }
    }
  }, LIVE_DELAY_MS);
}).observe($('stages'));
window.addEventListener('popstate', followLocation);
window.addEventListener('hashchange', followLocation);

if (!support.isolated) {
  isolationProblem().then((problem) => {
    $('isolation-problem').textContent = problem;
    $('transfer-note').hidden = false;
  });
}
if (!support.wasmGc) {
  $('engine').querySelector('option[value="wasm"]').disabled = true;
}

/** Palettes that are not named by their name alone. */
const PALETTE_LABELS = {
  iterations: 'Iteration counts (data, for export)', equalised: 'Equalised (spread over the view)', distance: 'Distance (boundary shading)',
};

/** A palette choice for every palette the workload describes, its default selected. */
function fillPalettes(select, facts) {
  select.replaceChildren(...facts.palettes.map((name) =>
    new Option(PALETTE_LABELS[name] ?? name[0].toUpperCase() + name.slice(1), name, false, name === facts.palette)));
}

/** Opens the Julia set of the point under an Alt-click on the Mandelbrot picture. */
function openJuliaAt(event) {
  if (!event.altKey || !explorer) {
    return;
  }
  event.preventDefault();
  const c = explorer.planePoint(explorer.canvasPoint(event));
  $('julia-cx').value = String(c.x);
  $('julia-cy').value = String(c.y);
  juliaExplorer.view = null;
  status.julia.stale = true;
  selectWorkload('julia');
}

/** Builds what depends on the engine's description: palettes, ranges, the explorers, the filter chain. */
function applyDescription(description) {
  ({ limits } = description);
  const { workloads } = description;
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
  juliaExplorer = new Explorer(canvasOf('julia'), () => renderCurrent(), juliaFacts);
  canvasOf('mandelbrot').addEventListener('click', openJuliaAt);
  explorer = new Explorer(canvasOf('mandelbrot'), (view) => {
    if ($('auto-iter').checked) {
      $('maxIter').value = String(iterationsFor(view.log10Zoom));
    }
    showDepth(view);
    renderCurrent();
  }, mandelbrotFacts);
  setUpZoomRecorder(runtime, {
    currentRequest: () => requestFromControls(workload === 'julia' ? 'julia' : 'mandelbrot'),
    canvas: () => canvasOf(workload === 'julia' ? 'julia' : 'mandelbrot'),
    done: () => renderCurrent(),
  });
  chainEditor = new ChainEditor($('chain'), $('add-filter'), workloads.pipeline,
    [{ op: 'blur', radius: 4 }, { op: 'brightness', factor: 1.2 }, { op: 'sepia' }], () => edited('pipeline'));
  const linked = viewFromFragment(location.hash);
  if (linked?.problem) {
    // Shown once the first render's message is in: the page opens where it would without the link.
    linkProblem = linked.problem;
  } else if (linked) {
    applyLink(linked);
  }
}

/** The benchmark's workloads as checkboxes, from the catalogue the JVM's bench command reads too. */
async function showBenchmarkChoices() {
  try {
    const catalogue = await loadBenchmarkWorkloads();
    $('bench-workloads').replaceChildren(...Object.values(catalogue).map((entry) => {
      // Comparisons (the same picture another way) are there to tick, not run every time.
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox', name: 'bench-workload', value: entry.name, checked: !entry.comparison,
      });
      const label = document.createElement('label');
      label.title = entry.label;
      label.append(box, ` ${entry.short}`);
      return label;
    }));
  } catch (e) {
    $('bench-status').textContent = `The benchmark cannot run: ${e.message}`;
  }
}

$('bench-chart').hidden = true;
showBenchmarkChoices();
pageReady = showStart(runtime.ready).then(async (info) => {
  applyDescription(await runtime.describe());
  places = await loadPlaces($('place'));
  return info;
});
// The first picture, unless a script that awaited `ready` asked for its own first.
pageReady.then(async () => {
  if (rendersStarted === 0) {
    await renderCurrent();
  }
  if (linkProblem) {
    // The page opened on its first view; the link it was given is refused in words.
    setMessage('mandelbrot', `${linkProblem} Showing the default view instead.`, true);
  }
}).catch(() => {});
