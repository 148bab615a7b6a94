/**
 * Bytes of a document to text: refuses binary files (NUL bytes, control characters, known
 * binary signatures) and text that is not UTF-8 (a UTF-16 file with its BOM is decoded), with
 * the file and the line of the first bad byte. Line ends become "\n"; a BOM is dropped.
 */
import { TextDecoder } from 'node:util';
import { ValidationError } from '../../errors.ts';

const SIGNATURES: readonly [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP (docx, xlsx, epub…)', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['OLE (doc, xls)', [0xd0, 0xcf, 0x11, 0xe0]],
];

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Decodes a document's bytes; `file` names it in errors. */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b))
      throw new ValidationError(`a ${name} file, not text; convert it to text, Markdown or HTML first`, {
        file,
        line: 1,
        field: 'encoding',
      });
  }
  let text: string;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      throw new ValidationError('binary content (a NUL byte): not a text document', {
        file,
        line: lineAt(bytes, nul),
        field: 'encoding',
      });
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ValidationError('not valid UTF-8; save the document as UTF-8', {
        file,
        line: lineAt(bytes, firstInvalidUtf8(bytes)),
        field: 'encoding',
      });
    }
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  // Control characters other than tab, newline and form feed betray a binary file.
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0x7f) {
      controls += 1;
      if (controls > 8 || controls > text.length / 200)
        throw new ValidationError('binary content (control characters): not a text document', {
          file,
          line: text.slice(0, i).split('\n').length,
          field: 'encoding',
        });
    }
  }
  return text.replace(/\f/gu, '\n');
}

/** Index of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
