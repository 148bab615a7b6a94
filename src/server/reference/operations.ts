/**
 * The API's operations as data: path, method, summary, the zod schema of their query or path
 * parameters, and what they return. The OpenAPI document and the reference page are both
 * built from this table, and a test checks it against the routes the app really has.
 */
import type { z } from 'zod';
import {
  ActorsQuery,
  CasesQuery,
  EventSummaryQuery,
  EventsQuery,
  IdParam,
  ItemsQuery,
  SourceQuery,
  RelationsQuery,
  NetworkQuery,
  AssessmentQuery,
  BriefQuery,
  ProfileQuery,
  UnresolvedQuery,
  UploadIdParam,
  UploadQuery,
} from '../inputs.ts';
import { CURATION_OPERATIONS } from './curation-operations.ts';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI path template (`{id}`). */
  path: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  /** Component schema name of the request body (JSON). */
  body?: string;
  /** A raw request body (a file), described. */
  rawBody?: string;
  /** The success status, when not 200. */
  success?: 200 | 201 | 202;
  /** Non-JSON 200 responses: content type → what it is (the JSON `returns` is then unused). */
  produces?: Record<string, string>;
  /** Component schema name of the JSON success response (none when the operation `produces` files). */
  returns?: string;
  /** The 200 response is a page of this component. */
  pageOf?: string;
  /** Error statuses beyond 400 and 500. */
  errors: number[];
  /** GET responses carry an ETag and answer If-None-Match with 304. */
  etag: boolean;
  /** Descriptions of this operation's parameters where they differ from PARAMETER_HELP. */
  parameterHelp?: Readonly<Record<string, string>>;
  /** Request headers the operation reads, each with whether it is required. */
  headers?: { name: string; required: boolean; description: string }[];
}

const list = (
  path: string,
  item: string,
  query: z.ZodObject,
  summary: string,
  description?: string,
): Operation => ({
  method: 'get',
  path,
  summary,
  ...(description === undefined ? {} : { description }),
  query,
  returns: `${item}Page`,
  pageOf: item,
  errors: [404],
  etag: true,
});

const one = (path: string, item: string, summary: string): Operation => ({
  method: 'get',
  path,
  summary,
  pathParams: IdParam,
  returns: item,
  errors: [404],
  etag: true,
});

export const PARAMETER_HELP: Readonly<Record<string, string>> = {
  case: 'only items of this case (linked to it or inside its scope)',
  limit: 'page size, 1–1000 (default 100)',
  offset: 'items to skip (default 0)',
  after: "events: a cursor, DATE,ID, the previous page's next; the page starts after it (not with offset)",
  period: 'month (default) or week (ISO weeks)',
  order: 'events: date (default: oldest first) or deadliest (best fatality estimate first, paged by offset)',
  actor:
    'actor ids or names, comma-separated or repeated; an event matches when any is a source or target actor',
  type: 'PLOVER event types, comma-separated or repeated (ASSAULT, CONSULT, …)',
  kind: 'actor kinds, comma-separated or repeated (state, armed-group, person, …)',
  from: 'first day, YYYY-MM-DD (inclusive)',
  to: 'last day, YYYY-MM-DD (inclusive)',
  bbox: 'minLon,minLat,maxLon,maxLat; minLon > maxLon crosses the antimeridian',
  id: 'the item id',
  drafts: 'include draft items (default false: reviewed items only)',
  mediator: 'the mediator, an actor id or name',
  parties: 'the two parties, ids or names, comma-separated or repeated',
  asOf: 'the day the assessment is made, YYYY-MM-DD (only what was known by then counts)',
  compareAsOf: 'an earlier day to compare with: what changed since',
  format: 'html (default, for a preview), md, docx or pdf (downloads; pdf needs chromium on the server)',
  lang: 'the language of the brief or profile: en (default), tr or ru',
  name: "the uploaded file's name; its extension tells a document (.txt, .md, .html) from a dataset file",
  dataset: 'the dataset format, or auto (default) to detect it from the header',
  encoding: "the dataset file's encoding (default: detected)",
  dateRef: 'documents: the reference day for relative dates, YYYY-MM-DD (default: the publication date)',
};

export const OPERATIONS: readonly Operation[] = [
  list('/api/cases', 'Case', CasesQuery, 'List the cases'),
  one('/api/cases/{id}', 'CaseOverview', 'One case at a glance: question, counts, period, latest events'),
  list('/api/actors', 'Actor', ActorsQuery, 'List actors'),
  one('/api/actors/{id}', 'Actor', 'One actor'),
  list(
    '/api/events',
    'Event',
    EventsQuery,
    'List events',
    "Ordered by date, then id. Every filter combines with the others; `total` counts all matches. Page with `after` (the previous page's `next`) rather than a deep `offset`.",
  ),
  {
    method: 'get',
    path: '/api/events/summary',
    summary: 'Events and deaths per month or ISO week and PLOVER type',
    description: "The events list's filters, counted in the store; with totals and the first and last day.",
    query: EventSummaryQuery,
    returns: 'EventSummary',
    errors: [404],
    etag: true,
  },
  one('/api/events/{id}', 'Event', 'One event with its evidence'),
  list('/api/relations', 'Relation', RelationsQuery, 'List relations'),
  one('/api/relations/{id}', 'Relation', 'One relation with its evidence'),
  list('/api/agreements', 'Agreement', ItemsQuery, 'List agreements'),
  one('/api/agreements/{id}', 'Agreement', 'One agreement'),
  list('/api/negotiations', 'Negotiation', ItemsQuery, 'List negotiations'),
  one('/api/negotiations/{id}', 'Negotiation', 'One negotiation with its rounds'),
  list('/api/sources', 'Source', ItemsQuery, 'List sources'),
  {
    ...one('/api/sources/{id}', 'SourceWithCitations', 'One source and what it cites'),
    description:
      'With `text=1`, also `text`: the body stored when the document was ingested (the text its evidence offsets count in), or null.',
    query: SourceQuery,
    parameterHelp: { text: '1: add the stored body of an ingested document as `text`' },
  },
  {
    method: 'get',
    path: '/api/network',
    summary: 'The actor network of a case for a window',
    description:
      'Actors as nodes, signed weighted edges from relations and events in the window, as graphology JSON.',
    query: NetworkQuery,
    returns: 'Network',
    errors: [404],
    etag: true,
  },
  {
    method: 'get',
    path: '/api/assessment',
    summary: 'Assess a mediator between two parties',
    description:
      'The mediation assessment: indicators with their values, evidence and citations, combined into prospects with uncertainty; with compareAsOf, what changed since.',
    query: AssessmentQuery,
    returns: 'AssessmentResult',
    errors: [404, 409],
    etag: true,
  },
  {
    method: 'post',
    path: '/api/simulate',
    summary: 'Run a built-in bargaining scenario',
    description:
      'The SMP (KTAB) or BDM model on a built-in scenario, with levers (`actor.field=value`), the mediation lever and Monte Carlo runs.',
    body: 'SimulateRequest',
    returns: 'SimulationResult',
    errors: [404, 422],
    etag: false,
  },
  {
    method: 'get',
    path: '/api/brief',
    summary: 'The assessment written up as a brief',
    description:
      'A draft brief with numbered footnotes to its evidence. html is served inline with a CSP of its own (inline styles only, no script, sandboxed); md, docx and pdf as downloads (Content-Disposition: attachment).',
    query: BriefQuery,
    produces: {
      'text/html': 'the brief as one HTML file (inline CSS and SVG, no script)',
      'text/markdown': 'the brief as Markdown',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'the brief as DOCX',
      'application/pdf': 'the brief as PDF (printed by chromium)',
    },
    errors: [404, 409, 503],
    etag: true,
  },
  {
    method: 'get',
    path: '/api/profile',
    summary: 'An actor profile',
    description:
      'Names, founding, leaders, goals, strength, allies and rivals, splits, attacks, designations and a timeline, each item with numbered footnotes. html is served inline under the brief’s CSP; md, docx and pdf as downloads.',
    query: ProfileQuery,
    produces: {
      'text/html': 'the profile as one HTML file (inline CSS, no script)',
      'text/markdown': 'the profile as Markdown',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'the profile as DOCX',
      'application/pdf': 'the profile as PDF (printed by chromium)',
    },
    errors: [404, 503],
    etag: true,
  },
  {
    method: 'get',
    path: '/api/uploads',
    summary: 'Upload settings and the uploads of this server run',
    description:
      'The size limit, the dataset formats, document formats and encodings, and the jobs (newest first).',
    returns: 'UploadList',
    errors: [],
    etag: true,
  },
  {
    method: 'get',
    path: '/api/dataset-actors/unresolved',
    summary: 'Dataset actor names no registry actor was found for, with why',
    description:
      "The names imports kept verbatim because the registry did not resolve them (`jirga unresolved`), most frequent first, each with how many items carry it and why it stayed unresolved: an id several actors share (and, with periods, none held it alone on the rows' dates), a name fitting several actors or a dated actor outside its periods, an actor added since the import, or none (with the closest registry names).",
    query: UnresolvedQuery,
    returns: 'UnresolvedNames',
    errors: [404],
    etag: true,
    parameterHelp: {
      case: 'only names on items of this case',
      dataset: 'only names from this dataset format (ucdp-ged, acled, …)',
      limit: 'at most this many names',
    },
  },
  {
    method: 'post',
    path: '/api/dataset-actors/links',
    summary: 'Link a dataset actor name to a registry actor',
    description:
      'The same as `jirga actors link NAME ACTOR [--dataset D]`: later imports resolve the name to the actor, and stored events carrying it take the actor at once (the answer says how many). The link is audited under `X-Analyst`, one entry heading one per event it changed, so `POST /api/audit/{id}/undo` takes it all back, unresolved names included. Without `dataset` the link holds in every dataset. An unknown actor is a 404 with the closest names.',
    body: 'ActorLinkRequest',
    success: 201,
    returns: 'ActorLinkResult',
    errors: [404],
    etag: false,
  },
  {
    method: 'post',
    path: '/api/uploads',
    summary: 'Upload a dataset file or a document to import',
    description:
      'The file is the raw request body (any Content-Type), streamed to a temporary file; over the size limit the answer is 413 and nothing is kept. The import then runs as a queued job through the same use case as `jirga import` (datasets) or `jirga ingest` (documents): poll GET /api/uploads/{id} for its progress.',
    query: UploadQuery,
    rawBody: 'the file itself',
    success: 202,
    returns: 'UploadJob',
    errors: [404, 413],
    etag: false,
  },
  {
    method: 'get',
    path: '/api/uploads/{id}',
    summary: 'One upload: state, progress, totals, rejected rows, error',
    description:
      'state is queued, running, done or failed; rows and rowsPerSecond follow the importer as it reads; rejections list rejected rows (line, field, reason); error is set when the job failed, shaped like any API error.',
    pathParams: UploadIdParam,
    returns: 'UploadJob',
    errors: [404],
    etag: true,
  },
  ...CURATION_OPERATIONS,
];
