/**
 * The few column types that differ between engines. Keys and dates are compared and sorted
 * byte-wise on both: SQLite's BINARY collation does that by default, PostgreSQL needs
 * `collate "C"` (its default locale collation ignores punctuation, so 'al-qaeda' and 'alqaeda'
 * would sort differently from SQLite).
 */
import { sql } from 'kysely';
import type { ColumnDataType, Expression } from 'kysely';
import type { EngineName } from '../store.ts';

/** A column type as the schema builder takes it: a name, or raw SQL. */
export type DataTypeExpression = ColumnDataType | Expression<unknown>;

export interface ColumnTypes {
  /** Ids, slugs, codes and ISO dates: compared byte-wise. */
  key: DataTypeExpression;
  /** Free text and the serialised entity. */
  text: DataTypeExpression;
  integer: DataTypeExpression;
  real: DataTypeExpression;
}

export function columnTypesFor(engine: EngineName): ColumnTypes {
  return {
    key: engine === 'postgres' ? sql`text collate "C"` : 'text',
    text: 'text',
    integer: 'integer',
    real: engine === 'postgres' ? 'double precision' : 'real',
  };
}
