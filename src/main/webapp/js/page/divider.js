// The before/after divider on the pipeline's picture, as in Squoosh: the picture before filtering
// shows left of it, the result right of it. Dragged anywhere on the picture (pointer, touch, pen)
// or moved with the arrow keys (Shift: larger steps), Home and End.

export class Divider {
  /** @param handle the slider element; @param frame the box it moves in; @param onMove called with the position in % */
  constructor(handle, frame, onMove) {
    this.handle = handle;
    this.frame = frame;
    this.onMove = onMove;
    this.position = 50;
    this.dragging = null;
    frame.addEventListener('pointerdown', (event) => {
      if (this.handle.hidden || event.button !== 0) {
        return;
      }
      this.dragging = event.pointerId;
      frame.setPointerCapture(event.pointerId);
      this.moveTo(event);
      event.preventDefault();
    });
    frame.addEventListener('pointermove', (event) => {
      if (event.pointerId === this.dragging) {
        this.moveTo(event);
      }
    });
    const stop = (event) => {
      if (event.pointerId === this.dragging) {
        this.dragging = null;
      }
    };
    frame.addEventListener('pointerup', stop);
    frame.addEventListener('pointercancel', stop);
    handle.addEventListener('keydown', (event) => this.key(event));
    this.set(50);
  }

  moveTo(event) {
    const rect = this.frame.getBoundingClientRect();
    this.set(((event.clientX - rect.left) / rect.width) * 100);
  }

  key(event) {
    const step = event.shiftKey ? 10 : 2;
    const moves = {
      ArrowLeft: this.position - step, ArrowDown: this.position - step,
      ArrowRight: this.position + step, ArrowUp: this.position + step,
      Home: 0, End: 100, PageDown: this.position - 10, PageUp: this.position + 10,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.set(moves[event.key]);
    }
  }

  set(percent) {
    this.position = Math.round(Math.min(100, Math.max(0, percent)) * 10) / 10;
    this.handle.style.left = `${this.position}%`;
    this.handle.setAttribute('aria-valuenow', String(this.position));
    this.handle.setAttribute('aria-valuetext', `${Math.round(this.position)}% before`);
    this.onMove(this.position);
  }
}
