/**
 * The versioned migrations, in order, and the function that applies the pending ones. Both
 * engines run the same migrations; only the column types of `column-types.ts` differ.
 */
import { Migrator, sql } from 'kysely';
import type { DatabaseIntrospector, Kysely, Migration, MigrationProvider, TableMetadata } from 'kysely';
import { StoreUnavailableError } from '../../errors.ts';
import type { EngineName } from '../store.ts';
import { initialMigration } from './0001_initial.ts';
import { datasetImportsMigration } from './0002_dataset_imports.ts';
import { actorLinksMigration } from './0003_actor_links.ts';
import { curationMigration } from './0004_curation.ts';
import { eventIndexesMigration } from './0005_event_indexes.ts';
import { sourceTextsMigration } from './0006_source_texts.ts';
import { columnTypesFor } from './column-types.ts';

/** Every migration by name; names sort in the order they apply. */
export function allMigrations(engine: EngineName): Record<string, Migration> {
  const types = columnTypesFor(engine);
  return {
    '0001_initial': initialMigration(types),
    '0002_dataset_imports': datasetImportsMigration(types),
    '0003_actor_links': actorLinksMigration(types),
    '0004_curation': curationMigration(types, engine),
    '0005_event_indexes': eventIndexesMigration(),
    '0006_source_texts': sourceTextsMigration(types),
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
    db: engine === 'postgres' ? withSchemaIntrospection(db, schema) : db,
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

/**
 * The database as the migrator sees it, with table introspection limited to one schema (the
 * store's, or the connection's current schema). Kysely's own PostgreSQL introspector reads every
 * schema of the database and resolves each table's name (`pg_get_serial_sequence`), which fails
 * with "schema … does not exist" when another client drops a schema meanwhile: several stores
 * sharing one database, such as parallel test runs, each in its own schema.
 */
function withSchemaIntrospection<DB>(db: Kysely<DB>, schema: string | undefined): Kysely<DB> {
  const introspection: DatabaseIntrospector = {
    getSchemas: () => db.introspection.getSchemas(),
    getMetadata: async (options) => ({ tables: await introspection.getTables(options) }),
    getTables: async (): Promise<TableMetadata[]> => {
      const owner = schema === undefined ? sql<string>`current_schema()` : sql<string>`${schema}`;
      const rows = await sql<{ name: string; schema: string }>`
        select table_name as name, table_schema as schema
        from information_schema.tables
        where table_schema = ${owner}`.execute(db);
      return rows.rows.map((row) => ({ ...row, isView: false, columns: [] }));
    },
  };
  // Kysely keeps its state in private fields: every other member is read from, and bound to, `db`.
  return new Proxy(db, {
    get: (target, property) => {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
