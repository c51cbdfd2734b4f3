// What the Mandelbrot and Julia tabs share: the formula, iterations, palette and the picture's size
// (fit the window, or a custom width and height), their ranges and choices from describe(), found
// by the tab's id prefix ('' for Mandelbrot, 'julia-' for Julia).

import { GradientEditor } from '../gradient-editor.js';

const $ = (id) => document.getElementById(id);

/** Palettes that are not named by their name alone. */
const PALETTE_LABELS = {
  iterations: 'Iteration counts (data, for export)', equalised: 'Equalised (spread over the view)', distance: 'Distance (boundary shading)',
};

/**
 * The palette the page opens on, where the workload has it: a smooth gradient shows the set's
 * structure from the first picture. A request that names none keeps Java's default (the seed's).
 */
const OPENING_PALETTE = 'smooth';

export class EscapeTimeControls {
  /** @param page the tab's page (see registry.js); @param canvas the tab's picture */
  constructor(page, prefix, canvas) {
    this.page = page;
    this.prefix = prefix;
    this.canvas = canvas;
    this.limits = null;
    const size = this.control('size');
    size.addEventListener('change', () => {
      for (const label of size.closest('fieldset').querySelectorAll('[data-size="custom"]')) {
        label.hidden = size.value !== 'custom';
      }
      page.edited(0);
    });
    /** The palettes a designed gradient colours (from describe()). */
    this.designable = [];
    this.gradientEditor = new GradientEditor(this.control('gradient-editor'), {
      prefix, changed: () => page.edited(0), recolour: () => page.renderCurrent(), say: (text, isError) => page.setMessage(text, isError),
    });
    this.control('palette').addEventListener('change', () => this.gradientEditor.paletteChosen(this.designsPalette()));
    /** The formula every request names when none is chosen, and the one with powers (from describe()). */
    this.defaultFormula = null;
    this.control('formula').addEventListener('change', () => this.showPower());
    // The picture has the shape it will render at before its first render: the page does not shift when it arrives.
    if (size.value === 'fit' && !canvas.closest('[hidden]')) {
      Object.assign(canvas, this.pictureSize());
    }
  }

  control(name) {
    return $(`${this.prefix}${name}`);
  }

  /** The size select renders on its own, once it has shown or hidden the custom size; colour cycling recolours by itself. */
  get ownControls() {
    return `#${this.prefix}size, #${this.prefix}gradient-cycle, #${this.prefix}gradient-speed`;
  }

  /** Ranges and palettes from describe(): `facts` is the workload's entry, `limits` the frame limits. */
  applyDescription(facts, limits) {
    this.limits = limits;
    for (const name of ['width', 'height']) {
      this.control(name).max = String(limits.maxSide);
    }
    this.control('maxIter').min = String(facts.maxIter.min);
    this.control('maxIter').max = String(facts.maxIter.max);
    const opening = facts.palettes.includes(OPENING_PALETTE) ? OPENING_PALETTE : facts.palette;
    this.control('palette').replaceChildren(...facts.palettes.map((name) =>
      new Option(PALETTE_LABELS[name] ?? name[0].toUpperCase() + name.slice(1), name, false, name === opening)));
    this.designable = facts.gradient.palettes;
    this.gradientEditor.paletteChosen(this.designsPalette());
    this.defaultFormula = facts.formula;
    this.control('formula').replaceChildren(...facts.formulas.map(({ id, label }) => new Option(label, id, false, id === facts.formula)));
    const { power } = facts.formulas.find(({ id }) => id === facts.formula);
    Object.assign(this.control('power'), { min: String(power.min), max: String(power.max), value: String(power.default) });
    this.showPower();
  }

  /** The power is asked for only with the formula that has powers. */
  showPower() {
    this.control('power').closest('label').hidden = this.control('formula').value !== this.defaultFormula;
  }

  /** The formula chosen: {id, power}. */
  formulaChoice() {
    const id = this.control('formula').value || this.defaultFormula;
    return { id, power: id === this.defaultFormula ? this.control('power').valueAsNumber || 2 : 2 };
  }

  /** Chooses the formula `id` (one describe() lists, else the default) at `power`; returns whether `id` was one. */
  setFormula(id, power = 2) {
    const known = [...this.control('formula').options].some((option) => option.value === id);
    this.control('formula').value = known ? id : this.defaultFormula;
    this.control('power').value = String(known && id === this.defaultFormula ? power : 2);
    this.showPower();
    return known;
  }

  /** The request's params for the formula chosen: none for the classic z² + c, so its requests and links stay as they were. */
  formula() {
    const { id, power } = this.formulaChoice();
    if (id === this.defaultFormula) {
      return power === 2 ? {} : { formula: id, power };
    }
    return { formula: id };
  }

  designsPalette() {
    return this.designable.includes(this.control('palette').value);
  }

  /**
   * For a zoom video: the turns a second the designed gradient cycles at on the page (0 while it
   * does not), and the page's cycling stops, so that its renders leave the video's frames alone.
   */
  handOverColourCycling() {
    const speed = this.designed().gradient ? this.gradientEditor.turnsPerSecond() : 0;
    this.gradientEditor.stopCycling();
    return speed;
  }

  /** The request's params for the gradient designed: {gradient}, none while off or for a palette it does not colour. */
  designed() {
    const gradient = this.gradientEditor.value();
    return gradient && this.designsPalette() ? { gradient } : {};
  }

  /**
   * The size the picture renders at: the stage's, in device pixels, so that it is sharp; or the
   * width and height typed in for a custom size (a poster, a benchmark).
   */
  pictureSize() {
    if (this.control('size').value === 'custom') {
      return { width: this.control('width').valueAsNumber, height: this.control('height').valueAsNumber };
    }
    const area = $('stages');
    const { limits } = this;
    let width = Math.max(1, Math.round(area.clientWidth * devicePixelRatio));
    let height = Math.max(1, Math.round(area.clientHeight * devicePixelRatio));
    const shrink = Math.min(1, limits ? Math.sqrt(limits.maxPixels / (width * height)) : 1,
      limits ? limits.maxSide / Math.max(width, height) : 1);
    width = Math.max(1, Math.floor(width * shrink));
    height = Math.max(1, Math.floor(height * shrink));
    return { width, height };
  }

  /** The request's params for the anti-aliasing chosen: {supersample: n} for n × n samples a pixel, none when off. */
  sampling() {
    const factor = Number(this.control('supersample').value);
    return factor > 1 ? { supersample: factor } : {};
  }

  controlFor(field) {
    const names = {
      width: 'width', height: 'height', 'params.maxIter': 'maxIter', 'params.palette': 'palette', 'params.supersample': 'supersample',
      'params.formula': 'formula', 'params.power': 'power',
      'params.gradient.density': 'gradient-density', 'params.gradient.offset': 'gradient-offset',
    };
    if (field.startsWith('params.gradient') && !Object.hasOwn(names, field)) {
      return this.control('gradient-on');
    }
    return Object.hasOwn(names, field) ? this.control(names[field]) : null;
  }

  /** A picture that fits the window renders anew at the window's new size (unless a script drew it). */
  resized() {
    if (this.control('size').value === 'fit' && this.page.status.fromControls) {
      const { width, height } = this.pictureSize();
      if (width !== this.canvas.width || height !== this.canvas.height) {
        this.page.edited(0);
      }
    }
  }
}
