// Images a request names (ray tracer textures, photos to filter) are fetched and decoded on
// the page, then handed to the workers with the request as {name: {width, height, pixels}} or
// {name: {error}}; the Java side turns an error into a message naming the field.

/** Names of all images a request refers to: `params.image`, and every `"Texture"` path anywhere in it. */
export function pictureNames(requestText) {
  const names = new Set();
  let request;
  try {
    request = JSON.parse(requestText);
  } catch {
    return [];
  }
  if (request && request.params && typeof request.params.image === 'string') {
    names.add(request.params.image);
  }
  // Iterative, since a hostile request may nest deeper than the call stack goes.
  const pending = [request];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const path = key === 'Texture' && (typeof inner === 'string' ? inner : inner && inner.path);
        if (typeof path === 'string') {
          names.add(path);
        } else {
          pending.push(inner);
        }
      }
    }
  }
  return [...names];
}

export class PictureCache {
  constructor(maxPixels) {
    this.maxPixels = maxPixels;
    this.decoded = new Map();
  }

  /** Resolves to {name: picture-or-error} for `names`; failures are not cached, so a fixed file loads next time. */
  async load(names) {
    const pictures = {};
    for (const name of names) {
      if (!this.decoded.has(name)) {
        this.decoded.set(name, decode(name, this.maxPixels));
      }
      pictures[name] = await this.decoded.get(name);
      if (pictures[name].error) {
        this.decoded.delete(name);
      }
    }
    return pictures;
  }
}

async function decode(name, maxPixels) {
  let response;
  try {
    response = await fetch(new URL(name, document.baseURI));
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
  if (width * height > maxPixels) {
    bitmap.close();
    return { error: `it has ${width} × ${height} pixels, more than the limit of ${maxPixels}` };
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
