// Places worth visiting in the Mandelbrot explorer, from places.json: each a view ({x, y, zoom} as
// decimal text, any depth), the iterations it needs, the palette it looks best in, and its formula
// and power where it is not the classic z² + c.

/** Fills `select` with the places (after its first option, the prompt) and resolves to them; none if the file cannot be read. */
export async function loadPlaces(select) {
  let places = [];
  try {
    const response = await fetch('places.json');
    places = response.ok ? await response.json() : [];
  } catch {
    places = [];
  }
  select.append(...places.map((place, i) => new Option(place.name, String(i))));
  select.disabled = places.length === 0;
  return places;
}
