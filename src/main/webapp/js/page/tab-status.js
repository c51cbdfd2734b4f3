// What each tab shows beside its picture: the last message, progress, timer and per-worker figures.
// Every tab keeps its own, so that switching tabs never shows another tab's outcome.
import { WORKER_COLORS } from './worker-overlay.js';
import { elapsed, preparing } from './render-summary.js';

const $ = (id) => document.getElementById(id);
/** How often the timer moves while a render runs, reports or not (a prepare may report nothing for a while). */
const TICK_MS = 200;

export class TabStatus {
  constructor() {
    this.message = '';
    this.isError = false;
    this.progress = 0;
    this.ms = null;
    /** Rows of the per-worker table: [worker, tiles, busy ms or null]. */
    this.workers = [];
    /** The tile each worker is on during a render (-1: idle); empty outside one. */
    this.current = [];
    /** Whether the picture on the tab's canvas is out of date (never rendered, edited since, interrupted). */
    this.stale = true;
    this.rendering = false;
    /** The number of the render the tab shows last started (see the page's renderAndShow): only that one may change what it says. */
    this.render = 0;
    /** Whether the picture came from the controls (not from a script's request): only then may the page render it anew on its own. */
    this.fromControls = true;
    /**
     * The element around the tab's picture, marked 'pictured' once tiles of a picture have arrived
     * (an empty canvas is never out of date) and 'out-of-date' while it shows an earlier view than the one asked for.
     */
    this.frame = null;
    /** Whether the message says what preparing reports (the tiles then say 'Rendering…' again). */
    this.preparing = false;
    this.ticker = 0;
  }
}

/**
 * The status bar under the picture, showing the status of the tab on screen, and the Cancel button,
 * which is on while that tab renders or any tab runs something of its own that Cancel stops (a
 * benchmark, a search).
 */
export class StatusBar {
  /** @param names every tab's; @param shownTab () => the name of the tab on screen */
  constructor(names, shownTab) {
    this.statuses = new Map(names.map((name) => [name, new TabStatus()]));
    this.shownTab = shownTab;
    /** The tabs running something of their own, and whether it holds Render back meanwhile. */
    this.busy = new Map();
  }

  /** Tab `name`'s TabStatus. */
  of(name) {
    return this.statuses.get(name);
  }

  all() {
    return [...this.statuses.values()];
  }

  /** Shows tab `name`'s status, if it is the tab on screen; `announce`: its message is said again even if unchanged. */
  show(name, announce = false) {
    if (name === this.shownTab()) {
      showTabStatus(this.of(name), announce);
      this.enableCancel();
    }
  }

  setMessage(name, text, isError = false) {
    Object.assign(this.of(name), { message: text, isError });
    this.show(name);
  }

  /**
   * Render number `token` starts on tab `name`: the timer runs from now, and the picture in `frame`
   * is marked out of date until the new one's tiles arrive (a deep view's reference orbit may take
   * a minute first).
   */
  startRender(name, token, { fromControls, frame }) {
    const status = this.of(name);
    clearInterval(status.ticker);
    const startedAt = performance.now();
    Object.assign(status, { rendering: true, stale: false, fromControls, progress: 0, ms: 0, render: token, frame, preparing: false });
    status.ticker = setInterval(() => {
      status.ms = performance.now() - startedAt;
      this.show(name);
    }, TICK_MS);
    frame?.classList.toggle('out-of-date', frame.classList.contains('pictured'));
    Object.assign(status, { message: 'Rendering…', isError: false });
    this.show(name, true);
  }

  /** A render's progress report on tab `name`: what preparing has come to, or the tiles done. */
  showProgress(name, { phase, step, done, total, ms, elapsedMs = ms, tilesByWorker, current }) {
    const status = this.of(name);
    if (phase === 'prepare' && step) {
      Object.assign(status, { message: preparing(step), isError: false, preparing: true, progress: step.total ? step.done / step.total : 0 });
    } else {
      if (phase === 'tiles') {
        status.frame?.classList.remove('out-of-date');
        status.frame?.classList.add('pictured');
      }
      if (status.preparing) {
        Object.assign(status, { message: 'Rendering…', preparing: false });
      }
      status.progress = total ? done / total : 0;
    }
    Object.assign(status, { ms: elapsedMs, current, workers: tilesByWorker.map((count, w) => [w, count, null]) });
    this.show(name);
  }

  /**
   * The render on tab `name` ends, after `ms` (from the user's action); `finished`: its picture is
   * whole, else the picture stays marked out of date (cancelled, failed, replaced).
   */
  endRender(name, { ms = null, finished }) {
    const status = this.of(name);
    clearInterval(status.ticker);
    Object.assign(status, { rendering: false, preparing: false }, ms === null ? {} : { ms });
    status.frame?.classList.toggle('out-of-date', !finished && status.frame.classList.contains('pictured'));
    this.show(name);
  }

  /** Tab `name` starts (`on`) or ends running something Cancel stops; `blocksRender`: Render waits for it. */
  setBusy(name, on, { blocksRender = false } = {}) {
    if (on) {
      this.busy.set(name, { blocksRender });
    } else {
      this.busy.delete(name);
    }
    this.enableCancel();
    if (blocksRender) {
      $('render').disabled = on;
    }
  }

  /** Whether something running holds the Render button back. */
  get rendersBlocked() {
    return [...this.busy.values()].some((task) => task.blocksRender);
  }

  enableCancel() {
    $('cancel').disabled = !this.of(this.shownTab()).rendering && this.busy.size === 0;
  }
}

/** Puts `shown` (a TabStatus) in the status bar. */
function showTabStatus(shown, announce) {
  // Written when it changes, or a new render begins: the message is an alert, which a screen reader
  // announces each time it is written (the timer redraws the status five times a second).
  if (announce || $('message').textContent !== shown.message) {
    $('message').textContent = shown.message;
  }
  $('message').classList.toggle('error', shown.isError);
  $('progress').value = shown.progress;
  $('timer').textContent = shown.ms === null ? '' : elapsed(shown.ms);
  $('per-worker').tBodies[0].replaceChildren(...shown.workers.map(([worker, tiles, busy]) => {
    const row = document.createElement('tr');
    for (const text of [worker, tiles, busy === null ? '' : `${Math.round(busy)} ms`]) {
      row.insertCell().textContent = String(text);
    }
    return row;
  }));
  showLiveStrip(shown.current);
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
