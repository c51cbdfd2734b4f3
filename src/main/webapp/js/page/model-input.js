// The ray tracer's "Add a model": an OBJ file of the user's becomes a mesh in the scene. The runtime
// fetches it from a blob: URL tagged with the file's name, as a photo on the pipeline tab; the mesh
// is centred where the camera looks and sized to half the view's height (its transform's `fit`), so
// it shows whatever units the file was written in.

const MATERIAL = { coloration: { Color: { red: 0.8, green: 0.8, blue: 0.8 } }, albedo: 0.9, surface: 'Diffuse' };

/** `scene` (an object) with a mesh of the model at `url` added, centred where the camera looks. */
export function withModel(scene, url) {
  const camera = scene.camera;
  // The crate's camera sits at the origin looking down −z.
  const target = camera?.look_at ?? { x: 0, y: 0, z: -3 };
  const from = camera?.position ?? { x: 0, y: 0, z: 0 };
  const distance = Math.hypot(target.x - from.x, target.y - from.y, target.z - from.z) || 3;
  const fit = distance * Math.tan(((Number(scene.fov) || 60) * Math.PI) / 360);
  const mesh = {
    Mesh: { obj: url, transform: { fit: Number(fit.toPrecision(3)), translate: { ...target } }, material: MATERIAL },
  };
  return { ...scene, elements: [...(Array.isArray(scene.elements) ? scene.elements : []), mesh] };
}

/** The blob: URL the runtime fetches a chosen file from, its name after the # for messages. */
export function fileUrl(file) {
  return `${URL.createObjectURL(file)}#${encodeURIComponent(file.name)}`;
}

export class ModelInput {
  /**
   * @param fileInput an <input type=file> for .obj files
   * @param editor the scene editor (its `text`)
   * @param onAdded called with the file's name once the scene has the mesh
   * @param onError called with a message for the user when the scene cannot take it
   */
  constructor({ fileInput, editor, onAdded, onError }) {
    fileInput.addEventListener('change', () => {
      const file = fileInput.files[0];
      fileInput.value = '';
      if (!file) {
        return;
      }
      let scene;
      try {
        scene = JSON.parse(editor.text);
      } catch {
        onError(`The scene is not valid JSON yet: fix it, then add ${file.name} again.`);
        return;
      }
      editor.text = `${JSON.stringify(withModel(scene, fileUrl(file)), null, 2)}\n`;
      onAdded(file.name);
    });
  }
}
