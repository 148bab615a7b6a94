/**
 * Document readers: a text, Markdown or HTML file → title, author, publication date, language,
 * body, reference list and footnote markers (see types.ts). Pure apart from `readDocumentFile`.
 * Bad input (a binary file, another encoding, an empty body, an impossible date) is a
 * `ValidationError` naming the file, the line and the field.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { assemble } from './assemble.ts';
import { decodeDocument } from './decode.ts';
import { blocksOf, htmlMetadata, mainElement, parseHtml } from './html.ts';
import { markdownToLines } from './markdown.ts';
import type { Line } from './references.ts';
import { DOCUMENT_FORMATS, type DocumentFormat, type ReadDocument } from './types.ts';

export type * from './types.ts';
export { DOCUMENT_FORMATS } from './types.ts';
export { detectLanguage } from './language.ts';
export { findDate, DateProblem } from './dates.ts';
export { parseReference, splitReferences, findMarkers } from './references.ts';
export { parseHtml, htmlMetadata, mainElement, blocksOf } from './html.ts';
export { decodeEntities } from './entities.ts';

const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The file name endings read as documents. */
export const DOCUMENT_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The document format a file name says (`.txt`, `.md`, `.html`, …), or undefined. */
export function documentFormatByName(file: string): DocumentFormat | undefined {
  return EXTENSIONS[extname(file).toLowerCase()];
}

/** The format of a file from its name, else from a look at its start. */
export function formatOf(file: string, text: string): DocumentFormat {
  const byName = documentFormatByName(file);
  if (byName !== undefined) return byName;
  if (/^\s*(?:<!doctype html|<html|<head|<body|<article|<meta)/iu.test(text)) return 'html';
  return 'text';
}

export function parseDocumentFormat(value: string): DocumentFormat {
  if ((DOCUMENT_FORMATS as readonly string[]).includes(value)) return value as DocumentFormat;
  throw new ValidationError(`expected one of ${DOCUMENT_FORMATS.join(', ')}, got '${value}'`, {
    field: '--input-format',
  });
}

/** Reads a document from its text. `file` names it in errors and picks the format when none is given. */
export function readDocumentText(
  text: string,
  file: string,
  format: DocumentFormat = formatOf(file, text),
): ReadDocument {
  switch (format) {
    case 'text':
      return assemble(linesOf(text), {}, 'text', file);
    case 'markdown': {
      const { lines, known } = markdownToLines(text);
      return assemble(lines, known, 'markdown', file);
    }
    case 'html': {
      const root = parseHtml(text);
      const meta = htmlMetadata(root);
      const { element, guessed } = mainElement(root);
      const lines: Line[] = [];
      for (const block of blocksOf(element, guessed)) {
        if (lines.length > 0) lines.push({ text: '', line: block.line });
        block.text.split('\n').forEach((t) => lines.push({ text: t, line: block.line }));
      }
      const title =
        meta.heading !== null && meta.title !== null && meta.title.includes(meta.heading)
          ? meta.heading
          : (meta.title ?? meta.heading);
      return assemble(
        lines,
        {
          title,
          author: meta.author,
          published: meta.published,
          language: meta.language,
          publisher: meta.siteName,
          url: meta.url,
        },
        'html',
        file,
      );
    }
  }
}

/** Reads a document's bytes. */
export function readDocument(bytes: Uint8Array, file: string, format?: DocumentFormat): ReadDocument {
  return readDocumentText(decodeDocument(bytes, file), file, format);
}

/** Reads a document file; `NotFoundError` when it cannot be read. */
export async function readDocumentFile(path: string, format?: DocumentFormat): Promise<ReadDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new NotFoundError('file', path);
  }
  return readDocument(bytes, path, format);
}

function linesOf(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
}
