#!/usr/bin/env node
/*
 * The end-to-end part of `npm test`: starts a throw-away portal (portal.js),
 * runs the flows (flows.js) in headless chromium — restarting the portal's
 * backend with another guest for the last step — stops the portal, and
 * counts each flow step as one test. Alone: `node test/e2e/suite.js`.
 *
 * Skipped, with a line that says why, when AI_MARKETPLACE_SKIP_E2E=1 or
 * when there is no chromium at /usr/bin/chromium (Debian: apt-get install
 * chromium); the steps then count as skipped, never as passed.
 */
const fs = require('fs');
const path = require('path');
const { CHROMIUM, STEP_NAMES, runFlows } = require('./flows');
const { startPortal } = require('./portal');

const SKIP_VARIABLE = 'AI_MARKETPLACE_SKIP_E2E';

const seconds = ms => `${(ms / 1000).toFixed(1)} s`;

/** The reason to skip the e2e steps, or undefined to run them. */
function skipReason() {
  const skip = process.env[SKIP_VARIABLE];
  if (skip && !['0', 'false', 'no'].includes(skip.toLowerCase())) {
    return `${SKIP_VARIABLE}=${skip} is set`;
  }
  if (!fs.existsSync(CHROMIUM)) {
    return `there is no chromium at ${CHROMIUM} (on Debian/Ubuntu: apt-get install chromium; no browser is downloaded)`;
  }
  return undefined;
}

/** Every step counted as `status`, for a run that could not start. */
function allSteps(status) {
  return {
    passed: 0,
    failed: status === 'failed' ? STEP_NAMES.length : 0,
    skipped: status === 'skipped' ? STEP_NAMES.length : 0,
  };
}

/**
 * Runs the e2e steps and resolves to { passed, failed, skipped }; prints
 * one line per step and a closing "e2e: …" line. `skipBecause` skips them
 * for the caller's reason.
 */
async function runE2e({ skipBecause } = {}) {
  const reason = skipBecause ?? skipReason();
  if (reason) {
    console.log(
      `e2e: SKIPPED, ${STEP_NAMES.length} flow steps counted as skipped: ${reason}.`,
    );
    return allSteps('skipped');
  }

  console.log(
    '\ne2e: starting a throw-away portal (app :3010, backend :7010, SQLite in a temp dir)',
  );
  const started = Date.now();
  let portal;
  try {
    portal = await startPortal();
  } catch (error) {
    console.error(`e2e: FAIL, ${error.message}`);
    console.log(
      `e2e: the portal did not start, ${STEP_NAMES.length} flow steps counted as failed.`,
    );
    return allSteps('failed');
  }
  console.log(
    `e2e: portal ready in ${seconds(portal.readyAfterMs)} (${portal.baseUrl}, ${
      portal.backendUrl
    })`,
  );

  let results;
  const flowsStarted = Date.now();
  try {
    results = await runFlows({
      baseUrl: portal.baseUrl,
      backendUrl: portal.backendUrl,
      outDir: path.join(portal.dir, 'screenshots'),
      // Step 6 signs in as someone who leads no guild.
      switchGuest: guestUserRef => portal.restartBackend({ guestUserRef }),
    });
  } catch (error) {
    console.error(`e2e: FAIL, chromium did not start: ${error.message}`);
    results = STEP_NAMES.map(name => ({ name, status: 'failed' }));
  }
  const flowsMs = Date.now() - flowsStarted;

  const count = status => results.filter(r => r.status === status).length;
  const totals = {
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
  };
  const broken = totals.failed > 0;
  if (broken) {
    console.log(portal.logs());
  }
  await portal.stop({ keepFiles: broken });
  console.log(
    `e2e: ${totals.passed} passed, ${totals.failed} failed, ${
      totals.skipped
    } skipped (skipped = not run after a failed step); flows ${seconds(
      flowsMs,
    )}, ${seconds(Date.now() - started)} with the portal's start and stop${
      broken ? `; logs and screenshots kept in ${portal.dir}` : ''
    }`,
  );
  return totals;
}

module.exports = { runE2e, SKIP_VARIABLE };

if (require.main === module) {
  runE2e().then(
    ({ failed }) => process.exit(failed ? 1 : 0),
    error => {
      console.error(error);
      process.exit(1);
    },
  );
}
