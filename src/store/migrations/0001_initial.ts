/**
 * Migration 0001: the initial schema. One table per entity (indexed filter columns plus `doc`,
 * the entity as JSON), `event_actors` for actor filters and dyads, the party tables of
 * negotiations and agreements, `case_items` for explicit case links, and `citations`.
 */
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

export function initialMigration(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const { key, text, integer, real } = types;

      await db.schema
        .createTable('cases')
        .addColumn('id', key, (c) => c.primaryKey())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('case_items')
        .addColumn('case_id', key, (c) => c.notNull().references('cases.id').onDelete('cascade'))
        .addColumn('item_kind', key, (c) => c.notNull())
        .addColumn('item_id', key, (c) => c.notNull())
        .addPrimaryKeyConstraint('case_items_pk', ['case_id', 'item_kind', 'item_id'])
        .execute();

      await db.schema
        .createTable('actors')
        .addColumn('id', key, (c) => c.primaryKey())
        .addColumn('kind', key, (c) => c.notNull())
        .addColumn('country', key)
        .addColumn('parent_id', key)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('actors_kind').on('actors').column('kind').execute();

      await db.schema
        .createTable('sources')
        .addColumn('id', key, (c) => c.primaryKey())
        .addColumn('kind', key, (c) => c.notNull())
        .addColumn('published', key)
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('citations')
        .addColumn('from_source_id', key, (c) => c.notNull())
        .addColumn('to_source_id', key, (c) => c.notNull())
        .addColumn('marker', key, (c) => c.notNull())
        .addPrimaryKeyConstraint('citations_pk', ['from_source_id', 'to_source_id', 'marker'])
        .execute();
      await db.schema.createIndex('citations_to').on('citations').column('to_source_id').execute();

      await db.schema
        .createTable('events')
        .addColumn('id', key, (c) => c.primaryKey())
        .addColumn('date', key, (c) => c.notNull())
        .addColumn('date_end', key)
        .addColumn('type', key, (c) => c.notNull())
        .addColumn('country', key)
        .addColumn('lat', real)
        .addColumn('lon', real)
        .addColumn('fatalities_best', integer)
        .addColumn('incident_id', key)
        .addColumn('status', key, (c) => c.notNull())
        .addColumn('origin', key, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_date_id').on('events').columns(['date', 'id']).execute();
      await db.schema.createIndex('events_type').on('events').column('type').execute();
      await db.schema.createIndex('events_country').on('events').column('country').execute();
      await db.schema.createIndex('events_incident').on('events').column('incident_id').execute();
      await db.schema
        .createTable('event_actors')
        .addColumn('event_id', key, (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('actor_id', key, (c) => c.notNull())
        .addColumn('role', key, (c) => c.notNull().check(sql`role in ('source', 'target')`))
        .addPrimaryKeyConstraint('event_actors_pk', ['event_id', 'role', 'actor_id'])
        .execute();
      await db.schema
        .createIndex('event_actors_actor')
        .on('event_actors')
        .columns(['actor_id', 'event_id'])
        .execute();

      await db.schema
        .createTable('relations')
        .addColumn('id', key, (c) => c.primaryKey())
        .addColumn('subject_id', key, (c) => c.notNull())
        .addColumn('predicate', key, (c) => c.notNull())
        .addColumn('object_id', key, (c) => c.notNull())
        .addColumn('second_object_id', key)
        .addColumn('valid_from', key)
        .addColumn('valid_to', key)
        .addColumn('status', key, (c) => c.notNull())
        .addColumn('doc', text, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('relations_subject').on('relations').column('subject_id').execute();
      await db.schema.createIndex('relations_object').on('relations').column('object_id').execute();

      for (const owner of ['negotiations', 'agreements'] as const) {
        const columns =
          owner === 'negotiations'
            ? db.schema
                .createTable(owner)
                .addColumn('id', key, (c) => c.primaryKey())
                .addColumn('valid_from', key)
                .addColumn('valid_to', key)
            : db.schema
                .createTable(owner)
                .addColumn('id', key, (c) => c.primaryKey())
                .addColumn('kind', key, (c) => c.notNull())
                .addColumn('signed', key);
        await columns
          .addColumn('status', key, (c) => c.notNull())
          .addColumn('doc', text, (c) => c.notNull())
          .execute();
        const parties = owner === 'negotiations' ? 'negotiation_parties' : 'agreement_parties';
        await db.schema
          .createTable(parties)
          .addColumn('owner_id', key, (c) => c.notNull().references(`${owner}.id`).onDelete('cascade'))
          .addColumn('actor_id', key, (c) => c.notNull())
          .addPrimaryKeyConstraint(`${parties}_pk`, ['owner_id', 'actor_id'])
          .execute();
        await db.schema.createIndex(`${parties}_actor`).on(parties).column('actor_id').execute();
      }
    },
  };
}
