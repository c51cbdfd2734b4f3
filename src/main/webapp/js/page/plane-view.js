// A view of the complex plane at any depth: the centre as an exact binary fraction (a BigInt of
// 2^-bits units, with as many bits as the zoom needs), the zoom as a mantissa and a decimal
// exponent. Panning and zooming are exact in the centre's units, so a view 10^1000 deep moves by
// whole pixels as one 10^1 deep does. The engine gets the centre as decimal strings (numbers for
// views doubles resolve), the URL gets it with as many digits as the depth needs.

/** Digits past the ones a pixel needs, so that a view written out and read back is the same to a thousandth of a pixel. */
const SPARE_DIGITS = 4;
const LOG2_10 = Math.log2(10);
const powersOfTen = new Map();

function tenTo(exponent) {
  let power = powersOfTen.get(exponent);
  if (power === undefined) {
    power = 10n ** BigInt(exponent);
    powersOfTen.set(exponent, power);
  }
  return power;
}

/** `value` (a BigInt) divided by 2^shift, rounded to the nearest; shift may be negative. */
function shiftRound(value, shift) {
  if (shift <= 0) {
    return value << BigInt(-shift);
  }
  const half = 1n << BigInt(shift - 1);
  return value >= 0n ? (value + half) >> BigInt(shift) : -((-value + half) >> BigInt(shift));
}

/** a / b for BigInts, rounded to the nearest. */
function divideRound(a, b) {
  const negative = (a < 0n) !== (b < 0n);
  const [p, q] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const rounded = (2n * p + q) / (2n * q);
  return negative ? -rounded : rounded;
}

const DECIMAL = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/;

/**
 * The largest size, as a power of ten, of a coordinate and of a zoom: the engine's own bound (see
 * DecimalShape), far past any view. Past it a number is refused before any BigInt arithmetic,
 * which on 10^-320000000 would hold the page for half a minute.
 */
export const MAX_EXPONENT = 100000;
/** A coordinate's largest size as a power of ten: the engine takes centres up to 10^6. */
const MAX_COORDINATE_EXPONENT = 6;

/** {digits: BigInt, exponent} with value = digits · 10^exponent, or null for text that is no decimal. */
export function parseDecimal(text) {
  const match = DECIMAL.exec(String(text));
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    return null;
  }
  const [, sign, whole, fraction = '', power = '0'] = match;
  const significant = `${whole}${fraction}`.replace(/^0+/, '');
  // The power of ten of the leading digit, told from the text alone (Infinity-safe: a long exponent is a huge number).
  const lead = significant === '' ? 0 : Number(power) + whole.length - 1 - (`${whole}${fraction}`.length - significant.length);
  if (Math.abs(lead) > MAX_EXPONENT) {
    return { digits: null, exponent: 0, lead };
  }
  const digits = BigInt(`${sign === '-' ? '-' : ''}${whole}${fraction}` || '0');
  return { digits, exponent: Number(power) - fraction.length, lead };
}

/**
 * A zoom as {mantissa in [1, 10), exponent, text}, from a positive number or decimal text (null
 * otherwise); `text` keeps every digit given, so a zoom written out and read back is the same.
 */
export function parseZoom(value) {
  const decimal = parseDecimal(value);
  if (!decimal || decimal.digits === null || decimal.digits <= 0n) {
    return null;
  }
  const digits = decimal.digits.toString().replace(/0+$/, '') || '0';
  const exponent = decimal.exponent + decimal.digits.toString().length - 1;
  const fraction = digits.slice(1);
  return { mantissa: Number(`${digits[0]}.${fraction || '0'}`), exponent, text: `${digits[0]}${fraction ? `.${fraction}` : ''}e${exponent}` };
}

/** The zoom mantissa · 10^exponent, with 15 significant digits. */
function normalZoom(mantissa, exponent) {
  const [lead, power] = mantissa.toExponential(14).split('e');
  return parseZoom(`${lead}e${exponent + Number(power)}`);
}

/** Decimals the centre is written with: a thousandth of a pixel of a frame up to 16384 pixels high, and at least the 20 that give back any double near 1. */
function decimalsFor(zoom) {
  return Math.max(20, zoom.exponent + SPARE_DIGITS + 5);
}

/** Bits the centre keeps: more than its decimals, so that decimal text read in and written out is the same. */
function bitsFor(zoom) {
  return Math.ceil(decimalsFor(zoom) * LOG2_10) + 16;
}

export class PlaneView {
  /** Use {@link PlaneView.of}. */
  constructor(x, y, bits, zoom) {
    this.fixedX = x;
    this.fixedY = y;
    this.bits = bits;
    this.zoomParts = zoom;
  }

  /** A view from {x, y, zoom}, each a number or decimal text; null when PlaneView.problem names something wrong. */
  static of({ x, y, zoom }) {
    if (PlaneView.problem({ x, y, zoom })) {
      return null;
    }
    const zoomParts = parseZoom(zoom);
    const bits = bitsFor(zoomParts);
    return new PlaneView(toFixed(parseDecimal(x), bits), toFixed(parseDecimal(y), bits), bits, zoomParts);
  }

  /**
   * What is wrong with {x, y, zoom} as a view, in words naming the part, or null: a coordinate must
   * be a decimal within ±10^6 (one too small to tell from 0 at any zoom is 0), the zoom a positive
   * decimal within 10^±100000.
   */
  static problem({ x, y, zoom }) {
    for (const [name, value] of [['x', x], ['y', y]]) {
      const decimal = parseDecimal(value);
      if (!decimal) {
        return `${name} must be a decimal number such as -0.75, got ${shownValue(value)}`;
      }
      if (decimal.digits !== 0n && decimal.lead > MAX_COORDINATE_EXPONENT) {
        return `${name} must be from -1000000 to 1000000, got ${shownValue(value)}`;
      }
    }
    const decimal = parseDecimal(zoom);
    if (!decimal || decimal.digits === 0n || String(zoom).trim().startsWith('-')) {
      return `zoom must be a positive number such as 1e30, got ${shownValue(zoom)}`;
    }
    if (decimal.digits === null) {
      return `zoom must be from 1e-${MAX_EXPONENT} to 1e${MAX_EXPONENT} (far past any view), got ${shownValue(zoom)}`;
    }
    return null;
  }

  /** The zoom's decimal logarithm: what grows by one each time the view goes ten times deeper. */
  get log10Zoom() {
    return this.zoomParts.exponent + Math.log10(this.zoomParts.mantissa);
  }

  /** The zoom as a number (Infinity past a double's range). */
  get zoomNumber() {
    return Number(this.zoomParts.text);
  }

  /** The zoom as links keep it: plain from 10⁻³ to 10⁶ ("4", "1234.5"), with an exponent past that ("2.5e40"). */
  get zoomText() {
    const { exponent, text } = this.zoomParts;
    return exponent >= -3 && exponent < 6 ? String(Number(text)) : text;
  }

  /** The centre's coordinates as exact decimal text, as many digits as the depth needs. */
  get x() {
    return toDecimal(this.fixedX, this.bits, this.digits());
  }

  get y() {
    return toDecimal(this.fixedY, this.bits, this.digits());
  }

  digits() {
    return decimalsFor(this.zoomParts);
  }

  /** The centre and zoom a request takes: numbers while doubles resolve the view (zoom up to `precisionLimit`), decimal text past it. */
  requestFields(precisionLimit) {
    if (this.zoomNumber <= precisionLimit) {
      return { center: { x: Number(this.x), y: Number(this.y) }, zoom: this.zoomNumber };
    }
    return { center: { x: this.x, y: this.y }, zoom: this.zoomText };
  }

  /** The point of the plane at canvas pixel (px, py) of a width × height canvas, as doubles (the nearest they hold). */
  planePoint(px, py, width, height) {
    const moved = this.panned(px - width / 2, py - height / 2, height);
    return { x: Number(moved.x), y: Number(moved.y) };
  }

  /** Fixed-point units of one pixel's offset times `pixels`, for a frame `height` pixels high: pixels · 2 / (zoom · height) · 2^bits. */
  pixelUnits(pixels, height) {
    const perPixel = (2 / (this.zoomParts.mantissa * height)) * pixels;
    // perPixel · 2^60 as an integer, then · 2^(bits − 60) / 10^exponent
    const scaled = BigInt(Math.round(perPixel * 2 ** 60));
    const exponent = this.zoomParts.exponent;
    const shifted = shiftRound(scaled, 60 - this.bits);
    return exponent >= 0 ? divideRound(shifted, tenTo(exponent)) : shifted * tenTo(-exponent);
  }

  /** The view moved by (dx, dy) pixels of a frame `height` pixels high. */
  panned(dx, dy, height) {
    return new PlaneView(this.fixedX + this.pixelUnits(dx, height), this.fixedY + this.pixelUnits(dy, height), this.bits, this.zoomParts);
  }

  /** The view `factor` times deeper (its zoom's log10 kept within `bounds` {min, max}), keeping the plane's point under canvas pixel (px, py) where it is. */
  zoomedAt(px, py, width, height, factor, bounds = { min: -Infinity, max: Infinity }) {
    let zoom = normalZoom(this.zoomParts.mantissa * factor, this.zoomParts.exponent);
    const log10 = zoom.exponent + Math.log10(zoom.mantissa);
    if (log10 > bounds.max || log10 < bounds.min) {
      const bound = log10 > bounds.max ? bounds.max : bounds.min;
      zoom = normalZoom(10 ** (bound - Math.floor(bound)), Math.floor(bound));
    }
    const actual = 10 ** (zoom.exponent + Math.log10(zoom.mantissa) - this.log10Zoom);
    // The point under the pointer stays: the centre moves toward it by (1 − 1/factor) of its offset.
    const keep = 1 - 1 / actual;
    const [dx, dy] = [px - width / 2, py - height / 2];
    const moved = keep === 0 || (dx === 0 && dy === 0) || !Number.isFinite(keep) ? this : this.panned(dx * keep, dy * keep, height);
    return moved.withZoom(zoom);
  }

  /** This view, or the same centre at the nearest zoom within `bounds` (log10). */
  within(bounds) {
    const log10 = this.log10Zoom;
    if (log10 <= bounds.max && log10 >= bounds.min) {
      return this;
    }
    const bound = log10 > bounds.max ? bounds.max : bounds.min;
    return this.withZoom(normalZoom(10 ** (bound - Math.floor(bound)), Math.floor(bound)));
  }

  withZoom(zoom) {
    const bits = Math.max(this.bits, bitsFor(zoom));
    const shift = this.bits - bits;
    return new PlaneView(shiftRound(this.fixedX, shift), shiftRound(this.fixedY, shift), bits, zoom);
  }

  /** Where this view's centre lies in pixels of `other` (a frame `height` pixels high), and the ratio of their scales: for the preview. */
  placeIn(other, height) {
    const bits = Math.max(this.bits, other.bits);
    const dx = shiftRound(this.fixedX, this.bits - bits) - shiftRound(other.fixedX, other.bits - bits);
    const dy = shiftRound(this.fixedY, this.bits - bits) - shiftRound(other.fixedY, other.bits - bits);
    const unit = other.pixelUnitsAt(bits, height);
    return {
      x: Number(divideRound(dx << 20n, unit)) / 2 ** 20,
      y: Number(divideRound(dy << 20n, unit)) / 2 ** 20,
      ratio: 10 ** (other.log10Zoom - this.log10Zoom),
    };
  }

  pixelUnitsAt(bits, height) {
    const units = this.pixelUnits(1, height);
    const shifted = shiftRound(units, this.bits - bits);
    return shifted === 0n ? 1n : shifted;
  }

  /** The URL fragment for this view: `#x=…&y=…&zoom=…e…&iter=…&palette=…`. */
  fragment(iter, palette) {
    return `#x=${this.x}&y=${this.y}&zoom=${this.zoomText}&iter=${iter}&palette=${palette}`;
  }
}

/** A value as a message shows it: text quoted and cut. */
function shownValue(value) {
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** digits · 10^exponent in units of 2^-bits, rounded; a value below half a unit is 0, whatever its exponent. */
function toFixed({ digits, exponent, lead }, bits) {
  if (digits === null || digits === 0n || (lead + 1) * LOG2_10 < -(bits + 1)) {
    return 0n;
  }
  return exponent >= 0 ? (digits * tenTo(exponent)) << BigInt(bits) : divideRound(digits << BigInt(bits), tenTo(-exponent));
}

/** fixed · 2^-bits with `digits` decimals, rounded, trailing zeros dropped. */
function toDecimal(fixed, bits, digits) {
  const scaled = shiftRound(fixed * tenTo(digits), bits);
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
