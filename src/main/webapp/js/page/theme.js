// The theme switch: System (the default), Light or Dark, remembered for the next visit.
const KEY = 'tessera-theme';

export function setUpTheme(select) {
  const saved = readSaved();
  select.value = ['light', 'dark'].includes(saved) ? saved : 'system';
  apply(select.value);
  select.addEventListener('change', () => {
    apply(select.value);
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      // Storage can be off (private windows, policies): the choice then lasts for this visit.
    }
  });
}

function readSaved() {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function apply(theme) {
  if (theme === 'system') {
    delete document.documentElement.dataset.theme;
  } else {
    document.documentElement.dataset.theme = theme;
  }
}
