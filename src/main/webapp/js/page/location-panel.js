// The Mandelbrot tab's location: the centre and the zoom as text to read and edit (the explorer
// follows an edit, and the fields follow the explorer), how far a wheel notch zooms, and
// locations brought from and taken to Kalles Fraktaler's .kfr files.
import { PlaneView } from './plane-view.js';
import { readKfr, writeKfr } from './kfr.js';
import { saveFile } from './save-file.js';

const $ = (id) => document.getElementById(id);
const FIELDS = { x: 'loc-x', y: 'loc-y', zoom: 'loc-zoom' };

export class LocationPanel {
  /**
   * @param go called with {view, iter} (iter null: the page chooses), and a .kfr file's {formula, power}, to go to a location
   * @param here () => {view, iter, formula, power}: the location on screen
   * @param say (text, isError) shows a message
   * @param zoomSpeed called with a wheel notch's zoom factor when the setting changes
   */
  constructor({ go, here, say, zoomSpeed }) {
    this.go = go;
    this.say = say;
    for (const id of Object.values(FIELDS)) {
      $(id).addEventListener('change', () => this.edited($(id)));
    }
    $('kfr-open').addEventListener('click', () => $('kfr-file').click());
    $('kfr-file').addEventListener('change', () => this.open($('kfr-file')));
    $('kfr-save').addEventListener('click', () => {
      const location = here();
      if (location.view) {
        save(location);
      }
    });
    $('zoom-speed').addEventListener('change', () => zoomSpeed(Number($('zoom-speed').value)));
  }

  /** The controls this panel handles itself (the page's edits leave them alone), as a CSS selector. */
  static get controls() {
    return '#location, #zoom-speed';
  }

  /**
   * Shows `view`'s centre and zoom, but not over a field being edited, nor over a coordinate typed
   * with more digits than the view shows at its depth (they are kept for a deeper zoom typed next).
   */
  show(view) {
    const values = { x: view.x, y: view.y, zoom: view.zoomText };
    for (const [part, id] of Object.entries(FIELDS)) {
      if (document.activeElement !== $(id) && !(part !== 'zoom' && writes(view, part, $(id).value))) {
        $(id).value = values[part];
      }
      mark($(id), null);
    }
  }

  edited(field) {
    const parts = Object.fromEntries(Object.entries(FIELDS).map(([part, id]) => [part, $(id).value]));
    const problem = PlaneView.problem(parts);
    if (problem) {
      mark(field, problem);
      this.say(`The location's ${problem}.`, true);
      return;
    }
    this.go({ view: PlaneView.of(parts), iter: null });
  }

  async open(input) {
    const [file] = input.files;
    input.value = '';
    if (!file) {
      return;
    }
    try {
      const location = readKfr(await file.text());
      const problem = PlaneView.problem(location);
      if (problem) {
        throw new Error(`${file.name} holds a location Tessera cannot show: its ${problem}.`);
      }
      this.go({ view: PlaneView.of(location), iter: location.iter, formula: location.formula, power: location.power });
    } catch (e) {
      this.say(e.message.startsWith(file.name) ? e.message : `${file.name}: ${e.message}`, true);
    }
  }
}

/** Whether `text` is `view`'s centre coordinate `part` ('x' or 'y'), perhaps with more digits. */
function writes(view, part, text) {
  const typed = PlaneView.of({ x: '0', y: '0', [part]: text, zoom: view.zoomText });
  return typed !== null && typed[part] === view[part];
}

function mark(field, problem) {
  field.setAttribute('aria-invalid', String(Boolean(problem)));
  field.title = problem ?? '';
}

/** Saves the location on screen as a .kfr file. */
function save({ view, iter, formula, power }) {
  saveFile(new Blob([writeKfr({ x: view.x, y: view.y, zoom: view.zoomText, iter, formula, power })], { type: 'text/plain' }),
    'tessera-location.kfr');
}
