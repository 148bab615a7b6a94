/**
 * `jirga ingest FILE`: read a text, Markdown or HTML document, store it with its references,
 * citations and the draft events the coder finds in it, and print what was stored: the
 * document (id, title, date), its text (sentences, events coded, kept and still drafts, the
 * stored body's length; `summary` in JSON), and which coded events were left out, and why.
 */
import { Command, Option } from 'commander';
import { ingestDocument, type IngestDocumentResult } from '../../app/ingest-document.ts';
import { withStore } from '../../app/session.ts';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../../ingest/documents/types.ts';
import { formatOf, sessionOf, write } from '../common.ts';
import { OUTPUT_FORMATS, render, type Column } from '../output.ts';

/** One line of the report: an item and what happened to it. */
export interface IngestRow {
  item: 'document' | 'text' | 'coded' | 'reference' | 'citation' | 'event' | 'left-out';
  id: string;
  action: string;
  detail: string;
}

const columns: Column<IngestRow>[] = [
  { header: 'item', value: (r) => r.item },
  { header: 'id', value: (r) => r.id },
  { header: 'action', value: (r) => r.action },
  { header: 'detail', value: (r) => r.detail },
];

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The text and what the coder made of it, as two rows (each fits a table cell). */
export function textRows(result: IngestDocumentResult): IngestRow[] {
  const { summary } = result;
  return [
    {
      item: 'text',
      id: summary.documentId,
      action: result.text,
      detail: `${count(summary.sentences, 'sentence', 'sentences')} · ${count(summary.bodyLength, 'character', 'characters')} stored`,
    },
    {
      item: 'coded',
      id: summary.documentId,
      action: 'coded',
      detail: `${count(summary.codedEvents, 'event', 'events')} · ${summary.events} kept · ${count(summary.drafts, 'draft', 'drafts')} · ${summary.leftOut} left out`,
    },
  ];
}

/** The rows of the report, in the order: document, text, coded, references, citations, events, left out. */
export function ingestRows(result: IngestDocumentResult): IngestRow[] {
  const rows: IngestRow[] = [
    {
      item: 'document',
      id: result.document.id,
      action: result.document.action,
      detail: [result.document.title, result.document.published, result.document.language]
        .filter((x) => x !== null)
        .join(' · '),
    },
    ...textRows(result),
  ];
  for (const ref of result.references)
    rows.push({
      item: 'reference',
      id: ref.id,
      action: ref.action,
      detail: `${ref.marker} ${ref.title}${ref.publisher !== null ? ` (${ref.publisher})` : ''}`,
    });
  for (const citation of result.citations)
    rows.push({
      item: 'citation',
      id: `${citation.fromSourceId} ${citation.marker} → ${citation.toSourceId}`,
      action: citation.action,
      detail: result.markers
        .filter((m) => m.marker.replace('^', '') === citation.marker)
        .map((m) => `chars ${m.sentence.start}–${m.sentence.end}`)
        .join('; '),
    });
  for (const event of result.events)
    rows.push({ item: 'event', id: event.id, action: event.action, detail: event.summary ?? event.type });
  for (const left of result.leftOut)
    rows.push({
      item: 'left-out',
      id: `sentence ${left.coded.sentence + 1}`,
      action: left.reason,
      detail: `${left.coded.type} ${left.coded.cameo}${left.detail.length > 0 ? `: ${left.detail.join(', ')}` : ''}`,
    });
  return rows;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'store a document (text, Markdown, HTML) with its references and the draft events coded from it',
    )
    .argument('<file>', 'the document (.txt, .md, .html)')
    .option('--case <id>', 'link the document, its references and its events to this case')
    .option(
      '--date-ref <date>',
      'reference date for relative dates (YYYY-MM-DD; default: the publication date)',
    )
    .option(
      '--actor-dictionaries <dir>',
      'reference actor dictionaries (TABARI *.actors.txt, *.agents.txt) as a fallback after the registry',
    )
    .addOption(
      new Option('--input-format <format>', 'how to read the file (default: from its extension)').choices([
        ...DOCUMENT_FORMATS,
      ]),
    )
    .addOption(new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table'))
    .action(
      async (
        file: string,
        options: {
          case?: string;
          dateRef?: string;
          inputFormat?: DocumentFormat;
          actorDictionaries?: string;
        },
        self: Command,
      ) => {
        const result = await withStore(sessionOf(self), (store) =>
          ingestDocument(store, {
            file,
            caseId: options.case,
            dateRef: options.dateRef,
            inputFormat: options.inputFormat,
            actorDictionaries: options.actorDictionaries,
          }),
        );
        const format = formatOf(self);
        if (format === 'json') {
          const { body, coded, ...rest } = result;
          void coded;
          write(JSON.stringify({ ...rest, bodyLength: body.length }, null, 2) + '\n');
          return;
        }
        write(render(ingestRows(result), format, columns));
      },
    );
}
