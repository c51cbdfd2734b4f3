// The Mandelbrot tab: the explorer at any depth, the places to go, the minibrot search, the view in
// the URL (Back returns to the view before, a pasted link goes to its view) and Alt-click to open
// the Julia set of a point.
import { depthText } from '../depth-text.js';
import { Explorer, iterationsFor, viewFromFragment } from '../explorer.js';
import { loadPlaces } from '../places.js';
import { PlaneView } from '../plane-view.js';
import { copyButton } from '../copy-button.js';
import { LocationPanel } from '../location-panel.js';
import { EscapeTimeControls } from './escape-time.js';
import { gradientFromText, gradientToText } from '../gradient.js';

const $ = (id) => document.getElementById(id);

/** The gradient's part of a link: `&gradient=…`, or nothing for the palette's own colours. */
function gradientPart(gradient) {
  return gradient ? `&gradient=${encodeURIComponent(gradientToText(gradient))}` : '';
}

/** The formula's part of a link: `&formula=…[&power=…]` from a request's params, or nothing for the classic z² + c. */
function formulaPart({ formula, power }) {
  return formula ? `&formula=${formula}${power ? `&power=${power}` : ''}` : '';
}

export function mandelbrotTab(page) {
  const canvas = $('canvas-mandelbrot');
  const controls = new EscapeTimeControls(page, '', canvas);
  /** Set once describe() has arrived: the explorer, and the workload's entry of describe(). */
  let explorer = null;
  let facts = null;
  let places = [];
  /** What the render of a found minibrot's view says after its summary: {view, text}, or null. */
  let foundNote = null;
  /** When the view last got a history entry of its own. */
  let lastPushAt = 0;
  const locationPanel = new LocationPanel({
    // A location without iterations keeps the ones set by hand, else scales them with its zoom.
    go: ({ view, iter, formula, power }) => {
      if (explorer) {
        applyLink({ view, iter: iter ?? ($('auto-iter').checked ? null : $('maxIter').valueAsNumber), ...(formula ? { formula, power } : {}) });
        page.renderCurrent();
      }
    },
    here: () => ({ view: explorer?.current() ?? null, iter: $('maxIter').valueAsNumber, ...(explorer ? formulaOfRequest() : {}) }),
    say: (text, isError) => page.setMessage(text, isError),
    zoomSpeed: (notch) => {
      explorer.notch = notch;
    },
  });

  function request() {
    const params = { ...controls.formula(), maxIter: $('maxIter').valueAsNumber, palette: $('palette').value, ...controls.sampling(), ...controls.designed() };
    if (explorer?.view) {
      // Numbers while doubles resolve the view, exact decimal text past that: the engine renders those by perturbation.
      Object.assign(params, explorer.view.requestFields(facts.zoom.precisionLimit));
    }
    return { workload: 'mandelbrot', ...controls.pictureSize(), ...page.parallelism(), params };
  }

  /** The depth of the view, as the panel shows it ("Zoom 2.42 × 10¹⁰⁴⁰"), and its location. */
  function showDepth(view) {
    locationPanel.show(view);
    $('depth').textContent = depthText(view);
  }

  /** The formula chosen, as a .kfr file names it: {formula, power}. */
  function formulaOfRequest() {
    const { id, power } = controls.formulaChoice();
    return { formula: id, power };
  }

  /** Goes to the place chosen in the list, with the iterations it needs. */
  function goToPlace() {
    const place = places[Number($('place').value)];
    $('place').value = '';
    if (!place || !explorer) {
      return;
    }
    explorer.set(PlaneView.of(place));
    $('maxIter').value = String(place.iter);
    $('auto-iter').checked = place.iter === iterationsFor(explorer.view.log10Zoom);
    if (place.palette && facts.palettes.includes(place.palette)) {
      $('palette').value = place.palette;
    }
    controls.setFormula(place.formula ?? facts.formula, place.power ?? 2);
    formulaChanged();
    showDepth(explorer.view);
    page.renderCurrent();
  }

  /** Find minibrot searches the Multibrot sets (any power) only: the button says so for any other formula. */
  function formulaChanged() {
    const button = $('find-minibrot');
    button.disabled = controls.formulaChoice().id !== facts.formula;
    button.title = button.disabled ? 'Minibrots are looked for in the Multibrot sets (z^p + c) only' : '';
  }

  /** Looks for the minibrot of lowest period in view and goes there, with iterations enough to show its inside. */
  async function findMinibrot() {
    const button = $('find-minibrot');
    button.disabled = true;
    page.setBusy(true);
    page.setMessage('Looking for the minibrot of lowest period on screen…');
    try {
      const search = request();
      if (!search.params.center) {
        Object.assign(search.params, explorer.current().requestFields(facts.zoom.precisionLimit));
      }
      const found = await page.runtime.find(search);
      if (found.error) {
        page.setMessage(`No minibrot: ${found.error}.`, true);
        return;
      }
      explorer.set(PlaneView.of(found));
      const iterations = Math.min(facts.maxIter.max, Math.max($('maxIter').valueAsNumber || 0, 20 * found.period));
      $('maxIter').value = String(iterations);
      $('auto-iter').checked = false;
      showDepth(explorer.view);
      page.setMessage(`A minibrot of period ${found.period}: rendering it.`);
      foundNote = { view: explorer.view, text: ` The minibrot found here has period ${found.period}.` };
      page.renderCurrent();
    } catch (e) {
      if (e.name === 'AbortError') {
        // Cancelled, or a newer render took over: that one reports.
        page.setMessage(page.status.rendering ? 'Rendering…' : 'The search was cancelled.');
      } else {
        page.setMessage(`No minibrot found: ${e.message}`, true);
      }
    } finally {
      page.setBusy(false);
      button.disabled = false;
    }
  }

  /** A render of an explored view puts the view in the URL: Back returns to the view before. */
  function rememberView(rendered) {
    const view = typeof rendered === 'object' && rendered.workload === 'mandelbrot' && rendered.params?.center ? explorer?.view : null;
    if (!view) {
      return;
    }
    const fragment = view.fragment(rendered.params.maxIter, rendered.params.palette) + gradientPart(rendered.params.gradient)
      + formulaPart(rendered.params);
    if (fragment === location.hash) {
      return;
    }
    // A view that has rested for a while gets a history entry of its own; quick moves replace it.
    if (performance.now() - lastPushAt > 1500) {
      history.pushState(null, '', fragment);
    } else {
      history.replaceState(null, '', fragment);
    }
    lastPushAt = performance.now();
  }

  /** A link pasted into the address bar, or Back and Forward: the explorer goes to the view the URL names (none: the start view). */
  function followLocation() {
    const linked = viewFromFragment(location.hash);
    if (!explorer) {
      return;
    }
    if (!linked) {
      // Back to the page's first entry, which names no view: the start view, kept in that entry.
      if (location.hash === '' && explorer.view) {
        lastPushAt = performance.now();
        page.select({ render: false });
        explorer.reset();
      }
      return;
    }
    if (linked.problem) {
      page.select({ render: false });
      page.setMessage(linked.problem, true);
      return;
    }
    const current = explorer.view && explorer.view.fragment($('maxIter').value, $('palette').value) + gradientPart(controls.designed().gradient)
      + formulaPart(controls.formula());
    if (current === location.hash) {
      return;
    }
    const problem = applyLink(linked);
    lastPushAt = 0;
    page.select({ render: false });
    // Said once the render's own message is in.
    Promise.resolve(page.renderCurrent()).then(() => problem && page.setMessage(problem, true));
  }

  /** Goes to the view (and options) `linked` names; returns what of it could not be read, in words, or nothing. */
  function applyLink(linked) {
    explorer.set(linked.view);
    showDepth(explorer.view);
    if (linked.palette && facts.palettes.includes(linked.palette)) {
      $('palette').value = linked.palette;
    }
    // A link names its formula or none (the classic z² + c); a location typed in keeps the one chosen.
    let problem;
    if ('formula' in linked) {
      const known = controls.setFormula(linked.formula ?? facts.formula, Number(linked.power) || 2);
      formulaChanged();
      if (!known) {
        problem = `The link's formula "${linked.formula}" is not one this page draws: the classic set is shown.`;
      }
    }
    // A link names its gradient or none (the palette's own colours); a location typed in keeps the editor's.
    if ('gradient' in linked) {
      const gradient = linked.gradient ? gradientFromText(linked.gradient) : null;
      controls.gradientEditor.set(gradient);
      controls.gradientEditor.paletteChosen(controls.designsPalette());
      if (linked.gradient && !gradient) {
        return "The link's gradient could not be read: the palette's own colours are shown.";
      }
    }
    const iterations = Number(linked.iter) || iterationsFor(linked.view.log10Zoom);
    $('maxIter').value = String(iterations);
    $('auto-iter').checked = iterations === iterationsFor(linked.view.log10Zoom);
    return problem;
  }

  /** Opens the Julia set of the point under an Alt-click on the picture. */
  function openJuliaAt(event) {
    if (!event.altKey || !explorer) {
      return;
    }
    event.preventDefault();
    page.tab('julia').openAt(explorer.planePoint(explorer.canvasPoint(event)), controls.formulaChoice());
  }

  function applyDescription(description) {
    facts = description.workloads.mandelbrot;
    controls.applyDescription(facts, description.limits);
    canvas.addEventListener('click', openJuliaAt);
    explorer = new Explorer(canvas, (view) => {
      if ($('auto-iter').checked) {
        $('maxIter').value = String(iterationsFor(view.log10Zoom));
      }
      showDepth(view);
      page.renderCurrent();
    }, facts);
    const linked = viewFromFragment(location.hash);
    if (linked?.problem) {
      // Said once the first picture's message is in: the page opens where it would without the link.
      page.firstPicture.then(() => page.setMessage(`${linked.problem} Showing the default view instead.`, true));
    } else if (linked) {
      const problem = applyLink(linked);
      if (problem) {
        page.firstPicture.then(() => page.setMessage(problem, true));
      }
    }
    if (!explorer.view) {
      locationPanel.show(explorer.current());
    }
    return loadPlaces($('place')).then((loaded) => { places = loaded; });
  }

  $('place').addEventListener('change', goToPlace);
  $('formula').addEventListener('change', formulaChanged);
  $('power').addEventListener('input', formulaChanged);
  $('find-minibrot').addEventListener('click', findMinibrot);
  $('maxIter').addEventListener('input', () => { $('auto-iter').checked = false; });
  copyButton($('copy-link'), () => location.href);
  window.addEventListener('popstate', followLocation);
  window.addEventListener('hashchange', followLocation);

  return {
    canvas,
    zoomVideo: true,
    handOverColourCycling: () => controls.handOverColourCycling(),
    ownControls: `${controls.ownControls}, ${LocationPanel.controls}`,
    request,
    applyDescription,
    showResult: (result, rendered) => {
      rememberView(rendered);
      const note = foundNote?.view === explorer?.view ? foundNote.text : '';
      foundNote = null;
      return note;
    },
    controlFor: (field) => controls.controlFor(field),
    resized: () => controls.resized(),
  };
}
