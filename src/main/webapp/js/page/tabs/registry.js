// The page's tabs, in the order of their buttons. Each key is a tab button's data-workload in
// index.html (a test keeps the two lists equal) and, for a tab with a picture, the workload its
// requests name. A new tab is a module beside this one, a line here, and its button, panel and
// stage in index.html.
//
// A module exports a factory, called once with the page (below); it returns the tab: an object
// with the members below, all optional but `request` and `canvas` for a tab that renders.
//
//   canvas                     its picture; a tab without one (the benchmark) renders nothing
//   request()                  the request its controls describe: an object, or JSON text
//   applyDescription(d)        describe() has arrived: build the controls, ranges and choices it gives;
//                              a promise returned is waited for before the page is ready
//   enter({ render })          the tab is shown; true if it sees to its picture itself (else a stale
//                              picture renders when `render` is true), leave() it is hidden
//   showResult(result, request)  a render finished on this tab: show what it means here; may
//                              return words to add to the page's summary of it
//   showFailure(error, request, { fromControls })  a render was refused: true if the tab has said
//                              so itself (its message, then its own place: the scene editor, the
//                              picture's name); else the page names the control or says the refusal
//   controlFor(field)          the control a request field comes from (e.g. "params.maxIter"), or null
//   clearMarks()               a render starts: take down marks of the last refusal (beside aria-invalid)
//   ownControls                a CSS selector: the controls that act on their own, which edits leave alone
//   zoomVideo                  true when the Zoom video panel records this tab's view
//   handOverColourCycling()    for a zoom video: the turns a second its gradient cycles at (0: none); the tab's own cycling stops
//   resized()                  the picture's area changed size
//   submit()                   the form's button was pressed, instead of rendering
//   cancel()                   Cancel was pressed: stop what the tab runs of its own
//   api                        members it adds to window.tessera
//
// The page given to a factory serves that tab: `runtime`, `poolSize`, `status` (its TabStatus),
// `setMessage(text, isError)`, `edited(delay, ready)`, `select({ render })`, `parallelism()`,
// `renderCurrent()`, `render(request, options)`, `startEngine(engine)`, `setBusy(on, { blocksRender })`,
// `firstPicture`, `api` (window.tessera) and `tab(name)` for another tab. See app.js.
import { mandelbrotTab } from './mandelbrot.js';
import { juliaTab } from './julia.js';
import { raytraceTab } from './raytrace.js';
import { pipelineTab } from './pipeline.js';
import { benchmarkTab } from './benchmark.js';

export const TABS = {
  mandelbrot: mandelbrotTab,
  julia: juliaTab,
  raytrace: raytraceTab,
  pipeline: pipelineTab,
  benchmark: benchmarkTab,
};
