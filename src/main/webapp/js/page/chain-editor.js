// The image pipeline's filter chain: add, remove, reorder, set parameters; read back as `ops`.

/** Words for the ops; which ops exist, their parameters, ranges and starting values come from Java's describe(). */
const WORDS = {
  blur: { label: 'Box blur', help: 'The mean of the (2r + 1)² pixels around each pixel, as in the article; cost does not grow with r.' },
  gaussian: { label: 'Gaussian blur', help: 'Blur of standard deviation σ, computed as three box blurs.' },
  sharpen: { label: 'Sharpen', help: 'Unsharp mask: adds amount × (pixel − its box-blurred value).' },
  brightness: { label: 'Brightness', help: 'Multiplies each colour channel by the factor, as in the article.' },
  contrast: { label: 'Contrast', help: 'Stretches each channel away from mid-grey by the factor, as in the article.' },
  saturation: { label: 'Saturation', help: 'Moves colours away from their grey (above 1) or towards it (below 1); 0 is greyscale.' },
  sepia: { label: 'Sepia', help: 'The article’s sepia-tone matrix.' },
  grayscale: { label: 'Greyscale', help: 'Rec. 601 luma: 0.299 R + 0.587 G + 0.114 B.' },
  invert: { label: 'Invert', help: 'The negative: 255 minus each colour channel.' },
};

/** The input step for a parameter: 1 for whole numbers, else 0.05. */
export function stepFor(spec) {
  return spec.integer ? 1 : 0.05;
}

export class ChainEditor {
  /**
   * @param pipeline the pipeline's entry of describe(): {maxOps, ops: [{op, params: {name: {min, max, default, integer}}}]}
   * @param onChange called after every change of the chain: a filter added, removed, moved or changed
   */
  constructor(list, addButton, pipeline, initial, onChange = () => {}) {
    this.list = list;
    this.onChange = onChange;
    this.ops = Object.fromEntries(pipeline.ops.map((entry) => [entry.op, entry.params]));
    addButton.addEventListener('click', () => {
      this.add('blur');
      this.list.lastElementChild.querySelector('select').focus();
    });
    initial.forEach((op) => this.add(op.op, op));
  }

  /** Names every control by its filter's place in the chain ("Filter 2 · Brightness factor"), then reports the change. */
  changed() {
    [...this.list.children].forEach((item, i) => {
      const select = item.querySelector('select');
      select.setAttribute('aria-label', `Filter ${i + 1}`);
      const label = WORDS[select.value]?.label ?? select.value;
      for (const input of item.querySelectorAll('input[data-param]')) {
        input.setAttribute('aria-label', `Filter ${i + 1} · ${label} ${input.dataset.param}`);
      }
    });
    this.onChange();
  }

  /** The control of parameter `param` of the filter at `index` (from 0), or the filter's choice without `param`. */
  control(index, param) {
    const item = this.list.children[index];
    if (!item) {
      return null;
    }
    return param ? item.querySelector(`input[data-param="${CSS.escape(param)}"]`) : item.querySelector('select');
  }

  /** The chain as request ops, e.g. [{op: 'blur', radius: 4}]. */
  chain() {
    return [...this.list.children].map((item) => {
      const op = { op: item.querySelector('select').value };
      for (const input of item.querySelectorAll('input[data-param]')) {
        op[input.dataset.param] = input.valueAsNumber;
      }
      return op;
    });
  }

  add(name, values = {}) {
    const item = document.createElement('li');
    item.className = 'op';
    const position = this.list.children.length + 1;
    const select = document.createElement('select');
    select.setAttribute('aria-label', `Filter ${position}`);
    for (const op of Object.keys(this.ops)) {
      select.add(new Option(WORDS[op]?.label ?? op, op, false, op === name));
    }
    select.addEventListener('change', () => {
      this.fill(item, select.value, {});
      this.changed();
    });
    item.append(select, document.createElement('span'), this.button('↑', 'Move up', () => {
      if (item.previousElementSibling) {
        this.list.insertBefore(item, item.previousElementSibling);
        this.changed();
      }
    }), this.button('↓', 'Move down', () => {
      if (item.nextElementSibling) {
        this.list.insertBefore(item.nextElementSibling, item);
        this.changed();
      }
    }), this.button('✕', 'Remove', () => {
      item.remove();
      this.changed();
    }));
    const help = document.createElement('p');
    help.className = 'op-help';
    item.append(help);
    this.list.append(item);
    this.fill(item, name, values);
    this.changed();
  }

  fill(item, name, values) {
    const params = item.querySelector('span');
    params.replaceChildren();
    for (const [param, spec] of Object.entries(this.ops[name])) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      Object.assign(input, { type: 'number', min: spec.min, max: spec.max, step: stepFor(spec), value: values[param] ?? spec.default });
      input.dataset.param = param;
      input.required = true;
      label.append(param, input);
      params.append(label);
    }
    item.querySelector('.op-help').textContent = WORDS[name]?.help ?? '';
  }

  button(text, label, action) {
    const button = document.createElement('button');
    Object.assign(button, { type: 'button', textContent: text, className: 'small' });
    button.setAttribute('aria-label', label);
    button.addEventListener('click', action);
    return button;
  }
}
