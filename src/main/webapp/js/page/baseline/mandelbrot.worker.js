// Hand-written JavaScript baseline: the origin article's Mandelbrot kernel, no Java, no
// WebAssembly, in a worker that takes 64 × 64 tiles from an atomic counter on shared memory.
self.onmessage = ({ data }) => {
  const { framebuffer, control, width, height, maxIter, tileSize } = data;
  const pixels = new Uint32Array(framebuffer);
  const next = new Int32Array(control);
  const columns = Math.ceil(width / tileSize);
  const tiles = columns * Math.ceil(height / tileSize);
  for (let tile = Atomics.add(next, 0, 1); tile < tiles; tile = Atomics.add(next, 0, 1)) {
    const x0 = (tile % columns) * tileSize;
    const y0 = Math.floor(tile / columns) * tileSize;
    const x1 = Math.min(width, x0 + tileSize);
    const y1 = Math.min(height, y0 + tileSize);
    for (let py = y0; py < y1; py++) {
      const cy = (py / height) * 2.0 - 1.0;
      for (let px = x0; px < x1; px++) {
        const cx = (px / width) * 3.5 - 2.5;
        let zx = 0;
        let zy = 0;
        let iter = 0;
        while (iter < maxIter && zx * zx + zy * zy < 4.0) {
          const tmp = zx * zx - zy * zy + cx;
          zy = 2.0 * zx * zy + cy;
          zx = tmp;
          iter++;
        }
        let rgba = 0xff000000;
        if (iter !== maxIter) {
          const t = iter / maxIter;
          const r = Math.trunc(9.0 * (1.0 - t) * t * t * t * 255.0);
          const g = Math.trunc(15.0 * (1.0 - t) * (1.0 - t) * t * t * 255.0);
          const b = Math.trunc(8.5 * (1.0 - t) * (1.0 - t) * (1.0 - t) * t * 255.0);
          rgba = (0xff000000 | (b << 16) | (g << 8) | r) >>> 0;
        }
        pixels[py * width + px] = rgba;
      }
    }
  }
  self.postMessage('done');
};
