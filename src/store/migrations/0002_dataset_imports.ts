/**
 * Migration 0002: the bookkeeping of dataset imports. `dataset_releases` records what each
 * imported release covers; `dataset_rows` maps every dataset row to the entity it became (or
 * the held draft) with a hash of its content, for idempotent re-imports and release diffs;
 * `dataset_actor_names` keeps dataset actor names the registry did not resolve, per item;
 * `import_journal` logs every import, started and finished.
 */
import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

export function datasetImportsMigration(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const { key, text, integer } = types;
      await db.schema
        .createTable('dataset_releases')
        .addColumn('dataset', key, (c) => c.notNull())
        .addColumn('release', key, (c) => c.notNull())
        .addColumn('source_id', key, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .addPrimaryKeyConstraint('dataset_releases_pk', ['dataset', 'release'])
        .execute();

      await db.schema
        .createTable('dataset_rows')
        .addColumn('dataset', key, (c) => c.notNull())
        .addColumn('row_key', key, (c) => c.notNull())
        .addColumn('release', key, (c) => c.notNull())
        .addColumn('entity_kind', key, (c) => c.notNull())
        .addColumn('entity_id', key, (c) => c.notNull())
        .addColumn('status', key, (c) => c.notNull())
        .addColumn('hash', key, (c) => c.notNull())
        .addColumn('line', integer)
        .addColumn('import_id', key, (c) => c.notNull())
        .addColumn('draft', text)
        .addPrimaryKeyConstraint('dataset_rows_pk', ['dataset', 'row_key'])
        .execute();
      await db.schema
        .createIndex('dataset_rows_release')
        .on('dataset_rows')
        .columns(['dataset', 'release'])
        .execute();

      await db.schema
        .createTable('dataset_actor_names')
        .addColumn('item_id', key, (c) => c.notNull())
        .addColumn('role', key, (c) => c.notNull())
        .addColumn('name', key, (c) => c.notNull())
        .addColumn('external_id', key)
        .addColumn('dataset', key, (c) => c.notNull())
        .addPrimaryKeyConstraint('dataset_actor_names_pk', ['item_id', 'role', 'name'])
        .execute();
      await db.schema
        .createIndex('dataset_actor_names_name')
        .on('dataset_actor_names')
        .columns(['dataset', 'name'])
        .execute();

      await db.schema
        .createTable('import_journal')
        .addColumn('id', key, (c) => c.primaryKey())
        .addColumn('dataset', key, (c) => c.notNull())
        .addColumn('file', text, (c) => c.notNull())
        .addColumn('status', key, (c) => c.notNull())
        .addColumn('started', key, (c) => c.notNull())
        .addColumn('finished', key)
        .addColumn('doc', text)
        .execute();
    },
  };
}
