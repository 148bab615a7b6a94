/**
 * The versioned migrations, in order, and the function that applies the pending ones. Both
 * engines run the same migrations; only the column types of `column-types.ts` differ.
 */
import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { StoreUnavailableError } from '../../errors.ts';
import type { EngineName } from '../store.ts';
import { initialMigration } from './0001_initial.ts';
import { datasetImportsMigration } from './0002_dataset_imports.ts';
import { actorLinksMigration } from './0003_actor_links.ts';
import { curationMigration } from './0004_curation.ts';
import { columnTypesFor } from './column-types.ts';

/** Every migration by name; names sort in the order they apply. */
export function allMigrations(engine: EngineName): Record<string, Migration> {
  const types = columnTypesFor(engine);
  return {
    '0001_initial': initialMigration(types),
    '0002_dataset_imports': datasetImportsMigration(types),
    '0003_actor_links': actorLinksMigration(types),
    '0004_curation': curationMigration(types, engine),
  };
}

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(this.migrations);
  }
}

/**
 * Applies the pending migrations and returns the names of those applied (none when the
 * schema is current). `schema` names the PostgreSQL schema holding the bookkeeping tables.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  engine: EngineName,
  schema?: string,
): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: new StaticMigrationProvider(allMigrations(engine)),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreUnavailableError(
      `could not migrate the ${engine} store (migration ${failed}): ${describeError(error)}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
