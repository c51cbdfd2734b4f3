// window.tessera: the runtime's API for scripts (see runtime/tessera.js) with renders shown on the
// page, each on its workload's tab, and what the tabs add (the benchmark, the baseline).
import { checkOptions } from '../runtime/request.js';

/** The options of the page's render: the runtime's, but for the canvas, which the page picks. */
const PAGE_RENDER_OPTIONS = {
  onProgress: 'function', signal: 'signal', reuse: 'boolean', progressive: 'boolean', onBatch: 'function',
};

/**
 * @param runtime the page's runtime
 * @param pageReady () => a promise that resolves once the page's controls are built
 * @param render the page's render of a request, shown on its tab
 * @param startEngine restarts the pool with an engine, showing it on the page
 * @param extras the members the tabs add
 * @param faults whether test pages may make workers fail (?faults=inject)
 */
export function pageApi({ runtime, pageReady, render, startEngine, extras, faults }) {
  return {
    /** The runtime's `ready` (after useEngine, the new pool's), once the page's controls are built too. */
    get ready() { return pageReady().then(() => runtime.ready); },
    /**
     * Renders on the page, on the tab of the request's workload (which is shown); the options are the
     * runtime's, but for `canvas`: the page shows the picture on its tab's own.
     */
    render: (request, options = {}) => {
      checkOptions(options, PAGE_RENDER_OPTIONS, 'render');
      return render(request, { ...options, fromControls: false });
    },
    cancel: () => runtime.cancel(),
    /** Stops the render: a path-traced picture converging keeps what it has (see the runtime's stop). */
    stop: () => runtime.stop(),
    /** Restarts the pool with another engine: 'wasm' or 'js'. */
    useEngine: (engine) => startEngine(engine),
    describe: () => runtime.describe(),
    /** Records a zoom as a video (see the runtime's recordZoom). */
    recordZoom: (options, callbacks) => runtime.recordZoom(options, callbacks),
    /** What the engine finds in a view: for a Mandelbrot view, the minibrot of lowest period. */
    find: (request, options) => runtime.find(request, options),
    ...extras,
    ...(faults ? { injectFault: (fault) => runtime.injectFault(fault) } : {}),
  };
}
