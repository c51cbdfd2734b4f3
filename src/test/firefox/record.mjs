// Records a short zoom in headless Firefox (Debian firefox-esr, over WebDriver BiDi) in each format
// and writes the files into a folder; prints one JSON line: {results: [{format, type, frames, file} |
// {format, error}], violations}, violations being what the Content-Security-Policy blocked.
// Usage: node record.mjs PAGE_URL REQUEST_JSON OUT_FOLDER
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withFirefoxPage } from './firefox-page.mjs';

const [pageUrl, request, folder] = process.argv.slice(2);
await withFirefoxPage(pageUrl, async (page) => {
  await page.evaluate(() => window.tessera.ready);
  const results = [];
  for (const format of ['webm-vp9', 'mp4-h264', 'png-zip']) {
    const result = await page.evaluate(async (text, chosen) => {
      try {
        const r = await window.tessera.recordZoom({ request: JSON.parse(text), toZoom: '1e8', seconds: 1, fps: 8, format: chosen });
        const bytes = new Uint8Array(await r.blob.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        return { type: r.type, frames: r.frames, base64: btoa(binary) };
      } catch (e) {
        return { error: e.message };
      }
    }, request, format);
    if (result.base64) {
      const file = join(folder, `zoom-${format}`);
      writeFileSync(file, Buffer.from(result.base64, 'base64'));
      results.push({ format, type: result.type, frames: result.frames, file });
    } else {
      results.push({ format, ...result });
    }
  }
  const violations = await page.evaluate(() => window.violations);
  console.log(JSON.stringify({ results, violations }));
});
