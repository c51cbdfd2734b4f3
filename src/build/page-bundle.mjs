// Build step, run by bundle-site.mjs: each script the site starts from (the pages' module scripts,
// every *.worker.js, and the runtime's module that other sites import) becomes one minified module at its own path in the site, over the copied source,
// and the modules folded into the bundles are removed from the site. A cold page then asks for one
// script instead of sixty (over HTTP/1.1 the sixty took 350–400 ms before the workers could start),
// and a worker for one instead of seven. The sources stay as they are: the node tests and the module
// rooms read them, and each bundle has a source map back to them.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** What the build writes beside the scripts and they load at run time: never folded into a bundle. */
const LOADED_AT_RUN_TIME = /^(\.\.\/)+(vendor|engine)\//;

/** The runtime's module, which other sites import (docs/embedding.md): a bundle of its own. */
const PUBLIC_MODULES = ['runtime/tessera.js'];

/** The scripts a page or a worker starts from, and the public modules, relative to <webapp>/js. */
export function entryPoints(webapp) {
  const js = join(webapp, 'js');
  const pages = readdirSync(webapp).filter((name) => name.endsWith('.html'))
    .flatMap((page) => [...readFileSync(join(webapp, page), 'utf8').matchAll(/<script type="module" src="js\/([^"]+)"/g)]
      .map((m) => m[1]));
  const workers = readdirSync(js, { recursive: true }).map(String).filter((file) => file.endsWith('.worker.js'))
    .map((file) => file.split(sep).join('/'));
  return [...new Set([...pages, ...workers, ...PUBLIC_MODULES])].sort();
}

/** A module's `import.meta.url` as its own address, written from the bundle's: `new URL(path, import.meta.url)`. */
export function ownAddress(bundle, module) {
  const path = relative(dirname(bundle), module).split(sep).join('/');
  return `new URL(${JSON.stringify(path.startsWith('.') ? path : `./${path}`)}, import.meta.url).href`;
}

/**
 * Bundles each entry point of <webapp>/js into <out> at the same relative path, with esbuild's
 * `build`; resolves to the source files folded into the bundles (absolute paths).
 */
export async function bundlePage(build, webapp, out) {
  const js = join(webapp, 'js');
  const folded = new Set();
  for (const entry of entryPoints(webapp)) {
    const source = join(js, entry);
    const result = await build({
      entryPoints: [source],
      outfile: join(out, entry),
      bundle: true,
      format: 'esm',
      minify: true,
      sourcemap: 'linked',
      target: ['chrome110', 'firefox115'],
      metafile: true,
      logLevel: 'warning',
      plugins: [{
        name: 'tessera-site',
        setup(b) {
          b.onResolve({ filter: LOADED_AT_RUN_TIME }, (args) => ({ path: args.path, external: true }));
          // A module finds its workers and the engine from its own address; in a bundle that is the
          // bundle's, so each use becomes the address the module has among the sources.
          b.onLoad({ filter: /\.js$/ }, (args) => ({
            contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', ownAddress(source, args.path)),
            loader: 'js',
          }));
        },
      }],
    });
    for (const input of Object.keys(result.metafile.inputs)) {
      folded.add(join(process.cwd(), input));
    }
  }
  return folded;
}

/** Removes from <out> the modules that now live only inside bundles (not the entry points themselves). */
export function removeFolded(webapp, out, folded) {
  const js = join(webapp, 'js');
  const entries = new Set(entryPoints(webapp).map((entry) => join(js, entry)));
  const folders = new Set();
  for (const file of folded) {
    if (!entries.has(file) && file.startsWith(js + sep)) {
      rmSync(join(out, relative(js, file)), { force: true });
      folders.add(dirname(join(out, relative(js, file))));
    }
  }
  // Deepest first, so that a folder whose folders were all folded goes too.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    if (folder !== out && existsSync(folder) && readdirSync(folder).length === 0) {
      rmSync(folder, { recursive: true });
    }
  }
}
