/** The brief as Markdown: footnote markers `[^n]` and a numbered notes list at the end. */
import { ENTRY_SEPARATOR, footnoteText, noteEntries } from './footnotes.ts';
import type { Block, BriefDocument, Footnote, NoteEntry, Sentence } from './model.ts';

/** Escapes what Markdown would read as markup in text that comes from data. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const sentence = (s: Sentence) => escapeMarkdown(s.text) + s.notes.map((n) => `[^${n}]`).join('');

function block(b: Block): string[] {
  if (b.kind === 'paragraph') return [b.sentences.map(sentence).join(' '), ''];
  if (b.kind === 'list') return [...b.items.map((s) => `- ${sentence(s)}`), ''];
  if (b.kind === 'label') return [`> ${escapeMarkdown(b.text)}`, ''];
  if (b.kind === 'subheading') return [`### ${escapeMarkdown(b.text)}`, ''];
  const marks = b.notes.map((n) => `[^${n}]`).join('');
  return [`*${escapeMarkdown(b.caption)}*${marks} ${escapeMarkdown(b.alt)}`, ''];
}

/** A URL as an autolink: unescaped inside angle brackets, with what would end it percent-encoded. */
const autolink = (url: string) => `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;

function entry(n: NoteEntry, doc: BriefDocument): string {
  if (n.kind !== 'document' || n.url === null || !/^https?:\/\//i.test(n.url))
    return escapeMarkdown(footnoteText(n, doc.labels));
  const [before, after] = footnoteText({ ...n, url: '\u0000' }, doc.labels).split('\u0000') as [
    string,
    string,
  ];
  return `${escapeMarkdown(before)}${autolink(n.url)}${escapeMarkdown(after)}`;
}

const note = (n: Footnote, doc: BriefDocument) =>
  noteEntries(n)
    .map((e) => entry(e, doc))
    .join(ENTRY_SEPARATOR);

export function briefToMarkdown(doc: BriefDocument): string {
  const lines = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    `**${escapeMarkdown(doc.stamp)}**`,
    '',
    `_${escapeMarkdown(doc.provenance)}_`,
    '',
  ];
  for (const s of doc.sections) {
    lines.push(`## ${escapeMarkdown(s.heading)}`, '');
    for (const b of s.blocks) lines.push(...block(b));
  }
  lines.push(`## ${escapeMarkdown(doc.notesHeading)}`, '');
  for (const n of doc.footnotes) lines.push(`[^${n.n}]: ${note(n, doc)}`);
  return lines.join('\n') + '\n';
}
