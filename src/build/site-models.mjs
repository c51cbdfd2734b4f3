// Build step, run by bundle-site.mjs: writes the site's models/ folder from the public-domain
// npm meshes (the Stanford bunny from `bunny`, the Utah teapot from `teapot`) as Wavefront OBJ
// files with area-weighted vertex normals, so that presets show them smooth-shaded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const MODELS = [
  { file: 'bunny.obj', module: 'bunny', about: 'The Stanford bunny (Stanford 3D Scanning Repository), from the npm package "bunny"; public domain.' },
  { file: 'teapot.obj', module: 'teapot', about: 'The Utah teapot (Martin Newell), from the npm package "teapot"; public domain.' },
];

/**
 * OBJ text for a mesh of `positions` [[x, y, z]] and `cells` [[a, b, c]] (0-based), with vertex
 * normals. Vertices at the same place (to the six decimals written) are welded into one first, so
 * that normals are averaged across the seams between the patches a model was made of.
 */
export function objText(mesh, about) {
  const { positions, cells } = weld(mesh);
  const normals = positions.map(() => [0, 0, 0]);
  for (const [a, b, c] of cells) {
    const [pa, pb, pc] = [positions[a], positions[b], positions[c]];
    const e1 = [pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]];
    const e2 = [pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]];
    // The cross product's length is twice the area: larger faces weigh more.
    const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
    for (const v of [a, b, c]) {
      for (let k = 0; k < 3; k++) {
        normals[v][k] += n[k];
      }
    }
  }
  const lines = [`# ${about}`, `# ${positions.length} vertices, ${cells.length} triangles.`];
  for (const p of positions) {
    lines.push(`v ${p.map(number).join(' ')}`);
  }
  for (const n of normals) {
    const length = Math.hypot(...n) || 1;
    lines.push(`vn ${n.map((x) => number(x / length)).join(' ')}`);
  }
  for (const cell of cells) {
    lines.push(`f ${cell.map((v) => `${v + 1}//${v + 1}`).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

const number = (x) => String(Number(x.toFixed(6)));

function weld({ positions, cells }) {
  const index = new Map();
  const welded = [];
  const of = positions.map((p) => {
    const key = p.map(number).join(' ');
    if (!index.has(key)) {
      index.set(key, welded.length);
      welded.push(p);
    }
    return index.get(key);
  });
  return { positions: welded, cells: cells.map((cell) => cell.map((v) => of[v])) };
}

export function writeSiteModels(root, site) {
  const require = createRequire(join(root, 'package.json'));
  const folder = join(site, 'models');
  mkdirSync(folder, { recursive: true });
  for (const { file, module, about } of MODELS) {
    writeFileSync(join(folder, file), objText(require(module), about));
    console.log(`wrote ${join(folder, file)}`);
  }
}
