// What this browser can do, found once: the runtime chooses its engine and mode from it.

/** A module whose only content is one empty struct type: valid only where WebAssembly GC is. */
const WASM_GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);

/**
 * {workers, wasm, wasmGc, isolated, canRun, problems, notes, cores}: `problems` say why Tessera
 * cannot run at all, `notes` what it does instead of the best path. `scope` is the global object.
 */
export function detectSupport(scope = globalThis) {
  const problems = [];
  const notes = [];
  const workers = typeof scope.Worker === 'function';
  const wasm = typeof scope.WebAssembly === 'object' && typeof scope.WebAssembly.validate === 'function';
  let wasmGc = false;
  if (wasm) {
    try {
      wasmGc = scope.WebAssembly.validate(WASM_GC_PROBE);
    } catch {
      wasmGc = false;
    }
  }
  const isolated = scope.crossOriginIsolated === true && typeof scope.SharedArrayBuffer === 'function';
  if (!workers) {
    problems.push('This browser has no Web Workers, which Tessera needs to render on several cores.');
  }
  if (!wasmGc) {
    notes.push(wasm
      ? 'This browser\'s WebAssembly has no garbage-collection support, so the JavaScript engine is used instead.'
      : 'This browser has no WebAssembly, so the JavaScript engine is used instead.');
  }
  return {
    workers, wasm, wasmGc, isolated, canRun: problems.length === 0, problems, notes,
    cores: Math.max(1, scope.navigator?.hardwareConcurrency || 1),
  };
}

/** The engine to use when none is asked for: WebAssembly where it has GC, else the JavaScript build. */
export function defaultEngine(support) {
  return support.wasmGc ? 'wasm' : 'js';
}

/** Checks an engine name against what the browser can run; returns it or throws saying why not. */
export function checkEngine(engine, support) {
  if (engine !== 'wasm' && engine !== 'js') {
    throw new Error(`unknown engine "${engine}": use "wasm" or "js"`);
  }
  if (engine === 'wasm' && !support.wasmGc) {
    throw new Error(`the WebAssembly engine cannot run here: ${support.notes.join(' ')}`);
  }
  return engine;
}

/**
 * How tiles travel: 'shared' (one SharedArrayBuffer framebuffer, tiles taken from atomic counters)
 * needs a cross-origin isolated page; 'transfer' (tiles by message, pixels in transferred buffers)
 * works anywhere. `requested` may force 'transfer'; by default the page's isolation decides.
 */
export function renderMode(support, requested = null) {
  if (requested !== null && requested !== 'shared' && requested !== 'transfer') {
    throw new Error(`unknown mode "${requested}": use "shared" or "transfer"`);
  }
  if (requested === 'shared' && !support.isolated) {
    throw new Error('shared mode needs a cross-origin isolated page; this one is not, so only "transfer" can run here');
  }
  return requested || (support.isolated ? 'shared' : 'transfer');
}
