// The fractal explorer: drag to pan, wheel or pinch to zoom around the pointer, double-click to
// zoom in, keys (arrows, + and −, 0 to reset). Each change moves the picture on screen at once (the
// old pixels, scaled and shifted, as a preview) and asks for a full render, which refines it.

export class Explorer {
  /**
   * @param canvas the picture; events are read from it
   * @param onChange called with the new view {x, y, zoom} after every move
   * @param facts the workload's entry of describe(): zoom bounds, the default centre and zoom
   */
  constructor(canvas, onChange, facts) {
    this.canvas = canvas;
    this.onChange = onChange;
    this.zoomBounds = facts.zoom;
    this.start = { ...facts.center, zoom: facts.defaultZoom ?? 1 };
    this.view = null;
    this.pointers = new Map();
    canvas.addEventListener('pointerdown', (event) => this.pointerDown(event));
    canvas.addEventListener('pointermove', (event) => this.pointerMove(event));
    canvas.addEventListener('pointerup', (event) => this.pointers.delete(event.pointerId));
    canvas.addEventListener('pointercancel', (event) => this.pointers.delete(event.pointerId));
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      this.zoomAt(this.canvasPoint(event), Math.exp(-event.deltaY * 0.002));
    }, { passive: false });
    canvas.addEventListener('dblclick', (event) => this.zoomAt(this.canvasPoint(event), event.shiftKey ? 0.5 : 2));
    canvas.addEventListener('keydown', (event) => this.key(event));
  }

  /** The current view, starting from the seed picture's centre if there is none yet. */
  current() {
    return this.view ?? this.start;
  }

  set(view) {
    this.view = { ...view, zoom: this.clampZoom(view.zoom) };
  }

  clampZoom(zoom) {
    return Math.min(this.zoomBounds.max, Math.max(this.zoomBounds.min, zoom));
  }

  reset() {
    this.move(this.start);
  }

  /** Complex units per canvas pixel for the current view (square pixels, 2 / zoom over the height). */
  scale(view = this.current()) {
    return 2 / view.zoom / this.canvas.height;
  }

  /** The point of the complex plane at `point` (canvas pixels) in the current view; row 0 is the smallest imaginary part. */
  planePoint(point) {
    const view = this.current();
    const scale = this.scale(view);
    return { x: view.x + (point.x - this.canvas.width / 2) * scale, y: view.y + (point.y - this.canvas.height / 2) * scale };
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
    const view = this.current();
    const scale = this.scale(view);
    this.move({ ...view, x: view.x - (now.x - before.x) * scale, y: view.y - (now.y - before.y) * scale });
  }

  /** Zooms by `factor`, keeping the point of the plane under `point` (canvas pixels) where it is. */
  zoomAt(point, factor) {
    const view = this.current();
    const zoom = this.clampZoom(view.zoom * factor);
    const offsetX = point.x - this.canvas.width / 2;
    const offsetY = point.y - this.canvas.height / 2;
    const x = view.x + offsetX * this.scale(view) - offsetX * this.scale({ zoom });
    const y = view.y + offsetY * this.scale(view) - offsetY * this.scale({ zoom });
    this.move({ x, y, zoom });
  }

  key(event) {
    const view = this.current();
    const step = (this.canvas.height / 10) * this.scale(view);
    const moves = {
      ArrowLeft: () => this.move({ ...view, x: view.x - step }),
      ArrowRight: () => this.move({ ...view, x: view.x + step }),
      ArrowUp: () => this.move({ ...view, y: view.y - step }),
      ArrowDown: () => this.move({ ...view, y: view.y + step }),
      '+': () => this.zoomAt({ x: this.canvas.width / 2, y: this.canvas.height / 2 }, 1.5),
      '=': () => this.zoomAt({ x: this.canvas.width / 2, y: this.canvas.height / 2 }, 1.5),
      '-': () => this.zoomAt({ x: this.canvas.width / 2, y: this.canvas.height / 2 }, 1 / 1.5),
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
    const ratio = this.scale(from) / this.scale(to);
    const left = width / 2 + (from.x - to.x) / this.scale(to) - (width / 2) * ratio;
    const top = height / 2 + (from.y - to.y) / this.scale(to) - (height / 2) * ratio;
    context.drawImage(this.canvas, 0, 0, width, height, left, top, width * ratio, height * ratio);
  }
}

/** The view and options in a URL fragment: `#x=…&y=…&zoom=…&iter=…&palette=…`, or null. */
export function viewFromFragment(hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (!params.has('x') || !params.has('y') || !params.has('zoom')) {
    return null;
  }
  const view = { x: Number(params.get('x')), y: Number(params.get('y')), zoom: Number(params.get('zoom')) };
  if (![view.x, view.y, view.zoom].every(Number.isFinite) || view.zoom <= 0) {
    return null;
  }
  return { view, iter: params.get('iter'), palette: params.get('palette') };
}

export function fragmentFor(view, iter, palette) {
  // String(number) is the shortest text that reads back as the same double, so links are exact.
  return `#x=${String(view.x)}&y=${String(view.y)}&zoom=${String(view.zoom)}&iter=${iter}&palette=${palette}`;
}

/** Iterations that keep deep views detailed: 1000 at zoom 1, growing with the logarithm of the zoom. */
export function iterationsFor(zoom) {
  return Math.min(100000, Math.round(1000 * (1 + 0.5 * Math.log10(Math.max(1, zoom)))));
}
