// Headless Firefox (Debian firefox-esr, driven over WebDriver BiDi) with a profile of its own in a
// temporary folder that goes with it, and a page that lists what the Content-Security-Policy
// blocked in window.violations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

/** Opens `url` in a fresh headless Firefox, runs `use(page)`, closes everything; resolves to what `use` gives. */
export async function withFirefoxPage(url, use) {
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
    await page.goto(url, { waitUntil: 'load' });
    return await use(page);
  } finally {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
  }
}
