/**
 * From a read document to what the store keeps: stable ids (a document's from its title and
 * the hash of its body; a reference's from its publisher, title and URL), the Sources and
 * Citations, and coded events turned into draft Events of the schema. A coded event is stored
 * only when every actor it names (source, target, claimant) resolves to a registry id, when it
 * is neither negated nor hypothetical, and when it has a date; otherwise it is left out with
 * the reason. Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import type { CodedActor, CodedEvent } from '../../coder/types.ts';
import { CountryCode, Event, Slug, Source, type Citation, type Claim } from '../../model/index.ts';
import type { DocumentReference, ReadDocument } from './types.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** "Taliban Accuses Pakistan…" → "taliban-accuses-pakistan…" (ASCII letters and digits, at most `max` characters). */
export function slugOf(text: string, max = 48): string {
  const slug = text
    .replace(/ı/gu, 'i')
    .replace(/İ/gu, 'I')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return slug.slice(0, max).replace(/-+$/u, '');
}

/** A URL compared loosely: scheme and host lower-cased, no fragment, no trailing slash. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.toLowerCase().replace(/^www\./u, '')}${u.pathname.replace(/\/+$/u, '')}${u.search}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

function idFrom(prefix: string, words: string, hash: string): string {
  const slug = slugOf(words);
  return slug === '' ? `${prefix}:${hash.slice(0, 16)}` : `${prefix}:${slug}-${hash.slice(0, 10)}`;
}

function httpUrl(url: string | null): string | null {
  if (url === null) return null;
  const parsed = Source.shape.url.safeParse(url);
  return parsed.success && /^https?:/iu.test(url) ? url : null;
}

/** The document as a Source; `contentHash` is the SHA-256 of its body. */
export function documentSource(doc: ReadDocument): Source {
  const contentHash = sha256(doc.body);
  return {
    id: idFrom('doc', doc.title, contentHash),
    kind: 'article',
    title: doc.title,
    author: doc.author,
    publisher: doc.publisher,
    language: doc.language,
    url: httpUrl(doc.url),
    published: doc.published,
    accessed: null,
    editionOf: null,
    reliability: null,
    credibility: null,
    contentHash,
  };
}

/** A reference-list entry as a Source (a page the document cites). */
export function referenceSource(ref: DocumentReference): Source {
  const hash = sha256(ref.url !== null ? urlKey(ref.url) : `${ref.title}\n${ref.publisher ?? ''}`);
  return {
    id: idFrom('ref', [ref.publisher ?? '', ref.title].join(' '), hash),
    kind: 'article',
    title: ref.title,
    author: null,
    publisher: ref.publisher,
    language: null,
    url: httpUrl(ref.url),
    published: ref.published,
    accessed: ref.accessed,
    editionOf: null,
    reliability: null,
    credibility: null,
    contentHash: null,
  };
}

export function citationOf(fromSourceId: string, toSourceId: string, ref: DocumentReference): Citation {
  return { fromSourceId, toSourceId, marker: ref.marker };
}

/** A coded event the store cannot take, and why. */
export interface LeftOutEvent {
  coded: CodedEvent;
  reason: 'unresolved' | 'negated' | 'hypothetical' | 'no-date' | 'no-actors' | 'invalid';
  /** The mentions that did not resolve, or the validation message. */
  detail: string[];
}

export interface ToEventOptions {
  /** The document's Source id: every evidence points at it. */
  sourceId: string;
  /** The date used when the sentence has none (the document's date or --date-ref), with precision unknown. */
  fallbackDate: string | null;
  /** Names for the summary line, by actor id. */
  nameOf?: (id: string) => string | undefined;
  /** Document title for the summary line. */
  title?: string;
}

function actorId(actor: CodedActor): string | null {
  return actor.actor !== null && Slug.safeParse(actor.actor).success ? actor.actor : null;
}

/** Stable id of a coded event: document, sentence, trigger code and actors (and `nth` among equals). */
export function codedEventId(sourceId: string, coded: CodedEvent, nth: number): string {
  const key = [
    sourceId,
    coded.sentence,
    coded.evidence[0]?.start ?? '',
    coded.cameo,
    coded.sourceActors.map((a) => a.actor ?? a.text).join('+'),
    coded.targetActors.map((a) => a.actor ?? a.text).join('+'),
    nth,
  ].join('|');
  return `coded:${sha256(key).slice(0, 20)}`;
}

/** The draft Event for a coded event, or why it is left out. */
export function toStoredEvent(coded: CodedEvent, id: string, options: ToEventOptions): Event | LeftOutEvent {
  if (coded.negated) return { coded, reason: 'negated', detail: [] };
  if (coded.hypothetical) return { coded, reason: 'hypothetical', detail: [] };
  const named = [...coded.sourceActors, ...coded.targetActors, ...coded.claims.map((c) => c.by)];
  const unresolved = named.filter((a) => actorId(a) === null).map((a) => a.text);
  if (unresolved.length > 0) return { coded, reason: 'unresolved', detail: [...new Set(unresolved)] };
  if (coded.sourceActors.length === 0 && coded.targetActors.length === 0)
    return { coded, reason: 'no-actors', detail: [] };
  const date = coded.date ?? options.fallbackDate;
  if (date === null) return { coded, reason: 'no-date', detail: [] };
  const evidence = coded.evidence.map((e) => ({
    sourceId: options.sourceId,
    start: e.start,
    end: e.end,
    quote: e.quote,
  }));
  const claims: Claim[] = coded.claims.map((c) => ({ by: actorId(c.by) as string, kind: c.kind, evidence }));
  const location = coded.location;
  const country =
    location?.country != null && CountryCode.safeParse(location.country).success ? location.country : null;
  const ids = (actors: readonly CodedActor[]): string[] => [
    ...new Set(actors.map((a) => actorId(a) as string)),
  ];
  const sourceActors = ids(coded.sourceActors);
  const targetActors = ids(coded.targetActors);
  const names = (list: string[]): string =>
    list.length === 0 ? '—' : list.map((a) => options.nameOf?.(a) ?? a).join(', ');
  const event = {
    id,
    date,
    datePrecision: coded.date === null ? ('unknown' as const) : coded.datePrecision,
    location: {
      name: location?.name ?? null,
      country,
      admin1: null,
      admin2: null,
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
      precision: location?.precision ?? 'unknown',
    },
    sourceActors,
    targetActors,
    type: coded.type,
    mode: coded.mode,
    context: coded.context,
    cameo: coded.cameo,
    intensity: coded.intensity,
    fatalities: { low: null, best: null, high: null },
    claims,
    origin: 'coded' as const,
    status: 'draft' as const,
    confidence: coded.confidence,
    evidence,
    incidentId: null,
    summary:
      `${names(sourceActors)} → ${names(targetActors)}: ${coded.type}${coded.mode !== null ? ` (${coded.mode})` : ''}, ` +
      `coded from sentence ${coded.sentence + 1}${options.title !== undefined ? ` of "${options.title}"` : ''}` +
      (coded.date === null ? '; the sentence gives no date, the document date stands in' : ''),
  };
  const parsed = Event.safeParse(event);
  if (!parsed.success)
    return {
      coded,
      reason: 'invalid',
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    };
  return parsed.data;
}

export function isLeftOut(value: Event | LeftOutEvent): value is LeftOutEvent {
  return 'reason' in value && 'coded' in value;
}
