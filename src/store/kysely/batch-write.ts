/**
 * Batched writes: multi-row upserts and deletes, chunked so that no statement exceeds the
 * engine's bound-parameter limit (SQLite 32766, PostgreSQL 65535). Written as plain SQL that
 * both engines accept (`insert … on conflict … do update set col = excluded.col`). An engine
 * that can run cached prepared statements on the handle's own connection (SQLite) registers
 * them with `usePreparedWrites`, and these writes go through them instead.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** One bound parameter. */
export type Cell = string | number | null;

/** How a table is written: its columns in order, and the key a new row may collide on. */
export interface TableWrite<Row> {
  table: keyof Database & string;
  columns: readonly (keyof Row & string)[];
  key: readonly (keyof Row & string)[];
}

/**
 * A table written straight from items that are not its rows (events, dataset row records):
 * `cells` puts an item's cells, in the order of `columns`, into `out` from `at`, so that a big
 * write makes no row object per item.
 */
export interface ItemWrite<Item, Row> extends TableWrite<Row> {
  cells(item: Item, out: Cell[], at: number): void;
}

/**
 * Writes run as statements prepared once and reused, on the same connection (and so inside the
 * same transaction) as the Kysely handle they are registered for.
 */
export interface PreparedWrites {
  upsert<Item, Row>(spec: ItemWrite<Item, Row>, items: readonly Item[], mode: 'replace' | 'ignore'): void;
  deleteWhereIn(table: string, column: string, values: readonly string[]): void;
  /** The rows of `table` with `equal.column = equal.value` and `column` in `values`. */
  selectWhereIn<Row>(
    table: string,
    equal: { column: string; value: string },
    column: string,
    values: readonly string[],
  ): Row[];
  /** The rows a read-only statement returns, the statement prepared once per text. */
  all<Row>(text: string, parameters: readonly (string | number | null)[]): Row[];
}

const preparedByHandle = new WeakMap<Kysely<Database>, PreparedWrites>();

/** Routes the batched writes on `db` (a store's handle or one of its transactions) through `writes`. */
export function usePreparedWrites(db: Kysely<Database>, writes: PreparedWrites | undefined): void {
  if (writes !== undefined) preparedByHandle.set(db, writes);
}

/** The prepared writes registered for `db`, if its engine has them. */
export function preparedWritesOf(db: Kysely<Database>): PreparedWrites | undefined {
  return preparedByHandle.get(db);
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
export function upsertRows<Row extends object>(
  db: Kysely<Database>,
  spec: TableWrite<Row>,
  rows: readonly Row[],
  maxParameters: number,
  mode: 'replace' | 'ignore' = 'replace',
): Promise<void> {
  return upsertItems(db, rowWrite(spec), rows, maxParameters, mode);
}

/** `upsertRows` of the rows `spec.cells` makes of `items`, written without making them. */
export async function upsertItems<Item, Row>(
  db: Kysely<Database>,
  spec: ItemWrite<Item, Row>,
  items: readonly Item[],
  maxParameters: number,
  mode: 'replace' | 'ignore' = 'replace',
): Promise<void> {
  if (items.length === 0) return;
  const prepared = preparedByHandle.get(db);
  if (prepared !== undefined) return prepared.upsert(spec, items, mode);
  const style = placeholderStyle(db);
  const width = spec.columns.length;
  for (const part of chunk(items, rowsPerStatement(width, maxParameters))) {
    const parameters: Cell[] = new Array<Cell>(part.length * width);
    for (let r = 0; r < part.length; r++) spec.cells(part[r]!, parameters, r * width);
    await db.executeQuery(CompiledQuery.raw(upsertSql(spec, part.length, mode, style), parameters));
  }
}

const rowWrites = new WeakMap<object, object>();

/** A table's rows as items of their own: each column's cell read by name. */
function rowWrite<Row extends object>(spec: TableWrite<Row>): ItemWrite<Row, Row> {
  let write = rowWrites.get(spec) as ItemWrite<Row, Row> | undefined;
  if (write === undefined) {
    const { columns } = spec;
    write = {
      ...spec,
      cells: (row, out, at) => {
        for (let c = 0; c < columns.length; c++) out[at + c] = (row[columns[c]!] as Cell | undefined) ?? null;
      },
    };
    rowWrites.set(spec, write);
  }
  return write;
}

export type PlaceholderStyle = 'question' | 'dollar';
const styles = new WeakMap<Kysely<Database>, PlaceholderStyle>();

/** How the engine behind `db` numbers bound parameters: SQLite `?`, PostgreSQL `$1`. */
export function placeholderStyleOf(db: Kysely<Database>): PlaceholderStyle {
  return placeholderStyle(db);
}

function placeholderStyle(db: Kysely<Database>): PlaceholderStyle {
  let style = styles.get(db);
  if (style === undefined) {
    style = sql`select ${1}`.compile(db).sql.includes('$1') ? 'dollar' : 'question';
    styles.set(db, style);
  }
  return style;
}

/**
 * The text of a multi-row upsert of `rowCount` rows, built once per table, size, mode and
 * engine and reused for every batch (only the parameters change); identifiers are quoted.
 */
const upsertTexts = new Map<string, string>();
export function upsertSql<Row>(
  spec: TableWrite<Row>,
  rowCount: number,
  mode: 'replace' | 'ignore',
  style: PlaceholderStyle,
): string {
  const key = `${spec.table}\u0000${spec.columns.join(',')}\u0000${spec.key.join(',')}\u0000${rowCount}\u0000${mode}\u0000${style}`;
  const cached = upsertTexts.get(key);
  if (cached !== undefined) return cached;
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const updated = spec.columns.filter((column) => !spec.key.includes(column));
  const conflict =
    mode === 'ignore' || updated.length === 0
      ? 'on conflict do nothing'
      : `on conflict (${spec.key.map(quote).join(', ')}) do update set ${updated
          .map((column) => `${quote(column)} = excluded.${quote(column)}`)
          .join(', ')}`;
  let n = 0;
  const tuples: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const marks: string[] = [];
    for (let c = 0; c < spec.columns.length; c++) marks.push(style === 'dollar' ? `$${++n}` : '?');
    tuples.push(`(${marks.join(', ')})`);
  }
  const text = `insert into ${quote(spec.table)} (${spec.columns.map(quote).join(', ')}) values ${tuples.join(', ')} ${conflict}`;
  if (upsertTexts.size > 1000) upsertTexts.clear();
  upsertTexts.set(key, text);
  return text;
}

/** Deletes the rows of `table` whose `column` is one of `values`, in chunks. */
export async function deleteWhereIn(
  db: Kysely<Database>,
  table: keyof Database & string,
  column: string,
  values: readonly string[],
  maxParameters: number,
): Promise<void> {
  const prepared = preparedByHandle.get(db);
  if (prepared !== undefined) return prepared.deleteWhereIn(table, column, values);
  for (const part of chunk(values, Math.min(maxParameters, 10_000))) {
    await sql`delete from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(part)})`.execute(db);
  }
}
