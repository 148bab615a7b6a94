/**
 * Rendering of command results in the four CLI formats: `table` for people, `json` (one
 * array), `jsonl` (one object per line) and `csv` (RFC 4180, nested values as JSON).
 */
import { ValidationError } from '../errors.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'csv', 'jsonl'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseFormat(value: string): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new ValidationError(`expected one of ${OUTPUT_FORMATS.join(', ')}, got '${value}'`, {
    field: '--format',
  });
}

/** A column of the table and CSV views: a header and how to read the cell from a row. */
export interface Column<Row> {
  header: string;
  value: (row: Row) => unknown;
}

/**
 * Renders rows. `json` and `jsonl` print the rows themselves (the domain entities);
 * `table` and `csv` print the chosen columns, or every top-level key when none are given.
 */
export function render<Row extends object>(
  rows: Row[],
  format: OutputFormat,
  columns?: Column<Row>[],
): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'jsonl':
      return rows.map((row) => JSON.stringify(row) + '\n').join('');
    case 'csv':
      return renderCsv(rows, columns ?? keysOf(rows));
    case 'table':
      return renderTable(rows, columns ?? keysOf(rows));
  }
}

function keysOf<Row extends object>(rows: Row[]): Column<Row>[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  return [...keys].map((key) => ({
    header: key,
    value: (row: Row) => (row as Record<string, unknown>)[key],
  }));
}

/** Text of one cell: scalars as themselves, arrays of scalars joined by '; ', the rest as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map((item) => cellText(item)).join('; ');
  }
  return JSON.stringify(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderCsv<Row>(rows: Row[], columns: Column<Row>[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows)
    lines.push(columns.map((column) => csvField(cellText(column.value(row)))).join(','));
  return lines.join('\r\n') + '\r\n';
}

const MAX_CELL = 60;

function renderTable<Row>(rows: Row[], columns: Column<Row>[]): string {
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((row) =>
    columns.map((column) => {
      const text = cellText(column.value(row)).replace(/\s+/g, ' ');
      return text.length > MAX_CELL ? text.slice(0, MAX_CELL - 1) + '…' : text;
    }),
  );
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const format = (line: string[]) =>
    line
      .map((text, i) => text.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [format(columns.map((column) => column.header)), ...cells.map(format)].join('\n') + '\n';
}
