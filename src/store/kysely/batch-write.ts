/**
 * Batched writes: multi-row upserts and deletes, chunked so that no statement exceeds the
 * engine's bound-parameter limit (SQLite 32766, PostgreSQL 65535). Written as plain SQL that
 * both engines accept (`insert … on conflict … do update set col = excluded.col`).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

type Cell = string | number | null;

/** How a table is written: its columns in order, and the key a new row may collide on. */
export interface TableWrite<Row> {
  table: keyof Database & string;
  columns: readonly (keyof Row & string)[];
  key: readonly (keyof Row & string)[];
}

/** Rows per statement, at most: bigger statements stop paying off long before the parameter limit. */
const MAX_ROWS_PER_STATEMENT = 1000;

export function rowsPerStatement(columnCount: number, maxParameters: number): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(maxParameters / columnCount)));
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Inserts `rows`; a row whose key exists replaces the stored one (`mode: 'replace'`) or is
 * left alone (`mode: 'ignore'`, for link tables whose every column is the key).
 * Rows must have distinct keys within one call (PostgreSQL rejects touching a row twice).
 */
export async function upsertRows<Row extends object>(
  db: Kysely<Database>,
  spec: TableWrite<Row>,
  rows: readonly Row[],
  maxParameters: number,
  mode: 'replace' | 'ignore' = 'replace',
): Promise<void> {
  if (rows.length === 0) return;
  const columnList = sql.join(spec.columns.map((column) => sql.ref(column)));
  const updated = spec.columns.filter((column) => !spec.key.includes(column));
  const conflict =
    mode === 'ignore' || updated.length === 0
      ? sql`on conflict do nothing`
      : sql`on conflict (${sql.join(spec.key.map((column) => sql.ref(column)))}) do update set ${sql.join(
          updated.map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`),
        )}`;
  for (const part of chunk(rows, rowsPerStatement(spec.columns.length, maxParameters))) {
    const values = sql.join(
      part.map((row) => sql`(${sql.join(spec.columns.map((column) => cell(row, column)))})`),
    );
    await sql`insert into ${sql.table(spec.table)} (${columnList}) values ${values} ${conflict}`.execute(db);
  }
}

/** Deletes the rows of `table` whose `column` is one of `values`, in chunks. */
export async function deleteWhereIn(
  db: Kysely<Database>,
  table: keyof Database & string,
  column: string,
  values: readonly string[],
  maxParameters: number,
): Promise<void> {
  for (const part of chunk(values, Math.min(maxParameters, 10_000))) {
    await sql`delete from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(part)})`.execute(db);
  }
}

function cell<Row extends object>(row: Row, column: keyof Row): Cell {
  return row[column] as Cell;
}
