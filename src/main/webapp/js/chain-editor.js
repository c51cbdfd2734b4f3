// The image pipeline's filter chain: add, remove, reorder, set parameters; read back as `ops`.

/** Every op the Java side knows, with its parameters and one line for the user. */
export const OPS = {
  blur: { label: 'Box blur', params: { radius: { min: 0, max: 100, step: 1, value: 4 } },
    help: 'The mean of the (2r + 1)² pixels around each pixel, as in the article; cost does not grow with r.' },
  gaussian: { label: 'Gaussian blur', params: { sigma: { min: 0.5, max: 30, step: 0.1, value: 2 } },
    help: 'Blur of standard deviation σ, computed as three box blurs.' },
  sharpen: { label: 'Sharpen', params: { amount: { min: 0, max: 10, step: 0.1, value: 1 }, radius: { min: 1, max: 20, step: 1, value: 1 } },
    help: 'Unsharp mask: adds amount × (pixel − its box-blurred value).' },
  brightness: { label: 'Brightness', params: { factor: { min: 0, max: 10, step: 0.05, value: 1.2 } },
    help: 'Multiplies each colour channel by the factor, as in the article.' },
  contrast: { label: 'Contrast', params: { factor: { min: 0, max: 10, step: 0.05, value: 1.5 } },
    help: 'Stretches each channel away from mid-grey by the factor, as in the article.' },
  saturation: { label: 'Saturation', params: { factor: { min: 0, max: 10, step: 0.05, value: 1.5 } },
    help: 'Moves colours away from their grey (above 1) or towards it (below 1); 0 is greyscale.' },
  sepia: { label: 'Sepia', params: {}, help: 'The article’s sepia-tone matrix.' },
  grayscale: { label: 'Greyscale', params: {}, help: 'Rec. 601 luma: 0.299 R + 0.587 G + 0.114 B.' },
  invert: { label: 'Invert', params: {}, help: 'The negative: 255 minus each colour channel.' },
};

export class ChainEditor {
  constructor(list, addButton, initial) {
    this.list = list;
    addButton.addEventListener('click', () => {
      this.add('blur');
      this.list.lastElementChild.querySelector('select').focus();
    });
    initial.forEach((op) => this.add(op.op, op));
  }

  /** The chain as request ops, e.g. [{op: 'blur', radius: 4}]. */
  ops() {
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
    for (const [value, { label }] of Object.entries(OPS)) {
      select.add(new Option(label, value, false, value === name));
    }
    select.addEventListener('change', () => this.fill(item, select.value, {}));
    item.append(select, document.createElement('span'), this.button('↑', 'Move up', () => {
      if (item.previousElementSibling) {
        this.list.insertBefore(item, item.previousElementSibling);
      }
    }), this.button('↓', 'Move down', () => {
      if (item.nextElementSibling) {
        this.list.insertBefore(item.nextElementSibling, item);
      }
    }), this.button('✕', 'Remove', () => item.remove()));
    const help = document.createElement('p');
    help.className = 'op-help';
    item.append(help);
    this.list.append(item);
    this.fill(item, name, values);
  }

  fill(item, name, values) {
    const params = item.querySelector('span');
    params.replaceChildren();
    for (const [param, spec] of Object.entries(OPS[name].params)) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      Object.assign(input, { type: 'number', min: spec.min, max: spec.max, step: spec.step, value: values[param] ?? spec.value });
      input.dataset.param = param;
      label.append(param, input);
      params.append(label);
    }
    item.querySelector('.op-help').textContent = OPS[name].help;
  }

  button(text, label, action) {
    const button = document.createElement('button');
    Object.assign(button, { type: 'button', textContent: text, className: 'small' });
    button.setAttribute('aria-label', label);
    button.addEventListener('click', action);
    return button;
  }
}
