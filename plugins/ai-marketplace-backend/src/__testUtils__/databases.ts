import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/** The databases every test that stores data runs on. */
export const DATABASE_IDS: TestDatabaseId[] = ['POSTGRES_15', 'SQLITE_3'];

const POSTGRES_VARIABLE =
  'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';

/**
 * The test databases, the ids to run a `describe.each` over, and — where no
 * PostgreSQL is configured — why PostgreSQL is skipped, for the test file to
 * report as a skipped test instead of letting those cases vanish silently.
 */
export function createTestDatabases(): {
  databases: TestDatabases;
  ids: [TestDatabaseId][];
  postgresSkipped?: string;
} {
  const databases = TestDatabases.create({ ids: DATABASE_IDS });
  return {
    databases,
    ids: databases.eachSupportedId(),
    postgresSkipped: databases.supports('POSTGRES_15')
      ? undefined
      : `PostgreSQL 15 cases are skipped: ${POSTGRES_VARIABLE} is not set`,
  };
}
