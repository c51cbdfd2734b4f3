// Locations in Kalles Fraktaler's .kfr form: "Key: value" lines, of which a location needs Re and
// Im (the centre, as decimal text), Zoom and Iterations, and may name its formula (FractalType and
// Power); Kalles Fraktaler 2+ and the tools that share its files write many more (colours,
// rendering settings), which are read past.
// Its zoom 1 shows 4 units of the plane's height where Tessera's shows 2, so a zoom read is halved
// and one written doubled, exactly, digit for digit: a location taken out and brought back is the
// same to the last digit.
import { parseDecimal } from './plane-view.js';

/** value · factor as exact decimal text ("5e29" for 1e30 · 1/2), from parseDecimal's digits and exponent. */
function scaled({ digits, exponent }, numerator, tenths) {
  return `${digits * numerator}e${exponent - tenths}`;
}

/** Kalles Fraktaler's FractalType numbers of the formulas Tessera draws, at power 2 (Mandelbrot at 2 … 8). */
const FRACTAL_TYPES = new Map([[0, 'multibrot'], [1, 'burning-ship'], [2, 'buffalo'], [3, 'celtic'], [4, 'tricorn'],
  [7, 'perpendicular-burning-ship']]);
const MAX_POWER = 8;

/** The formula a .kfr file names ({formula, power}), or an Error in words for one Tessera does not draw. */
function formulaOf(fields) {
  const type = fields.has('FractalType') ? Number(fields.get('FractalType')) : 0;
  const power = fields.has('Power') ? Number(fields.get('Power')) : 2;
  const formula = FRACTAL_TYPES.get(type);
  const powers = formula === 'multibrot' ? MAX_POWER : 2;
  if (!formula || !(Number.isInteger(power) && power >= 2 && power <= powers)) {
    throw new Error(`The location is of Kalles Fraktaler's formula ${fields.get('FractalType') ?? 0} at power ${fields.get('Power') ?? 2}, `
      + `which Tessera does not draw: it opens the Mandelbrot set at powers 2 to ${MAX_POWER} and the Burning Ship, Buffalo, Celtic, `
      + 'Mandelbar and Perpendicular Burning Ship at power 2.');
  }
  return { formula, power };
}

/**
 * The location in a .kfr file's text: {x, y, zoom, iter, formula, power} as text and numbers, or
 * an Error in words naming what is missing or wrong.
 */
export function readKfr(text) {
  const fields = new Map();
  for (const line of String(text).split(/\r?\n/)) {
    const match = /^\s*([A-Za-z][A-Za-z0-9]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (match && !fields.has(match[1])) {
      fields.set(match[1], match[2]);
    }
  }
  const missing = ['Re', 'Im', 'Zoom'].filter((key) => !fields.has(key));
  if (missing.length) {
    throw new Error(`This is no Kalles Fraktaler location (.kfr): it has no ${missing.join(', ')} line`
      + `${missing.length > 1 ? 's' : ''}.`);
  }
  for (const key of ['Re', 'Im']) {
    if (!parseDecimal(fields.get(key))) {
      throw new Error(`The location's ${key} must be a decimal number such as -0.75, got "${fields.get(key).slice(0, 40)}".`);
    }
  }
  const zoom = parseDecimal(fields.get('Zoom'));
  if (!zoom || zoom.digits === null || zoom.digits <= 0n) {
    throw new Error(`The location's Zoom must be a positive number such as 1E30, got "${fields.get('Zoom').slice(0, 40)}".`);
  }
  const iterations = fields.has('Iterations') ? Number(fields.get('Iterations')) : null;
  if (iterations !== null && !(Number.isInteger(iterations) && iterations > 0)) {
    throw new Error(`The location's Iterations must be a whole number above 0, got "${fields.get('Iterations').slice(0, 40)}".`);
  }
  return { x: fields.get('Re'), y: fields.get('Im'), zoom: scaled(zoom, 5n, 1), iter: iterations, ...formulaOf(fields) };
}

/** A .kfr file's text for the location {x, y, zoom, iter} (decimal text, and a number) of `formula` at `power` (the classic set if none). */
export function writeKfr({ x, y, zoom, iter, formula = 'multibrot', power = 2 }) {
  const kfZoom = parseDecimal(zoom);
  const digits = (kfZoom.digits * 2n).toString();
  const exponent = kfZoom.exponent + digits.length - 1;
  const mantissa = digits.replace(/0+$/, '');
  return `Re: ${x}\r\nIm: ${y}\r\nZoom: ${mantissa[0]}${mantissa.length > 1 ? `.${mantissa.slice(1)}` : ''}E${exponent}\r\n`
    + `Iterations: ${iter}\r\n`
    + `FractalType: ${[...FRACTAL_TYPES].find(([, id]) => id === formula)[0]}\r\nPower: ${power}\r\n`;
}
