/**
 * The part every reader shares once it has lines of plain text: the title (given, or the first
 * line), a header of short lines before the first paragraph (dateline, byline, "share" links:
 * read for the date and the author, kept out of the body), the reference list and what trails
 * it (an author's note: read for a repeated byline, kept out of the body), the body as
 * paragraphs separated by one blank line, its language, and the footnote markers.
 */
import { ValidationError } from '../../errors.ts';
import { DateProblem, findDate } from './dates.ts';
import { detectLanguage } from './language.ts';
import { findMarkers, parseReference, splitReferences, type Line } from './references.ts';
import type { DocumentFormat, ReadDocument } from './types.ts';

export interface KnownMetadata {
  title?: string | null;
  author?: string | null;
  /** Raw, as the document states it (validated here). */
  published?: string | null;
  /** The published value's line, for messages. */
  publishedLine?: number;
  language?: string | null;
  publisher?: string | null;
  url?: string | null;
}

/** Header lines are looked for among this many lines after the title. */
const HEADER_LINES = 8;
const BYLINE = /^\s*(?:by|author|authors|written by|yazar|автор)\s*[:\-–]?\s+(.{2,80}?)\s*$/iu;
const DATELINE_LABEL =
  /^\s*(?:published|posted|date|updated|yayın tarihi|tarih|опубликовано|дата)\s*[:\-–]?\s*/iu;

function words(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A line that reads as prose: a sentence of some length, or a long line. */
function isParagraph(text: string): boolean {
  const t = text.trim();
  return (words(t) >= 5 && /[.!?:;"”’)\]]$/u.test(t)) || words(t) >= 20;
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A short line that looks like a person's name ("Dr. Jane Roe", "Jane ROE"). */
function nameLike(text: string): boolean {
  const t = text.trim();
  return (
    t.length <= 60 &&
    /^(?:(?:dr|prof|mr|mrs|ms)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(t)
  );
}

export function assemble(
  lines: readonly Line[],
  known: KnownMetadata,
  format: DocumentFormat,
  file: string,
): ReadDocument {
  const content = lines.filter((l) => l.text.trim() !== '');
  if (content.length === 0)
    throw new ValidationError('the document is empty', { file, line: 1, field: 'body' });
  let rest = [...lines];
  let title = known.title?.trim() || null;
  const firstIndex = rest.findIndex((l) => l.text.trim() !== '');
  const first = rest[firstIndex] as Line;
  if (title === null) {
    title = first.text.trim().replace(/^#+\s*/u, '');
    rest = rest.slice(firstIndex + 1);
  } else if (normalised(first.text) !== '' && normalised(title).startsWith(normalised(first.text))) {
    rest = rest.slice(firstIndex + 1);
  }
  if (title.length > 300) title = title.slice(0, 297) + '…';

  // The header: short lines before the first paragraph.
  let author = known.author?.trim() || null;
  let published: string | null = null;
  let publishedSeen = false;
  if (known.published !== undefined && known.published !== null && known.published.trim() !== '') {
    published = checkedDate(known.published, file, known.publishedLine ?? 1);
    publishedSeen = true;
  }
  let headerEnd = 0;
  let seen = 0;
  // Paragraphs (runs of non-blank lines) before the first one that reads as prose.
  for (let k = 0; k < rest.length && seen < HEADER_LINES;) {
    if ((rest[k] as Line).text.trim() === '') {
      k += 1;
      continue;
    }
    let end = k;
    while (end < rest.length && (rest[end] as Line).text.trim() !== '') end += 1;
    const paragraph = rest.slice(k, end);
    if (isParagraph(paragraph.map((l) => l.text.trim()).join(' '))) break;
    for (const line of paragraph) {
      seen += 1;
      const text = line.text.trim();
      const byline = BYLINE.exec(text);
      if (byline !== null) {
        author ??= byline[1] ?? null;
        continue;
      }
      const labelled = DATELINE_LABEL.exec(text);
      const dateText = labelled !== null ? text.slice(labelled[0].length) : text;
      if (!publishedSeen && (labelled !== null || words(text) <= 8)) {
        const found = findDate(dateText);
        if (found instanceof DateProblem)
          throw new ValidationError(`publication date '${found.text}' is ${found.reason}`, {
            file,
            line: line.line,
            field: 'published',
          });
        if (found !== undefined) {
          published = found.date;
          publishedSeen = true;
        }
      }
    }
    headerEnd = end;
    k = end;
  }
  rest = rest.slice(headerEnd);

  const split = splitReferences(rest);
  const references = split.entries.map((entry) => parseReference(entry, file));
  if (author === null) {
    // A byline repeated after the text (author boxes print the name more than once).
    const names = split.trailing.map((l) => l.text.trim()).filter(nameLike);
    author = names.find((n, i) => names.indexOf(n) !== i) ?? null;
  }

  // Body: paragraphs separated by exactly one blank line; lines inside a paragraph kept.
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of split.body) {
    const text = line.text.replace(/[ \t]+$/u, '');
    if (text.trim() === '') {
      if (current.length > 0) paragraphs.push(current.join('\n'));
      current = [];
    } else current.push(text.replace(/^[ \t]+/u, ''));
  }
  if (current.length > 0) paragraphs.push(current.join('\n'));
  const body = paragraphs.join('\n\n');
  if (body.trim() === '')
    throw new ValidationError('the document has no body text after its title and header', {
      file,
      line: first.line,
      field: 'body',
    });
  const language = languageCode(known.language) ?? detectLanguage(body);
  return {
    format,
    title,
    author,
    published,
    language,
    publisher: known.publisher?.trim() || null,
    url: httpUrl(known.url),
    body,
    references,
    markers: findMarkers(body, references),
  };
}

function checkedDate(value: string, file: string, line: number): string | null {
  const found = findDate(value);
  if (found instanceof DateProblem)
    throw new ValidationError(`publication date '${found.text}' is ${found.reason}`, {
      file,
      line,
      field: 'published',
    });
  if (found === undefined) return null;
  return found.date;
}

/** "en-GB" → "en"; anything that is not a language tag → null. */
function languageCode(value: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/iu.exec(value?.trim() ?? '');
  return m === null ? null : (m[1] as string).toLowerCase();
}

function httpUrl(value: string | null | undefined): string | null {
  const v = value?.trim() ?? '';
  if (!/^https?:\/\//iu.test(v)) return null;
  try {
    return new globalThis.URL(v).toString();
  } catch {
    return null;
  }
}
