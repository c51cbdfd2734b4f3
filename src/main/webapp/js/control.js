// Layout of the Int32Array on the control SharedArrayBuffer that the page and the workers of one render share.
export const NEXT_TILE = 0;   // Atomics.add hands out tile indices
export const TILES_DONE = 1;  // tiles published so far
export const CANCELLED = 2;   // non-zero: take no more tiles
export const TILE_OWNER = 4;  // TILE_OWNER + t: 0 until tile t is in the framebuffer, then its worker's index + 1

export function controlLength(tiles) {
  return TILE_OWNER + tiles;
}
