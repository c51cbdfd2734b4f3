// What each tab shows beside its picture: the last message, progress, timer and per-worker figures.
// Every tab keeps its own, so that switching tabs never shows another tab's outcome.

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
    /** Whether the picture came from the controls (not from a script's request): only then may the page render it anew on its own. */
    this.fromControls = true;
  }
}
