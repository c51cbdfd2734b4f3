// Copy buttons that say they copied: the label turns to "Copied" (or says why not) for a moment.
const SHOWN_MS = 1600;

/** Makes `button` copy the text `text()` gives when clicked, confirming on the button itself. */
export function copyButton(button, text) {
  const label = button.textContent;
  let timer = null;
  button.addEventListener('click', async () => {
    clearTimeout(timer);
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = 'Copied ✓';
    } catch (e) {
      button.textContent = 'Copy failed: the browser refused the clipboard';
    }
    timer = setTimeout(() => { button.textContent = label; }, SHOWN_MS);
  });
}
