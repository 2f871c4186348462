#!/usr/bin/env node
/*
 * Takes headless-Chromium screenshots of the running portal (npm start) for
 * README.md and for looking at what we build, in Backstage's light theme
 * (<name>.png) and its dark theme (<name>-dark.png), and fails when a page
 * logs a console error. Usage: node test/e2e/screenshots.js [baseUrl]
 */
const { launchChromium } = require('./browser');
const fs = require('fs');
const path = require('path');

const baseUrl = process.argv[2] ?? 'http://localhost:3000';
const outDir = path.join(__dirname, 'screenshots');

/** Each page: a file name, a path, and text that proves the page rendered. */
const pages = [
  [
    'catalog-aiworkflows',
    '/catalog?filters[kind]=aiworkflow',
    'Account research brief',
  ],
  [
    'aiworkflow-support-ticket-triage',
    '/catalog/default/aiworkflow/support-ticket-triage',
    'Kill switch',
  ],
  [
    'promptlibrary-support-prompts',
    '/catalog/default/promptlibrary/support-prompts',
    'First response draft',
  ],
  [
    'aiworkflow-month-end-variance-commentary',
    '/catalog/default/aiworkflow/month-end-variance-commentary',
    'No DRI named',
  ],
  ['marketplace', '/ai-marketplace', 'Account research brief'],
  [
    'marketplace-filtered',
    '/ai-marketplace?function=support&view=table',
    'Support ticket triage',
  ],
  ['insights', '/ai-marketplace/insights', 'Cross-team reuse'],
  [
    'guild-support-automation',
    '/ai-marketplace/guilds/default/support-automation-guild',
    'Curation queue',
  ],
  [
    'group-support-automation-guild',
    '/catalog/default/group/support-automation-guild',
    'Guild curation and reuse',
  ],
  [
    'aiworkflow-readiness',
    '/catalog/default/aiworkflow/support-ticket-triage/readiness',
    'To reach',
  ],
];

/**
 * Backstage's own themes and the localStorage key its AppThemeSelector
 * (core-app-api) reads the user's choice from at start-up.
 */
const THEME_STORAGE_KEY = 'theme';
const themes = [
  { id: 'light', suffix: '', darkBackground: false },
  { id: 'dark', suffix: '-dark', darkBackground: true },
];

/** Whether a CSS rgb()/rgba() colour is dark (relative luminance below 0.5). */
function isDark(cssColor) {
  const [r, g, b] = cssColor.match(/\d+(\.\d+)?/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

const VIEWPORT = { width: 1440, height: 1000 };

/**
 * Backstage scrolls inside its <main>, not the document, so `fullPage`
 * alone would stop at the fold: the viewport grows to the content first.
 */
async function screenshotWholePage(page, file) {
  const height = await page.evaluate(() => {
    const content = document.querySelector('main');
    return content
      ? content.scrollHeight + window.innerHeight - content.clientHeight
      : document.documentElement.scrollHeight;
  });
  await page.setViewportSize({
    width: VIEWPORT.width,
    height: Math.min(Math.max(height, VIEWPORT.height), 8000),
  });
  // Charts re-measure their container on resize.
  await page.waitForTimeout(500);
  await page.screenshot({ path: file, fullPage: true });
  await page.setViewportSize(VIEWPORT);
}

/** Signs in as guest in a fresh browser context and screenshots every page. */
async function screenshotPages(browser, theme, problems) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Before any page script runs, so the app starts in this theme.
  await context.addInitScript(
    ([key, id]) => window.localStorage.setItem(key, id),
    [THEME_STORAGE_KEY, theme.id],
  );
  const page = await context.newPage();
  // React's development-mode warnings ("Warning: findDOMNode is deprecated")
  // come from Backstage and MUI v4 themselves; anything else is a failure.
  page.on('console', msg => {
    if (msg.type() === 'error' && !msg.text().startsWith('Warning: ')) {
      problems.push(`${theme.id} ${page.url()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', error =>
    problems.push(`${theme.id} ${page.url()}: ${error.message}`),
  );

  // The guest sign-in page asks once per browser profile.
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.waitForURL(/\/catalog/);
  // Proves the stored choice took: otherwise every "-dark" file would be light.
  const background = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );
  if (isDark(background) !== theme.darkBackground) {
    throw new Error(
      `The ${theme.id} theme did not apply: the page background is ${background}`,
    );
  }

  for (const [name, url, proof] of pages) {
    await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    await page.getByText(proof).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const file = path.join(outDir, `${name}${theme.suffix}.png`);
    await screenshotWholePage(page, file);
    console.log(`saved ${path.relative(process.cwd(), file)}`);
  }
  await context.close();
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const problems = [];
  for (const theme of themes) {
    await screenshotPages(browser, theme, problems);
  }
  await browser.close();

  if (problems.length) {
    console.error(`Console errors:\n${problems.join('\n')}`);
    process.exit(1);
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
