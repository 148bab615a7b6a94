/**
 * Reads the pixels of an 8-bit greyscale or RGB PNG (what `pdftoppm -png` writes) as grey
 * levels, with node's zlib: IHDR for the size, the IDAT chunks inflated, each scanline's filter
 * undone, RGB averaged.
 */
import { inflateSync } from 'node:zlib';

export interface GreyImage {
  width: number;
  height: number;
  /** One grey level (0 black … 255 white) per pixel, row by row. */
  pixels: Uint8Array;
}

export function readGreyPng(png: Buffer): GreyImage {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG file');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 0 ? 1 : body[9] === 2 ? 3 : 0;
      if (body[8] !== 8 || channels === 0 || body[12] !== 0)
        throw new Error('expected an 8-bit, non-interlaced greyscale or RGB PNG');
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const bytes = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? bytes[y * stride + x - channels]! : 0;
      const up = y > 0 ? bytes[(y - 1) * stride + x]! : 0;
      const corner = x >= channels && y > 0 ? bytes[(y - 1) * stride + x - channels]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, corner)][filter] ?? 0;
      bytes[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += bytes[i * channels + c]!;
    pixels[i] = Math.round(sum / channels);
  }
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
