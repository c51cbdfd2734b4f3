import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'], headless: 'new' });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 800 });
await page.evaluateOnNewDocument(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), sources: e.sources?.map((s) => s.node?.id || s.node?.className || s.node?.nodeName) }); }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto('http://localhost:8931/');
await new Promise(r => setTimeout(r, 150));
await page.screenshot({ path: '/tmp/w/load-150.png' });
await page.waitForFunction(() => / in [\d.]+ (ms|s)/.test(document.getElementById('message').textContent), { timeout: 60000 });
console.log(JSON.stringify(await page.evaluate(() => window.__shifts)));
await browser.close();
