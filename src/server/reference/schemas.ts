/**
 * JSON Schemas of the API's shapes for the OpenAPI document, converted from the model's zod
 * schemas with `z.toJSONSchema`; the envelopes (pages, errors, the case overview) are
 * written here around them.
 */
import { z } from 'zod';
import {
  Actor,
  Agreement,
  Case,
  Citation,
  Event,
  Evidence,
  Negotiation,
  Relation,
  Source,
} from '../../model/index.ts';
import { ActorLinkBody, SimulateBody } from '../inputs.ts';
import { UPLOAD_STATES } from '../uploads/jobs.ts';

export type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the `$schema` key. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** `{items, total, limit, offset}` of one kind of item. */
export function pageSchema(item: string): JsonSchema {
  return {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    properties: {
      items: { type: 'array', items: ref(item) },
      total: { type: 'integer', minimum: 0, description: 'items matching the filter, over all pages' },
      limit: { type: 'integer', minimum: 1 },
      offset: { type: 'integer', minimum: 0 },
      next: {
        type: ['string', 'null'],
        description:
          'events only: the cursor (DATE,ID) to pass as after for the next page; null on the last page',
      },
    },
  };
}

const count = { type: 'integer', minimum: 0 };

export function componentSchemas(): Record<string, JsonSchema> {
  return {
    Case: jsonSchemaOf(Case),
    Actor: jsonSchemaOf(Actor),
    Event: jsonSchemaOf(Event),
    Relation: jsonSchemaOf(Relation),
    Agreement: jsonSchemaOf(Agreement),
    Negotiation: jsonSchemaOf(Negotiation),
    Source: jsonSchemaOf(Source),
    Citation: jsonSchemaOf(Citation),
    Evidence: jsonSchemaOf(Evidence),
    SourceWithCitations: {
      type: 'object',
      required: ['source', 'citations'],
      properties: {
        source: ref('Source'),
        citations: { type: 'array', items: ref('Citation') },
        text: {
          description: 'only with `text=1`: the stored body of an ingested document, or null',
          oneOf: [ref('SourceText'), { type: 'null' }],
        },
      },
    },
    SourceText: {
      type: 'object',
      required: ['sourceId', 'body', 'sha256', 'language', 'storedAt'],
      properties: {
        sourceId: { type: 'string' },
        body: {
          type: 'string',
          description: 'the readable body; evidence offsets count UTF-16 code units in it',
        },
        sha256: { type: 'string', description: "SHA-256 of the body (hex), the source's contentHash" },
        language: { type: ['string', 'null'] },
        storedAt: { type: 'string', format: 'date-time' },
      },
    },
    CaseOverview: {
      type: 'object',
      required: ['case', 'counts', 'firstEvent', 'lastEvent', 'fatalitiesBest', 'latestEvents'],
      properties: {
        case: ref('Case'),
        counts: {
          type: 'object',
          properties: {
            actors: count,
            events: count,
            relations: count,
            agreements: count,
            negotiations: count,
            sources: count,
          },
        },
        firstEvent: { type: ['string', 'null'], format: 'date' },
        lastEvent: { type: ['string', 'null'], format: 'date' },
        fatalitiesBest: { ...count, description: 'sum of best estimates; unknown counts as 0' },
        latestEvents: { type: 'array', items: ref('Event') },
      },
    },
    EventSummary: {
      type: 'object',
      required: ['period', 'periods', 'totals'],
      properties: {
        period: { enum: ['month', 'week'] },
        periods: {
          type: 'array',
          description: 'periods holding events, in order (YYYY-MM or ISO week YYYY-Www)',
          items: {
            type: 'object',
            required: ['key', 'events', 'fatalitiesBest', 'byType'],
            properties: {
              key: { type: 'string' },
              events: count,
              fatalitiesBest: { ...count, description: 'sum of best estimates; unknown counts as 0' },
              byType: { type: 'object', description: 'events per PLOVER type', additionalProperties: count },
            },
          },
        },
        totals: {
          type: 'object',
          required: ['events', 'fatalitiesBest'],
          properties: { events: count, fatalitiesBest: count },
        },
      },
    },
    SimulateRequest: jsonSchemaOf(SimulateBody, 'input'),
    SimulationResult: {
      type: 'object',
      description:
        'actors, dimensions, rounds from t = 0, the stop reason and a forecast with the weighted-median baseline; scenario runs add the scenario, levers and Monte Carlo summary',
      required: ['model', 'actors', 'dimensions', 'rounds', 'forecast'],
    },
    Network: {
      type: 'object',
      description:
        'graphology serialisation: {attributes, options, nodes[{key, attributes}], edges[{key, source, target, attributes}]}',
      required: ['attributes', 'options', 'nodes', 'edges'],
    },
    AssessmentResult: {
      type: 'object',
      description:
        'the assessment (indicators, prospects, inputs and the store state), and with compareAsOf the earlier one and the changes',
      required: ['assessment'],
    },
    UnresolvedNames: {
      type: 'object',
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['dataset', 'name', 'externalId', 'items', 'why'],
            properties: {
              dataset: { type: 'string', description: 'the dataset format' },
              name: { type: 'string', description: "the dataset's name for the actor, verbatim" },
              externalId: { type: ['string', 'null'], description: "the dataset's own id for the actor" },
              items: { ...count, description: 'imported items carrying the name' },
              why: { type: 'string', description: 'why no registry actor was found, in words' },
            },
          },
        },
      },
    },
    ActorLinkRequest: jsonSchemaOf(ActorLinkBody, 'input'),
    ActorLinkResult: {
      type: 'object',
      required: [
        'name',
        'actorId',
        'actorName',
        'dataset',
        'items',
        'eventsUpdated',
        'outsidePeriods',
        'audit',
      ],
      properties: {
        name: { type: 'string' },
        actorId: { type: 'string' },
        actorName: { type: 'string' },
        dataset: { type: ['string', 'null'], description: 'null: the link holds in every dataset' },
        items: { ...count, description: 'items carrying the name before the link' },
        eventsUpdated: { ...count, description: 'stored events that now name the actor' },
        outsidePeriods: {
          ...count,
          description: "stored events carrying the name outside the actor's periods, left unresolved",
        },
        audit: {
          ...ref('AuditEntry'),
          description:
            'the link (kind actor-link), heading the entries of the events it changed; undoing it undoes them all',
        },
      },
    },
    UploadJob: {
      type: 'object',
      description: 'an upload and its import job (see GET /api/uploads/{id})',
      required: ['id', 'kind', 'name', 'bytes', 'format', 'state', 'rows', 'rejected', 'rejections', 'error'],
      properties: {
        id: { type: 'string' },
        kind: { enum: ['dataset', 'document'] },
        name: { type: 'string', description: "the client's file name" },
        bytes: { ...count, description: 'bytes received' },
        format: { type: 'string', description: 'dataset format (auto until detected) or document format' },
        caseId: { type: ['string', 'null'] },
        state: { enum: [...UPLOAD_STATES] },
        created: { type: 'string', format: 'date-time' },
        started: { type: ['string', 'null'], format: 'date-time' },
        finished: { type: ['string', 'null'], format: 'date-time' },
        rows: { ...count, description: 'data rows read so far (the header not counted)' },
        rowsPerSecond: count,
        bytesRead: count,
        totalBytes: count,
        imported: count,
        updated: count,
        unchanged: count,
        held: { ...count, description: 'kept as drafts: the registry lacks their actors' },
        skipped: count,
        rejected: count,
        rejections: {
          type: 'array',
          description: 'the first rejected rows',
          items: {
            type: 'object',
            required: ['line', 'field', 'reason'],
            properties: { line: count, field: { type: 'string' }, reason: { type: 'string' } },
          },
        },
        release: { type: ['string', 'null'] },
        document: {
          type: ['object', 'null'],
          description: 'documents: the stored Source, its references, coded events and those left out',
        },
        error: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Error/properties/error' }] },
      },
    },
    UploadList: {
      type: 'object',
      required: ['maxBytes', 'datasets', 'documentFormats', 'documentExtensions', 'encodings', 'items'],
      properties: {
        maxBytes: { ...count, description: 'largest upload accepted' },
        datasets: { type: 'array', items: { type: 'string' } },
        documentFormats: { type: 'array', items: { type: 'string' } },
        documentExtensions: {
          type: 'array',
          items: { type: 'string' },
          description: 'file name endings read as documents unless kind says otherwise',
        },
        encodings: { type: 'array', items: { type: 'string' } },
        items: { type: 'array', items: ref('UploadJob') },
      },
    },
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string', examples: ['validation', 'not-found', 'ambiguous', 'unprocessable'] },
            message: { type: 'string' },
            field: { type: 'string', description: 'the input field at fault (400)' },
            suggestions: { type: 'array', items: { type: 'string' }, description: 'close names (404)' },
          },
        },
      },
    },
  };
}
