/**
 * Finding English template text in a Turkish or Russian brief. The English fragments are the
 * literal parts of every English template (each template called with placeholder values, on
 * every branch), the brief's and the assessment's phrases alike, cut into word n-grams; English
 * month names are added. A rendered brief is turned into plain text, the data that
 * legitimately stays in English (summaries, source titles, URLs, dataset names, actor names
 * without a local alias) is cut out of it, and whatever English n-gram is left is a leak.
 */
import { inflateRawSync } from 'node:zlib';
import type { PhraseReader } from '../../src/assess/phrase.ts';
import { EN_PHRASES } from '../../src/assess/phrases-en.ts';
import { RELATION_PREDICATES } from '../../src/model/index.ts';
import type { BriefStrings, Footnote } from '../../src/report/index.ts';
import { noteEntries } from '../../src/report/footnotes.ts';
import type { ProfileStrings } from '../../src/report/profile/index.ts';

const P = (i: number) => `⟪${i}⟫`;
type Sample = Record<string, unknown>;

/** Sample arguments for every English template, one per branch. */
function samples(): Partial<Record<keyof BriefStrings, Sample[]>> {
  const counts = { events: 1, relations: 1, agreements: 1, negotiations: 1, sources: 1 };
  return {
    title: [{ mediator: P(1), a: P(2), b: P(3) }],
    nameInText: [
      { name: P(1), article: true },
      { name: P(1), article: false },
    ],
    provenance: [{ caseId: P(1), asOf: P(2), version: P(3), generated: P(4), counts }],
    prospect: [{ effect: P(1), term: P(2), p: P(3), low: P(4), high: P(5) }],
    confidenceLine: [{ confidence: P(1) }],
    noEstimate: [{ effect: P(1), reason: P(2) }],
    baseRate: [{ p: P(1), referenceClass: P(2) }],
    analogue: [{ name: P(1), outcome: P(2) }],
    agreement: [
      { name: P(1), signed: P(2), ended: P(3), endedOnDay: true, how: P(4) },
      { name: P(1), signed: null, ended: P(3), endedOnDay: false, how: P(4) },
      { name: P(1), signed: P(2), ended: null, endedOnDay: true, how: P(4) },
      { name: P(1), signed: P(2), ended: null, endedOnDay: true, how: null },
    ],
    negotiation: [
      { name: P(1), from: P(2), to: P(3), outcome: P(4) },
      { name: P(1), from: null, to: null, outcome: null },
    ],
    mediatorFamily: [
      { mediator: P(1), members: [] },
      { mediator: P(1), members: [P(2), P(3)] },
    ],
    partyFamily: [
      { party: P(1), members: [] },
      { party: P(1), members: [P(2), P(3)] },
    ],
    tie: (['friendly', 'hostile', 'neutral'] as const).map((kind) => ({
      x: P(1),
      y: P(2),
      kind,
      weight: P(3),
      from: P(4),
      to: P(5),
    })),
    triad: [
      { reading: P(1), balanced: true },
      { reading: P(1), balanced: false },
    ],
    relation: [{ summary: P(1) }],
    according: [{ claimant: P(1), summary: P(2) }],
    relationPlain: RELATION_PREDICATES.map((predicate) => ({ subject: P(1), predicate, object: P(2) })),
    eventsWindow: [
      { count: 1, from: P(1), to: P(2), deaths: 3 },
      { count: 1, from: P(1), to: P(2), deaths: null },
    ],
    event: [
      { date: P(1), summary: P(2), deaths: P(3) },
      { date: P(1), summary: P(2), deaths: null },
    ],
    claim: (['claimed', 'denied', 'attributed'] as const).flatMap((kind) => [
      { by: P(1), kind, date: P(2), about: P(3) },
      { by: P(1), kind, date: P(2), about: null },
    ]),
    toll: [{ by: P(1), date: P(2), deaths: P(3) }],
    contribution: [{ name: P(1), effect: P(2), delta: P(3), rationale: P(4) }],
    scenarioRun: [{ title: P(1), dimension: P(2), median: P(3), p10: P(4), p90: P(5), runs: 9 }],
    scenarioZone: [{ label: P(1), probability: P(2) }],
    scenarioMediation: [{ mediator: P(1), before: P(2), after: P(3) }],
    watch: [{ name: P(1), effect: P(2), score: P(3), confidence: P(4), rationale: P(5) }],
    disputed: [{ summary: P(1), claimant: P(2) }],
    reviewed: [{ by: P(1), date: P(2) }],
    reviewRecord: [
      { by: P(1), date: P(2), note: P(3) },
      { by: P(1), date: P(2), note: null },
    ],
  };
}

/**
 * Readers that give every parameter a placeholder, on each branch a template can take: flags
 * true and false, optional values present and absent, counts 0 and 2, and the named choices
 * of `toward` (mediator bias).
 */
function placeholderReaders(): PhraseReader[] {
  const readers: PhraseReader[] = [];
  for (const flag of [true, false])
    for (const present of [true, false])
      for (const count of [0, 2])
        for (const choice of ['rebels', 'government', 'neither']) {
          let i = 0;
          const next = () => P(++i);
          readers.push({
            text: (name) => (name === 'toward' || name === 'origin' ? choice : next()),
            maybe: () => (present ? next() : null),
            count: () => count,
            num: () => next(),
            flag: () => flag,
            texts: () => [next(), next()],
            actor: () => next(),
            actors: () => (count === 0 ? [] : [next(), next()]),
            indicator: () => next(),
            indicators: () => [next(), next()],
            date: () => next(),
            period: () => next(),
            phrase: () => next(),
            phrases: () => [next(), next()],
          });
        }
  return readers;
}

/** Every literal piece of text the assessment's English phrases write. */
function phraseChunks(): string[] {
  return Object.values(EN_PHRASES).flatMap((template) => placeholderReaders().map((r) => template(r)));
}

const FIGURE_SAMPLES: Record<string, Sample[]> = {
  eventsByMonth: [{ from: P(1), to: P(2), count: 3 }],
  prospects: [{ lines: [P(1), P(2)] }],
  prospectAlt: [{ effect: P(1), p: P(2), low: P(3), high: P(4) }],
  fatalitiesByMonth: [{ from: P(1), to: P(2), incidents: 3, series: [P(3), P(4)] }],
  network: [{ from: P(1), to: P(2), nodes: 3, friendly: 4, hostile: 5 }],
  networkCaption: [{ from: P(1), to: P(2) }],
};

const DIGEST_SAMPLES: Record<string, Sample[]> = {
  heading: [{ from: P(1), to: P(2) }],
  nothing: [{ from: P(1), to: P(2) }],
  events: [null, 0, 7].map((deaths) => ({ count: 3, from: P(1), to: P(2), byType: P(3), deaths })),
  typeCount: [{ type: P(1), count: 2 }],
  eventPlain: [{ type: P(1), sources: P(2), targets: P(3) }],
  relationStarted: [{ date: P(1), summary: P(2) }],
  relationEnded: [{ date: P(1), summary: P(2) }],
  agreementSigned: [{ name: P(1), date: P(2) }],
  agreementEnded: [{ name: P(1), date: P(2), how: P(3) }],
  indicator: [{ name: P(1), before: P(2), after: P(3), rationale: P(4) }],
  prospect: [{ effect: P(1), before: P(2), after: P(3) }],
  contribution: [{ name: P(1), before: P(2), after: P(3) }],
};

/** Keys whose values are formats (digits and dates), not words. */
const FORMATS = new Set(['lang', 'percent', 'number', 'date', 'month', 'period']);

/** Every literal piece of text a strings module writes: its strings, and its functions called with `samplesOf(path)`. */
function chunksOf(
  strings: object,
  samplesOf: (path: string) => Sample[] | undefined,
  skip: ReadonlySet<string>,
): string[] {
  const chunks: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') chunks.push(value);
    else if (typeof value === 'function') {
      const list = samplesOf(path);
      if (list === undefined) throw new Error(`no sample arguments for the template '${path}'`);
      for (const args of list) chunks.push(String((value as (v: Sample) => unknown)(args)));
    } else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  for (const [key, value] of Object.entries(strings)) if (!skip.has(key)) walk(value, key);
  return chunks.flatMap((text) => text.split(/⟪\d+⟫|\d+/));
}

/** Every literal piece of text the brief's templates and the assessment's phrases write, placeholders and digits cut out. */
export function templateChunks(strings: BriefStrings): string[] {
  const all = samples();
  const samplesOf = (path: string) => {
    const [head, key] = path.split('.');
    return head === 'figures'
      ? FIGURE_SAMPLES[key!]
      : head === 'digest'
        ? DIGEST_SAMPLES[key!]
        : all[head as keyof BriefStrings];
  };
  return [
    ...chunksOf(strings, samplesOf, new Set([...FORMATS, 'assessment'])),
    ...phraseChunks().flatMap((text) => text.split(/⟪\d+⟫|\d+/)),
  ];
}

/** Sample arguments for every template of an actor profile, one per branch. */
const PROFILE_SAMPLES: Record<string, Sample[]> = {
  title: [{ actor: P(1) }],
  reviewed: [{ by: P(1), date: P(2) }],
  provenance: [{ caseId: P(1), asOf: P(2), version: P(3), generated: P(4) }],
  reviewRecord: [
    { by: P(1), date: P(2), note: P(3) },
    { by: P(1), date: P(2), note: null },
  ],
  empty: [{ actor: P(1) }],
  period: [
    { from: null, to: null },
    { from: P(1), to: null },
    { from: null, to: P(2) },
    { from: P(1), to: P(2) },
  ],
  names: [{ language: P(1), names: [P(2), P(3)] }],
  identity: [
    { kind: P(1), country: P(2) },
    { kind: P(1), country: null },
  ],
  externalIds: [{ ids: [P(1), P(2)] }],
  dated: [{ period: P(1), text: P(2) }],
  according: [{ claimant: P(1), summary: P(2) }],
  alliance: (['ally', 'rival'] as const).map((side) => ({
    side,
    counterpart: P(1),
    period: P(2),
    text: P(3),
  })),
  reported: [{ summary: P(1) }],
  relationPlain: RELATION_PREDICATES.map((predicate) => ({ subject: P(1), predicate, object: P(2) })),
  sentence: [{ text: P(1) }],
  splinter: [{ child: P(1), parent: P(2) }],
  earliest: [{ date: P(1), text: P(2) }],
  leader: [
    { name: P(1), role: P(2), period: P(3), summary: P(4) },
    { name: P(1), role: null, period: P(3), summary: null },
  ],
  demand: [{ actor: P(1), date: P(2), negotiation: P(3), text: P(4) }],
  balance: [0, 1, 2].map((n) => ({
    year: P(1),
    counterpart: P(2),
    hostile: n,
    cooperative: n,
    neutral: n,
    intensity: n === 0 ? null : P(3),
  })),
  attack: [{ date: P(1), summary: P(2), deaths: P(3), type: P(4) }],
  claim: (['claimed', 'denied', 'attributed'] as const).flatMap((kind) => [
    { by: P(1), kind, about: P(2) },
    { by: P(1), kind, about: null },
  ]),
  toll: [{ by: P(1), deaths: P(2) }],
  dispute: [{ field: P(1), values: [P(2), P(3)], chosen: P(4), why: P(5) }],
  designation: [{ authority: P(1), list: P(2), period: P(3) }],
  event: [{ date: P(1), text: P(2) }],
  eventPlain: [{ type: P(1), sources: P(2), targets: P(3) }],
  round: [
    { negotiation: P(1), venue: P(2), outcome: P(3) },
    { negotiation: P(1), venue: null, outcome: null },
  ],
  agreement: [{ name: P(1), kind: P(2) }],
};

/** Every literal piece of text the profile's templates write, placeholders and digits cut out. */
export function profileChunks(strings: ProfileStrings): string[] {
  const skip = new Set(['lang', 'date', 'number', 'actorKind', 'agreementKind', 'field', 'country']);
  return chunksOf(strings, (path) => PROFILE_SAMPLES[path.split('.')[0]!], skip);
}

const words = (text: string) => text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];

/** Month names, long and short, as a locale writes them (lower case). */
function monthNames(locale: string): string[] {
  return Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2023, m, 15))).flatMap((day) =>
    (['long', 'short'] as const).map((month) =>
      new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(day).toLowerCase(),
    ),
  );
}

/**
 * Word n-grams (n = 3, or the whole chunk when shorter) of the English templates, and English
 * month names except those the target locale writes the same way (Turkish "May", "Mar").
 */
export function englishGrams(strings: BriefStrings | ProfileStrings, targetLocale: string): Set<string> {
  const grams = new Set<string>();
  const chunks =
    'headings' in strings && 'founding' in strings.headings
      ? profileChunks(strings as ProfileStrings)
      : templateChunks(strings as BriefStrings);
  for (const chunk of chunks) {
    const w = words(chunk);
    if (w.length === 0) continue;
    if (w.length < 3) grams.add(w.join(' '));
    else for (let i = 0; i + 3 <= w.length; i++) grams.add(w.slice(i, i + 3).join(' '));
  }
  const own = new Set(monthNames(targetLocale).flatMap(words));
  for (const month of monthNames('en-GB').flatMap(words)) if (!own.has(month)) grams.add(month);
  return grams;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e]!);

/** Visible text of an HTML page (tags dropped, entities decoded). */
export function htmlText(html: string): string {
  return unescapeXml(html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' '));
}

/** Markdown with its backslash escapes undone. */
export function markdownText(md: string): string {
  return md.replace(/\\(.)/g, '$1');
}

/** The text runs of a DOCX file's main part, read with node's zlib (no zip library). */
export function docxText(docx: Buffer): string {
  let eocd = docx.length - 22;
  while (eocd >= 0 && docx.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let at = docx.readUInt32LE(eocd + 16);
  for (let i = 0; i < docx.readUInt16LE(eocd + 10); i++) {
    const nameLength = docx.readUInt16LE(at + 28);
    const name = docx.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const local = docx.readUInt32LE(at + 42);
      const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
      const data = docx.subarray(start, start + docx.readUInt32LE(at + 20));
      const xml = (docx.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
      return unescapeXml([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
    }
    at += 46 + nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32);
  }
  throw new Error('no word/document.xml in the DOCX file');
}

/** The English grams left in `text` once the data strings are cut out of it. */
export function leaks(text: string, data: readonly string[], grams: ReadonlySet<string>): string[] {
  const normal = (s: string) => s.replace(/\s+/g, ' ').trim();
  let rest = normal(text);
  const cut = [...new Set(data.map(normal).filter((d) => d.length > 0))].sort((x, y) => y.length - x.length);
  for (const d of cut) rest = rest.split(d).join(' | ');
  const found = new Set<string>();
  for (const piece of rest.split(' | ')) {
    const w = words(piece);
    for (let n = 1; n <= 3; n++)
      for (let i = 0; i + n <= w.length; i++) {
        const gram = w.slice(i, i + n).join(' ');
        if (grams.has(gram)) found.add(gram);
      }
  }
  return [...found].sort();
}

/** What the notes cite, which stays as the source wrote it: titles, publishers, URLs, datasets, reference files. */
export function footnoteData(footnotes: readonly Footnote[]): string[] {
  return footnotes
    .flatMap(noteEntries)
    .flatMap((n) =>
      n.kind === 'document'
        ? [n.title, n.publisher ?? '', n.url ?? '']
        : n.kind === 'row'
          ? [n.dataset, n.release ?? '', n.row]
          : [n.file, n.computation],
    );
}

/** Keys of a strings module in order, nested keys as paths ("headings.summary"). */
export const keyPaths = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([k, v]) =>
    v !== null && typeof v === 'object'
      ? [`${prefix}${k}`, ...keyPaths(v as object, `${prefix}${k}.`)]
      : [`${prefix}${k}`],
  );

/** The visible text of a rendered edition in any of the text-bearing formats. */
export function renderedText(output: string | Buffer, format: 'md' | 'html' | 'docx'): string {
  return format === 'md'
    ? markdownText(String(output))
    : format === 'html'
      ? htmlText(String(output))
      : docxText(output as Buffer);
}
