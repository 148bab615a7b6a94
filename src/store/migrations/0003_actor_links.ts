/**
 * Migration 0003: links from dataset actor names to registry actors, made by hand with
 * `jirga actors link NAME ACTOR`. `dataset` is the format name, or '' for a link that holds in
 * every dataset. Imports consult these links before the registry's own name matching, and
 * `jirga unresolved` leaves linked names out.
 */
import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

export function actorLinksMigration(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const { key } = types;
      await db.schema
        .createTable('dataset_actor_links')
        .addColumn('dataset', key, (c) => c.notNull())
        .addColumn('name', key, (c) => c.notNull())
        .addColumn('actor_id', key, (c) => c.notNull())
        .addColumn('linked', key, (c) => c.notNull())
        .addPrimaryKeyConstraint('dataset_actor_links_pk', ['dataset', 'name'])
        .execute();
    },
  };
}
