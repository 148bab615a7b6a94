/** The streaming readers: delimited-text parsing (quotes, CRLF, BOM, chunking) and encodings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DelimitedParser } from '../../src/ingest/csv.ts';
import { ByteDecoder, EncodingSniffer, HIGH_HALF, parseEncoding } from '../../src/ingest/encoding.ts';
import { DelimitedFileReader, detectFileEncoding } from '../../src/ingest/reader.ts';

function parseAll(
  text: string,
  chunk = text.length,
  quote: string | null = '"',
  delimiter = ',',
): { fields: string[]; line: number }[] {
  const parser = new DelimitedParser({ delimiter, quote });
  const out = [];
  for (let at = 0; at < text.length; at += chunk) out.push(...parser.push(text.slice(at, at + chunk)));
  out.push(...parser.end());
  return out;
}

describe('DelimitedParser', () => {
  const tricky =
    '\ufeffid,note,code\r\n1,"a, b",010\r\n2,"she said ""no""",10\r\n3,"two\r\nlines\nthree",7\r\n\r\n4,,\r\n';

  it('parses quoted commas, doubled quotes, newlines in quotes, CRLF, BOM and blank lines', () => {
    const records = parseAll(tricky);
    expect(records.map((r) => r.fields)).toEqual([
      ['id', 'note', 'code'],
      ['1', 'a, b', '010'],
      ['2', 'she said "no"', '10'],
      ['3', 'two\r\nlines\nthree', '7'],
      ['4', '', ''],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 8]);
  });

  it('gives the same records whatever the chunk size', () => {
    const whole = parseAll(tricky);
    for (const chunk of [1, 2, 3, 5, 7, 13]) expect(parseAll(tricky, chunk)).toEqual(whole);
  });

  it('keeps codes as strings and a last line without newline', () => {
    expect(parseAll('a,b\n010,0010').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['010', '0010'],
    ]);
  });

  it('treats quotes as text when the format has no quoting (tab-separated)', () => {
    expect(parseAll('x\t"y\tz\n', 3, null, '\t').map((r) => r.fields)).toEqual([['x', '"y', 'z']]);
  });

  it('names the line of a quote that is never closed', () => {
    const parser = new DelimitedParser({ delimiter: ',', quote: '"', file: 'f.csv' });
    parser.push('a\n"open\n');
    expect(() => parser.end()).toThrow(/f\.csv, line 2: a quoted field is never closed/);
  });
});

describe('encodings', () => {
  it('has 128-entry tables for the single-byte encodings', () => {
    expect(HIGH_HALF.macintosh).toHaveLength(128);
    expect(HIGH_HALF['windows-1252']).toHaveLength(128);
    expect(new ByteDecoder('macintosh').decode(Uint8Array.from([0x43, 0x8f, 0x8d, 0xd2]))).toBe('Cèç“');
    expect(new ByteDecoder('windows-1252').decode(Uint8Array.from([0x93, 0x45, 0xe9, 0x94]))).toBe('“Eé”');
  });

  it('decodes UTF-8 split inside a character', () => {
    const bytes = Buffer.from('Peshāwar', 'utf8');
    const decoder = new ByteDecoder('utf-8');
    expect(decoder.decode(bytes.subarray(0, 5)) + decoder.decode(bytes.subarray(5)) + decoder.end()).toBe(
      'Peshāwar',
    );
  });

  const sniff = (bytes: number[] | Buffer) => {
    const sniffer = new EncodingSniffer();
    sniffer.feed(Uint8Array.from(bytes));
    return sniffer.verdict();
  };

  it('detects UTF-8, Mac Roman and Windows-1252', () => {
    expect(sniff(Buffer.from('Chimères, Gonçalves, “quoted”', 'utf8'))).toBe('utf-8');
    // "Chimères, Gonçalves" in Mac Roman: è = 0x8F, ç = 0x8D (both holes in Windows-1252).
    expect(
      sniff([...Buffer.from('Chim'), 0x8f, ...Buffer.from('res, Gon'), 0x8d, ...Buffer.from('alves')]),
    ).toBe('macintosh');
    // “Café” — in Windows-1252: “ = 0x93, é = 0xE9, ” = 0x94.
    expect(sniff([0x20, 0x93, ...Buffer.from('Caf'), 0xe9, 0x94, 0x20])).toBe('windows-1252');
  });

  it('accepts the usual spellings of --encoding', () => {
    expect(parseEncoding('MacRoman')).toBe('macintosh');
    expect(parseEncoding('cp1252')).toBe('windows-1252');
    expect(() => parseEncoding('ebcdic')).toThrow(/--encoding/);
  });
});

describe('DelimitedFileReader', () => {
  it('detects a Mac Roman file and reads it record by record with line numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jirga-read-'));
    const path = join(dir, 'mac.csv');
    const rows = ['name,note\r\n', 'Chim', '\x8f', 'res,"a\r\nb"\r\n', 'Gon', '\x8d', 'alves,x\r\n'];
    writeFileSync(path, Buffer.concat(rows.map((part) => Buffer.from(part, 'latin1'))));
    expect(await detectFileEncoding(path)).toBe('macintosh');
    const reader = new DelimitedFileReader(path, { delimiter: ',', quote: '"' });
    const records = [];
    for await (const record of reader.records()) records.push(record);
    expect(records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'name', 'note'],
      [2, 'Chimères', 'a\r\nb'],
      [4, 'Gonçalves', 'x'],
    ]);
    expect(reader.bytesRead).toBe(reader.totalBytes);
  });
});
