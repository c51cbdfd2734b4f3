// Images a request names (Java's prepare says which) are fetched and read by a worker of their
// own (picture.worker.js), with the engine the render uses, then handed to the render's workers with the request as
// {name: {width, height, pixels}} or {name: {error}}; the Java side turns an error into a message
// naming the field.
import { WorkerHandle } from './worker-handle.js';
import { DECODER_CALLS } from './worker-api.js';

export class PictureCache {
  /**
   * @param limits {maxPixels}: what all the pictures of a request may have together
   * @param base the URL that relative picture names are resolved against (the page's, usually)
   */
  constructor(limits, base) {
    this.limits = limits;
    this.base = base;
    this.decoded = new Map();
    this.decoder = null;
  }

  /**
   * Resolves to {name: picture-or-error} for `names`. Each URL is decoded once however many names
   * point at it; pictures past the request's budget (limits.maxPixels in all) come as their size
   * alone, for the engine to refuse. Only the pictures of this request stay cached afterwards, and
   * failures are not cached, so a fixed file loads next time.
   */
  async load(names, engine) {
    const byUrl = new Map();
    const pictures = {};
    let spent = 0;
    for (const name of names) {
      const url = new URL(name, this.base).href;
      if (!byUrl.has(url)) {
        let picture = await this.decodedOnce(url, engine);
        if (picture.pixels) {
          spent += picture.width * picture.height;
          if (spent > this.limits.maxPixels) {
            picture = { width: picture.width, height: picture.height };
          }
        }
        byUrl.set(url, picture);
      }
      pictures[name] = byUrl.get(url);
    }
    // What no render of this request needs is let go: a page that goes through many photos keeps one.
    this.decoded = new Map([...byUrl].filter(([, picture]) => picture.pixels).map(([url, picture]) => [url, Promise.resolve(picture)]));
    return pictures;
  }

  decodedOnce(url, engine) {
    if (!this.decoded.has(url)) {
      this.decoded.set(url, this.decode(url, engine));
    }
    return this.decoded.get(url);
  }

  /** Fetches and decodes in picture.worker.js with `engine`; a decoder that died is replaced at the next picture. */
  decode(url, engine) {
    if (!this.decoder || this.decoder.dead) {
      this.decoder = new WorkerHandle('picture decoder', new URL('./picture.worker.js', import.meta.url), DECODER_CALLS);
    }
    return this.decoder.call('decode', { url, engine })
      .catch((e) => ({ error: `it could not be decoded (${e.message})` }));
  }
}
