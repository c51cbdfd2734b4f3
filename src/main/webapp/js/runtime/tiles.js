// A tile's geometry as the plan from Java gives it, and the row copies every host makes with it.
// Tiles are stored four numbers each (x, y, width, height) in a pass's `rects`; the rows a tile
// reads, two numbers each (first row, row count) in its `inputRows`.

/** Tile `tile` of `rects` as {x, y, width, height}. */
export function tileRect(rects, tile) {
  const at = 4 * tile;
  return { x: rects[at], y: rects[at + 1], width: rects[at + 2], height: rects[at + 3] };
}

/** The input rows tile `tile` of `pass` reads, as {first, count}; {first: 0, count: 0} for a pass that reads none. */
export function inputRange(pass, tile) {
  return pass.inputRows ? { first: pass.inputRows[2 * tile], count: pass.inputRows[2 * tile + 1] } : { first: 0, count: 0 };
}

/**
 * Copies a tile's rows between a tile-sized array (rows of rect.width values, packed) and a
 * frame-sized one (rows of frameWidth values). `perPixel` is how many array entries a pixel takes:
 * 1 for packed Int32 pixels, 4 for RGBA bytes, a buffer's `channels` for the plan's buffers.
 */
export function copyTileToFrame(tile, frame, frameWidth, rect, perPixel = 1) {
  const rowLength = rect.width * perPixel;
  for (let row = 0; row < rect.height; row++) {
    const from = row * rowLength;
    frame.set(tile.subarray(from, from + rowLength), ((rect.y + row) * frameWidth + rect.x) * perPixel);
  }
}

/** The inverse of copyTileToFrame: the tile's rows out of a frame-sized array into a tile-sized one. */
export function copyTileFromFrame(frame, tile, frameWidth, rect, perPixel = 1) {
  const rowLength = rect.width * perPixel;
  for (let row = 0; row < rect.height; row++) {
    const start = ((rect.y + row) * frameWidth + rect.x) * perPixel;
    tile.set(frame.subarray(start, start + rowLength), row * rowLength);
  }
}

/** Copies the tile `rect` from one frame-sized array to another of the same layout. */
export function copyTileBetweenFrames(from, to, frameWidth, rect, perPixel = 1) {
  const rowLength = rect.width * perPixel;
  for (let row = rect.y; row < rect.y + rect.height; row++) {
    const start = (row * frameWidth + rect.x) * perPixel;
    to.set(from.subarray(start, start + rowLength), start);
  }
}

/** Every tile of every pass: how many tiles a render finishes in all. */
export function totalTiles(plan) {
  return plan.passes.reduce((sum, pass) => sum + pass.tiles, 0);
}

/** Every batch of `plan` (see RenderPlan.batches in Java): {from: 0, to: the count}, one for a plan that has none. */
export function allBatches(plan) {
  return { from: 0, to: plan.batches ? plan.batches.length : 1 };
}
