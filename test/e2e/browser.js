/*
 * Debian's chromium, headless, as the e2e scripts drive it through
 * playwright-core (no browser is ever downloaded). Without the
 * background-networking flags it keeps trying hosts this machine cannot
 * reach.
 */
const { chromium } = require('playwright-core');

const CHROMIUM = '/usr/bin/chromium';

function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

module.exports = { CHROMIUM, launchChromium };
