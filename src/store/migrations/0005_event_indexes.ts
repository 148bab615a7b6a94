/**
 * Migration 0005: the events' indexes as the queries use them.
 * - `events_incident` goes: no query filters, joins, sorts or groups events by `incident_id`
 *   (incidents are read from the events' documents), so the index was only ever written — one
 *   more b-tree entry per stored event, and another whenever incident linking rewrites one.
 * - `events_date_id` (date, id) becomes `events_date_place` (date, id, lat, lon): the same
 *   leading columns for every query that ranges over dates or pages by (date, id), and the
 *   incident-linking lookup (`listEventsInBoxes`) tests a candidate's place from the index
 *   alone instead of reading every event of the day from the table.
 */
import type { Kysely, Migration } from 'kysely';

export function eventIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('events_incident').ifExists().execute();
      await db.schema
        .createIndex('events_date_place')
        .on('events')
        .columns(['date', 'id', 'lat', 'lon'])
        .execute();
      await db.schema.dropIndex('events_date_id').ifExists().execute();
    },
  };
}
