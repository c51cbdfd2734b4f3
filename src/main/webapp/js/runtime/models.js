// Model files a request names (Java's prepare says which) are fetched as bytes and handed to the
// render's workers with the request as {name: {bytes: Int8Array}} or {name: {error}}; Java reads
// them, so that a model is the same triangles in the browser as on the JVM.

export class ModelCache {
  /**
   * @param limits {maxModelBytes}: the largest model file the engine reads
   * @param base the URL that relative model names are resolved against (the page's, usually)
   */
  constructor(limits, base) {
    this.limits = limits;
    this.base = base;
    this.fetched = new Map();
  }

  /**
   * Resolves to {name: model-or-error} for `names`. Each URL is fetched once however many names
   * point at it; only the models of this request stay cached afterwards, and failures are not
   * cached, so a fixed file loads next time. With shared memory the bytes go to every worker
   * without a copy each.
   */
  async load(names) {
    const byUrl = new Map();
    const models = {};
    for (const name of names) {
      const url = new URL(name, this.base).href;
      if (!byUrl.has(url)) {
        byUrl.set(url, await this.fetchedOnce(url));
      }
      models[name] = byUrl.get(url);
    }
    this.fetched = new Map([...byUrl].filter(([, model]) => model.bytes).map(([url, model]) => [url, Promise.resolve(model)]));
    return models;
  }

  fetchedOnce(url) {
    if (!this.fetched.has(url)) {
      this.fetched.set(url, this.fetch(url));
    }
    return this.fetched.get(url);
  }

  async fetch(url) {
    const tooLarge = (bytes) => ({ error: `it has ${bytes} bytes; a model file may have at most ${this.limits.maxModelBytes}` });
    let response;
    try {
      response = await fetch(url);
    } catch (e) {
      return { error: `it could not be fetched (${e.message})` };
    }
    if (!response.ok) {
      return { error: `the server answered ${response.status} ${response.statusText}`.trim() };
    }
    const announced = Number(response.headers.get('content-length'));
    if (announced > this.limits.maxModelBytes) {
      response.body?.cancel();
      return tooLarge(announced);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > this.limits.maxModelBytes) {
      return tooLarge(bytes.length);
    }
    const memory = globalThis.crossOriginIsolated ? new SharedArrayBuffer(bytes.length) : new ArrayBuffer(bytes.length);
    const model = new Int8Array(memory);
    model.set(bytes);
    return { bytes: model };
  }
}
