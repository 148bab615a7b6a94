/**
 * Migration 0005: drops `events_incident`. No query filters, joins, sorts or groups events by
 * `incident_id` (incidents are read from the events' documents), so the index was only written:
 * one more b-tree entry for every stored event, and a second one whenever incident linking
 * rewrites an event's incident id during an import.
 */
import type { Kysely, Migration } from 'kysely';

export function unusedEventIndexMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('events_incident').ifExists().execute();
    },
  };
}
