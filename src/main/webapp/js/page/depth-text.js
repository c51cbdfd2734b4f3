// How deep a view is, in the words the panels show: "Zoom 0.8", "Zoom 2.42 × 10¹⁰⁴⁰".

const superscript = (n) => String(n).replace(/[-0-9]/g, (d) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(d)]);

/** The depth of `view` (a PlaneView): up to 10⁶ as a number, past it as a power of ten. */
export function depthText(view) {
  const { mantissa, exponent } = view.zoomParts;
  return exponent < 6 ? `Zoom ${Number(view.zoomNumber.toPrecision(4))}`
    : `Zoom ${mantissa === 1 ? '' : `${Number(mantissa.toPrecision(3))} × `}10${superscript(exponent)}`;
}
