// Images a request names (Java's prepare says which) are fetched and decoded by a worker of their
// own (picture.worker.js), then handed to the render's workers with the request as
// {name: {width, height, pixels}} or {name: {error}}; the Java side turns an error into a message
// naming the field.
import { WorkerHandle } from './worker-handle.js';

export class PictureCache {
  /**
   * @param limits {maxSide, maxPixels}: larger pictures are not read, only measured
   * @param base the URL that relative picture names are resolved against (the page's, usually)
   */
  constructor(limits, base) {
    this.limits = limits;
    this.base = base;
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

  /** Fetches and decodes in picture.worker.js; a decoder that died is replaced at the next picture. */
  decode(name) {
    if (!this.decoder || this.decoder.dead) {
      this.decoder = new WorkerHandle('picture decoder', new URL('./picture.worker.js', import.meta.url));
    }
    return this.decoder.call('decode', { url: new URL(name, this.base).href, limits: this.limits })
      .catch((e) => ({ error: `it could not be decoded (${e.message})` }));
  }
}
