#!/usr/bin/env node
/*
 * `npm test`: runs every jest project of the repository once, never in watch
 * mode, on SQLite and — when a PostgreSQL answers — on PostgreSQL too; then
 * the end-to-end flows in headless chromium against a portal of their own
 * (test/e2e/suite.js), each flow step counted as a test. Ends with a line
 * "Tests: N passed, N failed, N skipped".
 *
 * Arguments go to jest (`npm test -- plugins/ai-marketplace`); such a partial
 * run skips the e2e steps, as does AI_MARKETPLACE_SKIP_E2E=1.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runE2e } = require('./e2e/suite');

const POSTGRES_VARIABLE =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
const LOCAL_POSTGRES = 'postgresql://postgres@127.0.0.1:5432';

/** Resolves to true when `select 1` works over the connection string. */
async function postgresAnswers(connectionString) {
  const { Client } = require('pg');
  const client = new Client({
    connectionString,
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  const env = {
    ...process.env,
    CI: 'true',
    BACKSTAGE_TEST_DISABLE_DOCKER: '1',
  };
  if (!env[POSTGRES_VARIABLE] && (await postgresAnswers(LOCAL_POSTGRES))) {
    env[POSTGRES_VARIABLE] = LOCAL_POSTGRES;
  }
  console.log(
    env[POSTGRES_VARIABLE]
      ? `Database tests run on SQLite and on PostgreSQL (${env[
          POSTGRES_VARIABLE
        ].replace(/:[^:@/]*@/, ':***@')}).`
      : `No PostgreSQL answers at ${LOCAL_POSTGRES} and ${POSTGRES_VARIABLE} is not set: PostgreSQL cases are skipped.`,
  );

  const jestArgs = process.argv.slice(2);
  const report = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'ai-marketplace-tests-')),
    'jest.json',
  );
  const result = spawnSync(
    'npx',
    [
      'backstage-cli',
      'repo',
      'test',
      '--json',
      `--outputFile=${report}`,
      ...jestArgs,
    ],
    { stdio: 'inherit', env, cwd: path.resolve(__dirname, '..') },
  );

  // Suites that fail to load count as failures, even though they ran no
  // test; a run that wrote no report counts as one failure.
  let jest = { passed: 0, failed: 1, skipped: 0 };
  let jestNote = ' (the jest run did not finish)';
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    jest = {
      passed: summary.numPassedTests,
      failed: summary.numFailedTests + summary.numRuntimeErrorTestSuites,
      skipped: summary.numPendingTests + summary.numTodoTests,
    };
    jestNote = '';
  }
  fs.rmSync(path.dirname(report), { recursive: true, force: true });

  const e2e = await runE2e({
    skipBecause: jestArgs.length
      ? `test/run.js was given jest arguments (${jestArgs.join(
          ' ',
        )}); run the e2e steps alone with node test/e2e/suite.js`
      : undefined,
  });

  const line = ({ passed, failed, skipped }) =>
    `${passed} passed, ${failed} failed, ${skipped} skipped`;
  console.log(`\njest: ${line(jest)}${jestNote}; e2e flow steps: ${line(e2e)}`);
  const total = {
    passed: jest.passed + e2e.passed,
    failed: jest.failed + e2e.failed,
    skipped: jest.skipped + e2e.skipped,
  };
  console.log(`Tests: ${line(total)}`);
  process.exit(result.status === 0 && total.failed === 0 ? 0 : 1);
}

main().catch(error => {
  console.error(error);
  console.log(
    'Tests: 0 passed, 1 failed, 0 skipped (test/run.js itself failed)',
  );
  process.exit(1);
});
