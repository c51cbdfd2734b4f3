// Images a request names (ray tracer textures, photos to filter) are fetched and decoded by a
// worker of their own (picture-decoder.js), then handed to the render's workers with the request
// as {name: {width, height, pixels}} or {name: {error}}; the Java side turns an error into a
// message naming the field.
import { WorkerHandle } from './worker-handle.js';

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
    this.decoder = null;
  }

  /** Resolves to {name: picture-or-error} for `names`; failures are not cached, so a fixed file loads next time. */
  async load(names) {
    const pictures = {};
    for (const name of names) {
      if (!this.decoded.has(name)) {
        this.decoded.set(name, this.decode(name));
      }
      pictures[name] = await this.decoded.get(name);
      if (pictures[name].error) {
        this.decoded.delete(name);
      }
    }
    return pictures;
  }

  /** Fetches and decodes in picture-decoder.js; a decoder that died is replaced at the next picture. */
  decode(name) {
    if (!this.decoder || this.decoder.dead) {
      this.decoder = new WorkerHandle('picture decoder', new URL('./picture-decoder.js', import.meta.url));
    }
    return this.decoder.call('decode', { url: new URL(name, document.baseURI).href, maxPixels: this.maxPixels })
      .catch((e) => ({ error: `it could not be decoded (${e.message})` }));
  }
}
