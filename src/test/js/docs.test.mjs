import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './site.mjs';

const architecture = readFileSync(join(root, 'docs/architecture.md'), 'utf8');

/** Every file under `folder` (vendor bundles are written at build time, not kept here). */
function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('docs/architecture.md names every module of the browser code', () => {
  const js = join(root, 'src/main/webapp/js');
  const modules = files(js).filter((f) => f.endsWith('.js')).map((f) => relative(js, f));
  assert.ok(modules.length > 40, `${modules.length} modules found`);
  const missing = modules.filter((m) => !architecture.includes(`\`${m.split('/').pop()}\``));
  assert.deepEqual(missing, [], 'modules the architecture page does not name, in backquotes');
});

test('docs/architecture.md names every Java package', () => {
  const packages = readdirSync(join(root, 'src/main/java/tessera')).map((p) => `tessera.${p}`);
  assert.ok(packages.length >= 10, packages.join());
  assert.deepEqual(packages.filter((p) => !architecture.includes(`\`${p}\``)), []);
});

test('the README is a front door, and every page it links to is there', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.split('\n').length <= 250, `${readme.split('\n').length} lines`);
  for (const [, link] of readme.matchAll(/\]\(((?:docs\/)?[\w-]+\.md)\)/g)) {
    assert.ok(statSync(join(root, link)).isFile(), link);
  }
});
