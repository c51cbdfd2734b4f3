// The Tessera page: the picture fills the window and the controls sit in a side panel (a sheet on a
// phone). The page is a set of tabs (tabs/registry.js says what a tab is); this module shows one at
// a time and runs their renders through the runtime, leaving everything else to the tab. Every
// change of a control re-renders, after a short pause, cancelling the render in flight; each tab
// keeps its own picture and figures. window.tessera is the runtime's API for scripts, with renders
// shown on the page. Controls, ranges and choices come from describe().
import { startTessera, detectSupport } from '../runtime/tessera.js';
import { TABS } from './tabs/registry.js';
import { pageApi } from './page-api.js';
import { setUpLayout } from './layout.js';
import { PoolView } from './pool-view.js';
import { initialTab, onTabChosen, panelOf, showTab } from './tab-strip.js';
import { WorkerOverlay } from './worker-overlay.js';
import { PictureFrame } from './picture-frame.js';
import { StatusBar } from './tab-status.js';
import { saveFile } from './save-file.js';
import { convergence, outcome } from './render-summary.js';
import { setUpZoomRecorder } from './zoom-recorder.js';
import { idle } from './idle.js';
import { clearMarks, explainRefusal, firstInvalid, markInvalid } from './control-check.js';

const $ = (id) => document.getElementById(id);
const support = detectSupport();
const poolSize = support.cores;
const params = new URLSearchParams(location.search);
const faultsAllowed = params.get('faults') === 'inject';
/** How long the controls must rest before a change renders: long enough to type a number. */
const LIVE_DELAY_MS = 300;

// ?engine=js picks the engine; ?mode=transfer forces transfer mode on an isolated page, e.g. to
// compare the two; ?faults=inject lets tests make workers fail.
const runtime = startTessera({
  workers: poolSize, engine: params.get('engine') ?? undefined, mode: params.get('mode'), support, faults: faultsAllowed,
});
/** The tab shown. */
let current = initialTab();
const statusBar = new StatusBar(Object.keys(TABS), () => current);
/** Whether describe() has arrived and every tab has built its controls from it. */
let described = false;
/** Resolves once the controls that depend on describe() are built. */
let pageReady = null;
let firstPictureShown = null;
const firstPicture = new Promise((resolve) => { firstPictureShown = resolve; });
const tabs = new Map(Object.entries(TABS).map(([name, create]) => [name, create(pageFor(name))]));
const overlay = new WorkerOverlay($('overlay'), tabs.get(current).canvas);
for (const tab of tabs.values()) {
  if (tab.canvas) {
    new PictureFrame($('stages'), tab.canvas);
  }
}

/** What the page offers the tab `name` (see tabs/registry.js). */
function pageFor(name) {
  return {
    runtime,
    poolSize,
    get status() { return statusBar.of(name); },
    setMessage: (text, isError) => statusBar.setMessage(name, text, isError),
    edited: (delay, ready) => edited(name, delay, ready),
    select: (options) => select(name, options),
    parallelism,
    renderCurrent: (options) => renderCurrent(options),
    render: (request, options) => renderAndShow(request, options),
    startEngine: (engine) => pool.useEngine(engine),
    setBusy: (on, options) => statusBar.setBusy(name, on, options),
    firstPicture,
    get api() { return window.tessera; },
    tab: (other) => tabs.get(other),
  };
}

const pool = new PoolView({
  runtime, poolSize, support,
  rendersBlocked: () => statusBar.rendersBlocked,
  onError: (e) => statusBar.setMessage(current, e.message, true),
  onEngineChanged: () => {
    for (const shown of statusBar.all()) {
      shown.stale = true;
    }
    renderCurrent();
  },
});
window.tessera = pageApi({
  runtime, pageReady: () => pageReady, render: renderAndShow, startEngine: (engine) => pool.useEngine(engine), faults: faultsAllowed,
  extras: Object.assign({}, ...[...tabs.values()].map((tab) => tab.api)),
});

function parallelism() {
  return { workers: $('workers').valueAsNumber, tileSize: Number($('tileSize').value) };
}

/** The workload a request is for, read from an object or from JSON text; null if it does not say. */
function workloadOf(request) {
  if (typeof request === 'object' && request !== null) {
    return request.workload ?? null;
  }
  const match = /"workload"\s*:\s*"(\w+)"/.exec(String(request));
  return match ? match[1] : null;
}

// ---- Renders ----

let rendersStarted = 0;
/** Counts renders started: a render whose number is no longer the latest knows a newer one replaced it. */
let latestRender = 0;

/**
 * Every render, from the controls or from a script, shows its outcome on its workload's tab (when
 * no tab is, on the tab shown, or the first with a picture if that has none). A script's picture
 * stays until the user changes a control: the page does not re-render it on its own.
 */
async function renderAndShow(request, {
  fromControls = true, showTab = true, reuse = true, progressive = fromControls, signal = null, onProgress = () => {}, onBatch = () => {},
} = {}) {
  const name = [workloadOf(request), current, ...tabs.keys()].find((candidate) => tabs.get(candidate)?.canvas);
  const tab = tabs.get(name);
  if (name !== current && showTab) {
    select(name, { render: false });
  }
  const token = ++latestRender;
  rendersStarted++;
  clearTimeout(liveTimer);
  const shown = statusBar.of(name);
  // This render owns the tab's status until a newer one on the tab takes it: a render it replaced
  // (on this tab or another) finishing late must not say it is done, blank the message or turn Cancel off.
  const owns = () => shown.render === token;
  statusBar.startRender(name, token, { fromControls, frame: tab.canvas.parentElement });
  $('cancel').textContent = 'Cancel';
  let finished = false;
  for (const each of tabs.values()) {
    each.clearMarks?.();
  }
  clearMarks($('controls'));
  try {
    let noise = null;
    const showBatch = (batch) => {
      onBatch(batch);
      noise = batch.noise ?? noise;
      if (token === latestRender) {
        $('cancel').textContent = 'Stop';
        statusBar.setMessage(name, `Path tracing: ${convergence(batch.samples, batch.totalSamples, batch.ms, noise)}.`);
      }
    };
    const result = await runtime.render(request, {
      canvas: tab.canvas, reuse, progressive, signal, onBatch: showBatch,
      onProgress: (p) => {
        onProgress(p);
        if (!owns()) {
          return;
        }
        if (name === current) {
          overlay.update(p);
        }
        statusBar.showProgress(name, p);
      },
    });
    if (!owns()) {
      return result;
    }
    finished = true;
    Object.assign(shown, { ms: result.elapsedMs, progress: 1, workers: result.perWorker.map((p) => [p.worker, p.tiles, p.busyMs]) });
    if (token !== latestRender) {
      return result;
    }
    const note = tab.showResult?.(result, request) ?? '';
    statusBar.setMessage(name, outcome(result, noise, note));
    return result;
  } catch (e) {
    if (!owns()) {
      // Replaced by a newer render on this tab: that one reports.
    } else if (token !== latestRender) {
      // Interrupted by a render on another tab: this tab renders again when shown.
      shown.stale = true;
      statusBar.setMessage(name, 'Interrupted by a render on another tab.');
    } else if (e.name === 'AbortError') {
      shown.stale = true;
      statusBar.setMessage(name, 'Cancelled.');
    } else if (!tab.showFailure?.(e, request, { fromControls })) {
      const { message, control } = explainRefusal(tab, e, fromControls);
      if (control) {
        markInvalid($('controls'), control, true);
      }
      statusBar.setMessage(name, message, true);
    }
    throw e;
  } finally {
    if (token === latestRender) {
      $('cancel').textContent = 'Cancel';
    }
    if (owns()) {
      statusBar.endRender(name, { finished });
    }
    statusBar.show(name);
    $('download').disabled = !tabs.get(current).canvas || statusBar.of(current).stale;
  }
}

function download() {
  tabs.get(current).canvas.toBlob((blob) => saveFile(blob, `tessera-${current}.png`), 'image/png');
}

// ---- Live rendering ----

let liveTimer = null;

/**
 * Tab `name`'s controls changed: its picture is stale and, if it is the tab shown, renders once the
 * controls have rested `delay` ms and `ready()` agrees.
 */
function edited(name, delay = LIVE_DELAY_MS, ready = () => true) {
  statusBar.of(name).stale = true;
  if (name === current && pageReady) {
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => {
      if (ready()) {
        renderCurrent();
      }
    }, delay);
  }
}

/** Renders the current tab from its controls, unless a control holds what it cannot take (then says so). */
function renderCurrent({ focus = false } = {}) {
  clearTimeout(liveTimer);
  const tab = tabs.get(current);
  if (!tab.request || !described) {
    return;
  }
  const invalid = firstInvalid([...panelOf(current).querySelectorAll('input'), $('workers')]);
  if (invalid) {
    markInvalid($('controls'), invalid.control, focus);
    statusBar.setMessage(current, invalid.message, true);
    return;
  }
  clearMarks($('controls'));
  return renderAndShow(tab.request(), { fromControls: true }).catch(() => {});
}

// ---- Tabs ----

/** Shows tab `name`: its controls, its picture and its figures; a stale picture renders unless `render` is false. */
function select(name, { render = true } = {}) {
  tabs.get(current).leave?.();
  current = name;
  const tab = tabs.get(name);
  showTab(name);
  $('record-zoom').hidden = !tab.zoomVideo;
  $('download').hidden = !tab.canvas;
  $('download').disabled = !tab.canvas || statusBar.of(name).stale;
  if (tab.canvas) {
    tab.canvas.parentElement.append($('overlay'));
    overlay.attach(tab.canvas);
  }
  statusBar.show(name);
  const shown = statusBar.of(name);
  if (render) {
    // The window may have changed size while the tab was hidden.
    tab.resized?.();
  }
  if (!tab.enter?.({ render }) && render && shown.stale && !shown.rendering) {
    renderCurrent();
  }
}

// ---- Wiring ----

setUpLayout(support);

$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  const tab = tabs.get(current);
  if (tab.submit) {
    tab.submit();
  } else {
    renderCurrent({ focus: true });
  }
});
// Any edit of a control renders its tab again once the controls rest; the engine, the zoom video's
// settings (a recording of the view, not the view) and the controls a tab says act on their own do otherwise.
const ownControls = ['#record-zoom', ...[...tabs.values()].map((tab) => tab.ownControls).filter(Boolean)].join(', ');
for (const type of ['input', 'change']) {
  $('controls').addEventListener(type, (event) => {
    const control = event.target;
    if (control.id === 'engine' || control.closest(ownControls) || control.type === 'button') {
      return;
    }
    if (type === 'change' && control.type !== 'checkbox' && control.tagName !== 'SELECT') {
      return; // a number's change follows its input events
    }
    control.removeAttribute('aria-invalid');
    edited(current);
  });
}
$('cancel').addEventListener('click', () => {
  for (const tab of tabs.values()) {
    tab.cancel?.();
  }
  clearTimeout(liveTimer);
  // A path-traced picture converging stops where it is and stays; any other render is cancelled.
  runtime.stop();
});
$('download').addEventListener('click', download);
$('show-workers').addEventListener('change', () => overlay.show($('show-workers').checked));
onTabChosen((name) => select(name));
// A new window size: the tab shown sees whether its picture should follow (a hidden one looks when
// shown again: the area changes size with the tab's own controls and status, and a picture hidden
// meanwhile need not follow those).
let resizeTimer = null;
new ResizeObserver(() => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => tabs.get(current).resized?.(), LIVE_DELAY_MS);
}).observe($('stages'));

pageReady = pool.show(runtime.ready).then(async (info) => {
  const description = await runtime.describe();
  const building = [...tabs.values()].map((tab) => tab.applyDescription?.(description));
  described = true;
  setUpZoomRecorder(runtime, {
    currentRequest: () => tabs.get(current).request(),
    canvas: () => tabs.get(current).canvas,
    done: () => renderCurrent(),
    handOverColourCycling: () => tabs.get(current).handOverColourCycling?.() ?? 0,
    formatsAfter: firstPicture.then(idle),
  });
  await Promise.all(building);
  return info;
});
// The first picture, unless a script that awaited `ready` asked for its own first.
pageReady.then(async () => {
  if (rendersStarted === 0) {
    await renderCurrent();
  }
  performance.mark('tessera:first-picture');
  firstPictureShown();
}).catch(() => {});
