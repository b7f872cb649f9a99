// smoke.js - the browser harness works: Debian's Chromium starts under
// playwright-core and lays out a page. Shared helpers live in chromium.js.
const { launch } = require('./chromium');
(async () => {
  const browser = await launch();
  const page = await browser.newPage();
  await page.setContent('<p id="x">hello</p>');
  const h = await page.$eval('#x', (e) => e.getBoundingClientRect().height);
  await browser.close();
  if (!(h > 0)) { console.log('FAILED: paragraph has no height'); process.exit(1); }
  console.log('1 passed, 0 failed');
})().catch((e) => { console.log('FAILED: ' + e.message); process.exit(1); });
