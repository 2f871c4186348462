import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** Where the plugin's knex migrations are, in source and when installed. */
export const MIGRATIONS_DIRECTORY = resolvePackagePath(
  '@ai-marketplace/plugin-ai-marketplace-backend',
  'migrations',
);

/** Brings the plugin's database up to the latest migration. */
export async function migrateDatabase(knex: Knex): Promise<void> {
  await knex.migrate.latest({ directory: MIGRATIONS_DIRECTORY });
}
