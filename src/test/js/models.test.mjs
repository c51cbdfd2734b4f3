import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { siteModule } from './site.mjs';
import { objText } from '../../build/site-models.mjs';

const { ModelCache } = await siteModule('runtime/models.js');

// A real HTTP server: the files it has, and every request it was asked.
const files = new Map([['/app/models/tri.obj', 'v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n']]);
const asked = [];
const server = createServer((request, response) => {
  asked.push(request.url);
  const body = files.get(request.url);
  if (body === undefined) {
    response.writeHead(404, 'Not Found').end();
    return;
  }
  response.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
after(() => server.close());
const base = `http://127.0.0.1:${server.address().port}/app/`;

test('each URL is fetched once however many names point at it, as the file\'s bytes', async () => {
  asked.length = 0;
  const cache = new ModelCache({ maxModelBytes: 1000 }, base);
  const models = await cache.load(['models/tri.obj', './models/tri.obj']);
  assert.deepEqual(asked, ['/app/models/tri.obj']);
  assert.equal(models['models/tri.obj'], models['./models/tri.obj']);
  assert.equal(new TextDecoder().decode(models['models/tri.obj'].bytes), files.get('/app/models/tri.obj'));
  await cache.load(['models/tri.obj']);
  assert.deepEqual(asked, ['/app/models/tri.obj'], 'kept for the next render of the same request');
});

test('a missing or too large model comes as an error in the user\'s words, and a failure is tried again next time', async () => {
  const cache = new ModelCache({ maxModelBytes: 20 }, base);
  const missing = await cache.load(['models/none.obj', 'models/tri.obj']);
  assert.equal(missing['models/none.obj'].error, 'the server answered 404 Not Found');
  assert.equal(missing['models/tri.obj'].error, 'it has 32 bytes; a model file may have at most 20');
  files.set('/app/models/none.obj', 'v 1 1 1\n');
  const found = await cache.load(['models/none.obj']);
  assert.equal(found['models/none.obj'].bytes.length, 8);
});

test('the site\'s models are written with unit vertex normals weighted by face area', () => {
  const text = objText({ positions: [[0, 0, 0], [2, 0, 0], [0, 2, 0], [0, 0, 2]], cells: [[0, 1, 2], [0, 3, 1]] }, 'A test mesh.');
  const lines = text.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 2), ['# A test mesh.', '# 4 vertices, 2 triangles.']);
  assert.deepEqual(lines.filter((l) => l.startsWith('f ')), ['f 1//1 2//2 3//3', 'f 1//1 4//4 2//2']);
  const normals = lines.filter((l) => l.startsWith('vn ')).map((l) => l.split(' ').slice(1).map(Number));
  // Vertices 0 and 1 are shared by both faces (normals +z and +y, of equal area): the mean of the two.
  assert.deepEqual(normals[0], [0, 0.707107, 0.707107]);
  assert.deepEqual(normals[2], [0, 0, 1]);
  assert.deepEqual(normals[3], [0, 1, 0]);
});

test('vertices at the same place are welded, so normals are shared across the seams of patches', () => {
  // Two faces meeting along an edge whose two vertices each appear twice.
  const text = objText({
    positions: [[0, 0, 0], [2, 0, 0], [0, 2, 0], [0, 0, 0], [2, 0, 0], [0, 0, 2]],
    cells: [[0, 1, 2], [3, 5, 4]],
  }, 'Two patches.');
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[1], '# 4 vertices, 2 triangles.');
  assert.deepEqual(lines.filter((l) => l.startsWith('f ')), ['f 1//1 2//2 3//3', 'f 1//1 4//4 2//2']);
  const normals = lines.filter((l) => l.startsWith('vn ')).map((l) => l.split(' ').slice(1).map(Number));
  assert.deepEqual(normals[0], [0, 0.707107, 0.707107], 'the welded corner takes both faces');
});
