// The row of tabs (WAI-ARIA tabs): a click or the arrow keys choose a tab; showing one selects its
// button and shows its panel of controls and its stage, hiding the others'.
const $ = (id) => document.getElementById(id);
const buttons = () => [...document.querySelectorAll('[role="tab"]')];

/** The name (data-workload) of the tab the markup shows to begin with. */
export function initialTab() {
  return buttons().find((button) => button.getAttribute('aria-selected') === 'true').dataset.workload;
}

/** Tab `name`'s panel of controls. */
export function panelOf(name) {
  return $(buttons().find((button) => button.dataset.workload === name).getAttribute('aria-controls'));
}

/** Shows tab `name`'s button as selected, its panel and its stage; hides the other tabs'. */
export function showTab(name) {
  for (const button of buttons()) {
    const selected = button.dataset.workload === name;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    if (selected) {
      // On a phone the tabs scroll sideways: the chosen one comes into view.
      button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    $(button.getAttribute('aria-controls')).hidden = !selected;
  }
  for (const stage of $('stages').querySelectorAll('[data-workload]')) {
    stage.hidden = stage.dataset.workload !== name;
  }
}

/** Calls `choose(name)` when a tab is clicked, or reached with the left and right arrow keys (which move the focus to it). */
export function onTabChosen(choose) {
  for (const button of buttons()) {
    button.addEventListener('click', () => choose(button.dataset.workload));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const all = buttons();
        const next = all[(all.indexOf(button) + (event.key === 'ArrowRight' ? 1 : all.length - 1)) % all.length];
        next.focus();
        choose(next.dataset.workload);
      }
    });
  }
}
