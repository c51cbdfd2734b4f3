// The worker pool as the page shows it: "Starting 8 workers…", then the engine, workers and mode it
// runs with in the status line; the Engine choice, which restarts the pool, and the Workers slider.
const $ = (id) => document.getElementById(id);

export class PoolView {
  /**
   * @param support what the browser can run (the runtime's detectSupport)
   * @param rendersBlocked () => whether Render must stay off once the pool has started
   * @param onError called with the error when a pool cannot start
   * @param onEngineChanged called once the pool runs on the engine the user chose
   */
  constructor({ runtime, poolSize, support, rendersBlocked, onError, onEngineChanged }) {
    Object.assign(this, { runtime, poolSize, support, rendersBlocked, onError });
    $('workers').addEventListener('input', () => {
      $('workers').dataset.touched = 'yes';
      $('workers-value').value = $('workers').value;
    });
    $('engine').addEventListener('change', () => {
      this.useEngine($('engine').value).then(onEngineChanged, () => {});
    });
  }

  /** Restarts the pool with `engine`, showing it on the page. */
  useEngine(engine) {
    return this.show(this.runtime.useEngine(engine));
  }

  /** Shows the pool starting, then what it runs on; resolves like `ready`. Render is off while the pool starts. */
  async show(ready) {
    $('render').disabled = true;
    $('status').textContent = `Starting ${this.poolSize} workers…`;
    try {
      const info = await ready;
      $('engine').value = info.engine;
      const workers = $('workers');
      workers.max = String(info.workers);
      if (!workers.dataset.touched) {
        workers.value = String(info.workers);
      }
      $('workers-value').value = workers.value;
      $('status').textContent = `${info.engine === 'wasm' ? 'WebAssembly' : 'JavaScript'} engine, `
        + `${info.workers} workers, ${info.mode === 'shared' ? 'shared memory' : 'transfer mode'}.`
        + `${this.support.wasmGc ? '' : ` ${this.support.notes.join(' ')}`}`;
      $('render').disabled = this.rendersBlocked();
      return info;
    } catch (e) {
      $('status').textContent = 'Not running.';
      this.onError(e);
      throw e;
    }
  }
}
