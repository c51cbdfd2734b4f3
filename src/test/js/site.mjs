// Paths into the site's sources, for the tests.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const webapp = join(root, 'src/main/webapp');
export const js = join(webapp, 'js');

/** Imports a module of the site by its path under js/, e.g. 'runtime/tiles.js'. */
export function siteModule(path) {
  return import(new URL(`../../main/webapp/js/${path}`, import.meta.url));
}
