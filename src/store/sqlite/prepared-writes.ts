/**
 * Batched writes on SQLite below Kysely: each upsert, delete and keyed select is prepared once
 * per table and shape and then run row by row (or a fixed number of rows at a time) on the
 * same better-sqlite3 connection that Kysely uses. better-sqlite3 is synchronous and the
 * SQLite dialect has one connection, so a statement run here while a Kysely transaction is
 * open runs inside that transaction: atomicity and the import journal work as before. What
 * this saves is building, parsing and planning a statement of thousands of parameters per
 * batch, and the native memory of statements waiting for the garbage collector.
 */
import type Database from 'better-sqlite3';
import type { Cell, ItemWrite, PreparedWrites } from '../kysely/batch-write.ts';
import { upsertSql } from '../kysely/batch-write.ts';

/** Rows per multi-row statement; a batch's remainder goes one row at a time. */
const ROWS_PER_STATEMENT = 50;
/** Keys per `in (…)` select or delete; the remainder goes one key at a time. */
const KEYS_PER_STATEMENT = 100;

export class SqlitePreparedWrites implements PreparedWrites {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly database: Database.Database) {}

  upsert<Item, Row>(spec: ItemWrite<Item, Row>, items: readonly Item[], mode: 'replace' | 'ignore'): void {
    if (items.length === 0) return;
    const width = spec.columns.length;
    const many = this.statement(`upsert\u0000${spec.table}\u0000${mode}\u0000${ROWS_PER_STATEMENT}`, () =>
      upsertSql(spec, ROWS_PER_STATEMENT, mode, 'question'),
    );
    const one = this.statement(`upsert\u0000${spec.table}\u0000${mode}\u00001`, () =>
      upsertSql(spec, 1, mode, 'question'),
    );
    // The cells go straight from each item into the statement's parameters (no row objects).
    const parameters: Cell[] = new Array<Cell>(ROWS_PER_STATEMENT * width);
    let at = 0;
    for (; at + ROWS_PER_STATEMENT <= items.length; at += ROWS_PER_STATEMENT) {
      for (let r = 0; r < ROWS_PER_STATEMENT; r++) spec.cells(items[at + r]!, parameters, r * width);
      many.run(parameters);
    }
    const single: Cell[] = new Array<Cell>(width);
    for (; at < items.length; at++) {
      spec.cells(items[at]!, single, 0);
      one.run(single);
    }
  }

  deleteWhereIn(table: string, column: string, values: readonly string[]): void {
    this.eachPart(
      `delete\u0000${table}\u0000${column}`,
      values,
      (count) => {
        return `delete from ${quote(table)} where ${quote(column)} in (${marks(count)})`;
      },
      (statement, part) => void statement.run(part),
    );
  }

  selectWhereIn<Row>(
    table: string,
    equal: { column: string; value: string },
    column: string,
    values: readonly string[],
  ): Row[] {
    const found: Row[] = [];
    this.eachPart(
      `select\u0000${table}\u0000${equal.column}\u0000${column}`,
      values,
      (count) =>
        `select * from ${quote(table)} where ${quote(equal.column)} = ? and ${quote(column)} in (${marks(count)})`,
      (statement, part) => {
        for (const row of statement.all(equal.value, ...part) as Row[]) found.push(row);
      },
    );
    return found;
  }

  all<Row>(text: string, parameters: readonly (string | number | null)[]): Row[] {
    return this.statement(`all\u0000${text}`, () => text).all(...parameters) as Row[];
  }

  /** Runs a keyed statement over `values`, `KEYS_PER_STATEMENT` at a time, then one by one. */
  private eachPart(
    key: string,
    values: readonly string[],
    text: (count: number) => string,
    run: (statement: Database.Statement, part: readonly string[]) => void,
  ): void {
    let at = 0;
    if (values.length >= KEYS_PER_STATEMENT) {
      const many = this.statement(`${key}\u0000${KEYS_PER_STATEMENT}`, () => text(KEYS_PER_STATEMENT));
      for (; at + KEYS_PER_STATEMENT <= values.length; at += KEYS_PER_STATEMENT)
        run(many, values.slice(at, at + KEYS_PER_STATEMENT));
    }
    if (at === values.length) return;
    const one = this.statement(`${key}\u00001`, () => text(1));
    for (; at < values.length; at++) run(one, [values[at]!]);
  }

  private statement(key: string, text: () => string): Database.Statement {
    let statement = this.statements.get(key);
    if (statement === undefined) {
      statement = this.database.prepare(text());
      this.statements.set(key, statement);
    }
    return statement;
  }
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function marks(count: number): string {
  return new Array<string>(count).fill('?').join(', ');
}
