/**
 * Sets every entry's modification time in a zip file to one day, in place (the DOS time and
 * date fields of the local and central headers; no checksum covers them). The DOCX writer
 * stamps entries with the clock, so without this the same brief gives different bytes.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip with every entry dated `isoDay` at midnight; throws when the bytes are not a zip. */
export function withZipTimes(zip: Buffer, isoDay: string): Buffer {
  const out = Buffer.from(zip);
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  let eocd = out.length - 22;
  while (eocd >= 0 && out.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error(`not a zip file: bad central header ${i}`);
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(dosDate, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error(`not a zip file: bad local header ${i}`);
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
