/**
 * A record read against its header: fields by column name, never by position (GED's 42- and
 * 49-column layouts differ in order and in columns), with the line it started on. A name the
 * header lacks is looked up again regardless of case: older ACLED files write the same columns
 * in capitals (`EVENT_ID_CNTY`).
 */
export class HeaderIndex {
  private readonly positions = new Map<string, number>();
  private readonly caseless = new Map<string, number>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, index) => {
      const key = name.trim();
      if (!this.positions.has(key)) this.positions.set(key, index);
      if (!this.caseless.has(key.toLowerCase())) this.caseless.set(key.toLowerCase(), index);
    });
  }

  has(name: string): boolean {
    return this.position(name) !== undefined;
  }

  position(name: string): number | undefined {
    return this.positions.get(name) ?? this.caseless.get(name.toLowerCase());
  }
}

export class DatasetRow {
  constructor(
    readonly header: HeaderIndex,
    readonly fields: readonly string[],
    readonly line: number,
  ) {}

  /** The field of column `name`, trimmed; '' when the column is absent or the cell empty. */
  get(name: string): string {
    const position = this.header.position(name);
    if (position === undefined) return '';
    return (this.fields[position] ?? '').trim();
  }

  /** The cell, or null when empty or a missing-value marker (NA, n/a, NULL). */
  value(name: string): string | null {
    const text = this.get(name);
    return text === '' || MISSING.has(text) ? null : text;
  }
}

const MISSING = new Set(['NA', 'N/A', 'n/a', 'NULL', 'null', 'NaN']);
