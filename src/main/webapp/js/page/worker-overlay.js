// The overlay that tints each tile of the picture by the worker that rendered it, drawn from the
// tiles a render reports as they arrive. While it is hidden nothing is drawn (at 4K its first tint
// alone allocates a 33 MB canvas on the page's thread); showing it tints the tiles so far.
import { tileRect } from '../runtime/tiles.js';

/** One colour per worker, for the overlay and the page's line of workers. */
export const WORKER_COLORS = ['#ff4d4d', '#4dabff', '#51cf66', '#fcc419', '#cc5de8', '#22b8cf', '#ff922b', '#94d82d'];

export class WorkerOverlay {
  /** @param canvas the overlay, laid over `picture` and sized like it */
  constructor(canvas, picture) {
    this.canvas = canvas;
    this.picture = picture;
    this.rects = null;
    this.owners = [];
  }

  /** Lays the overlay over another picture: what it showed belonged to the one before. */
  attach(picture) {
    this.picture = picture;
    this.rects = null;
    this.owners = [];
    this.canvas.getContext('2d').clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Takes a progress report: a new render's first report starts afresh; arrived tiles are recorded and tinted. */
  update({ rects, arrived }) {
    if (!rects) {
      return;
    }
    if (rects !== this.rects) {
      this.rects = rects;
      this.owners = [];
      this.canvas.width = this.picture.width;
      this.canvas.height = this.picture.height;
    }
    for (let i = 0; i < arrived.length; i += 2) {
      this.owners.push(arrived[i], arrived[i + 1]);
      if (!this.canvas.hidden) {
        this.tint(arrived[i], arrived[i + 1]);
      }
    }
  }

  show(shown) {
    if (this.canvas.hidden === !shown) {
      return;
    }
    this.canvas.hidden = !shown;
    if (shown && this.rects) {
      this.canvas.getContext('2d').clearRect(0, 0, this.canvas.width, this.canvas.height);
      for (let i = 0; i < this.owners.length; i += 2) {
        this.tint(this.owners[i], this.owners[i + 1]);
      }
    }
  }

  tint(tile, worker) {
    const { x, y, width, height } = tileRect(this.rects, tile);
    const context = this.canvas.getContext('2d');
    context.fillStyle = WORKER_COLORS[worker % WORKER_COLORS.length];
    context.globalAlpha = 0.35;
    context.fillRect(x, y, width, height);
    context.globalAlpha = 0.9;
    context.strokeStyle = context.fillStyle;
    context.strokeRect(x + 0.5, y + 0.5, width - 1, height - 1);
    context.globalAlpha = 1;
  }
}
