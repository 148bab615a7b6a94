/**
 * A streaming parser for delimited text (CSV, TSV): text goes in chunk by chunk, records come
 * out with the line number on which each starts. Handles quoted fields holding delimiters,
 * doubled quotes and newlines, CRLF and LF line ends, a leading BOM and blank lines. Memory
 * stays bounded by the longest record. With `quote: null` (GDELT, ICEWS) quotes are text.
 */
import { ValidationError } from '../errors.ts';

export interface DelimitedOptions {
  delimiter: string;
  /** The quote character, or null when the format has no quoting. */
  quote: string | null;
  /** For messages: the file being read. */
  file?: string;
}

/** One record: its fields as written (no trimming) and the 1-based line it starts on. */
export interface RawRecord {
  fields: string[];
  line: number;
}

interface Parsed {
  fields: string[];
  next: number;
  newlines: number;
}

export class DelimitedParser {
  private buffer = '';
  private line = 1;
  private started = false;
  /** Where the next quote after the current position is in the buffer (-1: none), or -2: not known. */
  private nextQuote = -2;

  constructor(private readonly options: DelimitedOptions) {
    if (options.delimiter.length !== 1) throw new ValidationError('the delimiter must be one character');
  }

  /** Feeds more text; returns the records it completed. */
  push(text: string): RawRecord[] {
    if (!this.started) {
      if (text.length === 0) return [];
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    return this.drain(false);
  }

  /** The end of the input: returns the last records (an unterminated quote is an error). */
  end(): RawRecord[] {
    return this.drain(true);
  }

  private drain(final: boolean): RawRecord[] {
    const records: RawRecord[] = [];
    const buf = this.buffer;
    this.nextQuote = -2;
    let pos = 0;
    while (pos < buf.length) {
      const parsed = this.parseAt(buf, pos, final);
      if (parsed === null) break;
      const blank = parsed.fields.length === 1 && parsed.fields[0] === '';
      if (!blank) records.push({ fields: parsed.fields, line: this.line });
      this.line += parsed.newlines;
      pos = parsed.next;
    }
    this.buffer = pos === 0 ? buf : buf.slice(pos);
    return records;
  }

  /** Whether a quote occurs in buf[from, to); scans each part of the buffer once per drain. */
  private quoteBefore(buf: string, quote: string, from: number, to: number): boolean {
    if (this.nextQuote !== -1 && this.nextQuote < from) this.nextQuote = buf.indexOf(quote, from);
    return this.nextQuote >= 0 && this.nextQuote < to;
  }

  /** Parses the record starting at `pos`; null when it may continue in text not yet seen. */
  private parseAt(buf: string, pos: number, final: boolean): Parsed | null {
    const { delimiter, quote } = this.options;
    let lineEnd = buf.indexOf('\n', pos);
    if (lineEnd < 0 && !final) return null;
    const recordEnd = lineEnd < 0 ? buf.length : lineEnd;
    // Fast path: a record without quotes is one split.
    if (quote === null || !this.quoteBefore(buf, quote, pos, recordEnd)) {
      const text = buf.slice(pos, recordEnd > pos && buf[recordEnd - 1] === '\r' ? recordEnd - 1 : recordEnd);
      return { fields: text.split(delimiter), next: recordEnd + 1, newlines: lineEnd < 0 ? 0 : 1 };
    }
    const fields: string[] = [];
    let newlines = 0;
    let i = pos;
    for (;;) {
      if (buf[i] === quote) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const close = buf.indexOf(quote, j);
          if (close < 0 || (close + 1 >= buf.length && !final)) {
            if (!final) return null;
            throw new ValidationError('a quoted field is never closed', {
              ...(this.options.file === undefined ? {} : { file: this.options.file }),
              line: this.line + newlines,
            });
          }
          const piece = buf.slice(j, close);
          newlines += countNewlines(piece);
          value += piece;
          if (buf[close + 1] === quote) {
            value += quote;
            j = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        // Text after the closing quote and before the delimiter is kept (lenient, as spreadsheets do).
        // The line end moves only when the quoted field ran past it (it held a newline).
        if (lineEnd >= 0 && lineEnd < i) lineEnd = buf.indexOf('\n', i);
        if (lineEnd < 0 && !final) return null;
        const end = lineEnd < 0 ? buf.length : lineEnd;
        const delimiterAt = buf.indexOf(delimiter, i);
        const fieldEnd = delimiterAt >= 0 && delimiterAt < end ? delimiterAt : end;
        if (fieldEnd > i) value += stripCr(buf.slice(i, fieldEnd), fieldEnd === end);
        fields.push(value);
        if (fieldEnd === delimiterAt) {
          i = delimiterAt + 1;
          continue;
        }
        return { fields, next: end + 1, newlines: newlines + (lineEnd < 0 ? 0 : 1) };
      }
      if (lineEnd >= 0 && lineEnd < i) lineEnd = buf.indexOf('\n', i);
      if (lineEnd < 0 && !final) return null;
      const end = lineEnd < 0 ? buf.length : lineEnd;
      const delimiterAt = buf.indexOf(delimiter, i);
      if (delimiterAt >= 0 && delimiterAt < end) {
        fields.push(buf.slice(i, delimiterAt));
        i = delimiterAt + 1;
        continue;
      }
      fields.push(stripCr(buf.slice(i, end), true));
      return { fields, next: end + 1, newlines: newlines + (lineEnd < 0 ? 0 : 1) };
    }
  }
}

function stripCr(text: string, atLineEnd: boolean): string {
  return atLineEnd && text.endsWith('\r') ? text.slice(0, -1) : text;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
