// Build step: bundles the site's scripts (page-bundle.mjs: each page and worker one module) and its
// npm dependencies, each into minified ES modules of <site>/js/vendor/: CodeMirror
// (src/build/code-editor-view.mjs, -setup.mjs and code-editor.mjs, the scene editor, loaded in three steps) and mediabunny (src/build/video-file.mjs, zoom
// recordings), and writes the models of <site>/models/ from the npm meshes (src/build/site-models.mjs). Installs the locked npm packages first when they
// are missing, so that `mvn package` works from a clean clone.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSiteModels } from './site-models.mjs';
import { bundlePage, entryPoints, removeFolded } from './page-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [site] = process.argv.slice(2);
if (!site) {
  console.error('usage: node bundle-site.mjs <site folder>');
  process.exit(2);
}
if (['esbuild', 'codemirror', 'mediabunny', 'bunny', 'teapot'].some((name) => !existsSync(join(root, 'node_modules', name)))) {
  console.log('installing the locked npm packages (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: root, stdio: 'inherit' });
}
const { build } = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));
/**
 * Bundles src/build/<entry>.mjs into <site>/js/vendor/<entry>.js for each of `entries`, with the
 * package's licence beside the last. Several entries share what they have in common as chunks
 * (<last entry>-chunk-<hash>.js), loaded once.
 */
async function bundle(entries, licensed, name) {
  const vendor = join(site, 'js', 'vendor');
  await build({
    entryPoints: Object.fromEntries(entries.map((entry) => [entry, join(root, 'src', 'build', `${entry}.mjs`)])),
    bundle: true,
    splitting: entries.length > 1,
    chunkNames: `${entries.at(-1)}-chunk-[hash]`,
    format: 'esm',
    minify: true,
    target: ['chrome110', 'firefox115'],
    outdir: vendor,
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'node_modules', licensed, 'LICENSE'), join(vendor, `${entries.at(-1)}.LICENSE.txt`));
  console.log(`bundled ${name} into ${entries.map((entry) => join(vendor, `${entry}.js`)).join(', ')}`);
}

// CodeMirror is MIT-licensed; mediabunny is under the MPL 2.0, whose source is the npm package
// named in the notice (package.json pins the version): each notice travels with its bundle.
const webapp = join(root, 'src', 'main', 'webapp');
const folded = await bundlePage(build, webapp, join(site, 'js'));
removeFolded(webapp, join(site, 'js'), folded);
console.log(`bundled the site's scripts (${entryPoints(webapp).join(', ')}) into ${join(site, 'js')}`);
await bundle(['code-editor-view', 'code-editor-setup', 'code-editor'], 'codemirror', 'CodeMirror');
await bundle(['video-file'], 'mediabunny', 'mediabunny');
writeSiteModels(root, site);
