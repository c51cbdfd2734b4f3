// A designed gradient as the request's params.gradient has it: {stops: [{at, color: '#rrggbb'}],
// density, offset}. Its colour anywhere (for the editor's bar and a new stop), its text in a link,
// its check when a file brings one, and the presets the page offers.

/** Iterations one turn spans by default, as Java's smooth palette (SmoothPalette.PERIOD). */
export const DEFAULT_DENSITY = 48;
export const MAX_STOPS = 64;

/** A few gradients to start from: the smooth palette's own first. */
export const PRESETS = {
  Classic: [[0, '#000764'], [0.16, '#206bcb'], [0.42, '#edffff'], [0.6425, '#ffaa00'], [0.8575, '#000200']],
  Sunset: [[0, '#1b0a3c'], [0.3, '#7b1f5c'], [0.55, '#e0603a'], [0.8, '#fbe7a1']],
  Ocean: [[0, '#001018'], [0.35, '#005a8c'], [0.65, '#7fd8f0'], [0.85, '#ffffff']],
  Lava: [[0, '#0a0000'], [0.4, '#b41400'], [0.7, '#ffa014'], [0.9, '#fffac8']],
  Emerald: [[0, '#02140c'], [0.45, '#1c8c5a'], [0.75, '#c8f5b4']],
  Greyscale: [[0, '#000000'], [0.5, '#ffffff']],
};

/** The preset `name` as a gradient of the default density and no offset. */
export function preset(name) {
  return { stops: PRESETS[name].map(([at, color]) => ({ at, color })), density: DEFAULT_DENSITY, offset: 0 };
}

const HEX = /^#[0-9a-f]{6}$/i;

/** Why `gradient` is not one the engine takes, in words, or null if it is. */
export function gradientProblem(gradient) {
  if (typeof gradient !== 'object' || gradient === null || !Array.isArray(gradient.stops)) {
    return 'a gradient is an object with a list of stops';
  }
  const { stops } = gradient;
  if (stops.length === 0 || stops.length > MAX_STOPS) {
    return `a gradient has 1 to ${MAX_STOPS} stops, not ${stops.length}`;
  }
  for (let i = 0; i < stops.length; i++) {
    const { at, color } = stops[i] ?? {};
    if (typeof at !== 'number' || !(at >= 0 && at <= 1)) {
      return `stop ${i + 1}: its place must be a number from 0 to 1`;
    }
    if (i > 0 && !(at > stops[i - 1].at)) {
      return `stop ${i + 1}: the stops must go in rising order`;
    }
    if (typeof color !== 'string' || !HEX.test(color)) {
      return `stop ${i + 1}: its colour must be written #rrggbb`;
    }
  }
  if (gradient.density !== undefined && !(typeof gradient.density === 'number' && gradient.density >= 0.01 && gradient.density <= 1e6)) {
    return 'the density must be a number of iterations from 0.01 to 1,000,000';
  }
  if (gradient.offset !== undefined && !(typeof gradient.offset === 'number' && gradient.offset >= 0 && gradient.offset <= 1)) {
    return 'the offset must be a number from 0 to 1';
  }
  return null;
}

const rgbOf = (color) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
const hexOf = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour at `position` (taken modulo 1) as '#rrggbb': mixed between the stops around it, past
 * the last stop on into the first, as the engine mixes (to within rounding).
 */
export function colorAt(stops, position) {
  const p = position - Math.floor(position);
  const n = stops.length;
  let after = stops.findIndex((stop) => stop.at >= p);
  let from;
  let to;
  if (after === -1) {
    from = { at: stops[n - 1].at, color: stops[n - 1].color };
    to = { at: stops[0].at + 1, color: stops[0].color };
  } else if (after === 0) {
    from = { at: stops[n - 1].at - 1, color: stops[n - 1].color };
    to = stops[0];
  } else {
    from = stops[after - 1];
    to = stops[after];
  }
  const f = to.at > from.at ? (p - from.at) / (to.at - from.at) : 0;
  const a = rgbOf(from.color);
  const b = rgbOf(to.color);
  return hexOf(a.map((c, i) => Math.round(c + (b[i] - c) * f)));
}

/** The gradient as link text: `at:rrggbb,at:rrggbb…;density;offset`. */
export function gradientToText({ stops, density = DEFAULT_DENSITY, offset = 0 }) {
  return `${stops.map(({ at, color }) => `${at}:${color.slice(1).toLowerCase()}`).join(',')};${density};${offset}`;
}

/** The gradient link text names, or null if it names none the engine would take. */
export function gradientFromText(text) {
  const [stopsText, densityText, offsetText, ...rest] = String(text).split(';');
  if (rest.length > 0 || !stopsText) {
    return null;
  }
  const stops = stopsText.split(',').map((part) => {
    const [at, color, ...more] = part.split(':');
    return more.length === 0 && at !== '' ? { at: Number(at), color: `#${color}` } : null;
  });
  if (stops.includes(null)) {
    return null;
  }
  const gradient = {
    stops,
    density: densityText === undefined || densityText === '' ? DEFAULT_DENSITY : Number(densityText),
    offset: offsetText === undefined || offsetText === '' ? 0 : Number(offsetText),
  };
  return gradientProblem(gradient) ? null : gradient;
}
