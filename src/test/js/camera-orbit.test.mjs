import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteModule } from './site.mjs';

const { cameraOf, orbit, pan, dolly } = await siteModule('page/camera-orbit.js');

const distance = (a, b) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
const close = (a, b, what) => assert.ok(Math.abs(a - b) < 1e-3, `${what}: ${a} against ${b}`);

/** Seeded cameras anywhere, at distances from 0.5 to 50 from their point of interest, not looking straight up or down. */
function* cameras(count, seed = 9) {
  let s = seed;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
  for (let i = 0; i < count; i++) {
    const look = { x: 20 * next() - 10, y: 20 * next() - 10, z: 20 * next() - 10 };
    const r = 0.5 + 50 * next();
    const azimuth = 2 * Math.PI * next();
    const elevation = (next() - 0.5) * 2.8;
    const position = { x: look.x + r * Math.cos(elevation) * Math.sin(azimuth), y: look.y + r * Math.sin(elevation),
      z: look.z + r * Math.cos(elevation) * Math.cos(azimuth) };
    yield { camera: { position, look_at: look }, next };
  }
}

test('an orbit keeps the point of interest and the distance, and turning back returns the camera', () => {
  for (const { camera, next } of cameras(300)) {
    const [yaw, pitch] = [(next() - 0.5) * 4, (next() - 0.5) * 0.4];
    const turned = orbit(camera, yaw, pitch);
    assert.deepEqual(turned.look_at, camera.look_at);
    close(distance(turned.position, turned.look_at), distance(camera.position, camera.look_at), 'distance');
    const back = orbit(turned, -yaw, -pitch);
    if (Math.abs(Math.asin((camera.position.y - camera.look_at.y) / distance(camera.position, camera.look_at)) + pitch) < (89 * Math.PI) / 180) {
      close(distance(back.position, camera.position), 0, 'there and back');
    }
  }
});

test('an orbit never passes over the pole: the camera stays within 89° of level', () => {
  const camera = { position: { x: 0, y: 0, z: 5 }, look_at: { x: 0, y: 0, z: 0 } };
  const up = orbit(camera, 0, 10);
  const elevation = Math.atan2(up.position.y, Math.hypot(up.position.x, up.position.z)) * (180 / Math.PI);
  assert.ok(Math.abs(elevation - 89) < 0.01, `elevation ${elevation}`);
});

test('a pan moves the camera and its point of interest together, across the view', () => {
  for (const { camera, next } of cameras(300, 4)) {
    const moved = pan(camera, next() - 0.5, next() - 0.5);
    const before = { x: camera.look_at.x - camera.position.x, y: camera.look_at.y - camera.position.y, z: camera.look_at.z - camera.position.z };
    const after = { x: moved.look_at.x - moved.position.x, y: moved.look_at.y - moved.position.y, z: moved.look_at.z - moved.position.z };
    close(distance(before, after), 0, 'the same view direction');
    const shift = { x: moved.look_at.x - camera.look_at.x, y: moved.look_at.y - camera.look_at.y, z: moved.look_at.z - camera.look_at.z };
    close((shift.x * before.x + shift.y * before.y + shift.z * before.z) / Math.hypot(before.x, before.y, before.z), 0, 'no move along the view');
  }
});

test('a dolly scales the distance and keeps the direction and the point of interest', () => {
  for (const { camera, next } of cameras(300, 7)) {
    const factor = 0.2 + 3 * next();
    const moved = dolly(camera, factor);
    assert.deepEqual(moved.look_at, camera.look_at);
    close(distance(moved.position, moved.look_at) / distance(camera.position, camera.look_at), factor, 'factor');
  }
});

test('a scene without a camera orbits about the spheres in front of the standard camera', () => {
  assert.deepEqual(cameraOf({ elements: [{ Sphere: { center: { x: 0, y: 0, z: -5 } } }, { Sphere: { center: { x: 1, y: 0, z: -3 } } }, { Plane: {} }] }),
    { position: { x: 0, y: 0, z: 0 }, look_at: { x: 0, y: 0, z: -4 } });
  assert.deepEqual(cameraOf({}).look_at, { x: 0, y: 0, z: -1 });
  const given = { position: { x: 1, y: 2, z: 3 }, look_at: { x: 0, y: 1, z: 0 } };
  assert.deepEqual(cameraOf({ camera: { ...given, aperture: 0.1 } }), given);
});
