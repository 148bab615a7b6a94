/**
 * The fields the edit form shows for each editable kind, reading and writing a nested path of
 * the item, and validation by the model's own zod schemas (the ones the store uses), so the
 * form refuses what the server would refuse and names the same field.
 */
import {
  DATE_PRECISIONS,
  Event,
  PLOVER_TYPES,
  RELATION_PREDICATES,
  RELATION_STANCES,
  REVIEW_STATUSES,
  Relation,
  SOURCE_KINDS,
  Source,
} from '../../../src/model/index.ts';
import type { EditableKind } from '../curation-api.ts';

export type FieldType = 'text' | 'date' | 'number' | 'select';

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

export const FIELDS: Readonly<Record<EditableKind, readonly Field[]>> = {
  event: [
    text('summary', 'Summary', { optional: true }),
    text('date', 'Date', { type: 'date' }),
    text('datePrecision', 'Date precision', { type: 'select', options: DATE_PRECISIONS }),
    text('type', 'PLOVER type', { type: 'select', options: PLOVER_TYPES }),
    text('location.name', 'Place', { nullable: true }),
    text('fatalities.low', 'Deaths (low)', { type: 'number', nullable: true }),
    text('fatalities.best', 'Deaths (best)', { type: 'number', nullable: true }),
    text('fatalities.high', 'Deaths (high)', { type: 'number', nullable: true }),
    text('confidence', 'Confidence (0–1)', { type: 'number' }),
    text('status', 'Review status', { type: 'select', options: REVIEW_STATUSES }),
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

const SCHEMAS = { event: Event, relation: Relation, source: Source } as const;

type Json = Record<string, unknown>;

export function readField(item: unknown, field: Field): string {
  let value: unknown = item;
  for (const key of field.path) value = (value as Json | undefined)?.[key];
  return value === null || value === undefined ? '' : String(value);
}

/** A copy of `item` with the field set from the input's text. */
export function writeField(item: unknown, field: Field, input: string): unknown {
  const value: unknown =
    input === '' && field.nullable === true
      ? null
      : input === '' && field.optional === true
        ? undefined
        : field.type === 'number' && input.trim() !== ''
          ? Number(input)
          : input;
  const set = (target: unknown, path: readonly string[]): unknown => {
    const [key, ...rest] = path;
    const copy = { ...(target as Json) };
    if (key === undefined) return copy;
    if (rest.length > 0) copy[key] = set(copy[key], rest);
    else if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  return set(item, field.path);
}

/** The first problem the model's schema finds, with its field path; null when valid. */
export function firstProblem(kind: EditableKind, item: unknown): { field: string; message: string } | null {
  const parsed = SCHEMAS[kind].safeParse(item);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return { field: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'invalid' };
}
