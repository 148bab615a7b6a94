/**
 * Migration 0006: the readable body of an ingested document, one row per Source, so that the
 * offsets of its events' evidence can be checked against the text they were taken from later.
 * `sha256` is the body's hash (the Source's `contentHash`); `language` is the document's, or
 * null when it was not recognised. Removing the Source removes its text.
 */
import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

export function sourceTextsMigration(types: ColumnTypes): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const { key, text } = types;
      await db.schema
        .createTable('source_texts')
        .addColumn('source_id', key, (c) => c.primaryKey().references('sources.id').onDelete('cascade'))
        .addColumn('body', text, (c) => c.notNull())
        .addColumn('sha256', key, (c) => c.notNull())
        .addColumn('language', key)
        .addColumn('stored_at', key, (c) => c.notNull())
        .execute();
    },
  };
}
