/**
 * The brief as one standalone HTML page: inline CSS, inline SVG figures, no scripts and no
 * external resources (links appear only in the notes, as anchors). Every piece of text from
 * data is escaped.
 */
import { dottedDate, ENTRY_SEPARATOR, noteEntries } from './footnotes.ts';
import type { Block, BriefDocument, FigureId, Footnote, NoteEntry, Sentence } from './model.ts';
import { fatalitiesChart } from './svg-fatalities.ts';
import { networkChart } from './svg-network.ts';
import { escapeXml as esc, eventsChart, prospectsChart } from './svg.ts';

const CSS = `
body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #111; line-height: 1.5; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.stamp { border: 2px solid #b2182b; color: #b2182b; padding: 0.3rem 0.6rem; display: inline-block; font-weight: bold; }
p.label { border-left: 4px solid #e08214; padding-left: 0.6rem; font-style: italic; }
.provenance { color: #555; font-size: 0.9rem; }
sup a { text-decoration: none; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.85rem; color: #444; }
ol.notes { font-size: 0.85rem; word-break: break-word; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

function marks(notes: number[]): string {
  return notes.map((n) => `<sup><a href="#note-${n}">[${n}]</a></sup>`).join('');
}

const sentence = (s: Sentence) => `${esc(s.text)}${marks(s.notes)}`;

function block(b: Block, doc: BriefDocument): string {
  if (b.kind === 'paragraph') return `<p>${b.sentences.map(sentence).join(' ')}</p>`;
  if (b.kind === 'list') return `<ul>${b.items.map((s) => `<li>${sentence(s)}</li>`).join('')}</ul>`;
  if (b.kind === 'label') return `<p class="label">${esc(b.text)}</p>`;
  if (b.kind === 'subheading') return `<h3>${esc(b.text)}</h3>`;
  return `<figure>${figureSvg(b.figure, b.alt, doc)}<figcaption>${esc(b.caption)}${marks(b.notes)}</figcaption></figure>`;
}

function figureSvg(figure: FigureId, alt: string, doc: BriefDocument): string {
  switch (figure) {
    case 'events-by-month':
      return eventsChart(doc.figures.eventsByMonth, alt);
    case 'prospects':
      return prospectsChart(doc.figures.prospects, doc.figures.ticks, alt);
    case 'fatalities-by-month':
      return fatalitiesChart(doc.figures.fatalitiesByMonth, alt);
    case 'network':
      return networkChart(doc.figures.network, alt);
  }
}

/** Only http(s) links become anchors; anything else is shown as text. */
function link(url: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${esc(url)}" rel="noreferrer">${esc(url)}</a>` : esc(url);
}

function entry(n: NoteEntry, labels: BriefDocument['labels']): string {
  if (n.kind === 'document') {
    const parts = [`&quot;${esc(n.title)}&quot;`];
    if (n.publisher !== null) parts.push(esc(n.publisher));
    if (n.url !== null) parts.push(link(n.url));
    if (n.accessed !== null) parts.push(`(${esc(labels.accessed)}: ${dottedDate(n.accessed)})`);
    return parts.join(', ');
  }
  if (n.kind === 'row') {
    return [
      esc(n.dataset),
      ...(n.release === null ? [] : [`${esc(labels.release)} ${esc(n.release)}`]),
      `${esc(labels.row)} ${esc(n.row)}`,
    ].join(', ');
  }
  return `${esc(n.referenceClass)}, <code>${esc(n.file)}</code>: ${esc(n.computation)} (${esc(labels.computedOn)} ${dottedDate(n.computedOn)})`;
}

function note(n: Footnote, doc: BriefDocument): string {
  const body = noteEntries(n)
    .map((e) => entry(e, doc.labels))
    .join(ENTRY_SEPARATOR);
  return `<li id="note-${n.n}" value="${n.n}"><bdi>${body}</bdi></li>`;
}

export function briefToHtml(doc: BriefDocument): string {
  const body = [
    `<h1>${esc(doc.title)}</h1>`,
    `<p class="stamp">${esc(doc.stamp)}</p>`,
    `<p class="provenance">${esc(doc.provenance)}</p>`,
    ...doc.sections.map(
      (s) =>
        `<section id="${s.id}"><h2>${esc(s.heading)}</h2>${s.blocks.map((b) => block(b, doc)).join('\n')}</section>`,
    ),
    `<section id="notes"><h2>${esc(doc.notesHeading)}</h2><ol class="notes">${doc.footnotes.map((n) => note(n, doc)).join('\n')}</ol></section>`,
  ];
  return `<!DOCTYPE html>
<html lang="${esc(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(doc.title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
