// A zoom as a video file: each frame rendered on the pool like any render, encoded by WebCodecs'
// VideoEncoder and written into a WebM or MP4 file in memory by mediabunny (bundled into
// js/vendor/video-file.js and loaded when a recording starts); or, in any browser, the frames as
// PNG files in a zip. The frames' views come from Java (WorkerExports.zoomFrame), the same zoom
// path as the command line's `frames`.
import { RenderCancelled } from './request.js';
import { MAX_FILES, ZipStore } from './zip-store.js';

/**
 * The formats a recording can take: videos, which a browser encodes if it says so itself
 * (canEncodeVideo), and PNG frames in a zip, which every browser can make.
 */
export const FORMATS = {
  'webm-vp9': { label: 'WebM, VP9', container: 'webm', codec: 'vp9', type: 'video/webm', extension: 'webm' },
  'webm-av1': { label: 'WebM, AV1', container: 'webm', codec: 'av1', type: 'video/webm', extension: 'webm' },
  'mp4-h264': { label: 'MP4, H.264', container: 'mp4', codec: 'avc', type: 'video/mp4', extension: 'mp4' },
  'png-zip': { label: 'PNG frames, zip', type: 'application/zip', extension: 'zip' },
};
export const MAX_FRAMES = 100000;

/** Whether this browser can encode video at all. */
export function canRecord() {
  return typeof globalThis.VideoEncoder === 'function';
}

/**
 * The formats this browser records at width × height, as keys of FORMATS: the PNG frames always. The
 * videos are asked in a worker (video-formats.worker.js), on the page's thread only where a worker
 * cannot ask.
 */
export async function encodableFormats(width, height) {
  const keys = [];
  if (canRecord()) {
    const asked = await askInWorker(width, height).catch(() => null);
    keys.push(...(asked ?? await videoFormatsEncoded(await import('../vendor/video-file.js'), width, height)));
  }
  keys.push('png-zip');
  return keys;
}

/** The video formats (keys of FORMATS) that `video`, the video library, says this browser encodes at width × height. */
export async function videoFormatsEncoded(video, width, height) {
  const keys = [];
  for (const [key, spec] of Object.entries(FORMATS)) {
    if (spec.codec && await video.canEncodeVideo(spec.codec, { width, height })) {
      keys.push(key);
    }
  }
  return keys;
}

/** The worker's answer, or null where a worker has no VideoEncoder; rejects if the worker fails. */
function askInWorker(width, height) {
  const worker = new Worker(new URL('./video-formats.worker.js', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data.unavailable ? null : data.keys));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the video formats worker failed'));
    };
    worker.postMessage({ width, height });
  }).finally(() => worker.terminate());
}

/** A value as a message shows it: a text quoted and called one, so that "30" and 30 are told apart. */
function shown(value) {
  if (typeof value === 'string') {
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  return value === undefined ? 'nothing' : String(value);
}

/** Refuses a format that is not a key of FORMATS (its own keys: not "__proto__" or "constructor"). */
export function checkFormat(format) {
  if (typeof format !== 'string' || !Object.hasOwn(FORMATS, format)) {
    throw new RangeError(`format must be one of ${Object.keys(FORMATS).join(', ')}, got ${shown(format)}`);
  }
}

/**
 * The number of frames of a recording in `format` (a key of FORMATS; a zip holds at most MAX_FILES
 * frames), or a clear error naming what is wrong.
 */
export function frameCount(seconds, fps, format = 'webm-vp9') {
  if (!(typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0)) {
    throw new RangeError(`seconds must be a positive number, got ${shown(seconds)}`);
  }
  if (!(Number.isInteger(fps) && fps >= 1 && fps <= 120)) {
    throw new RangeError(`fps must be a whole number from 1 to 120, got ${shown(fps)}`);
  }
  const frames = Math.max(2, Math.round(seconds * fps));
  if (frames > MAX_FRAMES) {
    throw new RangeError(`${seconds} s at ${fps} frames a second is ${frames} frames; a recording may have ${MAX_FRAMES} at most`);
  }
  if (format === 'png-zip' && frames > MAX_FILES) {
    throw new RangeError(`${seconds} s at ${fps} frames a second is ${frames} frames; a zip of PNG frames holds ${MAX_FILES} at most (record a video, or fewer frames)`);
  }
  return frames;
}

/** {width, height} of a recording's frames: even whole numbers from 2 up (video codecs need even sides), or an error naming the side. */
export function videoSize(width, height) {
  for (const [side, value] of [['width', width], ['height', height]]) {
    if (!(Number.isInteger(value) && value >= 2 && value % 2 === 0)) {
      throw new RangeError(`a video's ${side} must be an even whole number from 2 up, got ${shown(value)}`);
    }
  }
  return { width, height };
}

/**
 * Records the zoom: `frameRequest(k)` resolves to frame k's request, `renderFrame(request)` renders
 * it and resolves to its RGBA bytes (a copy). Resolves to {blob, type, frames, ms}.
 * `onProgress({frame, frames, elapsedMs, remainingMs})` follows each frame.
 */
export async function recordFrames({ frames, fps, width, height, format }, frameRequest, renderFrame, { onProgress = () => {}, signal = null } = {}) {
  checkFormat(format);
  const spec = FORMATS[format];
  if (!spec.codec) {
    return recordPngFrames({ frames, width, height }, frameRequest, renderFrame, { onProgress, signal });
  }
  if (!canRecord()) {
    throw new Error('this browser cannot encode video (it has no WebCodecs VideoEncoder); save the frames as PNG instead');
  }
  const video = await import('../vendor/video-file.js');
  if (!(await video.canEncodeVideo(spec.codec, { width, height }))) {
    throw new Error(`this browser cannot encode ${spec.label} at ${width} × ${height}; choose another format or size`);
  }
  const output = new video.Output({
    format: spec.container === 'webm' ? new video.WebMOutputFormat() : new video.Mp4OutputFormat({ fastStart: 'in-memory' }),
    target: new video.BufferTarget(),
  });
  const source = new video.VideoSampleSource({ codec: spec.codec, bitrate: video.QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  const started = performance.now();
  try {
    for (let k = 0; k < frames; k++) {
      if (signal?.aborted) {
        throw new RenderCancelled();
      }
      const rgba = await renderFrame(await frameRequest(k));
      const sample = new video.VideoSample(rgba, {
        format: 'RGBA', codedWidth: width, codedHeight: height, timestamp: k / fps, duration: 1 / fps,
      });
      try {
        await source.add(sample);
      } finally {
        sample.close();
      }
      const elapsedMs = performance.now() - started;
      onProgress({ frame: k + 1, frames, elapsedMs, remainingMs: (elapsedMs / (k + 1)) * (frames - k - 1) });
    }
    await output.finalize();
  } catch (e) {
    await output.cancel().catch(() => {});
    throw e;
  }
  return { blob: new Blob([output.target.buffer], { type: spec.type }), type: spec.type, frames, ms: performance.now() - started };
}

/** The frames as PNG files (frame-00000.png …) in a zip, encoded by the browser's canvas: lossless, so each is its render. */
async function recordPngFrames({ frames, width, height }, frameRequest, renderFrame, { onProgress, signal }) {
  const zip = new ZipStore();
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  const digits = Math.max(5, String(frames - 1).length);
  const started = performance.now();
  for (let k = 0; k < frames; k++) {
    if (signal?.aborted) {
      throw new RenderCancelled();
    }
    const rgba = await renderFrame(await frameRequest(k));
    context.putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length), width, height), 0, 0);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    zip.add(`frame-${String(k).padStart(digits, '0')}.png`, new Uint8Array(await png.arrayBuffer()));
    const elapsedMs = performance.now() - started;
    onProgress({ frame: k + 1, frames, elapsedMs, remainingMs: (elapsedMs / (k + 1)) * (frames - k - 1) });
  }
  return { blob: zip.blob(), type: FORMATS['png-zip'].type, frames, ms: performance.now() - started };
}
