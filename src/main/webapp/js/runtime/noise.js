// How noisy a converging picture still is, from how much each batch of samples changes it. After
// n₀ samples a batch of b more moves a pixel's mean by b·(batch mean − old mean)/(n₀ + b), whose
// square averages σ²·b/(n·n₀) for per-sample spread σ and n = n₀ + b; the standard error of the
// mean now, σ/√n, is then the RMS change × √(n₀/b). Measured on the shown bytes, as a share of
// their full range, over a spread-out subset of at most MAX_VALUES channel values.

const MAX_VALUES = 1 << 18;

export class NoiseEstimate {
  constructor() {
    this.previous = null;
    this.samples = 0;
  }

  /**
   * Takes the picture (RGBA bytes) after `samples` samples per pixel; returns the estimated noise
   * as a fraction of full scale (0.02 = ±2 %), or null after the first batch, which has nothing to
   * compare with.
   */
  add(rgba, samples) {
    const pixels = rgba.length >> 2;
    const step = Math.max(1, Math.ceil((3 * pixels) / MAX_VALUES));
    const count = Math.ceil(pixels / step);
    const current = new Uint8Array(3 * count);
    for (let i = 0, p = 0; p < pixels; i += 3, p += step) {
      current[i] = rgba[4 * p];
      current[i + 1] = rgba[4 * p + 1];
      current[i + 2] = rgba[4 * p + 2];
    }
    let estimate = null;
    if (this.previous && samples > this.samples) {
      let sum = 0;
      for (let i = 0; i < current.length; i++) {
        const d = current[i] - this.previous[i];
        sum += d * d;
      }
      const rms = Math.sqrt(sum / current.length);
      estimate = (rms * Math.sqrt(this.samples / (samples - this.samples))) / 255;
    }
    this.previous = current;
    this.samples = samples;
    return estimate;
  }
}
