/**
 * The curation operations for the OpenAPI document (create, edit and delete per kind, grade,
 * review, merges, audit, undo) and the shapes they return.
 */
import {
  AuditIdParam,
  AuditQuery,
  CreateQuery,
  ReviewQueueQuery,
  ActorMergeBody,
  GradeBody,
  IncidentMergeBody,
  ReviewBody,
} from '../curation-inputs.ts';
import { IdParam } from '../inputs.ts';
import type { Operation } from './operations.ts';
import { jsonSchemaOf, ref, type JsonSchema } from './schemas.ts';
import { AUDIT_ACTIONS, AUDIT_KINDS, REVIEWABLE_KINDS } from '../../store/curation-records.ts';

const ANALYST = {
  name: 'X-Analyst',
  required: false,
  description: 'who makes the change, recorded in the audit log (default "analyst")',
};
const IF_MATCH = (required: boolean) => ({
  name: 'If-Match',
  required,
  description: required
    ? 'the version the change is based on ("3"), from the ETag of the last change or GET /api/audit; a stale one is a 409'
    : 'the version the change is based on ("3"); absent, the current one',
});

const KINDS = [
  ['events', 'Event', 'an event'],
  ['relations', 'Relation', 'a relation'],
  ['negotiations', 'Negotiation', 'a negotiation'],
  ['agreements', 'Agreement', 'an agreement'],
  ['actors', 'Actor', 'an actor'],
  ['sources', 'Source', 'a source'],
] as const;

function itemOperations([path, schema, what]: (typeof KINDS)[number]): Operation[] {
  return [
    {
      method: 'post',
      path: `/api/${path}`,
      summary: `Create ${what}`,
      description:
        'Validated by the model schema; audited as a creation; linked to `case` when given. 409 when the id is taken.',
      query: CreateQuery,
      parameterHelp: { case: 'link the new item to this case' },
      body: schema,
      returns: `Curated${schema}`,
      success: 201,
      errors: [409],
      etag: false,
      headers: [ANALYST],
    },
    {
      method: 'put',
      path: `/api/${path}/{id}`,
      summary: `Edit ${what}`,
      description: 'Replaces the item; If-Match names the version the edit is based on.',
      pathParams: IdParam,
      body: schema,
      returns: `Curated${schema}`,
      errors: [404, 409],
      etag: false,
      headers: [IF_MATCH(true), ANALYST],
    },
    {
      method: 'delete',
      path: `/api/${path}/{id}`,
      summary: `Delete ${what}`,
      description: 'Audited; undoing the entry restores the item.',
      pathParams: IdParam,
      returns: 'AuditEntries',
      errors: [404, 409],
      etag: false,
      headers: [IF_MATCH(true), ANALYST],
    },
  ];
}

export const CURATION_OPERATIONS: readonly Operation[] = [
  ...KINDS.flatMap(itemOperations),
  {
    method: 'put',
    path: '/api/sources/{id}/grade',
    summary: 'Grade a source',
    description: 'Admiralty reliability (A–F) and credibility (1–6), with the analyst’s note.',
    pathParams: IdParam,
    body: 'GradeRequest',
    returns: 'CuratedSource',
    errors: [404, 409],
    etag: false,
    headers: [IF_MATCH(false), ANALYST],
  },
  {
    method: 'get',
    path: '/api/review',
    summary: 'The drafts awaiting review',
    description: 'Events, relations, negotiations and agreements whose status is draft, kind by kind, by id.',
    query: ReviewQueueQuery,
    parameterHelp: {
      kind: `only drafts of this kind (${REVIEWABLE_KINDS.join(', ')})`,
      limit: 'at most this many drafts, 1–1000 (default 100)',
    },
    returns: 'ReviewQueue',
    errors: [404],
    etag: true,
  },
  {
    method: 'post',
    path: '/api/review',
    summary: 'Review items, one or many',
    description:
      'Sets the review status of every item listed, in one transaction: a stale version or an unknown item changes none. One audit entry per changed item.',
    body: 'ReviewRequest',
    returns: 'ReviewResult',
    errors: [404, 409],
    etag: false,
    headers: [ANALYST],
  },
  {
    method: 'post',
    path: '/api/actors/merge',
    summary: 'Merge a duplicate actor into another',
    description:
      'Rewrites every reference to the duplicate, keeps its name and id as aliases of the actor kept, deletes it; one audit group, undone as a whole by undoing its first entry.',
    body: 'ActorMergeRequest',
    returns: 'AuditEntries',
    errors: [404, 409],
    etag: false,
    headers: [ANALYST],
  },
  {
    method: 'post',
    path: '/api/events/merge',
    summary: 'Merge two events into one incident',
    description:
      'Both events get one incident id; each keeps its evidence, and counts by incident count it once.',
    body: 'IncidentMergeRequest',
    returns: 'AuditEntries',
    errors: [404, 409],
    etag: false,
    headers: [ANALYST],
  },
  {
    method: 'get',
    path: '/api/audit',
    summary: 'The audit history of an item',
    description:
      'Its version (the ETag an edit sends back in If-Match) and every change to it, oldest first. ' +
      'When the item was changed outside curation (an import, an ingest, an actor link) since its last entry, ' +
      'the last entry shows that change as not yet recorded (`recorded: false`, `id: null`, action `external`, ' +
      'before: the last entry’s after, after: the item as stored, the version unchanged); ' +
      'the read writes nothing, and curation records the change when it next changes the item. ' +
      'The ETag is then "VERSION-outside-DIGEST" (If-Match reads the VERSION), so a cached history is not answered 304.',
    query: AuditQuery,
    parameterHelp: { item: `KIND:ID, KIND among ${AUDIT_KINDS.join(', ')} (event:ucdp-ged:244657)` },
    returns: 'ItemHistory',
    errors: [],
    etag: true,
  },
  {
    method: 'get',
    path: '/api/audit/{id}',
    summary: 'An audit entry and the changes recorded with it',
    description:
      'The entry and, when it heads a group (a merge, or the undo of one), the entries of the group, oldest first: every item the change touched, dataset actor links (kind actor-link) among them. A part is undone by undoing the entry that heads its group.',
    pathParams: AuditIdParam,
    parameterHelp: { id: 'the audit entry number' },
    returns: 'ChangeGroup',
    errors: [404],
    etag: false,
  },
  {
    method: 'post',
    path: '/api/audit/{id}/undo',
    summary: 'Undo a change',
    description:
      'Restores the state before the entry (of its whole group for a merge); 409 when an item has changed since. The undo is audited.',
    pathParams: AuditIdParam,
    parameterHelp: { id: 'the audit entry number' },
    returns: 'AuditEntries',
    errors: [404, 409],
    etag: false,
    headers: [ANALYST],
  },
];

export function curationSchemas(): Record<string, JsonSchema> {
  const auditRequired = [
    'id',
    'at',
    'who',
    'kind',
    'itemId',
    'action',
    'before',
    'after',
    'version',
    'undoes',
    'partOf',
  ];
  const auditProperties: Record<string, JsonSchema> = {
    id: { type: 'integer' },
    at: { type: 'string', format: 'date-time' },
    who: { type: 'string' },
    kind: { enum: [...AUDIT_KINDS] },
    itemId: { type: 'string' },
    action: { enum: [...AUDIT_ACTIONS] },
    before: { description: 'the item before the change; null when it did not exist' },
    after: { description: 'the item after the change; null when deleted' },
    version: { type: 'integer', description: 'the item’s version once changed' },
    undoes: { type: ['integer', 'null'], description: 'the entry an undo reverses' },
    partOf: {
      type: ['integer', 'null'],
      description: 'the first entry of the group (a merge, an actor link)',
    },
  };
  const auditEntry: JsonSchema = { type: 'object', required: auditRequired, properties: auditProperties };
  const entries = { type: 'array', items: ref('AuditEntry') };
  const curated = Object.fromEntries(
    KINDS.map(([, schema]) => [
      `Curated${schema}`,
      {
        type: 'object',
        required: ['item', 'version', 'audit'],
        properties: { item: ref(schema), version: { type: 'integer' }, audit: ref('AuditEntry') },
      },
    ]),
  );
  const kindItem = {
    type: 'object',
    required: ['kind', 'item'],
    properties: { kind: { enum: [...REVIEWABLE_KINDS] }, item: { type: 'object' } },
  };
  return {
    AuditEntry: auditEntry,
    AuditEntries: { type: 'object', required: ['audit'], properties: { audit: entries } },
    ChangeGroup: {
      type: 'object',
      required: ['entry', 'parts'],
      properties: { entry: ref('AuditEntry'), parts: entries },
    },
    UnrecordedChange: {
      type: 'object',
      description:
        'A change made outside curation since the last audit entry, shown by a read before curation records it',
      required: [...auditRequired, 'recorded'],
      properties: {
        ...auditProperties,
        id: { type: 'null', description: 'not recorded yet: no entry number, so nothing to undo' },
        at: { type: 'string', format: 'date-time', description: 'when the read noticed it' },
        action: { const: 'external' },
        before: { description: 'the last entry’s after-image' },
        after: { description: 'the item as stored now; null when it is gone' },
        version: { type: 'integer', description: 'the item’s current version (unchanged)' },
        recorded: { const: false },
      },
    },
    ItemHistory: {
      type: 'object',
      required: ['kind', 'id', 'version', 'entries'],
      properties: {
        kind: { enum: [...AUDIT_KINDS] },
        id: { type: 'string' },
        version: { type: 'integer' },
        entries: {
          type: 'array',
          description: 'oldest first; only the last can be an UnrecordedChange',
          items: { oneOf: [ref('AuditEntry'), ref('UnrecordedChange')] },
        },
      },
    },
    ...curated,
    GradeRequest: jsonSchemaOf(GradeBody, 'input'),
    ReviewRequest: jsonSchemaOf(ReviewBody, 'input'),
    ReviewQueue: {
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: kindItem } },
    },
    ReviewResult: {
      type: 'object',
      required: ['audit', 'unchanged'],
      properties: {
        audit: entries,
        unchanged: {
          type: 'array',
          items: { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'string' } } },
        },
      },
    },
    ActorMergeRequest: jsonSchemaOf(ActorMergeBody, 'input'),
    IncidentMergeRequest: jsonSchemaOf(IncidentMergeBody, 'input'),
  };
}
