// The browser side's structure: the runtime is a room of its own that any page can use, and the
// Tessera page's hand-kept lists stay whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, relative, resolve } from 'node:path';
import { root, webapp, js } from './site.mjs';

const read = (path) => readFileSync(path, 'utf8');
const runtimeFiles = readdirSync(join(js, 'runtime')).filter((f) => f.endsWith('.js')).map((f) => join(js, 'runtime', f));

/** Static imports and import() of plain strings, resolved to absolute paths. */
function imports(file) {
  const found = [];
  for (const match of read(file).matchAll(/(?:import|export)\s[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
    found.push({ path: resolve(dirname(file), match[1] ?? match[2]), dynamic: match[2] !== undefined });
  }
  return found;
}

/** Worker scripts a file starts: new URL('…', import.meta.url) naming a *.worker.js. */
function workerScripts(file) {
  return [...read(file).matchAll(/new URL\('([^']+\.worker\.js)', import\.meta\.url\)/g)].map((m) => resolve(dirname(file), m[1]));
}

/** The workloads Java knows: one package each beside the shared ones. */
const workloadNames = readdirSync(join(root, 'src/main/java/tessera'))
  .filter((name) => !['render', 'json', 'jvm', 'escapetime', 'web', 'cli', 'server', 'workloads', 'picture'].includes(name));

test('the workload packages are found (the test below is not vacuous)', () => {
  assert.ok(workloadNames.includes('mandelbrot') && workloadNames.length >= 3, workloadNames.join());
});

test('runtime/ imports nothing from page/', () => {
  for (const file of runtimeFiles) {
    for (const { path } of imports(file)) {
      assert.ok(!path.startsWith(join(js, 'page')), `${relative(js, file)} imports ${relative(js, path)}`);
    }
  }
});

test('runtime/ names no workload, not even in a comment', () => {
  for (const file of runtimeFiles) {
    const text = read(file).toLowerCase();
    for (const name of workloadNames) {
      assert.ok(!text.includes(name), `${relative(js, file)} names "${name}"`);
    }
  }
});

test('every worker entry point is named *.worker.js and every *.worker.js is started by someone', () => {
  const all = [...runtimeFiles, ...readdirSync(join(js, 'page'), { recursive: true })
    .filter((f) => f.endsWith('.js')).map((f) => join(js, 'page', f))];
  const started = new Set(all.flatMap(workerScripts));
  const entryPoints = all.filter((f) => f.endsWith('.worker.js'));
  assert.deepEqual([...started].sort(), entryPoints.sort());
  for (const file of all.filter((f) => !f.endsWith('.worker.js'))) {
    assert.doesNotMatch(read(file), /^self\.onmessage/m, `${relative(js, file)} acts as a worker but is not named like one`);
  }
});

test('embed.html uses the runtime alone: its one script imports only js/runtime/tessera.js', () => {
  const html = read(join(webapp, 'embed.html'));
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(scripts, ['js/embed.js']);
  assert.deepEqual(imports(join(webapp, 'js/embed.js')).map((i) => relative(js, i.path)), ['runtime/tessera.js']);
});

test('every scene preset and sample picture the page offers is a file of the site', () => {
  const html = read(join(webapp, 'index.html'));
  const presets = [...html.matchAll(/<select id="preset"[\s\S]*?<\/select>/g)][0][0];
  const samples = [...html.matchAll(/<select id="image"[\s\S]*?<\/select>/g)][0][0];
  const files = [
    ...[...presets.matchAll(/value="([^"]+)"/g)].map((m) => `scenes/${m[1]}.json`),
    ...[...samples.matchAll(/value="([^"]+)"/g)].map((m) => m[1]),
  ];
  assert.ok(files.length >= 6, files.join());
  for (const file of files) {
    assert.doesNotThrow(() => readFileSync(join(webapp, file)), `${file} is offered but missing`);
  }
});
