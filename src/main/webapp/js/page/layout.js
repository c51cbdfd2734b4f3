// The page's frame around the tabs: the theme, the side panel (open on a wide screen, a sheet that
// starts closed on a phone) and the banners about what the browser or the hosting lacks.
import { isolationProblem } from '../runtime/isolation.js';
import { setUpTheme } from './theme.js';

const $ = (id) => document.getElementById(id);

/** @param support what the browser can run (the runtime's detectSupport) */
export function setUpLayout(support) {
  setUpTheme($('theme'));
  // Crossing from a wide window to a phone-sized one (or back) starts from that size's default.
  const wide = matchMedia('(min-width: 48rem)');
  setPanel(wide.matches);
  wide.addEventListener('change', () => setPanel(wide.matches));
  $('toggle-panel').addEventListener('click', () => setPanel(document.body.dataset.panel !== 'open'));
  $('dismiss-transfer-note').addEventListener('click', () => { $('transfer-note').hidden = true; });
  if (!support.isolated) {
    isolationProblem().then((problem) => {
      $('isolation-problem').textContent = problem;
      $('transfer-note').hidden = false;
    });
  }
  if (!support.wasmGc) {
    $('engine').querySelector('option[value="wasm"]').disabled = true;
  }
}

function setPanel(open) {
  document.body.dataset.panel = open ? 'open' : 'closed';
  $('toggle-panel').setAttribute('aria-expanded', String(open));
  $('toggle-panel').textContent = open ? 'Hide controls' : 'Controls';
}
