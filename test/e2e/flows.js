#!/usr/bin/env node
/*
 * End-to-end flows through a running portal: sign in as the guest, find an
 * asset in the marketplace, copy a filled prompt, adopt a workflow, curate a
 * library as a guild lead, and check that curation stays with the guild's
 * leads — on another guild's library and, after the backend restarts with
 * a guest who leads no guild, on the library just curated, in the browser
 * and in the backend's answer. Each step checks what the user sees and what
 * the backend recorded, saves flow-<n>-<name>.png, and the run stops with a
 * clear message on the first thing that is broken (the steps after it are
 * reported as skipped).
 * Console errors fail the step, as in screenshots.js. Records real events:
 * run it against a demo database, never against one that matters.
 *
 * `npm test` (test/run.js) calls runFlows() against a portal of its own,
 * through test/e2e/suite.js, which can restart its backend as another guest.
 * By hand, against `npm start` (rm -rf packages/backend/sqlite-data first):
 *   node test/e2e/flows.js [baseUrl] [backendUrl]
 *   defaults: http://localhost:3000 and http://localhost:7007; screenshots
 *   go to test/e2e/screenshots/. Step 6 is then skipped: it needs a backend
 *   it may restart.
 */
const { CHROMIUM, launchChromium } = require('./browser');
const fs = require('fs');
const path = require('path');

/** Debian's chromium; no browser is ever downloaded. */
const TIMEOUT = 30_000;

const SUPPORT_PROMPTS = 'promptlibrary:default/support-prompts';
const SALES_WORKFLOW = 'aiworkflow:default/sales-inbox-triage';
const SUPPORT_PROMPTS_PAGE = '/catalog/default/promptlibrary/support-prompts';
/** Curated by prompt-engineering-guild, where the guest is no lead. */
const OTHER_GUILD_LIBRARY =
  '/catalog/default/promptlibrary/engineering-prompts';
/** Step 6's guest: in Sales only, so no admin, and no guild's lead. */
const NON_LEAD = 'user:default/olivia.bennett';
/** Its members may curate anything (packages/backend's policy). */
const ADMIN_GROUP = 'group:default/ai-platform';
const GUILD_LEADS_ANNOTATION = 'ai-marketplace.io/guild-leads';

/** The library's and the prompts' curation actions. */
const curationButtons = page =>
  page.getByRole('button', {
    name: /^(Un)?feature |^(Un)?deprecate |^Mark .* reviewed$/i,
  });
/** The heading over an open prompt's curation actions. */
const curationHeadings = page =>
  page.getByRole('heading', { name: 'Curation' });

class StepFailure extends Error {}
/** Ends a step that cannot run here, counted as skipped; the message says why. */
class StepSkipped extends Error {}

/** Fails the current step with a message that says what was expected. */
function check(condition, message) {
  if (!condition) {
    throw new StepFailure(message);
  }
}

/** Runs an async check, turning a timeout into the step's own message. */
async function expectThat(promise, message) {
  try {
    return await promise;
  } catch (error) {
    const what = typeof message === 'function' ? await message() : message;
    throw new StepFailure(`${what} (${error.message.split('\n')[0]})`);
  }
}

/** What the page's alerts and status lines say, to explain a failure. */
async function pageSays(page) {
  const texts = await page
    .locator('[role="alert"], [role="status"]')
    .allInnerTexts();
  const said = texts.map(t => t.trim()).filter(Boolean);
  return said.length ? ` The page says: ${said.join(' | ')}` : '';
}

/** GET of a backend route (`/<plugin>/…`) as the guest, its JSON body. */
async function backendGet(backendUrl, token, route, query = {}) {
  const url = new URL(`${backendUrl}/api${route}`);
  for (const [key, value] of Object.entries(query)) {
    url.searchParams.set(key, value);
  }
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
  });
  check(response.ok, `GET ${url} answered ${response.status}`);
  return response.json();
}

/** A window from 89 days ago to today (UTC), as the UI cards use. */
function last90Days() {
  const to = new Date();
  const from = new Date(to.getTime() - 89 * 24 * 3600 * 1000);
  const day = d => d.toISOString().slice(0, 10);
  return { from: day(from), to: day(to) };
}

/**
 * The total of the entity page's Reuse card: "Used 12 times by …", "Used
 * once …", or 0 when the card shows its empty state.
 */
async function reuseCardTotal(page) {
  const headline = page.getByText(/^Used (once|\d+ times) by /);
  const empty = page.getByText(/^No reuse in the last \d+ days$/);
  await expectThat(
    headline.or(empty).first().waitFor({ timeout: TIMEOUT }),
    'the Reuse card showed neither a "Used … times" headline nor its empty state',
  );
  if (await empty.isVisible()) {
    return 0;
  }
  const text = await headline.first().innerText();
  const match = /^Used (once|(\d+) times)/.exec(text);
  return match[1] === 'once' ? 1 : Number(match[2]);
}

async function screenshot(page, outDir, n, name) {
  await page.waitForLoadState('networkidle');
  const file = path.join(outDir, `flow-${n}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`  saved ${path.relative(process.cwd(), file)}`);
}

/** Opens a path of the app (the browser context knows its base URL). */
async function open(page, url) {
  await page.goto(url, { waitUntil: 'networkidle' });
}

// ---------------------------------------------------------------- steps

async function searchAndFilter(page, flow) {
  await open(page, '/ai-marketplace');
  const cards = page.getByTestId('asset-card');
  const status = page.getByRole('status').filter({ hasText: /AI assets$/ });
  await expectThat(
    cards.first().waitFor({ timeout: TIMEOUT }),
    'the marketplace grid showed no asset card',
  );
  const totalText = await status.innerText();
  const total = Number(/^([\d,]+) AI assets$/.exec(totalText)?.[1] ?? NaN);
  check(total > 0, `the result count read "${totalText}", not "<n> AI assets"`);

  const functionFacet = page.getByRole('group', { name: 'Function' });
  await expectThat(
    functionFacet
      .getByRole('checkbox', { name: /^support\b/ })
      .check({ timeout: TIMEOUT }),
    'the Function facet has no "support" checkbox',
  );
  await expectThat(
    page.waitForURL(/[?&]function=support\b/, { timeout: TIMEOUT }),
    `the URL did not get function=support after checking the facet (${page.url()})`,
  );
  await expectThat(
    status.filter({ hasText: / of [\d,]+ AI assets$/ }).waitFor(),
    'the result count did not change to "<n> of <total>" after the facet',
  );
  const bySupport = await cards.count();
  check(
    bySupport > 0 && bySupport < total,
    `function=support should narrow ${total} assets to fewer, showed ${bySupport} cards`,
  );
  for (const fn of await cards
    .locator('.MuiChip-outlined')
    .filter({ hasText: /^support$/ })
    .all()) {
    check(await fn.isVisible(), 'a card lost its "support" function chip');
  }

  await page.getByLabel('Search AI assets').fill('prompt library');
  await expectThat(
    page.waitForURL(/[?&]q=prompt(\+|%20)library\b/, { timeout: TIMEOUT }),
    `the URL did not get q=prompt library after typing (${page.url()})`,
  );
  await expectThat(
    page
      .getByTestId('asset-card')
      .getByRole('link', { name: 'Support prompt library' })
      .waitFor({ timeout: TIMEOUT }),
    'the search for "prompt library" within support did not show the Support prompt library card',
  );
  await page
    .waitForFunction(
      before =>
        document.querySelectorAll('[data-testid="asset-card"]').length < before,
      bySupport,
      { timeout: TIMEOUT },
    )
    .catch(() => {
      throw new StepFailure(
        `the search did not narrow the ${bySupport} support assets further`,
      );
    });
  const url = new URL(page.url());
  check(
    url.searchParams.get('function') === 'support' &&
      url.searchParams.get('q') === 'prompt library',
    `the URL should hold function=support and q=prompt library, is ${page.url()}`,
  );
  console.log(
    `  ${total} assets → ${bySupport} for function=support → ${await cards.count()} with "prompt library"`,
  );
  await flow.screenshot(1, 'marketplace-filtered');
}

async function copyFilledPrompt(page, flow) {
  const before = await flow.backendGet('/reuse/summary', {
    entityRef: SUPPORT_PROMPTS,
    ...last90Days(),
  });
  // Opened from the grid that step 1 left filtered.
  await page
    .getByTestId('asset-card')
    .getByRole('link', { name: 'Support prompt library' })
    .click();
  await expectThat(
    page.waitForURL(/\/catalog\/default\/promptlibrary\/support-prompts/, {
      timeout: TIMEOUT,
    }),
    `the card link did not open the library's page (${page.url()})`,
  );
  const uiBefore = await reuseCardTotal(page);
  check(
    uiBefore === before.total,
    `the Reuse card says ${uiBefore} uses, the backend ${before.total}`,
  );

  // Copies are recorded for the team chosen here; before the user's teams
  // have loaded, Copy only copies (and says so).
  await expectThat(
    page
      .getByLabel('Record copies for')
      .or(page.getByText(/^Record copies for: /))
      .first()
      .waitFor({ timeout: TIMEOUT }),
    'the library page offers no team to record copies for',
  );
  const product = page.locator('#prompt-first-response-variable-product');
  await expectThat(
    product.waitFor({ timeout: TIMEOUT }),
    'the open "First response draft" prompt has no "product" field',
  );
  await product.fill('Acme CRM');
  await page
    .locator('#prompt-first-response-variable-ticket')
    .fill('I cannot export my contacts.');
  const expected =
    'You are a support agent for Acme CRM. Draft a first reply to this ticket:\nI cannot export my contacts.';
  const rendered = page.getByRole('region', {
    name: 'Rendered prompt of First response draft',
  });
  await expectThat(
    rendered
      .getByText('You are a support agent for Acme CRM.', { exact: false })
      .waitFor({ timeout: TIMEOUT }),
    'the rendered prompt does not show the filled product',
  );

  await page
    .getByRole('button', {
      name: 'Copy the rendered prompt of First response draft',
    })
    .click();
  await expectThat(
    page
      .getByRole('status')
      .filter({ hasText: /^Copied, and recorded for / })
      .waitFor({ timeout: TIMEOUT }),
    async () =>
      `Copy did not say "Copied, and recorded for <team>."${await pageSays(
        page,
      )}`,
  );
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  check(
    clipboard.trim() === expected,
    `the clipboard holds ${JSON.stringify(
      clipboard,
    )}, expected ${JSON.stringify(expected)}`,
  );
  await flow.screenshot(2, 'prompt-copied');

  const days = last90Days();
  const after = await flow.backendGet('/reuse/summary', {
    entityRef: SUPPORT_PROMPTS,
    ...days,
  });
  // Step 6 expects the same count after the backend's restart.
  flow.supportPromptsReuse = { days, total: after.total };
  check(
    after.total === before.total + 1 &&
      after.byType.copied === before.byType.copied + 1,
    `the backend should count one more copy: total ${before.total} → ${after.total}, copied ${before.byType.copied} → ${after.byType.copied}`,
  );
  await page.reload({ waitUntil: 'networkidle' });
  const uiAfter = await reuseCardTotal(page);
  check(
    uiAfter === uiBefore + 1,
    `the Reuse card should count ${
      uiBefore + 1
    } uses after the copy, shows ${uiAfter}`,
  );
  console.log(`  support-prompts reuse ${uiBefore} → ${uiAfter} (copied)`);
}

/**
 * The heatmap cell of `consumer` using `producer`'s assets: its events,
 * 0 when the cell says they did not, or when the consumer has no column.
 */
async function heatmapEvents(page, consumer, producer) {
  const table = page.getByRole('table', {
    name: 'Reuse events by producing and consuming team',
  });
  await expectThat(
    table.waitFor({ timeout: TIMEOUT }),
    'the insights page shows no producer-consumer heatmap',
  );
  const cells = table.locator(
    `td[aria-label^="${consumer} used "][aria-label*=" of ${producer}: "]`,
  );
  if ((await cells.count()) === 0) {
    return 0;
  }
  const label = await cells.first().getAttribute('aria-label');
  return Number(/: (\d+) events$/.exec(label)[1]);
}

async function adoptWorkflow(page, flow) {
  const summaryBefore = await flow.backendGet('/kpis/summary');
  await open(page, '/catalog/default/aiworkflow/sales-inbox-triage');
  const adopt = page.getByRole('button', { name: /^Adopt for / });
  await expectThat(
    adopt.waitFor({ timeout: TIMEOUT }),
    'the Sales inbox triage page has no "Adopt for <team>" button',
  );
  const team = (await adopt.textContent()).replace(/^Adopt for /i, '').trim();
  check(
    team !== 'Sales',
    'the guest acts for Sales, the owner; adoption would not be reuse',
  );
  const reuseBefore = await reuseCardTotal(page);

  await open(page, '/ai-marketplace/insights');
  await expectThat(
    page.getByText('Cross-team reuse').first().waitFor({ timeout: TIMEOUT }),
    'the insights dashboard did not show its KPI tiles',
  );
  const cellBefore = await heatmapEvents(page, team, 'Sales');

  await open(page, '/catalog/default/aiworkflow/sales-inbox-triage');
  await adopt.click();
  await expectThat(
    page
      .getByRole('status')
      .filter({ hasText: `Recorded: ${team} adopted this workflow.` })
      .waitFor({ timeout: TIMEOUT }),
    async () =>
      `Adopt did not say "Recorded: ${team} adopted this workflow."${await pageSays(
        page,
      )}`,
  );
  await page.reload({ waitUntil: 'networkidle' });
  const reuseAfter = await reuseCardTotal(page);
  check(
    reuseAfter === reuseBefore + 1,
    `the workflow's Reuse card should count ${
      reuseBefore + 1
    } uses after adopting, shows ${reuseAfter}`,
  );
  const workflowReuse = await flow.backendGet('/reuse/summary', {
    entityRef: SALES_WORKFLOW,
    ...last90Days(),
  });
  check(
    workflowReuse.teams.some(
      t => t.teamRef === 'group:default/customer-support' && !t.isOwner,
    ),
    `the backend lists no adoption by Customer Support: ${JSON.stringify(
      workflowReuse.teams,
    )}`,
  );
  await flow.screenshot(3, 'workflow-adopted');

  await open(page, '/ai-marketplace/insights');
  const cellAfter = await heatmapEvents(page, team, 'Sales');
  check(
    cellAfter === cellBefore + 1,
    `the insights heatmap should show ${
      cellBefore + 1
    } events of ${team} on Sales' assets, shows ${cellAfter}`,
  );
  const summaryAfter = await flow.backendGet('/kpis/summary');
  check(
    summaryAfter.reuse.events === summaryBefore.reuse.events + 1 &&
      summaryAfter.matrix.crossTeamEvents ===
        summaryBefore.matrix.crossTeamEvents + 1,
    `GET /kpis/summary should count one more event: reuse.events ${summaryBefore.reuse.events} → ${summaryAfter.reuse.events}, matrix.crossTeamEvents ${summaryBefore.matrix.crossTeamEvents} → ${summaryAfter.matrix.crossTeamEvents}`,
  );
  await page
    .getByRole('table', {
      name: 'Reuse events by producing and consuming team',
    })
    .scrollIntoViewIfNeeded();
  await flow.screenshot(3, 'insights-after-adopt');
  console.log(
    `  sales-inbox-triage reuse ${reuseBefore} → ${reuseAfter}; heatmap ${team}→Sales ${cellBefore} → ${cellAfter}; KPI events ${summaryBefore.reuse.events} → ${summaryAfter.reuse.events}`,
  );
}

async function reviewAsGuildLead(page, flow) {
  await open(page, SUPPORT_PROMPTS_PAGE);
  const markReviewed = page.getByRole('button', {
    name: 'Mark the library reviewed',
  });
  await expectThat(
    markReviewed.waitFor({ timeout: TIMEOUT }),
    'sam.chen, lead of support-automation-guild, sees no "Mark the library reviewed" on support-prompts',
  );
  // What step 6 must not show to someone who leads no guild.
  flow.leadSaw = {
    buttons: await curationButtons(page).count(),
    headings: await curationHeadings(page).count(),
  };
  check(
    flow.leadSaw.headings > 0,
    'the guild lead sees no "Curation" heading over the open prompt\'s actions on support-prompts',
  );
  for (const name of [
    /^(Un)?feature the library$/i,
    /^(Un)?deprecate the library$/i,
  ]) {
    check(
      (await page.getByRole('button', { name }).count()) === 1,
      `the guild lead sees no ${name} button on support-prompts`,
    );
  }
  const note = `e2e review ${new Date().toISOString()}: checked variables and examples`;
  await markReviewed.click();
  await page.getByLabel('Review note for the library').fill(note);
  await page.getByRole('button', { name: 'Save review' }).click();
  const review = page.getByText(/^Last curation review \d{4}-\d{2}-\d{2} by /);
  await expectThat(
    review.filter({ hasText: note }).waitFor({ timeout: TIMEOUT }),
    async () =>
      `the saved review does not show as "Last curation review … by …: <note>"${await pageSays(
        page,
      )}`,
  );
  const text = await review.first().innerText();
  check(
    /by sam\.chen|by Sam Chen/i.test(text),
    `the review should be credited to sam.chen, reads "${text}"`,
  );
  flow.reviewNote = note;
  await flow.screenshot(4, 'library-reviewed');
  console.log(
    `  ${text}; the lead sees curation buttons: ${flow.leadSaw.buttons}, "Curation" headings: ${flow.leadSaw.headings}`,
  );
}

async function noCurationInOtherGuild(page, flow) {
  await open(page, OTHER_GUILD_LIBRARY);
  // The prompts are shown, and the permission answer has arrived
  // (networkidle), so a missing button is a decision, not a delay.
  await expectThat(
    page
      .getByRole('button', { name: /^Copy the rendered prompt of / })
      .first()
      .waitFor({ timeout: TIMEOUT }),
    'the engineering-prompts page does not show its prompts',
  );
  await page.waitForLoadState('networkidle');
  const count = await curationButtons(page).count();
  check(
    count === 0,
    `sam.chen is no lead of prompt-engineering-guild but sees ${count} curation buttons on engineering-prompts`,
  );
  check(
    (await curationHeadings(page).count()) === 0,
    'engineering-prompts shows a "Curation" section to a non-lead',
  );
  await flow.screenshot(5, 'other-guild-no-curation');
}

/**
 * Signs in as the guest in the page's new context; the token and identity
 * the browser got (the backend's last answer to /api/auth/guest/refresh)
 * go to flow.token and flow.identity.
 */
async function signIn(page, flow) {
  const refresh = `${flow.backendUrl}/api/auth/guest/refresh`;
  const answers = [];
  const onResponse = response => {
    if (response.url() === refresh) {
      answers.push(response);
    }
  };
  page.on('response', onResponse);
  try {
    await open(page, '/');
    await expectThat(
      page.getByRole('button', { name: 'Enter' }).click({ timeout: TIMEOUT }),
      'the sign-in page offers no "Enter" button for the guest',
    );
    await expectThat(
      page.waitForURL(/\/catalog/, { timeout: TIMEOUT }),
      `signing in as the guest did not open the catalog (${page.url()})`,
    );
  } finally {
    page.off('response', onResponse);
  }
  const last = answers[answers.length - 1];
  check(
    last?.ok(),
    `the browser's guest sign-in at ${refresh} answered ${
      last?.status() ?? 'nothing'
    }`,
  );
  const { token, identity } = (await last.json()).backstageIdentity;
  flow.token = token;
  flow.identity = identity;
  console.log(`  signed in as ${identity.userEntityRef}`);
}

async function nonLeadSeesNoCuration(_page, flow) {
  if (!flow.switchGuest) {
    throw new StepSkipped(
      'it restarts the backend as another guest, which only node test/e2e/suite.js can do',
    );
  }
  // sam.chen's page would keep calling the backend while it restarts.
  await flow.closePage();
  let restart;
  try {
    restart = await flow.switchGuest(NON_LEAD);
  } catch (error) {
    throw new StepFailure(
      `the backend did not restart with the guest as ${NON_LEAD}: ${error.message}`,
    );
  }
  console.log(
    `  backend restarted with the guest as ${NON_LEAD} in ${(
      restart.readyAfterMs / 1000
    ).toFixed(1)} s`,
  );

  const page = await flow.openPage();
  await signIn(page, flow);
  const { userEntityRef, ownershipEntityRefs } = flow.identity;
  check(
    userEntityRef === NON_LEAD,
    `after the restart the browser signed in as ${userEntityRef}, not ${NON_LEAD}`,
  );
  check(
    !ownershipEntityRefs.includes(ADMIN_GROUP),
    `${NON_LEAD} is in ${ADMIN_GROUP}, whose members may curate anything`,
  );
  const guilds = await flow.catalogGet('/entities', {
    filter: 'kind=group,spec.type=guild',
  });
  const led = guilds
    .filter(guild =>
      (guild.metadata.annotations?.[GUILD_LEADS_ANNOTATION] ?? '')
        .split(',')
        .some(ref => ref.trim().toLowerCase() === NON_LEAD),
    )
    .map(guild => guild.metadata.name);
  check(
    led.length === 0,
    `${NON_LEAD} should lead no guild, leads ${led.join(', ')}`,
  );
  const reuse = await flow.backendGet('/reuse/summary', {
    entityRef: SUPPORT_PROMPTS,
    ...flow.supportPromptsReuse.days,
  });
  check(
    reuse.total === flow.supportPromptsReuse.total,
    `after the restart support-prompts counts ${reuse.total} uses, ${flow.supportPromptsReuse.total} before: the database should be kept and the demo history not written again`,
  );

  await open(page, SUPPORT_PROMPTS_PAGE);
  await expectThat(
    page
      .getByRole('button', {
        name: 'Copy the rendered prompt of First response draft',
      })
      .waitFor({ timeout: TIMEOUT }),
    'support-prompts does not show its open "First response draft" prompt',
  );
  // The library's curation has loaded: everyone sees the last review.
  await expectThat(
    page
      .getByText(/^Last curation review /)
      .filter({ hasText: flow.reviewNote })
      .waitFor({ timeout: TIMEOUT }),
    async () =>
      `support-prompts does not show step 4's review to ${NON_LEAD}${await pageSays(
        page,
      )}`,
  );
  // And so has the permission answer (networkidle).
  await page.waitForLoadState('networkidle');
  const buttons = await curationButtons(page).count();
  const headings = await curationHeadings(page).count();
  check(
    buttons === 0 && headings === 0,
    `${NON_LEAD} leads no guild but sees ${buttons} curation buttons and ${headings} "Curation" headings on support-prompts (its guild's lead saw ${flow.leadSaw.buttons} and ${flow.leadSaw.headings} in step 4)`,
  );
  await flow.screenshot(6, 'non-lead-no-curation');

  // A hidden button is not enough: the backend must refuse the decision.
  const before = await flow.backendGet('/curation', {
    entityRef: SUPPORT_PROMPTS,
  });
  const id = `e2e-non-lead-${Date.now()}`;
  const response = await fetch(
    `${flow.backendUrl}/api/ai-marketplace/curation-decisions`,
    {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${flow.token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        id,
        entityRef: SUPPORT_PROMPTS,
        decision: before.asset.featured ? 'unfeatured' : 'featured',
      }),
    },
  );
  const answer = await response.json().catch(() => undefined);
  check(
    response.status === 403 && answer?.error?.name === 'NotAllowedError',
    `POST /api/ai-marketplace/curation-decisions as ${NON_LEAD} should be refused with 403 NotAllowedError, answered ${
      response.status
    } ${JSON.stringify(answer)}`,
  );
  const after = await flow.backendGet('/curation', {
    entityRef: SUPPORT_PROMPTS,
  });
  check(
    after.asset.featured === before.asset.featured &&
      !after.history.some(d => d.id === id || d.decidedBy === NON_LEAD),
    `the refused decision shows in GET /curation: ${JSON.stringify(
      after.history[0],
    )}`,
  );
  console.log(
    `  ${NON_LEAD} sees no curation; the lead saw ${flow.leadSaw.buttons} buttons. POST refused: 403 ${answer.error.message}`,
  );
}

// ----------------------------------------------------------------- main

/** The steps in order; each needs the ones before it. */
const STEPS = [
  { n: 0, name: 'sign in as the guest', run: signIn },
  { n: 1, name: 'marketplace search and filter', run: searchAndFilter },
  { n: 2, name: 'fill and copy a prompt', run: copyFilledPrompt },
  { n: 3, name: 'adopt a workflow of another team', run: adoptWorkflow },
  {
    n: 4,
    name: 'guild lead marks the library reviewed',
    run: reviewAsGuildLead,
  },
  {
    n: 5,
    name: 'no curation on another guild’s library',
    run: noCurationInOtherGuild,
  },
  {
    n: 6,
    name: 'a non-lead sees no curation on the library sam.chen curates',
    run: nonLeadSeesNoCuration,
  },
];

/**
 * A page in a new browser context — storage of its own, so a new sign-in —
 * whose console errors and uncaught exceptions go to `problems`.
 */
async function newPage(browser, baseUrl, problems) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1440, height: 1000 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseUrl).origin,
  });
  const page = await context.newPage();
  // React's development-mode warnings come from Backstage and MUI v4
  // themselves; anything else is a failure, as in screenshots.js.
  page.on('console', msg => {
    if (msg.type() === 'error' && !msg.text().startsWith('Warning: ')) {
      problems.push(`${page.url()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', error =>
    problems.push(`${page.url()}: ${error.message}`),
  );
  return page;
}

/**
 * Runs every step in headless chromium against the portal at baseUrl (the
 * app) and backendUrl, printing one line per step that starts with "ok",
 * "FAIL" or "SKIP". Resolves to [{ n, name, status, message, ms }], status
 * 'passed' | 'failed' | 'skipped': after a failed step the rest are skipped,
 * since each builds on the ones before. `switchGuest(userRef)` restarts the
 * backend with the guest signing in as userRef and resolves to
 * { readyAfterMs }; without it step 6 is skipped, with its reason. Rejects
 * only when the browser does not start.
 */
async function runFlows({
  baseUrl,
  backendUrl,
  outDir = path.join(__dirname, 'screenshots'),
  switchGuest,
}) {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  const results = [];
  try {
    const problems = [];
    const flow = {
      backendUrl,
      switchGuest,
      page: undefined,
      token: undefined,
      identity: undefined,
      backendGet: (route, query) =>
        backendGet(backendUrl, flow.token, `/ai-marketplace${route}`, query),
      catalogGet: (route, query) =>
        backendGet(backendUrl, flow.token, `/catalog${route}`, query),
      screenshot: (n, name) => screenshot(flow.page, outDir, n, name),
      openPage: async () => {
        flow.page = await newPage(browser, baseUrl, problems);
        return flow.page;
      },
      closePage: () => flow.page.context().close(),
    };
    await flow.openPage();

    let broken;
    for (const { n, name, run } of STEPS) {
      if (broken) {
        const message = `not run, step ${broken.n} failed`;
        results.push({ n, name, status: 'skipped', message, ms: 0 });
        console.log(`SKIP ${n}. ${name}: ${message}`);
        continue;
      }
      console.log(`${n}. ${name}`);
      const started = Date.now();
      let message;
      let skipped;
      try {
        await run(flow.page, flow);
        if (problems.length) {
          message = `console errors:\n${problems.join('\n')}`;
        }
      } catch (error) {
        if (error instanceof StepSkipped) {
          skipped = error.message;
        } else {
          message = error instanceof StepFailure ? error.message : error.stack;
        }
      }
      const ms = Date.now() - started;
      const took = `${(ms / 1000).toFixed(1)} s`;
      if (skipped !== undefined) {
        results.push({ n, name, status: 'skipped', message: skipped, ms });
        console.log(`SKIP ${n}. ${name}: ${skipped}`);
        continue;
      }
      if (message === undefined) {
        results.push({ n, name, status: 'passed', message: '', ms });
        console.log(`ok ${n}. ${name} (${took})`);
        continue;
      }
      broken = { n };
      const { page } = flow;
      const file = path.join(outDir, `flow-${n}-failed.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      results.push({ n, name, status: 'failed', message, ms });
      console.error(
        `FAIL ${n}. ${name} (${took}): ${message}\n  page: ${page.url()}\n  screenshot: ${path.relative(
          process.cwd(),
          file,
        )}`,
      );
    }
  } finally {
    await browser.close();
  }
  return results;
}

module.exports = {
  CHROMIUM,
  STEP_NAMES: STEPS.map(({ n, name }) => `${n}. ${name}`),
  runFlows,
};

if (require.main === module) {
  const [
    baseUrl = 'http://localhost:3000',
    backendUrl = 'http://localhost:7007',
  ] = process.argv.slice(2);
  runFlows({ baseUrl, backendUrl }).then(
    results => {
      const count = status => results.filter(r => r.status === status).length;
      if (count('failed') > 0) {
        console.error(
          `${count('failed')} failed and ${count(
            'skipped',
          )} skipped (not run after the failure) of ${results.length} steps.`,
        );
        process.exit(1);
      }
      // Skipped by hand: step 6 needs the suite's own portal.
      console.log(
        count('skipped') > 0
          ? `${count('passed')} passed and ${count(
              'skipped',
            )} skipped (see SKIP above) of ${results.length} steps.`
          : 'All flows passed.',
      );
    },
    error => {
      console.error(error);
      process.exit(1);
    },
  );
}
