// Requests as the runtime takes them: objects or JSON text, turned into the text Java reads.

/** The longest request text the workers' reader accepts (JsonReader.MAX_LENGTH). */
export const MAX_REQUEST_CHARACTERS = 16 * 1024 * 1024;

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

/**
 * Request objects become JSON text for the workers. JSON.stringify would quietly turn NaN and
 * Infinity into null; spelling them as strings lets the validator name them.
 */
export function requestText(request) {
  const text = typeof request === 'string' ? request : objectText(request);
  if (text.length > MAX_REQUEST_CHARACTERS) {
    throw new RequestError({ error: `request: ${text.length} characters long; the limit is ${MAX_REQUEST_CHARACTERS}`, field: 'request' });
  }
  return text;
}

function objectText(request) {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) {
    throw new RequestError({ error: `request: must be an object or JSON text, got ${request === null ? 'null' : Array.isArray(request) ? 'an array' : typeof request}`, field: 'request' });
  }
  return JSON.stringify(request, (key, value) =>
    (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value));
}
