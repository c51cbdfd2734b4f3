// Loads the compiled Java, in whichever form the runtime chose: 'wasm' (WebAssembly GC) or 'js'.
// Both expose the same exports (tessera.web.WorkerExports).
export async function loadEngine(kind) {
  if (kind === 'wasm') {
    const { load } = await import('../../engine/tessera.wasm-runtime.js');
    const teavm = await load(new URL('../../engine/tessera.wasm', import.meta.url).href);
    return teavm.exports;
  }
  if (kind === 'js') {
    return await import('../../engine/tessera-js-engine.js');
  }
  throw new Error(`unknown engine "${kind}"`);
}
