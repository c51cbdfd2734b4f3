// Shows a render on the canvas as it fills in. Tiles arrive in one of two ways: in shared mode
// they are copied out of the shared framebuffer only after reading, atomically, that the tile's
// worker has published it, so no half-written tile ever reaches the screen; in transfer mode the
// session hands each finished tile over with receive().

// Repainting the canvas costs main-thread and compositor time that the workers want on a machine
// with few cores: measured on two cores, Mandelbrot on 2 workers took 651 ms with no repaint while
// rendering, 668 ms at five repaints a second and 680 ms at ten. Five a second still shows the
// picture filling in.
export const TILES_SHOWN_EVERY_MS = 200;

/** The most main-thread time one presentation takes before it lets other tasks run (long tasks are 50 ms). */
const PRESENT_SLICE_MS = 12;

/** One colour per worker for the overlay that shows who rendered which tile. */
export const WORKER_COLORS = ['#ff4d4d', '#4dabff', '#51cf66', '#fcc419', '#cc5de8', '#22b8cf', '#ff922b', '#94d82d'];

export class CanvasView {
  /** @param overlay a canvas over the picture on which each tile is tinted by its worker */
  constructor(canvas, overlay) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.overlay = overlay;
    this.image = null;
  }

  /**
   * Prepares for a render of `plan`; the previous picture stays until tiles replace it. In shared
   * mode `shared` is {frameBuffer, control, layout}, from which present() collects published tiles.
   */
  begin(plan, workers, shared = null) {
    if (!this.image || this.image.width !== plan.width || this.image.height !== plan.height) {
      this.canvas.width = plan.width;
      this.canvas.height = plan.height;
      this.image = this.context.createImageData(plan.width, plan.height);
    }
    if (this.overlay) {
      this.overlay.width = plan.width;
      this.overlay.height = plan.height;
    }
    this.plan = plan;
    this.shared = shared && { ...shared, frame: new Uint8Array(shared.frameBuffer) };
    this.lastStage = plan.stages.length - 1;
    this.collected = new Uint8Array(plan.tiles);
    this.firstUncollected = 0;
    this.behind = false;
    this.arrived = [];
    this.owners = new Uint8Array(plan.tiles);
    this.tilesByWorker = new Array(workers).fill(0);
  }

  /** Transfer mode: tile `tile` of the last stage, rendered by `worker`, as RGBA bytes row after row. */
  receive(tile, worker, bytes) {
    const { rects, width } = this.plan;
    const x = rects[4 * tile], y = rects[4 * tile + 1], w = rects[4 * tile + 2], h = rects[4 * tile + 3];
    const data = this.image.data;
    for (let row = 0; row < h; row++) {
      data.set(bytes.subarray(row * w * 4, (row + 1) * w * 4), ((y + row) * width + x) * 4);
    }
    this.arrived.push(tile, worker);
  }

  /**
   * Paints tiles that arrived since the last call, for about PRESENT_SLICE_MS; what is left waits for
   * the next call. Returns how many tiles are shown in all.
   */
  present() {
    const deadline = performance.now() + PRESENT_SLICE_MS;
    this.behind = this.shared ? this.collectPublished(deadline) : false;
    const rects = this.plan.rects;
    let painted = 0;
    while (painted < this.arrived.length && performance.now() < deadline) {
      const t = this.arrived[painted], worker = this.arrived[painted + 1];
      const x = rects[4 * t], y = rects[4 * t + 1], w = rects[4 * t + 2], h = rects[4 * t + 3];
      // Only the tile's own rectangle: a bounding box of scattered tiles would repaint most of the frame.
      this.context.putImageData(this.image, 0, 0, x, y, w, h);
      if (this.overlay && !this.overlay.hidden) {
        this.tint(x, y, w, h, worker);
      }
      this.owners[t] = worker + 1;
      this.tilesByWorker[worker]++;
      painted += 2;
    }
    this.arrived.splice(0, painted);
    this.behind ||= this.arrived.length > 0;
    return this.shownCount();
  }

  /** Presents everything that has arrived, a slice per task so that the page stays responsive. */
  async presentAll() {
    let shown = this.present();
    while (this.behind) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      shown = this.present();
    }
    return shown;
  }

  /**
   * Shared mode: copies newly published tiles from the framebuffer into the picture until
   * `deadline`; returns whether it stopped before it had looked at all of them.
   */
  collectPublished(deadline) {
    const { rects, tiles, width } = this.plan;
    const { frame, control, layout } = this.shared;
    const data = this.image.data;
    // Tiles are taken in index order: all before firstUncollected are collected, none from `taken` on exist yet.
    const taken = Math.min(tiles, Atomics.load(control, layout.next(this.lastStage)));
    let t = this.firstUncollected;
    for (; t < taken && performance.now() < deadline; t++) {
      const owner = this.collected[t] ? 0 : Atomics.load(control, layout.owner(t));
      if (owner === 0) {
        continue;
      }
      const x = rects[4 * t], y = rects[4 * t + 1], w = rects[4 * t + 2], h = rects[4 * t + 3];
      for (let row = y; row < y + h; row++) {
        const start = (row * width + x) * 4;
        data.set(frame.subarray(start, start + w * 4), start);
      }
      this.collected[t] = 1;
      this.arrived.push(t, owner - 1);
    }
    while (this.firstUncollected < tiles && this.collected[this.firstUncollected]) {
      this.firstUncollected++;
    }
    return t < taken;
  }

  /**
   * Shows or hides the overlay. While it is hidden no tile is tinted (at 4K its first tint alone
   * allocates a 33 MB canvas on the page's thread), so showing it tints the tiles painted so far.
   */
  showOverlay(shown) {
    if (!this.overlay || this.overlay.hidden === !shown) {
      return;
    }
    this.overlay.hidden = !shown;
    if (shown && this.plan) {
      const rects = this.plan.rects;
      this.overlay.getContext('2d').clearRect(0, 0, this.overlay.width, this.overlay.height);
      this.owners.forEach((owner, t) => {
        if (owner) {
          this.tint(rects[4 * t], rects[4 * t + 1], rects[4 * t + 2], rects[4 * t + 3], owner - 1);
        }
      });
    }
  }

  tint(x, y, w, h, worker) {
    const context = this.overlay.getContext('2d');
    context.fillStyle = WORKER_COLORS[worker % WORKER_COLORS.length];
    context.globalAlpha = 0.35;
    context.fillRect(x, y, w, h);
    context.globalAlpha = 0.9;
    context.strokeStyle = context.fillStyle;
    context.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    context.globalAlpha = 1;
  }

  shownCount() {
    return this.tilesByWorker.reduce((a, b) => a + b, 0);
  }

  /** The RGBA bytes on screen. */
  pixels() {
    return this.image.data;
  }
}
