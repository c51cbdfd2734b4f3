// Renders requests in headless Firefox (Debian firefox-esr, driven over WebDriver BiDi) and prints
// one JSON line: {ready, violations, results: [{request, workers, hash} | {request, workers, error}]},
// where violations lists what the Content-Security-Policy blocked on the page.
// Usage: node render.mjs BASE_URL REQUESTS_JSON_FILE
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [baseUrl, requestsFile] = process.argv.slice(2);
const requests = JSON.parse(readFileSync(requestsFile, 'utf8'));
const home = mkdtempSync(join(tmpdir(), 'tessera-firefox-'));
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: process.env.TESSERA_FIREFOX || '/usr/bin/firefox-esr',
  headless: true,
  env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
  protocolTimeout: 300000,
});
try {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(baseUrl, { waitUntil: 'load' });
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
} finally {
  await browser.close();
  rmSync(home, { recursive: true, force: true });
}
