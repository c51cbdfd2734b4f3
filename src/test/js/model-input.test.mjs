import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { withModel } = await siteModule('page/model-input.js');

test('a model is added where the camera looks, half the view high, and the rest of the scene stays', () => {
  const scene = {
    width: 10, fov: 90, elements: [{ Sphere: {} }],
    camera: { position: { x: 0, y: 1, z: 5 }, look_at: { x: 0, y: 1, z: 1 } },
  };
  const added = withModel(scene, 'blob:x#m.obj');
  assert.equal(added.width, 10);
  assert.equal(added.elements.length, 2);
  assert.deepEqual(added.elements[0], { Sphere: {} });
  const mesh = added.elements[1].Mesh;
  assert.equal(mesh.obj, 'blob:x#m.obj');
  // 4 away with a 90° view: the view is 8 high there, the model 4.
  assert.deepEqual(mesh.transform, { fit: 4, translate: { x: 0, y: 1, z: 1 } });
  assert.equal(scene.elements.length, 1, 'the scene given is not changed');
});

test('with the crate\'s camera the model goes 3 ahead of the origin', () => {
  const mesh = withModel({ fov: 60, elements: [] }, 'u').elements[0].Mesh;
  assert.deepEqual(mesh.transform.translate, { x: 0, y: 0, z: -3 });
  assert.equal(mesh.transform.fit, 1.73);
});
