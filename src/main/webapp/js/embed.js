// The smallest page that renders with Tessera: the runtime alone, one canvas, one button.
import { startTessera } from './runtime/tessera.js';

const tessera = startTessera();
// Scripts (and the tests) reach the runtime here, as on the Tessera page.
window.tessera = tessera;

const canvas = document.getElementById('picture');
const button = document.getElementById('render');
const status = document.getElementById('status');
const request = { workload: 'mandelbrot', width: 960, height: 540, params: { maxIter: 500, palette: 'smooth' } };

tessera.ready.then(({ workers, engine, mode }) => {
  status.textContent = `Ready: ${workers} workers, ${engine === 'wasm' ? 'WebAssembly' : 'JavaScript'} engine, ${mode} memory.`;
  button.disabled = false;
}, (e) => {
  status.textContent = `Tessera cannot run here: ${e.message}`;
});

button.addEventListener('click', async () => {
  try {
    const result = await tessera.render(request, {
      canvas,
      onProgress: ({ published, tiles }) => { status.textContent = `Rendering: ${published} of ${tiles} tiles.`; },
    });
    status.textContent = `Rendered ${result.width} × ${result.height} on ${result.workers} workers in ${Math.round(result.ms)} ms.`;
  } catch (e) {
    status.textContent = e.name === 'AbortError' ? 'Cancelled.' : e.message;
  }
});
