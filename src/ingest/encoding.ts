/**
 * Text encodings of dataset files: UTF-8 (with or without BOM), Windows-1252 and Mac Roman.
 * Detection reads bytes only: a file that is valid UTF-8 is UTF-8; otherwise the high bytes
 * are read under both single-byte encodings and the reading that gives letters between
 * letters and punctuation beside spaces wins. Decoding of the single-byte encodings uses our
 * own 128-entry tables; `ByteDecoder` decodes chunk by chunk, in constant memory.
 */
import { isAscii } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { ValidationError } from '../errors.ts';

export const ENCODINGS = ['utf-8', 'windows-1252', 'macintosh'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Spellings users type for `--encoding`, mapped to our names. */
const ENCODING_ALIASES: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'cp-1252': 'windows-1252',
  win1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  macintosh: 'macintosh',
  macroman: 'macintosh',
  'mac-roman': 'macintosh',
  mac: 'macintosh',
  x_mac_roman: 'macintosh',
};

export function parseEncoding(value: string): Encoding {
  const found = ENCODING_ALIASES[value.trim().toLowerCase()];
  if (found === undefined) {
    throw new ValidationError(`unknown encoding '${value}' (expected utf-8, windows-1252 or macintosh)`, {
      field: '--encoding',
    });
  }
  return found;
}

/** Bytes 0x80–0xFF of Mac Roman. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Bytes 0x80–0x9F of Windows-1252 (0xA0–0xFF are Latin-1); its five holes map to C1 controls. */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252High(): string {
  let high = WINDOWS_1252_C1;
  for (let code = 0xa0; code <= 0xff; code++) high += String.fromCharCode(code);
  return high;
}

/** The 128 characters of bytes 0x80–0xFF, per single-byte encoding. */
export const HIGH_HALF: Readonly<Record<Exclude<Encoding, 'utf-8'>, readonly string[]>> = {
  'windows-1252': [...windows1252High()],
  macintosh: [...MAC_ROMAN_HIGH],
};

/** Bytes of Windows-1252 that no character uses: seeing one argues against it. */
const WINDOWS_1252_HOLES = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Decodes a byte stream chunk by chunk; a multi-byte UTF-8 character may straddle chunks. */
export class ByteDecoder {
  private readonly utf8: TextDecoder | undefined;
  private readonly table: readonly string[] | undefined;
  private first = true;

  constructor(readonly encoding: Encoding) {
    if (encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { ignoreBOM: false });
    else this.table = HIGH_HALF[encoding];
  }

  decode(bytes: Uint8Array): string {
    if (this.utf8 !== undefined) return this.utf8.decode(bytes, { stream: true });
    const table = this.table ?? [];
    let start = 0;
    // A UTF-8 BOM on a single-byte file is still a BOM, not three letters.
    if (this.first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    this.first = false;
    let out = '';
    let runStart = start;
    for (let i = start; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (byte < 0x80) continue;
      if (i > runStart) out += latin(bytes, runStart, i);
      out += table[byte - 0x80] ?? '\ufffd';
      runStart = i + 1;
    }
    if (runStart < bytes.length) out += latin(bytes, runStart, bytes.length);
    return out;
  }

  end(): string {
    return this.utf8 === undefined ? '' : this.utf8.decode();
  }
}

function latin(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
}

/** Tallies evidence on the encoding of a byte stream, fed chunk by chunk. */
export class EncodingSniffer {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private validUtf8 = true;
  private sawHighByte = false;
  private readonly scores = { 'windows-1252': 0, macintosh: 0 };
  private previous = 0x20;
  private pending: number | undefined;

  feed(bytes: Uint8Array): void {
    if (this.validUtf8) {
      try {
        this.utf8.decode(bytes, { stream: true });
        // Still valid UTF-8: nothing is scored, so all the byte loop below would do is note a
        // high byte and the last byte (the context of a byte scored later), at native speed here.
        if (bytes.length > 0) {
          this.sawHighByte ||= !isAscii(bytes);
          this.previous = bytes[bytes.length - 1]!;
        }
        return;
      } catch {
        this.validUtf8 = false;
      }
    }
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i] as number;
      if (this.pending !== undefined) {
        this.score(this.pending, this.previous, byte);
        this.pending = undefined;
      }
      if (byte >= 0x80) {
        this.sawHighByte = true;
        if (!this.validUtf8) this.pending = byte;
      }
      if (this.pending === undefined) this.previous = byte;
    }
  }

  /** The encoding the evidence points to: UTF-8 when valid, else the better-scoring single-byte one. */
  verdict(): Encoding {
    if (this.validUtf8) {
      try {
        this.utf8.decode();
        return 'utf-8';
      } catch {
        this.validUtf8 = false;
      }
    }
    if (!this.sawHighByte) return 'utf-8';
    if (this.pending !== undefined) this.score(this.pending, this.previous, 0x20);
    return this.scores.macintosh > this.scores['windows-1252'] ? 'macintosh' : 'windows-1252';
  }

  private score(byte: number, before: number, after: number): void {
    for (const encoding of ['windows-1252', 'macintosh'] as const) {
      this.scores[encoding] += plausibility(encoding, byte, before, after);
    }
  }
}

const LETTER = /\p{L}/u;
const PUNCTUATION = new Set([...'‘’“”‚„–—…«»‹›•·\u00a0°']);

/** How plausible it is that `byte` means its character in `encoding`, given its neighbours. */
function plausibility(
  encoding: Exclude<Encoding, 'utf-8'>,
  byte: number,
  before: number,
  after: number,
): number {
  if (encoding === 'windows-1252' && WINDOWS_1252_HOLES.has(byte)) return -3;
  const char = HIGH_HALF[encoding][byte - 0x80] ?? '';
  const wordy = (b: number) => isAsciiLetter(b) || b >= 0x80;
  if (LETTER.test(char)) return wordy(before) && wordy(after) ? 2 : 0;
  if (PUNCTUATION.has(char)) return !isAsciiLetter(before) || !isAsciiLetter(after) ? 1 : 0;
  return 0;
}

function isAsciiLetter(byte: number): boolean {
  return (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);
}
