// Requests as the runtime takes them: objects or JSON text, turned into the text Java reads.

/** A request refused before any worker started; `field`, `line`, `column` locate the problem. */
export class RequestError extends Error {
  constructor({ error, field, line = 0, column = 0 }) {
    super(error);
    this.name = 'RequestError';
    this.field = field;
    this.line = line;
    this.column = column;
  }
}

/** What a cancelled render rejects with. */
export class RenderCancelled extends Error {
  constructor() {
    super('render cancelled');
    this.name = 'AbortError';
  }
}

/** What each kind of option must be, in words and as a check. */
const OPTION_KINDS = {
  function: ['a function', (v) => typeof v === 'function'],
  boolean: ['true or false', (v) => typeof v === 'boolean'],
  object: ['an object', (v) => typeof v === 'object'],
  signal: ['an AbortSignal', (v) => typeof v?.aborted === 'boolean' && typeof v.addEventListener === 'function'],
  number: ['a number', (v) => typeof v === 'number'],
};

/**
 * Refuses, with a TypeError naming it, an option `call` does not take or one of the wrong kind:
 * `allowed` maps each option's name to its kind (a key of OPTION_KINDS). An option left undefined
 * or null is the default.
 */
export function checkOptions(options, allowed, call) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${call}: the options must be an object, got ${options === null ? 'null' : typeof options}`);
  }
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(allowed, name)) {
      throw new TypeError(`${call}: unknown option "${name}"; the options are ${Object.keys(allowed).join(', ')}`);
    }
    const [words, fits] = OPTION_KINDS[allowed[name]];
    if (value !== undefined && value !== null && !fits(value)) {
      throw new TypeError(`${call}: the option ${name} must be ${words}, got ${typeof value}`);
    }
  }
}

/**
 * Request objects become JSON text for the workers. JSON.stringify would quietly turn NaN and
 * Infinity into null; spelling them as strings lets the validator name them. Text longer than
 * `maxCharacters` (the engine's limit, from describe()) is refused before it is sent anywhere.
 */
export function requestText(request, maxCharacters) {
  const text = typeof request === 'string' ? request : objectText(request);
  if (text.length > maxCharacters) {
    throw new RequestError({ error: `request: ${text.length} characters long; the limit is ${maxCharacters}`, field: 'request' });
  }
  return text;
}

/** What JSON cannot carry, in words: JSON.stringify would drop it or throw a TypeError. */
const NOT_JSON = { undefined: 'undefined', function: 'a function', symbol: 'a symbol', bigint: 'a BigInt' };

function objectText(request) {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new RequestError({ error: `request: must be an object or JSON text, got ${request === null ? 'null' : Array.isArray(request) ? 'an array' : typeof request}`, field: 'request' });
  }
  // Each object's path, so that a refusal names the field as Java's messages do.
  const paths = new WeakMap([[request, '']]);
  return JSON.stringify(request, function replace(key, value) {
    const path = key === '' ? '' : Array.isArray(this) ? `${paths.get(this)}[${key}]` : `${paths.get(this) ? `${paths.get(this)}.` : ''}${key}`;
    if (key !== '' && NOT_JSON[typeof value]) {
      throw new RequestError({ error: `${path}: is ${NOT_JSON[typeof value]}, which a request cannot hold`, field: path });
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return String(value);
    }
    if (value !== null && typeof value === 'object' && typeof value.toJSON !== 'function') {
      if (key !== '' && paths.has(value) && isAncestor(paths.get(value), path)) {
        throw new RequestError({ error: `${path}: refers back to ${paths.get(value) || 'the request'} itself, so it has no end`, field: path });
      }
      paths.set(value, path);
    }
    return value;
  });
}

/** Whether the object at `ancestor` contains the place `path`. */
function isAncestor(ancestor, path) {
  return ancestor === '' || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}
