// The fractal explorer: drag to pan, wheel or pinch to zoom around the pointer, double-click to
// zoom in, keys (arrows, + and −, Page Up and Page Down a thousandfold, 0 to reset). Each change
// moves the picture on screen at once (the old pixels, scaled and shifted, as a preview) and asks
// for a full render, which refines it.

import { PlaneView, parseZoom } from './plane-view.js';

/** What one wheel notch zooms by default: e^0.2, about 1.22×. */
export const WHEEL_NOTCH = Math.exp(0.2);
/** What Page Up and Page Down zoom: the big steps that take a view deep in a few presses. */
const BIG_STEP = 1000;

export class Explorer {
  /**
   * @param canvas the picture; events are read from it
   * @param onChange called with the new view (a PlaneView) after every move
   * @param facts the workload's entry of describe(): zoom bounds (and deepMax, the deepest zoom
   *   the workload renders), the default centre and zoom
   */
  constructor(canvas, onChange, facts) {
    this.canvas = canvas;
    this.onChange = onChange;
    const deepest = parseZoom(facts.zoom.deepMax ?? facts.zoom.max);
    this.zoomBounds = { min: Math.log10(facts.zoom.min), max: deepest.exponent + Math.log10(deepest.mantissa) };
    this.start = PlaneView.of({ ...facts.center, zoom: facts.defaultZoom ?? 1 });
    this.view = null;
    /** How much one wheel notch zooms (the page's setting): about 1.22×, 2× or 10×. */
    this.notch = WHEEL_NOTCH;
    this.pointers = new Map();
    canvas.addEventListener('pointerdown', (event) => this.pointerDown(event));
    canvas.addEventListener('pointermove', (event) => this.pointerMove(event));
    canvas.addEventListener('pointerup', (event) => this.pointers.delete(event.pointerId));
    canvas.addEventListener('pointercancel', (event) => this.pointers.delete(event.pointerId));
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      // A notch is 100 of deltaY (pixel mode); a trackpad's smaller deltas zoom as much in proportion.
      this.zoomAt(this.canvasPoint(event), this.notch ** (-event.deltaY / 100));
    }, { passive: false });
    canvas.addEventListener('dblclick', (event) => {
      const factor = Math.max(2, this.notch);
      this.zoomAt(this.canvasPoint(event), event.shiftKey ? 1 / factor : factor);
    });
    canvas.addEventListener('keydown', (event) => this.key(event));
  }

  /** The current view, starting from the seed picture's centre if there is none yet. */
  current() {
    return this.view ?? this.start;
  }

  /** Goes to `view` (a PlaneView, or {x, y, zoom} of numbers or decimal text), its zoom kept within the bounds. */
  set(view) {
    const plane = view instanceof PlaneView ? view : PlaneView.of(view);
    this.view = plane.within(this.zoomBounds);
  }

  reset() {
    this.move(this.start);
  }

  /** The point of the complex plane at `point` (canvas pixels) in the current view, as doubles; row 0 is the smallest imaginary part. */
  planePoint(point) {
    return this.current().planePoint(point.x, point.y, this.canvas.width, this.canvas.height);
  }

  canvasPoint(event) {
    const rect = this.canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * this.canvas.width) / rect.width,
      y: ((event.clientY - rect.top) * this.canvas.height) / rect.height,
    };
  }

  pointerDown(event) {
    this.canvas.setPointerCapture(event.pointerId);
    this.pointers.set(event.pointerId, this.canvasPoint(event));
  }

  pointerMove(event) {
    if (!this.pointers.has(event.pointerId)) {
      return;
    }
    const before = this.pointers.get(event.pointerId);
    const now = this.canvasPoint(event);
    if (this.pointers.size === 2) {
      // Pinch: zoom by the change in distance between the two pointers, around their midpoint.
      const other = [...this.pointers.entries()].find(([id]) => id !== event.pointerId)[1];
      const distance = (a) => Math.hypot(a.x - other.x, a.y - other.y);
      this.pointers.set(event.pointerId, now);
      if (distance(before) > 0) {
        this.zoomAt({ x: (now.x + other.x) / 2, y: (now.y + other.y) / 2 }, distance(now) / distance(before));
      }
      return;
    }
    this.pointers.set(event.pointerId, now);
    this.move(this.current().panned(before.x - now.x, before.y - now.y, this.canvas.height));
  }

  /** Zooms by `factor`, keeping the point of the plane under `point` (canvas pixels) where it is. */
  zoomAt(point, factor) {
    this.move(this.current().zoomedAt(point.x, point.y, this.canvas.width, this.canvas.height, factor, this.zoomBounds));
  }

  key(event) {
    const view = this.current();
    const step = this.canvas.height / 10;
    const keyStep = Math.max(1.5, this.notch);
    const middle = { x: this.canvas.width / 2, y: this.canvas.height / 2 };
    const moves = {
      ArrowLeft: () => this.move(view.panned(-step, 0, this.canvas.height)),
      ArrowRight: () => this.move(view.panned(step, 0, this.canvas.height)),
      ArrowUp: () => this.move(view.panned(0, -step, this.canvas.height)),
      ArrowDown: () => this.move(view.panned(0, step, this.canvas.height)),
      '+': () => this.zoomAt(middle, keyStep),
      '=': () => this.zoomAt(middle, keyStep),
      '-': () => this.zoomAt(middle, 1 / keyStep),
      PageUp: () => this.zoomAt(middle, BIG_STEP),
      PageDown: () => this.zoomAt(middle, 1 / BIG_STEP),
      0: () => this.reset(),
    };
    if (moves[event.key]) {
      event.preventDefault();
      moves[event.key]();
    }
  }

  move(view) {
    const before = this.current();
    this.set(view);
    this.preview(before, this.view);
    this.onChange(this.view);
  }

  /** Redraws the picture on screen as the new view will show it, from the pixels already there. */
  preview(from, to) {
    const context = this.canvas.getContext('2d');
    const { width, height } = this.canvas;
    const place = from.placeIn(to, height);
    const left = width / 2 + place.x - (width / 2) * place.ratio;
    const top = height / 2 + place.y - (height / 2) * place.ratio;
    context.drawImage(this.canvas, 0, 0, width, height, left, top, width * place.ratio, height * place.ratio);
  }
}

/**
 * The view and options in a URL fragment: `#x=…&y=…&zoom=…&iter=…&palette=…[&gradient=…][&formula=…[&power=…]]`, null for a fragment
 * that names no view, or {problem} in words for one whose view cannot be read.
 */
export function viewFromFragment(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('x') || !params.has('y') || !params.has('zoom')) {
    return null;
  }
  const parts = { x: params.get('x'), y: params.get('y'), zoom: params.get('zoom') };
  const problem = PlaneView.problem(parts);
  if (problem) {
    return { problem: `The link's ${problem}.` };
  }
  return {
    view: PlaneView.of(parts), iter: params.get('iter'), palette: params.get('palette'), gradient: params.get('gradient'),
    formula: params.get('formula'), power: params.get('power'),
  };
}

/** Iterations that keep deep views detailed: 1000 at zoom 1, growing with the logarithm of the zoom (its log10 here). */
export function iterationsFor(log10Zoom) {
  return Math.min(100000, Math.round(1000 * (1 + 0.5 * Math.max(0, log10Zoom))));
}
