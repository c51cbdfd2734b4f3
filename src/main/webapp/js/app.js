// Page wiring: controls to requests, progress to the screen, and window.tessera for scripts.
import { Tessera } from './tessera.js';

const $ = (id) => document.getElementById(id);
const support = window.tesseraSupport;
const poolSize = Math.max(1, support.cores);
const params = new URLSearchParams(location.search);
const defaultEngine = support.wasmGc ? 'wasm' : 'js';

const tessera = new Tessera({ canvas: $('canvas'), support, poolSize, onProgress: showProgress });
window.tessera = {
  get ready() { return tessera.ready; },
  render: (request) => renderAndShow(request),
  cancel: () => tessera.cancel(),
  /** Restarts the pool with another engine: 'wasm' or 'js'. */
  useEngine: (engine) => startEngine(engine),
};

function requestFromControls() {
  return {
    workload: 'mandelbrot',
    width: $('width').valueAsNumber,
    height: $('height').valueAsNumber,
    workers: $('workers').valueAsNumber,
    tileSize: Number($('tileSize').value),
    params: { maxIter: $('maxIter').valueAsNumber, palette: $('palette').value },
  };
}

function showProgress({ shown, tiles, ms, tilesByWorker }) {
  $('progress').value = tiles ? shown / tiles : 0;
  $('timer').textContent = `${Math.round(ms)} ms`;
  const rows = tilesByWorker.map((count, w) => `<tr><td>${w}</td><td>${count}</td><td></td></tr>`);
  $('per-worker').tBodies[0].innerHTML = rows.join('');
}

function showMessage(text, isError = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', isError);
}

let rendersInFlight = 0;

/** Every render, from the Render button or from a script, shows its outcome on the page. */
async function renderAndShow(request) {
  rendersInFlight++;
  $('cancel').disabled = false;
  showMessage('Rendering…');
  try {
    const result = await tessera.render(request);
    $('timer').textContent = `${Math.round(result.ms)} ms`;
    const rows = result.perWorker.map((p) =>
      `<tr><td>${p.worker}</td><td>${p.tiles}</td><td>${Math.round(p.busyMs)} ms</td></tr>`);
    $('per-worker').tBodies[0].innerHTML = rows.join('');
    showMessage(`${result.width} × ${result.height}, ${result.tiles} tiles on ${result.workers} `
      + `worker${result.workers > 1 ? 's' : ''} in ${Math.round(result.ms)} ms.`);
    return result;
  } catch (e) {
    // A render replaced by a newer one says nothing; the newer one reports.
    if (rendersInFlight === 1) {
      showMessage(e.name === 'AbortError' ? 'Cancelled.' : e.message, e.name !== 'AbortError');
    }
    throw e;
  } finally {
    rendersInFlight--;
    $('cancel').disabled = rendersInFlight === 0;
  }
}

async function startEngine(engine) {
  $('engine').value = engine;
  $('render').disabled = true;
  $('status').textContent = `Starting ${poolSize} workers…`;
  try {
    const info = await tessera.start(engine);
    const workers = $('workers');
    workers.max = String(info.workers);
    if (!workers.dataset.touched) {
      workers.value = String(info.workers);
    }
    $('workers-value').value = workers.value;
    $('status').textContent = `${info.engine === 'wasm' ? 'WebAssembly' : 'JavaScript'} engine, `
      + `${info.workers} workers, shared memory.`;
    $('render').disabled = false;
    return info;
  } catch (e) {
    $('status').textContent = 'Not running.';
    showMessage(e.message, true);
    throw e;
  }
}

$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  renderAndShow(requestFromControls()).catch(() => {});
});
$('cancel').addEventListener('click', () => tessera.cancel());
$('workers').addEventListener('input', () => {
  $('workers').dataset.touched = 'yes';
  $('workers-value').value = $('workers').value;
});
$('engine').addEventListener('change', () => startEngine($('engine').value).catch(() => {}));

if (!support.wasmGc) {
  $('engine').querySelector('option[value="wasm"]').disabled = true;
}
startEngine(params.get('engine') || defaultEngine)
  .then(() => renderAndShow(requestFromControls()))
  .catch(() => {});
