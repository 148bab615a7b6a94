/**
 * The brief as a Word document (the `docx` package): headings, paragraphs and bullet items with
 * superscript note numbers, and the notes as a numbered list at the end. Figures: docx can embed
 * SVG only with a raster fallback, which this pure module cannot draw, so the fatalities and
 * network figures are given as tables (with a note saying so) and the other charts by their alt
 * text; every figure keeps its caption and the caption's notes.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { footnoteText } from './footnotes.ts';
import { escapeXml } from './svg.ts';
import { withZipTimes } from './zip-times.ts';
import type { Block, BriefDocument, Sentence } from './model.ts';

const noteRun = (notes: number[]) =>
  notes.length === 0 ? [] : [new TextRun({ text: notes.map((n) => `[${n}]`).join(''), superScript: true })];

function runs(sentences: Sentence[]): TextRun[] {
  return sentences.flatMap((s, i) => [
    new TextRun({ text: (i === 0 ? '' : ' ') + s.text }),
    ...noteRun(s.notes),
  ]);
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      children: cells.map(
        (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

/** The figure's data as a table, for the figures a table can carry; null for the others. */
function figureTable(figure: Extract<Block, { kind: 'figure' }>['figure'], doc: BriefDocument): Table | null {
  const c = doc.tables.columns;
  if (figure === 'fatalities-by-month') {
    const { months, series } = doc.figures.fatalitiesByMonth;
    const rows = months.flatMap((m) =>
      m.cells
        .filter((cell) => cell.incidents > 0)
        .map((cell) => [
          m.label,
          series.find((s) => s.id === cell.series)?.label ?? cell.series,
          String(cell.best),
          cell.low === cell.high ? '' : `${cell.low}–${cell.high}`,
        ]),
    );
    return table([c.month, c.series, c.best, c.range], rows);
  }
  if (figure === 'network') {
    const { nodes, edges, friendly, hostile } = doc.figures.network;
    const labelOf = new Map(nodes.map((n) => [n.id, n.label]));
    return table(
      [c.pair, c.tie, c.weight],
      edges.map((e) => [
        `${labelOf.get(e.source) ?? e.source} – ${labelOf.get(e.target) ?? e.target}`,
        e.weight > 0 ? friendly : hostile,
        `${e.weight > 0 ? '+' : '−'}${Math.abs(e.weight).toFixed(2)}`,
      ]),
    );
  }
  return null;
}

function block(b: Block, doc: BriefDocument): (Paragraph | Table)[] {
  if (b.kind === 'paragraph') return [new Paragraph({ children: runs(b.sentences) })];
  if (b.kind === 'list')
    return b.items.map((s) => new Paragraph({ children: runs([s]), bullet: { level: 0 } }));
  if (b.kind === 'label')
    return [new Paragraph({ children: [new TextRun({ text: b.text, italics: true, bold: true })] })];
  if (b.kind === 'subheading') return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
  const caption = new Paragraph({
    children: [new TextRun({ text: `${b.caption} ${b.alt}`, italics: true }), ...noteRun(b.notes)],
  });
  const data = figureTable(b.figure, doc);
  if (data === null) return [caption];
  return [
    caption,
    data,
    new Paragraph({ children: [new TextRun({ text: doc.tables.note, italics: true, size: 18 })] }),
  ];
}

export async function briefToDocx(doc: BriefDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: doc.stamp, bold: true, color: 'B2182B' })] }),
    new Paragraph({ children: [new TextRun({ text: doc.provenance, italics: true })] }),
  ];
  for (const s of doc.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1 }));
    for (const b of s.blocks) children.push(...block(b, doc));
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
  // Dated by the brief's generation day, not the clock, so the same brief gives the same bytes.
  const core = { path: 'docProps/core.xml', data: coreProperties(doc) };
  return withZipTimes(await Packer.toBuffer(document, false, [core]), doc.generated);
}

/** The package's core properties (title, creator, description, dates) with the generation day. */
function coreProperties(doc: BriefDocument): string {
  const when = `${doc.generated}T00:00:00Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(doc.title)}</dc:title><dc:creator>Jirga</dc:creator><dc:description>${escapeXml(doc.stamp)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
