// What a zoom recording takes from mediabunny: a file written in memory (WebM or MP4) from frames
// that WebCodecs encodes. Bundled by bundle-site.mjs into one module of the site, loaded only
// when a recording starts, so that the page loads nothing from elsewhere.
export {
  Output, BufferTarget, WebMOutputFormat, Mp4OutputFormat, VideoSampleSource, VideoSample, canEncodeVideo, QUALITY_HIGH,
} from 'mediabunny';
