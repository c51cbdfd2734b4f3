// A worker that fetches and decodes the images requests name. On the page's main thread, decoding
// a 4K photo and reading its pixels back took 80–100 ms: a long task at the start of the render.
self.onmessage = async ({ data: { id, url, limits } }) => {
  try {
    const result = await decode(url, limits);
    const buffer = result.pixels?.buffer;
    self.postMessage({ id, result }, buffer instanceof ArrayBuffer ? [buffer] : []);
  } catch (e) {
    self.postMessage({ id, error: String((e && e.message) || e) });
  }
};

/**
 * {width, height, pixels: Int32Array of packed RGBA}, or {error} naming what is wrong with the image,
 * or for a picture over `limits` ({maxSide, maxPixels}) its size alone: the engine refuses it by the
 * same rule, and the same words, as on the JVM.
 */
async function decode(url, { maxSide, maxPixels }) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { error: `could not fetch it (${e.message})` };
  }
  if (!response.ok) {
    return { error: `the server answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
  }
  let bitmap;
  try {
    bitmap = await createImageBitmap(await response.blob(), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  } catch {
    return { error: 'it is not an image this browser can decode' };
  }
  const { width, height } = bitmap;
  if (width > maxSide || height > maxSide || width * height > maxPixels) {
    bitmap.close();
    return { width, height };
  }
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const data = context.getImageData(0, 0, width, height).data;
  if (!crossOriginIsolated) {
    return { width, height, pixels: new Int32Array(data.buffer) };
  }
  // In shared memory, so every worker reads the same pixels instead of receiving a copy.
  const shared = new SharedArrayBuffer(data.byteLength);
  new Uint8Array(shared).set(data);
  return { width, height, pixels: new Int32Array(shared) };
}
