// chromium.js - launches Debian's Chromium (/usr/bin/chromium, installed by
// scripts/setup) headless through playwright-core; no browser is downloaded.
const { chromium } = require('playwright-core');

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

module.exports = { launch };
