#!/usr/bin/env node
/*
 * Takes headless-Chromium screenshots of the running portal (npm start) for
 * README.md and for looking at what we build, and fails when a page logs a
 * console error. Usage: node test/e2e/screenshots.js [baseUrl]
 */
const { chromium } = require('playwright-core');
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
    'aiworkflow-readiness',
    '/catalog/default/aiworkflow/support-ticket-triage/readiness',
    'To reach',
  ],
];

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
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
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
  });
  const problems = [];
  // React's development-mode warnings ("Warning: findDOMNode is deprecated")
  // come from Backstage and MUI v4 themselves; anything else is a failure.
  page.on('console', msg => {
    if (msg.type() === 'error' && !msg.text().startsWith('Warning: ')) {
      problems.push(`${page.url()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', error =>
    problems.push(`${page.url()}: ${error.message}`),
  );

  // The guest sign-in page asks once per browser profile.
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.waitForURL(/\/catalog/);

  for (const [name, url, proof] of pages) {
    await page.goto(baseUrl + url, { waitUntil: 'networkidle' });
    await page.getByText(proof).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`saved ${path.relative(process.cwd(), file)}`);
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
