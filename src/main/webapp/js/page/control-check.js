// Messages about the controls in the user's words: each control is named as its label reads on
// screen, a wrong one is marked (aria-invalid, and visibly) and, when the user asked for the
// render, focused.

/** The name a control goes by on screen: its aria-label, or its label's own text without the control's. */
export function controlName(control) {
  if (control.hasAttribute('aria-label')) {
    return control.getAttribute('aria-label');
  }
  const label = control.closest('label') ?? (control.id && document.querySelector(`label[for="${control.id}"]`));
  if (!label) {
    return control.name || control.id;
  }
  const own = [...label.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(' ');
  return own.replace(/\s+/g, ' ').trim();
}

/** What a number control accepts, in words: "a whole number from 1 to 1000000". */
export function accepted(control) {
  const whole = control.step !== 'any' && Number.isInteger(Number(control.step || 1)) && Number.isInteger(Number(control.min || 0));
  const kind = whole ? 'a whole number' : 'a number';
  const { min, max } = control;
  if (min !== '' && max !== '') {
    return `${kind} from ${min} to ${max}`;
  }
  return min !== '' ? `${kind} of at least ${min}` : max !== '' ? `${kind} of at most ${max}` : kind;
}

/** The first control among `controls` that is empty or out of its range, with the message for it; or null. */
export function firstInvalid(controls) {
  for (const control of controls) {
    if (control.type !== 'number' || control.closest('[hidden]') || control.disabled) {
      continue;
    }
    if ((control.value === '' && control.required) || !control.validity.valid) {
      const said = control.value === '' ? 'it is empty' : `got ${control.value}`;
      return { control, message: `${controlName(control)}: enter ${accepted(control)} (${said}).` };
    }
  }
  return null;
}

/** Marks `control` as the wrong one (and no other in `scope`); `focus` moves the focus to it. */
export function markInvalid(scope, control, focus) {
  clearMarks(scope);
  control.setAttribute('aria-invalid', 'true');
  if (focus) {
    control.focus();
  }
}

export function clearMarks(scope) {
  for (const marked of scope.querySelectorAll('[aria-invalid="true"]')) {
    marked.removeAttribute('aria-invalid');
  }
}

/**
 * A refused render in the user's words: for a render from the controls of `tab` (see
 * tabs/registry.js), the control the refused field comes from (not a hidden one), named as
 * labelled on screen; else the refusal's own words. Returns {message, control}, control null when
 * there is none.
 */
export function explainRefusal(tab, error, fromControls) {
  const { field, detail } = refusal(error);
  const shared = { workers: 'workers', tileSize: 'tileSize' };
  const control = !fromControls ? null
    : Object.hasOwn(shared, field) ? document.getElementById(shared[field]) : tab.controlFor?.(field);
  if (!control || control.closest('[hidden]')) {
    return { message: error.message, control: null };
  }
  return { message: `${controlName(control)}: ${detail}`, control };
}

/** A refusal's request field ('' when it names none, e.g. "params.maxIter") and its words without that field in front. */
export function refusal(error) {
  const field = error.name === 'RequestError' ? String(error.field ?? '') : '';
  const detail = field && error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
  return { field, detail };
}
