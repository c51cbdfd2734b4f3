// A worker that asks which video formats this browser encodes. The answer comes from WebCodecs'
// VideoEncoder, whose first question starts the browser's encoders: about 100 ms on the thread that
// asks (Chromium), a long task had the page's thread asked it.
import { videoFormatsEncoded } from './recording.js';

self.onmessage = async ({ data: { width, height } }) => {
  if (typeof self.VideoEncoder !== 'function') {
    self.postMessage({ unavailable: true });
    return;
  }
  try {
    const video = await import('../vendor/video-file.js');
    self.postMessage({ keys: await videoFormatsEncoded(video, width, height) });
  } catch (e) {
    self.postMessage({ error: String((e && e.message) || e) });
  }
};
