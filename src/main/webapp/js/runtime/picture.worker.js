// A worker that fetches and reads the pictures requests name, with the compiled Java
// (tessera.picture.PictureFile) so that a picture comes out the same bytes as on the JVM: PNGs are
// decoded in Java; JPEGs by the browser, from the bytes Java prepared, then turned upright in Java.
// On the page's main thread, decoding a 4K photo took 80–100 ms: a long task at the start of a render.
import { loadEngine } from './engine.js';

const engines = new Map();

self.onmessage = async ({ data: { id, url, engine } }) => {
  try {
    const result = await decode(url, await engineOf(engine));
    const buffer = result.pixels?.buffer;
    self.postMessage({ id, result }, buffer instanceof ArrayBuffer ? [buffer] : []);
  } catch (e) {
    self.postMessage({ id, error: String((e && e.message) || e) });
  }
};

function engineOf(kind) {
  if (!engines.has(kind)) {
    engines.set(kind, loadEngine(kind));
  }
  return engines.get(kind);
}

/**
 * {width, height, pixels: Int32Array of packed RGBA}, or {error} naming what is wrong with the file,
 * or for a picture over the limits its size alone: the engine refuses it by the same rule, and the
 * same words, as on the JVM.
 */
async function decode(url, engine) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { error: `could not fetch it (${e.message})` };
  }
  if (!response.ok) {
    return { error: `the server answered ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
  }
  const bytes = new Int8Array(await response.arrayBuffer());
  let picture = engine.readPicture(bytes);
  if (picture.jpeg) {
    picture = await finishJpeg(engine, bytes, picture.jpeg);
  }
  if (!picture.pixels) {
    return picture;
  }
  if (!crossOriginIsolated) {
    return picture;
  }
  // In shared memory, so every worker reads the same pixels instead of receiving a copy.
  const shared = new SharedArrayBuffer(picture.pixels.byteLength);
  new Int32Array(shared).set(picture.pixels);
  return { width: picture.width, height: picture.height, pixels: new Int32Array(shared) };
}

/** The browser decodes the bytes Java prepared (no orientation, no colour profile to apply); Java turns the result upright. */
async function finishJpeg(engine, file, prepared) {
  let bitmap;
  try {
    bitmap = await createImageBitmap(new Blob([prepared], { type: 'image/jpeg' }),
      { colorSpaceConversion: 'none', premultiplyAlpha: 'none', imageOrientation: 'from-image' });
  } catch {
    return { error: 'it is a damaged JPEG: this browser could not decode it' };
  }
  const { width, height } = bitmap;
  const context = new OffscreenCanvas(width, height).getContext('2d');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  const pixels = new Int32Array(context.getImageData(0, 0, width, height).data.buffer);
  return engine.finishJpeg(file, pixels, width, height);
}
