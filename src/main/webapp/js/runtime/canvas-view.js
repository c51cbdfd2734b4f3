// Shows a render on a canvas as it fills in. The session tells the view of each tile once the tile
// is whole in the frame; the view only paints. A frame in shared memory cannot back an ImageData,
// so then each tile is copied into the view's own image first; a frame in ordinary memory is
// painted from directly.
import { copyTileBetweenFrames, tileRect } from './tiles.js';

/** The most main-thread time one presentation takes before it lets other tasks run (long tasks are 50 ms). */
const PRESENT_SLICE_MS = 12;

export class CanvasView {
  constructor(canvas) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    /** The picture painted from: the frame itself, or for a shared frame the view's own copy. */
    this.image = null;
    this.ownImage = null;
    this.session = null;
    this.queue = [];
    this.behind = false;
  }

  /** Makes `session` the one this view shows; the previous picture stays until tiles replace it. */
  begin(session) {
    const { width, height } = session.plan;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const frame = session.frame;
    this.copies = typeof SharedArrayBuffer === 'function' && frame.buffer instanceof SharedArrayBuffer;
    if (!this.copies) {
      this.image = new ImageData(frame, width, height);
    } else {
      if (!this.ownImage || this.ownImage.width !== width || this.ownImage.height !== height) {
        this.ownImage = this.context.createImageData(width, height);
      }
      this.image = this.ownImage;
    }
    this.session = session;
    this.queue = [];
    this.behind = false;
  }

  /** Tile `tile` of the session's last pass is whole in the frame: paint it at the next present(). */
  enqueue(tile) {
    this.queue.push(tile);
  }

  /** Paints queued tiles for about PRESENT_SLICE_MS; what is left waits for the next call. */
  present() {
    const deadline = performance.now() + PRESENT_SLICE_MS;
    const { rects, width } = this.session.plan;
    const frame = this.session.frame;
    let painted = 0;
    while (painted < this.queue.length && performance.now() < deadline) {
      const rect = tileRect(rects, this.queue[painted]);
      if (this.copies) {
        copyTileBetweenFrames(frame, this.image.data, width, rect, 4);
      }
      // Only the tile's own rectangle: a bounding box of scattered tiles would repaint most of the frame.
      this.context.putImageData(this.image, 0, 0, rect.x, rect.y, rect.width, rect.height);
      painted++;
    }
    this.queue.splice(0, painted);
    this.behind = this.queue.length > 0;
  }

  /** Presents everything queued, a slice per task so that the page stays responsive. */
  async presentAll() {
    this.present();
    while (this.behind) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.present();
    }
  }
}
