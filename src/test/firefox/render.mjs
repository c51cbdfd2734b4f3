// Renders requests in headless Firefox (Debian firefox-esr, driven over WebDriver BiDi) and prints
// one JSON line: {ready, violations, results: [{request, workers, hash} | {request, workers, error}]},
// where violations lists what the Content-Security-Policy blocked on the page.
// Usage: node render.mjs BASE_URL REQUESTS_JSON_FILE
import { readFileSync } from 'node:fs';
import { withFirefoxPage } from './firefox-page.mjs';

const [baseUrl, requestsFile] = process.argv.slice(2);
const requests = JSON.parse(readFileSync(requestsFile, 'utf8'));
await withFirefoxPage(baseUrl, async (page) => {
  const ready = await page.evaluate(() => window.tessera.ready.catch((e) => ({ error: e.message })));
  const results = [];
  for (const request of requests) {
    for (const workers of [1, 2]) {
      const result = await page.evaluate(async (text, count) => {
        try {
          const r = await window.tessera.render({ ...JSON.parse(text), workers: count });
          return { hash: r.hash, ms: r.ms };
        } catch (e) {
          return { error: e.message };
        }
      }, request, workers);
      results.push({ request, workers, ...result });
    }
  }
  const violations = await page.evaluate(() => window.violations);
  console.log(JSON.stringify({ ready, violations, results }));
});
