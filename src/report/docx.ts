/**
 * The brief as a Word document (the `docx` package): headings, paragraphs and bullet items with
 * superscript note numbers, and the notes as a numbered list at the end. Figures are described
 * by their alt text (charts are in the HTML and PDF editions).
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { footnoteText } from './footnotes.ts';
import type { Block, BriefDocument, Sentence } from './model.ts';

function runs(sentences: Sentence[]): TextRun[] {
  return sentences.flatMap((s, i) => [
    new TextRun({ text: (i === 0 ? '' : ' ') + s.text }),
    ...(s.notes.length === 0
      ? []
      : [new TextRun({ text: s.notes.map((n) => `[${n}]`).join(''), superScript: true })]),
  ]);
}

function block(b: Block): Paragraph[] {
  if (b.kind === 'paragraph') return [new Paragraph({ children: runs(b.sentences) })];
  if (b.kind === 'list')
    return b.items.map((s) => new Paragraph({ children: runs([s]), bullet: { level: 0 } }));
  if (b.kind === 'label')
    return [new Paragraph({ children: [new TextRun({ text: b.text, italics: true, bold: true })] })];
  if (b.kind === 'subheading') return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
  return [new Paragraph({ children: [new TextRun({ text: `${b.caption} ${b.alt}`, italics: true })] })];
}

export async function briefToDocx(doc: BriefDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: doc.stamp, bold: true, color: 'B2182B' })] }),
    new Paragraph({ children: [new TextRun({ text: doc.provenance, italics: true })] }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }));
    for (const b of s.blocks) children.push(...block(b));
  }
  children.push(new Paragraph({ text: doc.notesHeading, heading: HeadingLevel.HEADING_1 }));
  for (const note of doc.footnotes)
    children.push(
      new Paragraph({ children: [new TextRun({ text: `[${note.n}] ${footnoteText(note, doc.labels)}` })] }),
    );
  const document = new Document({
    creator: 'Jirga',
    title: doc.title,
    description: doc.stamp,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
