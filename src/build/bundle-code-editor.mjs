// Build step: bundles CodeMirror (src/build/code-editor.mjs) into <site>/js/vendor/code-editor.js,
// one minified ES module. Installs the locked npm packages first when they are missing, so that
// `mvn package` works from a clean clone.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [site] = process.argv.slice(2);
if (!site) {
  console.error('usage: node bundle-code-editor.mjs <site folder>');
  process.exit(2);
}
if (!existsSync(join(root, 'node_modules', 'esbuild')) || !existsSync(join(root, 'node_modules', 'codemirror'))) {
  console.log('installing the locked npm packages (npm ci)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: root, stdio: 'inherit' });
}
const { build } = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));
const out = join(site, 'js', 'vendor', 'code-editor.js');
await build({
  entryPoints: [join(root, 'src', 'build', 'code-editor.mjs')],
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['chrome110', 'firefox115'],
  outfile: out,
  logLevel: 'warning',
});
// CodeMirror is MIT-licensed: its notice travels with the bundle.
copyFileSync(join(root, 'node_modules', 'codemirror', 'LICENSE'), join(site, 'js', 'vendor', 'code-editor.LICENSE.txt'));
console.log(`bundled CodeMirror into ${out}`);
