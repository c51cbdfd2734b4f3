// The Julia tab: the set of a point c, explored like the Mandelbrot set; the Mandelbrot tab opens
// it at the point under an Alt-click.
import { depthText } from '../depth-text.js';
import { Explorer } from '../explorer.js';
import { EscapeTimeControls } from './escape-time.js';

const $ = (id) => document.getElementById(id);

export function juliaTab(page) {
  const canvas = $('canvas-julia');
  const controls = new EscapeTimeControls(page, 'julia-', canvas);
  /** Set once describe() has arrived. */
  let explorer = null;
  let facts = null;

  return {
    canvas,
    zoomVideo: true,
    handOverColourCycling: () => controls.handOverColourCycling(),
    ownControls: controls.ownControls,

    request() {
      const params = {
        c: { x: $('julia-cx').valueAsNumber, y: $('julia-cy').valueAsNumber },
        ...controls.formula(), maxIter: $('julia-maxIter').valueAsNumber, palette: $('julia-palette').value, ...controls.sampling(),
        ...controls.designed(),
      };
      if (explorer?.view) {
        // past doubles' precision the view is deep: its centre and zoom as decimal strings
        Object.assign(params, explorer.view.requestFields(facts.zoom.precisionLimit));
      }
      return { workload: 'julia', ...controls.pictureSize(), ...page.parallelism(), params };
    },

    applyDescription({ workloads, limits }) {
      facts = workloads.julia;
      controls.applyDescription(facts, limits);
      for (const [id, axis] of [['julia-cx', 'x'], ['julia-cy', 'y']]) {
        Object.assign($(id), { min: String(facts.c.min), max: String(facts.c.max), value: String(facts.c[axis]) });
      }
      explorer = new Explorer(canvas, (view) => {
        $('julia-depth').textContent = depthText(view);
        page.renderCurrent();
      }, facts);
    },

    controlFor(field) {
      const c = { 'params.c.x': 'julia-cx', 'params.c.y': 'julia-cy' };
      return Object.hasOwn(c, field) ? $(c[field]) : controls.controlFor(field);
    },

    resized: () => controls.resized(),

    /** Shows the Julia set of `c` ({x, y}, numbers) of `formula` ({id, power}), from its starting view. */
    openAt(c, formula) {
      $('julia-cx').value = String(c.x);
      $('julia-cy').value = String(c.y);
      controls.setFormula(formula.id, formula.power);
      explorer.view = null;
      $('julia-depth').textContent = depthText(explorer.current());
      page.status.stale = true;
      page.select();
    },
  };
}
