/**
 * Migration 0004: curation. `audit_log` keeps every analyst change (who, when, which item,
 * what action, the item as JSON before and after, the entry an undo reverses, the group a
 * merge's changes belong to, the version reached); its id increases with time. `item_versions`
 * holds the version of each curated item for optimistic concurrency; an item never curated
 * has no row (version 0).
 */
import type { Kysely, Migration } from 'kysely';
import type { EngineName } from '../store.ts';
import type { ColumnTypes } from './column-types.ts';

export function curationMigration(types: ColumnTypes, engine: EngineName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const { key, text, integer } = types;
      const table = db.schema.createTable('audit_log');
      const withId =
        engine === 'postgres'
          ? table.addColumn('id', 'serial', (c) => c.primaryKey())
          : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await withId
        .addColumn('at', key, (c) => c.notNull())
        .addColumn('who', text, (c) => c.notNull())
        .addColumn('kind', key, (c) => c.notNull())
        .addColumn('item_id', key, (c) => c.notNull())
        .addColumn('action', key, (c) => c.notNull())
        .addColumn('before', text)
        .addColumn('after', text)
        .addColumn('version', integer, (c) => c.notNull())
        .addColumn('undoes', integer)
        .addColumn('part_of', integer)
        .execute();
      await db.schema.createIndex('audit_log_item').on('audit_log').columns(['kind', 'item_id']).execute();
      await db.schema.createIndex('audit_log_part_of').on('audit_log').column('part_of').execute();

      await db.schema
        .createTable('item_versions')
        .addColumn('kind', key, (c) => c.notNull())
        .addColumn('item_id', key, (c) => c.notNull())
        .addColumn('version', integer, (c) => c.notNull())
        .addPrimaryKeyConstraint('item_versions_pk', ['kind', 'item_id'])
        .execute();
    },
  };
}
