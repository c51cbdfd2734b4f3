// The image pipeline's tab: the picture (a sample, or a file chosen, dropped or pasted), the
// filter chain, and the original under the result, revealed left of the divider.
import { ChainEditor } from '../chain-editor.js';
import { ImageInput } from '../image-input.js';
import { Divider } from '../divider.js';
import { PictureFrame } from '../picture-frame.js';
import { refusal } from '../control-check.js';

const $ = (id) => document.getElementById(id);
const FIRST_CHAIN = [{ op: 'blur', radius: 4 }, { op: 'brightness', factor: 1.2 }, { op: 'sepia' }];

export function pipelineTab(page) {
  const canvas = $('canvas-pipeline');
  const before = $('before');
  const imageInput = new ImageInput({
    select: $('image'), fileInput: $('image-file'), dropZone: $('stage-pipeline'), onChange: () => page.edited(0),
  });
  const divider = new Divider($('compare'), canvas.parentElement, (percent) => {
    canvas.style.clipPath = before.hidden ? '' : `inset(0 0 0 ${percent}%)`;
  });
  new PictureFrame($('stages'), before);
  /** Set once describe() has arrived. */
  let chainEditor = null;

  /** The original under the result, revealed left of the divider. */
  async function showBefore(rendered, result) {
    const image = typeof rendered === 'object' && rendered.workload === 'pipeline' ? rendered.params.image : null;
    before.hidden = !image;
    $('compare').hidden = !image;
    divider.set(divider.position);
    // Decoding and drawing a large original costs the main thread; do it only when it changed. Until
    // the new original is drawn, none shows: never the last picture's beside the new result.
    const key = `${image}|${result.width}|${result.height}|${$('stages').clientWidth}`;
    if (image && before.dataset.shows !== key) {
      before.dataset.shows = key;
      before.hidden = true;
      $('compare').hidden = true;
      // Decoded and scaled to the size it shows at by the browser, off the page's thread: a 4K original
      // drawn whole took the page 70–115 ms.
      // The stages' width: the picture's at most, and known while the tab is hidden (a benchmark's render).
      const scale = Math.min(1, ($('stages').clientWidth * devicePixelRatio) / result.width) || 1;
      const width = Math.max(1, Math.round(result.width * scale));
      const height = Math.max(1, Math.round(result.height * scale));
      const bitmap = await createImageBitmap(await (await fetch(image)).blob(), { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
      if (before.dataset.shows !== key) {
        bitmap.close();
        return; // a newer picture is on its way
      }
      Object.assign(before, { width, height });
      before.getContext('2d').drawImage(bitmap, 0, 0);
      bitmap.close();
      before.hidden = false;
      $('compare').hidden = false;
      divider.set(divider.position);
    }
  }

  return {
    canvas,
    ownControls: '#image, #image-file',

    request: () => ({ workload: 'pipeline', ...page.parallelism(), params: { image: imageInput.url(), ops: chainEditor.chain() } }),

    applyDescription({ workloads }) {
      chainEditor = new ChainEditor($('chain'), $('add-filter'), workloads.pipeline, FIRST_CHAIN, () => page.edited());
    },

    showResult(result, rendered) {
      imageInput.succeeded();
      showBefore(rendered, result).catch((e) => page.setMessage(`Could not show the original: ${e.message}`, true));
    },

    /** A picture that cannot be used is named as the user knows it, and the list goes back to the last one that rendered. */
    showFailure(error, rendered, { fromControls }) {
      const { field, detail } = refusal(error);
      if (!fromControls || field !== 'params.image') {
        return false;
      }
      page.setMessage(`${imageInput.describe(rendered.params?.image)} cannot be used: ${detail.replace(/^cannot load "[^"]*": /, '')}`, true);
      imageInput.failed();
      return true;
    },

    controlFor(field) {
      const op = /^params\.ops\[(\d+)\](?:\.(\w+))?$/.exec(field);
      return op && chainEditor ? chainEditor.control(Number(op[1]), op[2]) : null;
    },
  };
}
