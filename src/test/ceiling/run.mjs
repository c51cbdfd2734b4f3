// Times the C port of the pipeline's blur and sepia (kernels.c), compiled to WebAssembly, in headless
// Chromium and Firefox: medians of 15 runs on the synthetic 4K frame, with the checksums to compare
// with KernelTimes on the JVM. Usage: node run.mjs scalar.wasm simd.wasm
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const RUNS = 15;
const builds = { scalar: process.argv[2], simd: process.argv[3] };
const browsers = [
  { name: 'Chromium', options: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] } },
  { name: 'Firefox', options: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr' } },
];

/** Runs in the page: instantiates one build and times its kernels. */
async function measure(base64, runs) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const { instance } = await WebAssembly.instantiate(bytes);
  const k = instance.exports;
  const size = 3840 * 2160;
  const checksum = (pixels) => pixels.reduce((hash, p) => (Math.imul(hash, 31) + p) | 0, 0);
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  const time = (prepare, work) => {
    const ms = [];
    for (let i = 0; i < runs; i++) {
      prepare();
      const started = performance.now();
      work();
      ms.push(performance.now() - started);
    }
    return median(ms);
  };
  k.fill();
  const blurMs = time(() => {}, () => k.blur(4));
  const blurred = checksum(new Int32Array(k.memory.buffer, k.target(), size));
  const sepiaMs = time(() => k.fill(), () => k.sepia(k.source(), size));
  const toned = checksum(new Int32Array(k.memory.buffer, k.source(), size));
  return { blurMs, blurred, sepiaMs, toned };
}

for (const { name, options } of browsers) {
  const home = mkdtempSync(join(tmpdir(), 'tessera-ceiling-'));
  const browser = await puppeteer.launch({ headless: true, protocolTimeout: 600000, ...options,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' } });
  try {
    const version = await browser.version();
    for (const [build, file] of Object.entries(builds)) {
      const page = await browser.newPage();
      const r = await page.evaluate(measure, readFileSync(file).toString('base64'), RUNS);
      console.log(`${name} (${version}), C to WebAssembly, ${build}: blur ${r.blurMs.toFixed(1)} ms (checksum ${r.blurred}),`
        + ` sepia ${r.sepiaMs.toFixed(1)} ms (checksum ${r.toned}), medians of ${RUNS}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
