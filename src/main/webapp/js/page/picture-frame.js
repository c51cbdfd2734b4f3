// Fits a stage's frame (the picture and what lies over it) to the largest box of the picture's
// shape that the stage holds, and keeps it fitted as the window or the picture's size changes.

/** CSS pixels for a picture of width × height in a box of boxWidth × boxHeight: as large as fits, shape kept. */
export function fitted(width, height, boxWidth, boxHeight) {
  if (!(width > 0 && height > 0 && boxWidth > 0 && boxHeight > 0)) {
    return { width: 0, height: 0 };
  }
  const scale = Math.min(boxWidth / width, boxHeight / height);
  return { width: Math.floor(width * scale), height: Math.floor(height * scale), scale };
}

export class PictureFrame {
  /** @param stage the box to fill; @param canvas the picture, whose pixel size gives the shape */
  constructor(stage, canvas) {
    this.stage = stage;
    this.canvas = canvas;
    this.frame = canvas.parentElement;
    new ResizeObserver(() => this.fit()).observe(stage);
    // A render that changes the picture's size changes its width and height attributes.
    new MutationObserver(() => this.fit()).observe(canvas, { attributes: true, attributeFilter: ['width', 'height'] });
  }

  fit() {
    const size = fitted(this.canvas.width, this.canvas.height, this.stage.clientWidth, this.stage.clientHeight);
    if (size.width === 0) {
      return;
    }
    this.frame.style.width = `${size.width}px`;
    this.frame.style.height = `${size.height}px`;
    // Enlarged well past its pixels, a small picture shows them as squares rather than a blur.
    this.canvas.classList.toggle('pixelated', size.scale / devicePixelRatio > 2);
  }
}
