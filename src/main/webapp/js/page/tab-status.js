// What each tab shows beside its picture: the last message, progress, timer and per-worker figures.
// Every tab keeps its own, so that switching tabs never shows another tab's outcome.
import { WORKER_COLORS } from './worker-overlay.js';

const $ = (id) => document.getElementById(id);

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

  /** Shows tab `name`'s status, if it is the tab on screen. */
  show(name) {
    if (name === this.shownTab()) {
      showTabStatus(this.of(name));
      this.enableCancel();
    }
  }

  setMessage(name, text, isError = false) {
    Object.assign(this.of(name), { message: text, isError });
    this.show(name);
  }

  /** A render's progress report on tab `name`. */
  showProgress(name, { done, total, ms, tilesByWorker, current }) {
    Object.assign(this.of(name), {
      progress: total ? done / total : 0, ms, current, workers: tilesByWorker.map((count, w) => [w, count, null]),
    });
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
function showTabStatus(shown) {
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
