import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/** The databases every test that stores data runs on. */
export const DATABASE_IDS: TestDatabaseId[] = ['POSTGRES_15', 'SQLITE_3'];

const POSTGRES_VARIABLE = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * The test databases, and the ids to run a `describe.each` over. Where no
 * PostgreSQL is configured, a skipped test says so in the test report instead
 * of the PostgreSQL cases vanishing silently.
 */
export function createTestDatabases(): {
  databases: TestDatabases;
  ids: [TestDatabaseId][];
} {
  const databases = TestDatabases.create({ ids: DATABASE_IDS });
  const ids = databases.eachSupportedId();
  if (!databases.supports('POSTGRES_15')) {
    // eslint-disable-next-line jest/no-disabled-tests
    it.skip(`PostgreSQL 15 cases are skipped: ${POSTGRES_VARIABLE} is not set`, () => {});
  }
  return { databases, ids };
}
