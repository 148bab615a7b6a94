/**
 * Minimal CSV line splitting shared by the bargaining input readers: comma-separated cells,
 * double-quoted cells with "" escapes, trimmed, with the line number kept for error messages.
 */

export interface CsvLine {
  /** 1-based line number in the file. */
  line: number;
  cells: string[];
}

/** Non-blank lines split into trimmed cells; a trailing empty cell (trailing comma) is dropped. */
export function splitCsv(text: string): CsvLine[] {
  const lines: CsvLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const cells = splitCsvLine(raw);
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      lines.push({ line: index + 1, cells });
    });
  return lines;
}

function splitCsvLine(raw: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k]!;
    if (quoted) {
      if (ch === '"' && raw[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** A finite number, or undefined when the cell is empty or not numeric. */
export function parseNumber(cell: string | undefined): number | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : undefined;
}
