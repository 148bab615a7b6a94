/**
 * The `ingest` use case: read a document (text, Markdown, HTML), store it as a Source (its id
 * from its title and the SHA-256 of its body), its references as Sources (a page already stored
 * under the same URL is reused, never rewritten), the Citations that link them by marker, and
 * the events the coder finds in the body as draft Events with evidence offsets into the body;
 * all in one transaction, linked to a case when one is named. Idempotent: an item already
 * stored is left as it is (an analyst's review or grading is never overwritten), so
 * re-ingesting the same document changes nothing. Coded events whose actors do not all resolve
 * to registry ids, or that are negated or hypothetical, are not stored but reported.
 *
 * The readable body is stored beside the document's Source (`putSourceText`, in the same
 * transaction), so the offsets of each evidence quote can be checked against it later; its
 * hash is the Source's `contentHash`, and the same body again changes nothing.
 */
import { ActorRegistry } from '../actors/registry.ts';
import { codeText } from '../coder/code-text.ts';
import { segmentSentences } from '../coder/segment.ts';
import type { CodedEvent } from '../coder/types.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import {
  citationOf,
  codedEventId,
  documentSource,
  isLeftOut,
  referenceSource,
  toStoredEvent,
  urlKey,
  type LeftOutEvent,
} from '../ingest/documents/stored.ts';
import { readDocumentFile } from '../ingest/documents/index.ts';
import type { DocumentFormat, FootnoteMarker, ReadDocument } from '../ingest/documents/types.ts';
import { IsoDate, type CaseItemKind, type Citation, type Event, type Source } from '../model/index.ts';
import type { SourceText, Store } from '../store/store.ts';
import { loadActorDictionaries } from './actor-dictionaries.ts';

export interface IngestDocumentRequest {
  file: string;
  /** Link what is stored to this case. */
  caseId?: string;
  /** Reference date for relative dates (YYYY-MM-DD); default: the document's publication date. */
  dateRef?: string;
  /** Input format; default: from the file's extension. */
  inputFormat?: DocumentFormat;
  /** Directory of reference actor dictionaries (else JIRGA_ACTOR_DICTIONARIES; none by default). */
  actorDictionaries?: string;
}

export type IngestAction = 'stored' | 'unchanged';

/** What became of the document's text, in numbers. */
export interface IngestSummary {
  documentId: string;
  title: string;
  /** The publication date, when the document gives one. */
  date: string | null;
  /** Sentences of the body, as the coder segments them. */
  sentences: number;
  /** Events the coder found, stored or left out. */
  codedEvents: number;
  /** Coded events kept in the store (stored now or before), and how many of them are still drafts. */
  events: number;
  drafts: number;
  leftOut: number;
  /** Characters of the stored body (UTF-16 code units, as evidence offsets count them). */
  bodyLength: number;
}

export interface IngestDocumentResult {
  file: string;
  caseId: string | null;
  document: Source & { action: IngestAction };
  /** The body the evidence offsets refer to, as stored (`getSourceText`). */
  body: string;
  /** What became of the stored body. */
  text: IngestAction;
  references: (Source & { marker: string; action: IngestAction | 'reused' })[];
  citations: (Citation & { action: IngestAction })[];
  markers: FootnoteMarker[];
  events: (Event & { action: IngestAction })[];
  leftOut: LeftOutEvent[];
  /** Everything the coder found, stored or not, in document order. */
  coded: CodedEvent[];
  summary: IngestSummary;
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = IsoDate.safeParse(value);
  if (!parsed.success)
    throw new ValidationError(`--date-ref '${value}' is not a date as YYYY-MM-DD`, { field: 'date-ref' });
  return parsed.data;
}

/**
 * The body stored for a source by `ingest`: `NotFoundError` for an unknown source, and for a
 * source with no stored body (a dataset, a reference, a document ingested before bodies were kept).
 */
export async function storedBody(store: Store, sourceId: string): Promise<SourceText> {
  if ((await store.getSource(sourceId)) === undefined) throw new NotFoundError('source', sourceId);
  const text = await store.getSourceText(sourceId);
  if (text === undefined) throw new NotFoundError('source text', sourceId);
  return text;
}

/** Reads, codes and stores a document. */
export async function ingestDocument(
  store: Store,
  request: IngestDocumentRequest,
): Promise<IngestDocumentResult> {
  const dateRef = checkDate(request.dateRef);
  const doc = await readDocumentFile(request.file, request.inputFormat);
  return storeDocument(store, doc, { ...request, dateRef });
}

/** Codes and stores a document already read (the part of `ingestDocument` after reading). */
export async function storeDocument(
  store: Store,
  doc: ReadDocument,
  request: IngestDocumentRequest,
): Promise<IngestDocumentResult> {
  const caseId = request.caseId ?? null;
  const referenceDictionaries = await loadActorDictionaries(request.actorDictionaries);
  return store.transaction(async (tx) => {
    if (caseId !== null && (await tx.getCase(caseId)) === undefined) {
      const known = (await tx.listCases()).map((c) => c.id);
      throw new NotFoundError('case', caseId, known);
    }
    const stored = await tx.listSources();
    const byHash = new Map(stored.filter((s) => s.contentHash !== null).map((s) => [s.contentHash, s]));
    const byUrl = new Map(stored.filter((s) => s.url !== null).map((s) => [urlKey(s.url as string), s]));

    // The document.
    const fresh = documentSource(doc);
    const existing = byHash.get(fresh.contentHash) ?? (await tx.getSource(fresh.id));
    const document = existing ?? fresh;
    const documentAction: IngestAction = existing === undefined ? 'stored' : 'unchanged';
    const newSources: Source[] = existing === undefined ? [fresh] : [];

    // The references and the citations.
    const references: IngestDocumentResult['references'] = [];
    const citations: IngestDocumentResult['citations'] = [];
    const storedCitations = new Set(
      (await tx.listCitations(document.id)).map((c) => `${c.toSourceId}|${c.marker}`),
    );
    const newCitations: Citation[] = [];
    for (const ref of doc.references) {
      const candidate = referenceSource(ref);
      const sameUrl = ref.url === null ? undefined : byUrl.get(urlKey(ref.url));
      const found =
        sameUrl ?? (await tx.getSource(candidate.id)) ?? newSources.find((s) => s.id === candidate.id);
      const source = found ?? candidate;
      // 'reused': a page stored by someone else (a curated case, another document) under the same URL.
      const action = found === undefined ? 'stored' : found.id !== candidate.id ? 'reused' : 'unchanged';
      if (found === undefined) newSources.push(candidate);
      references.push({ ...source, marker: ref.marker, action });
      const citation = citationOf(document.id, source.id, ref);
      const key = `${citation.toSourceId}|${citation.marker}`;
      const citationAction: IngestAction = storedCitations.has(key) ? 'unchanged' : 'stored';
      if (citationAction === 'stored') {
        newCitations.push(citation);
        storedCitations.add(key);
      }
      citations.push({ ...citation, action: citationAction });
    }

    // The events.
    const registry = ActorRegistry.from(await tx.listActors());
    const coded = codeText(doc.body, {
      registry,
      referenceDictionaries,
      docId: document.id,
      sourceId: document.id,
      dateRef: request.dateRef ?? doc.published ?? null,
      language: doc.language ?? 'en',
    });
    const events: IngestDocumentResult['events'] = [];
    const leftOut: LeftOutEvent[] = [];
    const newEvents: Event[] = [];
    const seen = new Map<string, number>();
    for (const item of coded) {
      const base = codedEventId(document.id, item, 0);
      const nth = seen.get(base) ?? 0;
      seen.set(base, nth + 1);
      const id = nth === 0 ? base : codedEventId(document.id, item, nth);
      const result = toStoredEvent(item, id, {
        sourceId: document.id,
        fallbackDate: request.dateRef ?? doc.published ?? null,
        nameOf: (actor) => registry.get(actor)?.name,
        title: doc.title,
      });
      if (isLeftOut(result)) {
        leftOut.push(result);
        continue;
      }
      const already = await tx.getEvent(id);
      if (already !== undefined) events.push({ ...already, action: 'unchanged' });
      else {
        newEvents.push(result);
        events.push({ ...result, action: 'stored' });
      }
    }

    if (newSources.length > 0) await tx.putSources(newSources);
    const text = await tx.putSourceText({
      sourceId: document.id,
      body: doc.body,
      language: doc.language,
      storedAt: new Date().toISOString(),
    });
    if (newCitations.length > 0) await tx.putCitations(newCitations);
    if (newEvents.length > 0) await tx.putEvents(newEvents);
    if (caseId !== null) {
      const links: { kind: CaseItemKind; id: string }[] = [
        { kind: 'source', id: document.id },
        ...references.map((r) => ({ kind: 'source' as const, id: r.id })),
        ...events.map((e) => ({ kind: 'event' as const, id: e.id })),
      ];
      await tx.linkToCase(caseId, links);
    }
    return {
      file: request.file,
      caseId,
      document: { ...document, action: documentAction },
      body: doc.body,
      text,
      references,
      citations,
      markers: doc.markers,
      events,
      leftOut,
      coded,
      summary: {
        documentId: document.id,
        title: document.title,
        date: document.published,
        sentences: segmentSentences(doc.body).length,
        codedEvents: coded.length,
        events: events.length,
        drafts: events.filter((e) => e.status === 'draft').length,
        leftOut: leftOut.length,
        bodyLength: doc.body.length,
      },
    };
  });
}
