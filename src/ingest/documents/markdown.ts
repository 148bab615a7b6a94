/**
 * Markdown to plain lines, one output line per input line (so line numbers stay the file's):
 * front matter read for title, author, date and language; headings, emphasis, code, links
 * (their text), images (dropped), raw HTML tags (dropped, with script and style content),
 * block quotes, list bullets and rules reduced to text. Footnote markers "[^1]" and "[1]" stay.
 */
import type { KnownMetadata } from './assemble.ts';
import type { Line } from './references.ts';

export interface MarkdownText {
  lines: Line[];
  known: KnownMetadata;
}

const FRONT_KEYS: Readonly<Record<string, Exclude<keyof KnownMetadata, 'publishedLine'>>> = {
  title: 'title',
  author: 'author',
  authors: 'author',
  date: 'published',
  published: 'published',
  lang: 'language',
  language: 'language',
  publisher: 'publisher',
  url: 'url',
};

function inline(text: string): string {
  return (
    text
      // images, then links (inline, reference and autolinks): their text only
      .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '')
      .replace(/!\[([^\]]*)\]\[[^\]]*\]/gu, '')
      .replace(/\[([^\]^][^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]^][^\]]*)\]\[[^\]]*\]/gu, '$1')
      .replace(/<(https?:\/\/[^>\s]+)>/giu, '$1')
      // raw HTML tags
      .replace(/<\/?[a-zA-Z][^>]*>/gu, '')
      // code spans and emphasis
      .replace(/`+([^`]*)`+/gu, '$1')
      .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/gu, '$2')
      .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
      .replace(/~~(?=\S)([^~]*?\S)~~/gu, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/gu, '$1')
  );
}

export function markdownToLines(text: string): MarkdownText {
  const raw = text.split('\n');
  const known: KnownMetadata = {};
  const lines: Line[] = [];
  let k = 0;
  if (raw[0]?.trim() === '---') {
    const close = raw.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/u.test(l));
    if (close > 0) {
      for (let i = 1; i < close; i += 1) {
        const m = /^([A-Za-z_]+)\s*:\s*(.*)$/u.exec(raw[i] as string);
        const key = m === null ? undefined : FRONT_KEYS[(m[1] as string).toLowerCase()];
        if (m === null || key === undefined) continue;
        const value = (m[2] as string).trim().replace(/^(["'])(.*)\1$/u, '$2');
        if (value === '') continue;
        if (key === 'published') {
          known.published = value;
          known.publishedLine = i + 1;
        } else known[key] = value;
      }
      for (let i = 0; i <= close; i += 1) lines.push({ text: '', line: i + 1 });
      k = close + 1;
    }
  }
  let fence: string | null = null;
  let skipping: string | null = null;
  for (; k < raw.length; k += 1) {
    let line = raw[k] as string;
    const number = k + 1;
    if (skipping !== null) {
      const end = line.toLowerCase().indexOf(`</${skipping}`);
      if (end >= 0) skipping = null;
      lines.push({ text: '', line: number });
      continue;
    }
    const fenceMatch = /^\s*(```+|~~~+)/u.exec(line);
    if (fenceMatch !== null) {
      fence = fence === null ? (fenceMatch[1] as string) : line.trim().startsWith(fence) ? null : fence;
      lines.push({ text: '', line: number });
      continue;
    }
    if (fence !== null) {
      lines.push({ text: line, line: number });
      continue;
    }
    const raw_ = /<(script|style|iframe|object|template|noscript)\b/iu.exec(line);
    if (raw_ !== null) {
      const name = (raw_[1] as string).toLowerCase();
      const close = line.toLowerCase().indexOf(`</${name}`, raw_.index);
      if (close < 0) {
        skipping = name;
        line = line.slice(0, raw_.index);
      } else {
        const after = line.indexOf('>', close);
        line = line.slice(0, raw_.index) + (after < 0 ? '' : line.slice(after + 1));
      }
    }
    if (/^\s*<!--/u.test(line) || /^\s*(?:[-*_]\s*){3,}$/u.test(line) || /^\s*(?:=+|-+)\s*$/u.test(line)) {
      // comments, rules and setext underlines
      if (
        /^\s*(?:=+|-+)\s*$/u.test(line) &&
        lines.length > 0 &&
        (lines[lines.length - 1] as Line).text.trim() !== ''
      ) {
        lines.push({ text: '', line: number });
        continue;
      }
      lines.push({ text: '', line: number });
      continue;
    }
    if (/^\s{0,3}\[[^\]^]+\]:\s*\S+/u.test(line)) {
      // link reference definitions
      lines.push({ text: '', line: number });
      continue;
    }
    line = line
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/u, '$1')
      .replace(/^\s*(?:>\s?)+/u, '')
      .replace(/^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/u, '');
    lines.push({ text: inline(line), line: number });
  }
  return { lines, known };
}
