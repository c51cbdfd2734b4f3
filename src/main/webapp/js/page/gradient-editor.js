// The gradient editor of the Mandelbrot and Julia tabs: a bar with the gradient's stops on it (click
// the bar to add one, drag one or use the arrow keys to move it, pick its colour, remove it), its
// density and offset, presets, and the gradient saved to or opened from a file. What it makes is
// the request's params.gradient (see gradient.js); the page re-renders, which only recolours.
import { DEFAULT_DENSITY, MAX_STOPS, PRESETS, colorAt, gradientProblem, preset } from './gradient.js';
import { saveFile } from './save-file.js';

/** How close two stops may come (the engine wants them in strictly rising order). */
const GAP = 0.001;
const round = (x) => Math.round(x * 1000) / 1000;

export class GradientEditor {
  /**
   * Builds the editor into `container`; `prefix` tells its ids apart on each tab, `changed()` is
   * called after every edit, `say(text, isError)` reports on the page.
   */
  constructor(container, { prefix, changed, recolour, say }) {
    this.changed = changed;
    this.recolour = recolour;
    this.say = say;
    this.gradient = preset('Classic');
    this.selected = 0;
    const id = (name) => `${prefix}gradient-${name}`;
    container.replaceChildren(...html(`
      <label class="inline"><input type="checkbox" id="${id('on')}"> Design the gradient</label>
      <div class="gradient-body" hidden>
        <p class="note" data-gradient-applies hidden>The designed gradient colours the Smooth, Distance and Equalised palettes: choose one of those to see it.</p>
        <div class="gradient-bar" role="group" aria-label="Gradient stops: click the bar to add a stop; drag a stop, or use the arrow keys, to move it"></div>
        <div class="row">
          <label>Stop colour <input type="color" id="${id('color')}"></label>
          <button type="button" class="small" id="${id('remove')}">Remove stop</button>
        </div>
        <label>Start from
          <select id="${id('preset')}"><option value="">a preset…</option>${Object.keys(PRESETS).map((name) => `<option>${name}</option>`).join('')}</select>
        </label>
        <label>Iterations a turn <input type="number" id="${id('density')}" min="0.01" max="1000000" step="any" required></label>
        <label>Offset <input type="range" id="${id('offset')}" min="0" max="1" step="0.001"></label>
        <div class="row">
          <label class="inline"><input type="checkbox" id="${id('cycle')}"> Cycle the colours</label>
          <label>Turns a minute <input type="number" id="${id('speed')}" min="0.1" max="600" step="any" value="6"></label>
        </div>
        <div class="row">
          <button type="button" class="small" id="${id('save')}">Save gradient</button>
          <button type="button" class="small" id="${id('open')}">Open gradient…</button>
          <input type="file" id="${id('file')}" accept=".json,application/json" hidden>
        </div>
      </div>`));
    const $ = (name) => container.querySelector(`#${id(name)}`);
    this.on = $('on');
    this.applies = container.querySelector('[data-gradient-applies]');
    this.body = container.querySelector('.gradient-body');
    this.bar = container.querySelector('.gradient-bar');
    this.color = $('color');
    this.remove = $('remove');
    this.density = $('density');
    this.offset = $('offset');
    this.on.addEventListener('change', () => this.show());
    this.cycling = $('cycle');
    /** Whether the cycling loop is running (a second start while it runs is none). */
    this.running = false;
    this.speed = $('speed');
    this.cycling.addEventListener('change', () => this.cycle());
    this.bar.addEventListener('pointerdown', (event) => {
      if (event.target === this.bar) {
        this.addAt((event.clientX - this.bar.getBoundingClientRect().left) / this.bar.clientWidth);
      }
    });
    this.color.addEventListener('input', () => {
      this.gradient.stops[this.selected].color = this.color.value;
      this.draw();
    });
    this.remove.addEventListener('click', () => this.removeSelected());
    $('preset').addEventListener('change', (event) => {
      if (event.target.value) {
        this.set(preset(event.target.value));
        event.target.value = '';
        this.changed();
      }
    });
    this.density.addEventListener('input', () => {
      if (this.density.checkValidity()) {
        this.gradient.density = this.density.valueAsNumber;
      }
    });
    this.offset.addEventListener('input', () => {
      this.gradient.offset = this.offset.valueAsNumber;
    });
    $('save').addEventListener('click', () => saveFile(new Blob([`${JSON.stringify(this.value() ?? this.gradient, null, 2)}\n`],
      { type: 'application/json' }), 'gradient.json'));
    $('open').addEventListener('click', () => $('file').click());
    $('file').addEventListener('change', async (event) => {
      const [file] = event.target.files;
      event.target.value = '';
      if (file) {
        this.open(file.name, await file.text());
      }
    });
    // Off until the user turns it on: the palette's own colours, with the classic gradient ready to edit.
    this.set(null);
  }

  /** The request's params.gradient, or null while the palette's own colours are used. */
  value() {
    if (!this.on.checked) {
      return null;
    }
    const { stops, density, offset } = this.gradient;
    return { stops: stops.map(({ at, color }) => ({ at, color })), density, offset };
  }

  /** Shows `gradient` and turns the editor on (null: off, the palette's own colours). */
  set(gradient) {
    if (gradient) {
      this.gradient = { stops: gradient.stops.map(({ at, color }) => ({ at, color: color.toLowerCase() })),
        density: gradient.density ?? DEFAULT_DENSITY, offset: gradient.offset ?? 0 };
      this.selected = Math.min(this.selected, this.gradient.stops.length - 1);
      this.on.checked = true;
    } else {
      this.on.checked = false;
    }
    this.density.value = String(this.gradient.density);
    this.offset.value = String(this.gradient.offset);
    this.show();
  }

  /** A gradient file's text: shown, or refused in words with the gradient kept as it was. */
  open(name, text) {
    let gradient;
    try {
      gradient = JSON.parse(text);
    } catch {
      this.say(`${name} is not a gradient: it is not JSON.`, true);
      return;
    }
    const problem = gradientProblem(gradient);
    if (problem) {
      this.say(`${name} is not a gradient the engine takes: ${problem}.`, true);
      return;
    }
    // Said by the picture itself, recoloured at once (a message would be replaced by the render's).
    this.set(gradient);
    this.changed();
  }

  show() {
    this.body.hidden = !this.on.checked;
    this.draw();
  }

  /**
   * While Cycle the colours is on, turns the gradient's offset and recolours, a step each time the
   * last recolouring is on screen (the kept escape data: no iteration), by the time that passed.
   */
  async cycle() {
    if (this.running) {
      return;
    }
    this.running = true;
    let last = performance.now();
    try {
      while (this.cycling.checked && this.on.checked) {
        const now = performance.now();
        this.gradient.offset = round((this.gradient.offset + (now - last) / 1000 * this.turnsPerSecond()) % 1);
        this.offset.value = String(this.gradient.offset);
        last = now;
        await this.recolour();
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    } finally {
      this.running = false;
    }
  }

  /** The cycling speed while Cycle the colours is on, in turns a second; else 0. */
  turnsPerSecond() {
    return this.on.checked && this.cycling.checked && this.speed.checkValidity() ? this.speed.valueAsNumber / 60 : 0;
  }

  stopCycling() {
    this.cycling.checked = false;
  }

  /** Says whether the palette chosen is one the gradient colours (the request leaves it out if not). */
  paletteChosen(designable) {
    this.applies.hidden = designable;
  }

  addAt(fraction) {
    const { stops } = this.gradient;
    const at = round(Math.min(1, Math.max(0, fraction)));
    if (stops.length >= MAX_STOPS || stops.some((stop) => Math.abs(stop.at - at) < GAP)) {
      return;
    }
    const stop = { at, color: colorAt(stops, at) };
    stops.push(stop);
    stops.sort((a, b) => a.at - b.at);
    this.selected = stops.indexOf(stop);
    this.draw();
    this.bar.children[this.selected].focus();
    this.changed();
  }

  removeSelected() {
    const { stops } = this.gradient;
    if (stops.length > 1) {
      stops.splice(this.selected, 1);
      this.selected = Math.min(this.selected, stops.length - 1);
      this.draw();
      this.changed();
    }
  }

  /** Moves the selected stop to `fraction`, no nearer its neighbours than GAP. */
  moveTo(fraction) {
    const { stops } = this.gradient;
    const low = this.selected > 0 ? stops[this.selected - 1].at + GAP : 0;
    const high = this.selected < stops.length - 1 ? stops[this.selected + 1].at - GAP : 1;
    stops[this.selected].at = round(Math.min(high, Math.max(low, fraction)));
    this.draw();
  }

  /** The bar in the gradient's colours, one turn of it, with a handle for each stop. */
  draw() {
    const { stops } = this.gradient;
    const colours = [`${colorAt(stops, 0)} 0%`, ...stops.map(({ at, color }) => `${color} ${at * 100}%`), `${colorAt(stops, 1)} 100%`];
    this.bar.style.setProperty('background', `linear-gradient(to right, ${colours.join(', ')})`);
    // The same handles while their number stays (a drag keeps its pointer on the one it holds); new ones after an add or a removal.
    if (this.bar.children.length !== stops.length) {
      this.bar.replaceChildren(...stops.map((stop, i) => this.handle(i)));
    }
    stops.forEach((stop, i) => {
      const button = this.bar.children[i];
      button.setAttribute('aria-pressed', String(i === this.selected));
      button.setAttribute('aria-label', `Stop at ${Math.round(stop.at * 1000) / 10} %, ${stop.color}`);
      button.style.setProperty('left', `${stop.at * 100}%`);
      button.style.setProperty('background', stop.color);
    });
    this.color.value = stops[this.selected].color;
    this.remove.disabled = stops.length <= 1;
  }

  /** The handle of stop `i` (drawn by draw()): dragged, or moved and removed with the keys. */
  handle(i) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'gradient-stop';
    button.addEventListener('pointerdown', (event) => {
      event.stopPropagation();
      this.select(i);
      button.setPointerCapture(event.pointerId);
      const move = (e) => this.moveTo((e.clientX - this.bar.getBoundingClientRect().left) / this.bar.clientWidth);
      const end = () => {
        button.removeEventListener('pointermove', move);
        button.removeEventListener('pointerup', end);
        button.removeEventListener('pointercancel', end);
        button.focus();
        this.changed();
      };
      button.addEventListener('pointermove', move);
      button.addEventListener('pointerup', end);
      button.addEventListener('pointercancel', end);
    });
    button.addEventListener('keydown', (event) => {
      const step = { ArrowLeft: -0.01, ArrowRight: 0.01 }[event.key];
      if (step) {
        event.preventDefault();
        this.select(i);
        this.moveTo(this.gradient.stops[i].at + step);
        this.bar.children[this.selected].focus();
        this.changed();
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        this.select(i);
        this.removeSelected();
        this.bar.children[this.selected]?.focus();
      }
    });
    return button;
  }

  select(i) {
    if (this.selected !== i) {
      this.selected = i;
      for (const [k, child] of [...this.bar.children].entries()) {
        child.setAttribute('aria-pressed', String(k === i));
      }
      this.color.value = this.gradient.stops[i].color;
    }
  }
}

/** Nodes from markup the module writes itself (no text from outside goes in). */
function html(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  return [...template.content.childNodes];
}
