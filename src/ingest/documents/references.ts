/**
 * Reference lists and footnote markers. A reference list is the last run of numbered entries
 * ("[1] …", "[^1]: …", or "1. …" when the entry has a URL or an access date), possibly under a
 * heading ("References", "Notes", "Kaynakça", "Источники"); entries may wrap onto following
 * lines. Each entry becomes a page reference: title (the quoted part, else the first
 * comma-separated part), publisher (the next part), URL, access date ("Date of Accession:
 * 09.05.2023", "accessed 9 May 2023", "Erişim Tarihi", "дата обращения") and a publication
 * date when one is given. Markers "[1]" in the body are tied to the sentence they close.
 */
import { segmentSentences } from '../../coder/segment.ts';
import { ValidationError } from '../../errors.ts';
import { DateProblem, findDate } from './dates.ts';
import type { DocumentReference, FootnoteMarker } from './types.ts';

export interface Line {
  text: string;
  /** 1-based line in the file. */
  line: number;
}

const ENTRY = /^\s*(?:\[\^?(\d{1,3})\]:?|(\d{1,3})[.)])\s*(.*)$/u;
const URL = /https?:\/\/[^\s<>"“”«»]+/iu;
const ACCESS_LABEL =
  /(?:date\s+of\s+accession|date\s+of\s+access|access(?:ed)?\s+(?:date|on)|last\s+accessed|accessed|retrieved(?:\s+on)?|erişim\s+tarihi|erişim|дата\s+обращения|дата\s+доступа)\s*[:\-–]?\s*/iu;
const HEADING =
  /^\s*#*\s*(?:references|notes|sources|footnotes|endnotes|bibliography|works cited|kaynakça|kaynaklar|dipnotlar|notlar|источники|примечания|литература|ссылки)\s*:?\s*$/iu;
const QUOTED = /“([^”]+)”|"([^"]+)"|«([^»]+)»|‘‘([^’]+)’’|''([^']+)''|‘([^’]{4,})’|„([^“”]+)[“”]/u;

interface EntryStart {
  number: number;
  rest: string;
}

function entryStart(text: string): EntryStart | undefined {
  const m = ENTRY.exec(text);
  if (m === null) return undefined;
  const rest = (m[3] ?? '').trim();
  if (rest === '') return undefined;
  const bracketed = m[1] !== undefined;
  if (!bracketed && !URL.test(rest) && !ACCESS_LABEL.test(rest)) return undefined;
  return { number: Number(m[1] ?? m[2]), rest };
}

export interface SplitText {
  body: Line[];
  entries: { number: number; text: string; line: number }[];
  /** What follows the reference list (an author's note, "related posts"): not body text. */
  trailing: Line[];
}

/** Splits the reference list (the last run of entries) off the lines of a document. */
export function splitReferences(lines: readonly Line[]): SplitText {
  type Cluster = { start: number; end: number; entries: { number: number; text: string; line: number }[] };
  const clusters: Cluster[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = entryStart((lines[i] as Line).text);
    if (first === undefined) {
      i += 1;
      continue;
    }
    const cluster: Cluster = { start: i, end: i, entries: [] };
    let j = i;
    let lastWasText = false;
    while (j < lines.length) {
      const line = lines[j] as Line;
      const entry = entryStart(line.text);
      if (entry !== undefined) {
        cluster.entries.push({ number: entry.number, text: entry.rest, line: line.line });
        lastWasText = true;
      } else if (line.text.trim() === '') lastWasText = false;
      else if (lastWasText) {
        const last = cluster.entries[cluster.entries.length - 1] as Cluster['entries'][number];
        last.text += ' ' + line.text.trim();
      } else break;
      cluster.end = j + 1;
      j += 1;
    }
    clusters.push(cluster);
    i = j;
  }
  const hasBodyBefore = (c: Cluster): boolean => lines.slice(0, c.start).some((l) => l.text.trim() !== '');
  const chosen = clusters.filter(hasBodyBefore).pop();
  if (chosen === undefined) return { body: [...lines], entries: [], trailing: [] };
  let bodyEnd = chosen.start;
  let k = bodyEnd - 1;
  while (k >= 0 && (lines[k] as Line).text.trim() === '') k -= 1;
  if (k >= 0 && HEADING.test((lines[k] as Line).text)) bodyEnd = k;
  return {
    body: lines.slice(0, bodyEnd),
    entries: chosen.entries,
    trailing: lines.slice(chosen.end),
  };
}

function trimUrl(url: string): string {
  let out = url;
  for (;;) {
    const last = out[out.length - 1] ?? '';
    if (/[.,;:!?'’]/u.test(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/gu)?.length ?? 0) < (out.match(/\)/gu)?.length ?? 0))
      out = out.slice(0, -1);
    else if (last === ']' && !out.includes('[')) out = out.slice(0, -1);
    else return out;
  }
}

function cleanPart(part: string): string {
  return part
    .replace(/^[\s,.;:()[\]–—-]+|[\s,.;:()[\]–—-]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Parses one reference entry; `file` and `line` name it in errors. */
export function parseReference(
  entry: { number: number; text: string; line: number },
  file: string,
): DocumentReference {
  const raw = entry.text.trim();
  let rest = raw;
  const urlMatch = URL.exec(rest);
  const url = urlMatch === null ? null : trimUrl(urlMatch[0]);
  if (urlMatch !== null && url !== null) rest = rest.replace(url, ' \u241e ');
  let accessed: string | null = null;
  const label = ACCESS_LABEL.exec(rest);
  if (label !== null) {
    const after = rest.slice(label.index + label[0].length);
    const found = findDate(after.slice(0, 40));
    const field = `references[${entry.number}].accessed`;
    if (found instanceof DateProblem)
      throw new ValidationError(`access date '${found.text}' is ${found.reason}`, {
        file,
        line: entry.line,
        field,
      });
    if (found === undefined)
      throw new ValidationError(`no date after '${label[0].trim()}'`, { file, line: entry.line, field });
    accessed = found.date;
    // Drop the label and its date (and a bracket around them) from what is left to read.
    const from = label.index;
    const to = label.index + label[0].length + found.index + found.text.length;
    const openParen = rest.lastIndexOf('(', from);
    const start = openParen >= 0 && rest.slice(openParen + 1, from).trim() === '' ? openParen : from;
    const closeParen = rest.slice(to).match(/^\s*\)/u);
    rest = rest.slice(0, start) + ' \u241e ' + rest.slice(to + (closeParen?.[0].length ?? 0));
  }
  let title: string | null = null;
  const quoted = QUOTED.exec(rest);
  if (quoted !== null) {
    title = cleanPart(quoted.slice(1).find((g) => g !== undefined) ?? '');
    rest = rest.slice(0, quoted.index) + ' \u241e ' + rest.slice(quoted.index + quoted[0].length);
  }
  const parts = rest
    .split(/[,\u241e]|\s[–—]\s/u)
    .map(cleanPart)
    .filter((p) => p !== '');
  let published: string | null = null;
  const textParts: string[] = [];
  for (const part of parts) {
    const date = findDate(part);
    if (date !== undefined && !(date instanceof DateProblem) && date.text.length >= part.length - 2) {
      published ??= date.date;
      continue;
    }
    if (date instanceof DateProblem && date.text.length >= part.length - 2)
      throw new ValidationError(`date '${date.text}' is ${date.reason}`, {
        file,
        line: entry.line,
        field: `references[${entry.number}].published`,
      });
    textParts.push(part);
  }
  if (title === null || title === '') title = textParts.shift() ?? null;
  const publisher = textParts.find((p) => !/^(?:pp?\.|vol\.|no\.)/iu.test(p) && p.length <= 120) ?? null;
  if (title === null || title === '') {
    if (url === null)
      throw new ValidationError('a reference with neither a title nor a URL', {
        file,
        line: entry.line,
        field: `references[${entry.number}].title`,
      });
    title = url;
  }
  return {
    marker: `[${entry.number}]`,
    number: entry.number,
    title,
    publisher,
    url,
    accessed,
    published,
    raw,
    line: entry.line,
  };
}

/** The markers of `references` in `body`, each with the sentence it closes. */
export function findMarkers(body: string, references: readonly DocumentReference[]): FootnoteMarker[] {
  const numbers = new Set(references.map((r) => r.number));
  if (numbers.size === 0) return [];
  const sentences = segmentSentences(body);
  const markers: FootnoteMarker[] = [];
  for (const m of body.matchAll(/\[\^?(\d{1,3})\]/gu)) {
    const number = Number(m[1]);
    if (!numbers.has(number)) continue;
    const start = m.index;
    const end = start + m[0].length;
    let k = sentences.findIndex((s) => s.start <= start && s.end >= end);
    // A marker the segmenter put at the start of a sentence belongs to the one before.
    const at = sentences[k];
    if (at !== undefined && at.start === start && k > 0) k -= 1;
    const sentence = sentences[k];
    if (sentence === undefined) continue;
    markers.push({
      marker: m[0],
      number,
      start,
      end,
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    });
  }
  return markers;
}
