// The Tessera page as a set of tabs: every tab in the markup has its module in the registry and
// the other way round, only a tab's own module names it, and no module of the page grows past
// what one can read through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { webapp, js, siteModule } from './site.mjs';

const MAX_LINES = 350;
const page = join(js, 'page');
const pageFiles = readdirSync(page, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(page, f));
const html = readFileSync(join(webapp, 'index.html'), 'utf8');
const tabButtons = [...html.matchAll(/<button[^>]*role="tab"[^>]*>/g)].map(([button]) => ({
  name: /data-workload="([^"]+)"/.exec(button)?.[1],
  panel: /aria-controls="([^"]+)"/.exec(button)?.[1],
}));
const { TABS } = await siteModule('page/tabs/registry.js');

test(`no module of the page is longer than ${MAX_LINES} lines`, () => {
  assert.ok(pageFiles.some((f) => f.includes(join('page', 'tabs'))), 'the tabs\' modules are among those counted');
  const long = pageFiles.map((f) => [relative(js, f), readFileSync(f, 'utf8').split('\n').length - 1])
    .filter(([, lines]) => lines > MAX_LINES);
  assert.deepEqual(long, [], `split these modules (path, lines)`);
});

test('every tab button in index.html has a tab in the registry, and every tab there has its button, in the same order', () => {
  assert.ok(tabButtons.length >= 5, `${tabButtons.length} tab buttons found`);
  assert.deepEqual(tabButtons.map((b) => b.name), Object.keys(TABS));
  for (const [name, create] of Object.entries(TABS)) {
    assert.equal(typeof create, 'function', `the registry's ${name} is a tab module's factory`);
    assert.ok(readdirSync(join(page, 'tabs')).includes(`${name}.js`), `tabs/${name}.js holds the ${name} tab`);
  }
});

test('every tab button controls a panel of its own in index.html', () => {
  for (const { name, panel } of tabButtons) {
    assert.match(html, new RegExp(`<fieldset id="${panel}" role="tabpanel" aria-labelledby="tab-${name}"`), name);
  }
});

test('the page\'s shared modules name no tab: what is particular to a tab is in its own module', () => {
  const shared = pageFiles.filter((f) => !f.includes(join('page', 'tabs')) && !f.includes(join('page', 'baseline')));
  assert.ok(shared.some((f) => f.endsWith('app.js')), 'app.js is among the shared modules');
  const quoted = new RegExp(`['"\`](${Object.keys(TABS).join('|')})['"\`]`);
  for (const file of shared) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), quoted, `${relative(js, file)} names a tab`);
  }
});
