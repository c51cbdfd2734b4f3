// The build's bundles of the site's scripts: one module per page, worker and public module, each
// whole by itself, loading at run time only what the build writes beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { root, webapp } from './site.mjs';
import { bundlePage, entryPoints, ownAddress, removeFolded } from '../../build/page-bundle.mjs';

const { build } = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));

test('the entry points are the pages\' module scripts, every worker and the runtime\'s public module', () => {
  const entries = entryPoints(webapp);
  for (const expected of ['page/app.js', 'embed.js', 'runtime/tessera.js', 'runtime/render.worker.js', 'runtime/picture.worker.js']) {
    assert.ok(entries.includes(expected), `${expected} in ${entries}`);
  }
  const workers = readdirSync(join(webapp, 'js'), { recursive: true }).map(String).filter((f) => f.endsWith('.worker.js'));
  assert.equal(entries.filter((e) => e.endsWith('.worker.js')).length, workers.length);
});

test('a module\'s own address is written relative to its bundle, wherever either lives', () => {
  const js = join(sep, 'site', 'js');
  const cases = [
    ['page/app.js', 'runtime/pool.js', '../runtime/pool.js'],
    ['embed.js', 'runtime/engine.js', './runtime/engine.js'],
    ['runtime/render.worker.js', 'runtime/engine.js', './engine.js'],
    ['page/app.js', 'page/baseline.js', './baseline.js'],
    ['page/baseline/mandelbrot.worker.js', 'page/baseline/mandelbrot.js', './mandelbrot.js'],
  ];
  for (const [bundle, module, path] of cases) {
    assert.equal(ownAddress(join(js, bundle), join(js, module)), `new URL(${JSON.stringify(path)}, import.meta.url).href`);
    // The written path, resolved from where the bundle is served, is where the module was.
    assert.equal(new URL(path, `https://example.org/js/${bundle}`).href, `https://example.org/js/${module}`);
  }
});

test('each bundle is whole: no static import, and import() only of what the build writes beside it', async () => {
  const out = mkdtempSync(join(tmpdir(), 'tessera-bundle-'));
  try {
    const folded = await bundlePage(build, webapp, out);
    const written = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.js'))
      .map((f) => f.split(sep).join('/')).sort();
    assert.deepEqual(written, entryPoints(webapp));
    for (const file of written) {
      const text = readFileSync(join(out, file), 'utf8');
      assert.doesNotMatch(text, /(^|[;}\s])import\s*[{*\w][^;]*?from\s*["']/m, `${file} imports statically`);
      for (const [, target] of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) {
        assert.match(target, /^(\.\.\/)+(vendor|engine)\//, `${file} loads ${target}`);
      }
      assert.match(text, new RegExp(`sourceMappingURL=${file.split('/').pop()}\\.map`));
    }
    // The copied sources folded into a bundle are removed; the entry points (now bundles) stay.
    const site = mkdtempSync(join(tmpdir(), 'tessera-site-'));
    for (const file of [...folded].filter((f) => f.startsWith(join(webapp, 'js') + sep))) {
      const copy = join(site, file.slice(join(webapp, 'js').length + 1));
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, '');
    }
    removeFolded(webapp, site, folded);
    const left = readdirSync(site, { recursive: true }).map((f) => String(f).split(sep).join('/')).sort();
    const folders = (file) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
    // The entry points, and only the folders that hold one: no empty folder is left behind.
    assert.deepEqual(left, [...new Set(entryPoints(webapp).flatMap((e) => [...folders(e), e]))].sort());
    rmSync(site, { recursive: true, force: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
