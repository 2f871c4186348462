#!/usr/bin/env node
/*
 * `npm test`: runs every jest project of the repository once, never in watch
 * mode, on SQLite and — when a PostgreSQL answers — on PostgreSQL too, and
 * ends with a line "Tests: N passed, N failed, N skipped".
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

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
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env, cwd: path.resolve(__dirname, '..') },
  );

  if (!fs.existsSync(report)) {
    console.log('Tests: 0 passed, 1 failed (the test run did not finish)');
    process.exit(result.status || 1);
  }
  const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  // Suites that fail to load count as failures, even though they ran no test.
  const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  console.log(
    `Tests: ${summary.numPassedTests} passed, ${failed} failed, ${skipped} skipped`,
  );
  process.exit(result.status === 0 && failed === 0 ? 0 : 1);
}

main();
