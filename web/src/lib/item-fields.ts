/**
 * The fields the edit form shows for each editable kind, reading and writing a nested path of
 * the item, and validation by the model's own zod schemas (the ones the store uses), so the
 * form refuses what the server would refuse and names the same field.
 */
import { SCHEMA_OF, type CuratedKind } from '../../../src/app/curation/kinds.ts';
import { plainProblem } from './problem-words.ts';
import {
  ACTOR_KINDS,
  AGREEMENT_KINDS,
  DATE_PRECISIONS,
  PLOVER_TYPES,
  RELATION_PREDICATES,
  RELATION_STANCES,
  REVIEW_STATUSES,
  SOURCE_KINDS,
} from '../../../src/model/index.ts';

/**
 * `list`: comma-separated ids; `actors`: actors chosen among the case's (a list too);
 * `source`: one of the case's sources; `boolean`: a checkbox; `tristate`: an optional boolean
 * (yes, no, or left out, which an empty choice writes).
 */
export type FieldType =
  'text' | 'date' | 'number' | 'select' | 'list' | 'actors' | 'source' | 'boolean' | 'tristate';

export interface Field {
  path: readonly string[];
  label: string;
  type: FieldType;
  options?: readonly string[];
  /** An empty input stores null (else an empty string, or the field is left out when optional). */
  nullable?: boolean;
  optional?: boolean;
}

const text = (path: string, label: string, more: Partial<Field> = {}): Field => ({
  path: path.split('.'),
  label,
  type: 'text',
  ...more,
});

/** The id, asked for only when creating an item. */
export const ID_FIELD: Field = text('id', 'Id');

/** The first piece of evidence: the source and the quoted words. */
const EVIDENCE: readonly Field[] = [
  text('evidence.0.sourceId', 'Evidence: source', { type: 'source' }),
  text('evidence.0.quote', 'Evidence: quote', { optional: true }),
];

export const FIELDS: Readonly<Record<CuratedKind, readonly Field[]>> = {
  event: [
    text('summary', 'Summary', { optional: true }),
    text('sourceActors', 'Source actors (ids)', { type: 'list' }),
    text('targetActors', 'Target actors (ids)', { type: 'list' }),
    text('date', 'Date', { type: 'date' }),
    text('datePrecision', 'Date precision', { type: 'select', options: DATE_PRECISIONS }),
    text('type', 'PLOVER type', { type: 'select', options: PLOVER_TYPES }),
    text('location.name', 'Place', { nullable: true }),
    text('fatalities.low', 'Deaths (low)', { type: 'number', nullable: true }),
    text('fatalities.best', 'Deaths (best)', { type: 'number', nullable: true }),
    text('fatalities.high', 'Deaths (high)', { type: 'number', nullable: true }),
    text('confidence', 'Confidence (0–1)', { type: 'number' }),
    text('status', 'Review status', { type: 'select', options: REVIEW_STATUSES }),
    ...EVIDENCE,
  ],
  relation: [
    text('summary', 'Summary', { optional: true }),
    text('subjectId', 'Subject (actor id)'),
    text('predicate', 'Predicate', { type: 'select', options: RELATION_PREDICATES }),
    text('objectId', 'Object (actor id)'),
    text('sign', 'Sign (−1 … +1)', { type: 'number' }),
    text('from', 'From', { type: 'date', nullable: true }),
    text('to', 'To', { type: 'date', nullable: true }),
    text('stance', 'Stance', { type: 'select', options: RELATION_STANCES }),
    text('status', 'Review status', { type: 'select', options: REVIEW_STATUSES }),
    ...EVIDENCE,
  ],
  negotiation: [
    text('name', 'Name'),
    text('parties', 'Parties', { type: 'actors' }),
    text('mediators', 'Mediators', { type: 'actors' }),
    text('from', 'From', { type: 'date', nullable: true }),
    text('to', 'To', { type: 'date', nullable: true }),
    text('outcome', 'Outcome', { nullable: true }),
    text('status', 'Review status', { type: 'select', options: REVIEW_STATUSES }),
    ...EVIDENCE,
  ],
  agreement: [
    text('name', 'Name'),
    text('kind', 'Kind', { type: 'select', options: AGREEMENT_KINDS }),
    text('parties', 'Parties', { type: 'actors' }),
    text('signed', 'Signed', { type: 'date', nullable: true }),
    text('signedPrecision', 'Signed: precision', { type: 'select', options: DATE_PRECISIONS }),
    text('written', 'Written text', { type: 'boolean' }),
    text('status', 'Review status', { type: 'select', options: REVIEW_STATUSES }),
    ...EVIDENCE,
  ],
  actor: [
    text('name', 'Name'),
    text('kind', 'Kind', { type: 'select', options: ACTOR_KINDS }),
    text('country', 'Country (ISO 3166 alpha-3)', { nullable: true }),
    text('parentId', 'Part of (actor id)', { nullable: true }),
    text('definiteArticle', 'English “the” before the name', { type: 'tristate', optional: true }),
  ],
  source: [
    text('title', 'Title'),
    text('kind', 'Kind', { type: 'select', options: SOURCE_KINDS }),
    text('author', 'Author', { nullable: true }),
    text('publisher', 'Publisher', { nullable: true }),
    text('url', 'URL', { nullable: true }),
    text('published', 'Published', { type: 'date', nullable: true }),
    text('accessed', 'Accessed', { type: 'date', nullable: true }),
  ],
};

type Json = Record<string, unknown>;

export function readField(item: unknown, field: Field): string {
  let value: unknown = item;
  for (const key of field.path) value = (value as Json | undefined)?.[key];
  if (Array.isArray(value)) return value.join(', ');
  return value === null || value === undefined ? '' : String(value);
}

function valueOf(field: Field, input: string): unknown {
  if (input === '' && field.nullable === true) return null;
  if (input === '' && field.optional === true) return undefined;
  if (field.type === 'boolean' || field.type === 'tristate') return input === 'true';
  if (field.type === 'list' || field.type === 'actors')
    return input
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  if (field.type === 'number' && input.trim() !== '') return Number(input);
  return input;
}

/** A copy of `item` with the field set from the input's text (lists stay lists on the way). */
export function writeField(item: unknown, field: Field, input: string): unknown {
  const value = valueOf(field, input);
  const set = (target: unknown, path: readonly string[]): unknown => {
    const [key, ...rest] = path;
    const copy: Json = Array.isArray(target) ? ([...target] as unknown as Json) : { ...(target as Json) };
    if (key === undefined) return copy;
    if (rest.length > 0) copy[key] = set(copy[key], rest);
    else if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  return set(item, field.path);
}

/** A new item of `kind` for the form to fill: a draft, curated, dated `today`. */
export function blankItem(kind: CuratedKind, today: string): unknown {
  const evidence = [{ sourceId: '' }];
  if (kind === 'source') {
    return {
      id: '',
      kind: 'article',
      title: '',
      author: null,
      publisher: null,
      language: null,
      url: null,
      published: null,
      accessed: today,
      editionOf: null,
      reliability: null,
      credibility: null,
      contentHash: null,
    };
  }
  if (kind === 'actor') {
    return {
      id: '',
      name: '',
      kind: 'armed-group',
      country: null,
      parentId: null,
      aliases: {},
      externalIds: {},
      roles: [],
      designations: [],
    };
  }
  if (kind === 'negotiation') {
    return {
      id: '',
      name: '',
      parties: [],
      mediators: [],
      from: today,
      to: null,
      outcome: null,
      status: 'draft',
      rounds: [],
      evidence,
    };
  }
  if (kind === 'agreement') {
    return {
      id: '',
      name: '',
      kind: AGREEMENT_KINDS[0],
      parties: [],
      thirdParties: [],
      signed: today,
      signedPrecision: 'day',
      written: true,
      ended: null,
      provisions: [],
      status: 'draft',
      evidence,
    };
  }
  if (kind === 'relation') {
    return {
      id: '',
      subjectId: '',
      predicate: 'supports',
      objectId: '',
      sign: 0,
      from: null,
      to: null,
      stance: 'asserted',
      claimedBy: null,
      status: 'draft',
      evidence,
    };
  }
  return {
    id: '',
    date: today,
    datePrecision: 'day',
    location: {
      name: null,
      country: null,
      admin1: null,
      admin2: null,
      lat: null,
      lon: null,
      precision: 'unknown',
    },
    sourceActors: [],
    targetActors: [],
    type: PLOVER_TYPES[0],
    mode: null,
    context: [],
    cameo: null,
    intensity: null,
    fatalities: { low: null, best: null, high: null },
    claims: [],
    origin: 'curated',
    status: 'draft',
    confidence: 0.5,
    evidence,
    incidentId: null,
  };
}

/** The first problem the model's schema finds, with its field path, in plain words; null when valid. */
export function firstProblem(kind: CuratedKind, item: unknown): { field: string; message: string } | null {
  const parsed = SCHEMA_OF[kind].safeParse(item, { error: plainProblem });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (issue === undefined) return { field: '', message: 'invalid' };
  // A field left empty is asked for, whatever the schema says of the form of a value.
  const empty = valueAt(item, issue.path) === '';
  return { field: issue.path.map(String).join('.'), message: empty ? 'Fill this in.' : issue.message };
}

/** The value at a path inside an item; undefined when the path leads nowhere. */
function valueAt(item: unknown, path: readonly PropertyKey[]): unknown {
  let value = item;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Whether a problem's field path is `path` or inside it (`periods.0.evidence` is inside `periods.0`). */
export const isUnder = (field: string, path: string): boolean =>
  field === path || field.startsWith(`${path}.`);
