// The ray tracer's tab: the scene editor (a preset, then the user's edits), models added to the
// scene, a size over the scene's own, and refusals shown in the editor at the place they point to.
import { SceneEditor } from '../scene-editor.js';
import { ModelInput } from '../model-input.js';
import { refusal } from '../control-check.js';
import { CameraControls } from '../camera-orbit.js';
import { idle } from '../idle.js';

const $ = (id) => document.getElementById(id);
/** The scene text must rest longer than a control: it is edited a character at a time and is often invalid meanwhile. */
const SCENE_DELAY_MS = 800;
/** A camera moved with the pointer renders as soon as the pointer rests. */
const CAMERA_DELAY_MS = 150;

export function raytraceTab(page) {
  const sceneEditor = new SceneEditor($('scene'), $('scene-error'), () => sceneEdited());
  /** The code editor, loaded when the tab is first shown (the text area serves until then, or if it fails). */
  let editorOpened = null;

  /** The scene text changed: once it rests and is JSON, the picture follows; until then it waits. */
  function sceneEdited() {
    page.edited(SCENE_DELAY_MS, () => {
      try {
        JSON.parse(sceneEditor.text);
        return true;
      } catch (e) {
        sceneEditor.showSyntaxError(e);
        return false;
      }
    });
  }

  /** Resolves to whether the preset loaded (if not, the message says why). */
  async function loadPreset(name, render = true) {
    try {
      await sceneEditor.loadPreset(name);
      // The crate's own test scene asks for 32000 × 24000; render it at a size that fits the page.
      const oversized = name === 'crate-test';
      $('rt-width').value = oversized ? '800' : '';
      $('rt-height').value = oversized ? '600' : '';
      if (render) {
        page.edited(0);
      }
      return true;
    } catch (e) {
      page.setMessage(e.message, true);
      return false;
    }
  }

  /**
   * Why a scene rendered on fewer workers than the pool has: each worker holds its own copy of the
   * scene's meshes, and the engine gives a large one only as many workers as fit in memory together.
   */
  function memoryNote(result) {
    const asked = Math.min(page.poolSize, $('workers').valueAsNumber || page.poolSize);
    if (result.workers >= asked) {
      return '';
    }
    return ` Only ${result.workers} of ${asked} workers: each holds its own copy of the scene's meshes, and more copies would not fit in memory.`;
  }

  new ModelInput({
    fileInput: $('model-file'),
    editor: sceneEditor,
    onAdded: (name) => {
      page.setMessage(`Added ${name} where the camera looks; its transform in the scene places it.`);
      sceneEdited();
    },
    onError: (message) => page.setMessage(message, true),
  });
  $('preset').addEventListener('change', () => loadPreset($('preset').value));
  // Once the first picture is in, the code editor's module is fetched and run while the page is idle.
  page.firstPicture.then(idle).then(() => sceneEditor.preload()).catch(() => {});
  new CameraControls($('canvas-raytrace'), sceneEditor, {
    moved: () => page.edited(CAMERA_DELAY_MS),
    say: (text) => page.setMessage(text, true),
  });

  return {
    canvas: $('canvas-raytrace'),
    ownControls: '#preset, #model-file, #scene-editor',

    /** JSON text, not an object: positions in the engine's refusals are then positions in the editor. */
    request() {
      const size = {};
      if ($('rt-width').value !== '') {
        size.width = $('rt-width').valueAsNumber;
      }
      if ($('rt-height').value !== '') {
        size.height = $('rt-height').valueAsNumber;
      }
      return sceneEditor.requestText({ workload: 'raytrace', ...size, ...page.parallelism() });
    },

    applyDescription({ limits }) {
      $('rt-width').max = String(limits.maxSide);
      $('rt-height').max = String(limits.maxSide);
    },

    /** The wider panel for the editor; the first time, the code editor and the chosen preset, which then renders. */
    enter({ render }) {
      document.body.toggleAttribute('data-scene', true);
      if (!sceneEditor.isEmpty()) {
        return false;
      }
      const name = $('preset').value;
      if (editorOpened) {
        editorOpened.then(() => loadPreset(name, render));
        return true;
      }
      // The first time, the code editor is built around the preset's text, then the preset renders:
      // built while the workers render, the editor's steps took twice as long on a page's thread
      // sharing two cores with them.
      editorOpened = loadPreset(name, false).then(async (loaded) => {
        await sceneEditor.upgrade().catch(() => false);
        if (loaded && render) {
          page.edited(0);
        }
      });
      return true;
    },

    leave() {
      document.body.toggleAttribute('data-scene', false);
    },

    showResult: (result) => memoryNote(result),

    /** A scene's error in the editor at its place (a script's too, where the editor's text reaches). */
    showFailure(error, request, { fromControls }) {
      if (fromControls && !refusal(error).field.startsWith('params.scene') && !(error.line > 0)) {
        return false;
      }
      page.setMessage(fromControls ? 'The scene has an error; see the scene editor.' : error.message, true);
      sceneEditor.showError(error, { focus: fromControls });
      return true;
    },

    controlFor(field) {
      const size = { width: 'rt-width', height: 'rt-height' };
      return Object.hasOwn(size, field) ? $(size[field]) : null;
    },

    clearMarks: () => sceneEditor.clearError(),
  };
}
