// The ray tracer's camera moved with the pointer, as 3D viewers do: drag to orbit the point the
// camera looks at, Shift-drag (or the right button) to pan, the wheel to dolly in and out. The
// scene's JSON follows: its camera's position and look_at are written back into the editor.

const round = (v) => Math.round(v * 1e4) / 1e4;
const vector = (x, y, z) => ({ x: round(x), y: round(y), z: round(z) });
const minus = (a, b) => ({ x: a.x - b.x, y: a.y - b.y, z: a.z - b.z });
const plus = (a, b) => ({ x: a.x + b.x, y: a.y + b.y, z: a.z + b.z });
const times = (a, k) => ({ x: a.x * k, y: a.y * k, z: a.z * k });
const length = (a) => Math.hypot(a.x, a.y, a.z);
const cross = (a, b) => ({ x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x });
const unit = (a) => times(a, 1 / length(a));
const rounded = (p) => vector(p.x, p.y, p.z);
/** How near the poles an orbit goes: the camera never looks straight down its up axis. */
const POLE = (89 * Math.PI) / 180;

/**
 * The camera of `scene` (an object) as {position, look_at}; a scene without one gets the engine's
 * standard camera (at the origin, looking down −z) with its point of interest at the mean depth of
 * the spheres in front of it (1 unit ahead if there are none).
 */
export function cameraOf(scene) {
  if (scene.camera?.position && scene.camera?.look_at) {
    return { position: scene.camera.position, look_at: scene.camera.look_at };
  }
  const depths = (scene.elements ?? []).map((e) => e.Sphere?.center?.z).filter((z) => z < 0).map((z) => -z);
  const depth = depths.length ? depths.reduce((a, b) => a + b, 0) / depths.length : 1;
  return { position: { x: 0, y: 0, z: 0 }, look_at: { x: 0, y: 0, z: -depth } };
}

/** The camera turned about its point of interest: `yaw` radians about the y axis, `pitch` towards the poles. */
export function orbit({ position, look_at: target }, yaw, pitch) {
  const offset = minus(position, target);
  const r = length(offset);
  const azimuth = Math.atan2(offset.x, offset.z) + yaw;
  const elevation = Math.max(-POLE, Math.min(POLE, Math.asin(Math.max(-1, Math.min(1, offset.y / r))) + pitch));
  const moved = { x: r * Math.cos(elevation) * Math.sin(azimuth), y: r * Math.sin(elevation), z: r * Math.cos(elevation) * Math.cos(azimuth) };
  return { position: rounded(plus(target, moved)), look_at: target };
}

/** The camera and its point of interest moved together, `right` and `up` in units of the distance between them. */
export function pan({ position, look_at: target }, right, up) {
  const forward = unit(minus(target, position));
  const sideways = cross(forward, { x: 0, y: 1, z: 0 });
  // Looking straight up or down, "right" is the x axis.
  const across = length(sideways) > 1e-9 ? unit(sideways) : { x: 1, y: 0, z: 0 };
  const upward = cross(across, forward);
  const r = length(minus(target, position));
  const shift = plus(times(across, right * r), times(upward, up * r));
  return { position: rounded(plus(position, shift)), look_at: rounded(plus(target, shift)) };
}

/** The camera `factor` times as far from its point of interest, looking the same way. */
export function dolly({ position, look_at: target }, factor) {
  const offset = times(minus(position, target), factor);
  return { position: rounded(plus(target, offset)), look_at: target };
}

/**
 * Drags and the wheel on `canvas` move the camera of the scene `editor` holds (a SceneEditor);
 * `moved()` follows each change, `say(text)` explains why the camera cannot move (the scene's JSON is broken).
 */
export class CameraControls {
  constructor(canvas, editor, { moved, say }) {
    this.canvas = canvas;
    this.editor = editor;
    this.moved = moved;
    this.say = say;
    this.last = null;
    canvas.classList.add('orbitable');
    canvas.addEventListener('contextmenu', (event) => event.preventDefault());
    canvas.addEventListener('pointerdown', (event) => {
      canvas.setPointerCapture(event.pointerId);
      this.last = { x: event.clientX, y: event.clientY };
    });
    canvas.addEventListener('pointermove', (event) => this.drag(event));
    canvas.addEventListener('pointerup', () => { this.last = null; });
    canvas.addEventListener('pointercancel', () => { this.last = null; });
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      this.change((camera) => dolly(camera, Math.exp(event.deltaY * 0.001)));
    }, { passive: false });
  }

  drag(event) {
    if (!this.last) {
      return;
    }
    const { width, height } = this.canvas.getBoundingClientRect();
    const dx = event.clientX - this.last.x;
    const dy = event.clientY - this.last.y;
    this.last = { x: event.clientX, y: event.clientY };
    if (event.shiftKey || event.buttons === 2 || event.buttons === 4) {
      this.change((camera) => pan(camera, -dx / height, dy / height));
    } else {
      // Across the whole picture: half a turn around, a quarter up or down.
      this.change((camera) => orbit(camera, (-dx / width) * Math.PI, (dy / height) * (Math.PI / 2)));
    }
  }

  /** Applies `move` to the scene's camera and writes the scene back. */
  change(move) {
    let scene;
    try {
      scene = JSON.parse(this.editor.text);
    } catch {
      this.say('The scene\'s JSON has an error: correct it, then the camera moves with the pointer.');
      return;
    }
    const { position, look_at: lookAt } = move(cameraOf(scene));
    scene.camera = { ...scene.camera, position, look_at: lookAt };
    this.editor.text = JSON.stringify(scene, null, 2);
    this.moved();
  }
}
