// The explorer's zoom video: from the view on screen out to zoom 1, or from zoom 1 in to it,
// recorded by the runtime (recordZoom) into a file the user downloads. Mandelbrot and Julia.
import { RenderCancelled } from '../runtime/request.js';
import { FORMATS, canRecord, encodableFormats } from '../runtime/recording.js';

const $ = (id) => document.getElementById(id);

/** "1 min 05 s", "42 s". */
export function duration(ms) {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** The request and the zoom it goes to, for `direction` 'out' (this view → zoom 1) or 'in' (zoom 1 → this view). */
export function zoomEnds(request, direction) {
  const zoom = request.params?.zoom ?? 1;
  if (direction === 'in') {
    return { request: { ...request, params: { ...request.params, zoom: 1 } }, toZoom: String(zoom) };
  }
  return { request, toZoom: '1' };
}

/**
 * Wires the Zoom video controls. `currentRequest()` gives the request of the tab on screen,
 * `canvas()` its canvas, `done()` is called when a recording ends (to show the view again),
 * `handOverColourCycling()` the turns a second its gradient cycles at, which the video takes over
 * from the page. The formats this browser encodes are asked once `formatsAfter` resolves: the
 * question starts a worker that loads the video library and the browser's encoders, a core's
 * work for about 100 ms that the first picture should not share.
 */
export function setUpZoomRecorder(runtime, { currentRequest, canvas, done, handOverColourCycling = () => 0, formatsAfter = Promise.resolve() }) {
  let controller = null;
  let videoUrl = null;
  const status = (text, error = false) => {
    $('record-status').textContent = text;
    $('record-status').classList.toggle('error', error);
  };
  const busy = (recording) => {
    $('record-start').disabled = recording;
    $('record-cancel').disabled = !recording;
    $('record-progress').hidden = !recording;
  };

  async function fillFormats() {
    const [width, height] = $('record-size').value.split('x').map(Number);
    const formats = await encodableFormats(width, height).catch(() => ['png-zip']);
    const chosen = $('record-format').value;
    $('record-format').replaceChildren(...formats.map((key) => new Option(FORMATS[key].label, key, false, key === chosen)));
    if (!controller) {
      $('record-start').disabled = false;
      status(formats.length > 1 ? '' : canRecord() ? 'This browser encodes no video at this size: it records the frames as PNG files in a zip.'
        : 'This browser cannot encode video (it has no WebCodecs): it records the frames as PNG files in a zip.');
    }
  }

  async function record() {
    const [width, height] = $('record-size').value.split('x').map(Number);
    const seconds = $('record-seconds').valueAsNumber;
    const fps = Number($('record-fps').value);
    const format = $('record-format').value;
    const { request, toZoom } = zoomEnds(currentRequest(), $('record-direction').value);
    controller = new AbortController();
    busy(true);
    $('record-download').hidden = true;
    $('record-progress').value = 0;
    status('Starting…');
    try {
      const result = await runtime.recordZoom({ request, toZoom, seconds, fps, width, height, format, cycle: handOverColourCycling() }, {
        canvas: canvas(), signal: controller.signal,
        onProgress: ({ frame, frames, elapsedMs, remainingMs }) => {
          $('record-progress').value = frame / frames;
          status(`Frame ${frame} of ${frames} · ${duration(elapsedMs)} so far · about ${duration(remainingMs)} left`);
        },
      });
      if (videoUrl) {
        URL.revokeObjectURL(videoUrl);
      }
      videoUrl = URL.createObjectURL(result.blob);
      const link = $('record-download');
      link.href = videoUrl;
      link.download = `tessera-zoom.${FORMATS[format].extension}`;
      link.textContent = format === 'png-zip' ? 'Download the frames (zip)' : 'Download video';
      link.hidden = false;
      status(`${result.frames} frames in ${duration(result.ms)} (${(result.frames / (result.ms / 1000)).toFixed(1)} a second), `
        + `${(result.blob.size / 1e6).toFixed(1)} MB.`);
    } catch (e) {
      status(e instanceof RenderCancelled || e.name === 'AbortError' ? 'Cancelled.' : `Could not record: ${e.message}`,
        !(e instanceof RenderCancelled || e.name === 'AbortError'));
    } finally {
      controller = null;
      busy(false);
      done();
    }
  }

  $('record-start').addEventListener('click', () => {
    if ($('record-seconds').checkValidity()) {
      record();
    } else {
      status(`Seconds: ${$('record-seconds').validationMessage}`, true);
    }
  });
  $('record-cancel').addEventListener('click', () => controller?.abort());
  $('record-size').addEventListener('change', fillFormats);
  return formatsAfter.then(fillFormats);
}
