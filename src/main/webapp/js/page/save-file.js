// Hands a file the page made (a PNG of the picture, a location) to the browser to save.

/** Saves `blob` under the name `name`, as the browser saves downloads. */
export function saveFile(blob, name) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  link.click();
  // The browser has read the file by the time the link's URL is let go.
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
