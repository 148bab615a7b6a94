/**
 * The API's inputs as zod schemas: list filters and pagination from the query string, path
 * ids, and the simulation request body. Output keys keep the query's names so the typed
 * client (`hc<AppType>`) sees exactly the parameters a URL takes.
 */
import { z } from 'zod';
import { BRIEF_FORMATS } from '../app/brief.ts';
import { ENCODINGS } from '../ingest/encoding.ts';
import { formatNames } from '../ingest/pipeline.ts';
import { ACTOR_KINDS, EntityId, IsoDate, PLOVER_TYPES, Slug } from '../model/index.ts';
import { BRIEF_LANGUAGES } from '../report/index.ts';

/** Most items one page holds; the default page is smaller. */
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 100;

/** `a,b` or a repeated parameter, as one list of trimmed non-empty strings. */
const StringList = z.union([z.string(), z.array(z.string())]).transform((value) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0),
);

const WholeNumber = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);

const Limit = WholeNumber.pipe(z.number().min(1).max(MAX_LIMIT, `at most ${MAX_LIMIT} items per page`));

const PloverTypeList = StringList.transform((values) => values.map((value) => value.toUpperCase())).pipe(
  z.array(z.enum(PLOVER_TYPES, { error: `expected PLOVER types among ${PLOVER_TYPES.join(', ')}` })),
);

const ActorKindList = StringList.pipe(
  z.array(z.enum(ACTOR_KINDS, { error: `expected actor kinds among ${ACTOR_KINDS.join(', ')}` })),
);

/** `minLon,minLat,maxLon,maxLat`; minLon > maxLon crosses the antimeridian. */
export const Bbox = z
  .string()
  .transform((value) => value.split(',').map((part) => Number(part.trim())))
  .pipe(
    z
      .tuple([
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
        z.number().min(-180).max(180),
        z.number().min(-90).max(90),
      ])
      .refine((box) => box[1] <= box[3], 'minLat is above maxLat'),
  );

/** The two parties, ids or names: `a,b` or repeated. */
const TwoParties = StringList.pipe(z.array(z.string()).length(2, 'expected exactly two parties'));

export const PageQuery = z.object({
  case: Slug.optional(),
  limit: Limit.optional(),
  offset: WholeNumber.optional(),
});

export const ActorsQuery = PageQuery.extend({ kind: ActorKindList.optional() }).strict();
export const RelationsQuery = PageQuery.extend({ actor: StringList.optional() }).strict();
export const ItemsQuery = PageQuery.strict();

/** A keyset cursor: the `DATE,ID` of the last event of the previous page (its `next`). */
export const EventCursorParam = z.string().transform((value, ctx) => {
  const comma = value.indexOf(',');
  const date = IsoDate.safeParse(value.slice(0, comma));
  const id = EntityId.safeParse(value.slice(comma + 1));
  if (comma < 0 || !date.success || !id.success) {
    ctx.addIssue({ code: 'custom', message: "expected a cursor DATE,ID as given by a page's next" });
    return z.NEVER;
  }
  return { date: date.data, id: id.data };
});

const EventFilterFields = {
  case: Slug.optional(),
  actor: StringList.optional(),
  type: PloverTypeList.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  bbox: Bbox.optional(),
};

const fromBeforeTo = {
  check: (q: { from?: string | undefined; to?: string | undefined }) =>
    q.from === undefined || q.to === undefined || q.from <= q.to,
  message: { message: 'to is before from', path: ['to'] },
};

export const EVENT_ORDERS = ['date', 'deadliest'] as const;

export const EventsQuery = PageQuery.extend({
  ...EventFilterFields,
  after: EventCursorParam.optional(),
  order: z.enum(EVENT_ORDERS, { error: `expected an order among ${EVENT_ORDERS.join(', ')}` }).optional(),
})
  .strict()
  .refine((q) => q.after === undefined || q.order !== 'deadliest', {
    message: 'a cursor pages the date order only; page the deadliest first by offset',
    path: ['after'],
  })
  .refine(fromBeforeTo.check, fromBeforeTo.message)
  .refine((q) => q.after === undefined || q.offset === undefined, {
    message: 'give either after (a cursor) or offset, not both',
    path: ['after'],
  });
export type EventsQuery = z.output<typeof EventsQuery>;

export const SUMMARY_PERIODS = ['month', 'week'] as const;

/** `GET /api/events/summary`: the events list's filters and the period to count by. */
export const EventSummaryQuery = z
  .object({
    ...EventFilterFields,
    period: z
      .enum(SUMMARY_PERIODS, { error: `expected a period among ${SUMMARY_PERIODS.join(', ')}` })
      .optional(),
  })
  .strict()
  .refine(fromBeforeTo.check, fromBeforeTo.message);
export type EventSummaryQuery = z.output<typeof EventSummaryQuery>;

export const IdParam = z.object({ id: EntityId });

/** Unresolved dataset actor names: of a case's items, of one dataset, at most `limit`. */
export const UnresolvedQuery = z
  .object({
    case: Slug.optional(),
    dataset: z.enum(formatNames() as [string, ...string[]]).optional(),
    limit: Limit.optional(),
  })
  .strict();

/** A dataset actor name linked to a registry actor (id or name); without `dataset`, in every dataset. */
export const ActorLinkBody = z
  .object({
    name: z.string().trim().min(1, 'the dataset actor name is empty'),
    actor: z.string().trim().min(1, 'the registry actor is empty'),
    dataset: z.enum(formatNames() as [string, ...string[]]).optional(),
  })
  .strict();
/** `GET /api/sources/{id}`: `text=1` adds the stored body of an ingested document. */
export const SourceQuery = z.object({ text: z.enum(['0', '1']).optional() }).strict();

/** A run of a built-in scenario (`case/name`), with levers, mediation and Monte Carlo. */
export const SimulateBody = z
  .object({
    scenario: z
      .string()
      .regex(
        /^[a-z0-9-]+\/[a-z0-9-]+$/,
        'expected a built-in scenario as CASE/NAME, e.g. pakistan-ttp/ttp-demands',
      ),
    model: z.enum(['smp', 'bdm']).optional(),
    variant: z.string().min(1).optional(),
    rounds: z.number().int().min(1).max(1000).optional(),
    set: z.array(z.string().min(1)).max(50).optional(),
    mediation: z.boolean().optional(),
    runs: z.number().int().min(1).max(5000).optional(),
    seed: z.number().int().optional(),
    perturb: z.number().min(0).max(100).optional(),
  })
  .strict();
export type SimulateBody = z.output<typeof SimulateBody>;

export const CasesQuery = PageQuery.omit({ case: true }).strict();

export const NetworkQuery = z
  .object({
    case: Slug,
    from: IsoDate,
    to: IsoDate,
    drafts: z.enum(['true', 'false']).optional(),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'to is before from', path: ['to'] });

export const AssessmentQuery = z
  .object({
    case: Slug,
    mediator: z.string().min(1),
    /** The two parties, ids or names. */
    parties: TwoParties,
    asOf: IsoDate,
    compareAsOf: IsoDate.optional(),
    drafts: z.enum(['true', 'false']).optional(),
  })
  .strict();

/** A document's format and language, and whether draft items count (the brief, a profile). */
const DOCUMENT_OPTIONS = {
  format: z.enum(BRIEF_FORMATS, { error: `expected a format among ${BRIEF_FORMATS.join(', ')}` }).optional(),
  lang: z
    .enum(BRIEF_LANGUAGES, { error: `expected a language among ${BRIEF_LANGUAGES.join(', ')}` })
    .optional(),
  drafts: z.enum(['true', 'false']).optional(),
};

/** `GET /api/brief`: the assessment's question, and the brief's format and language. */
export const BriefQuery = z
  .object({
    case: Slug,
    mediator: z.string().min(1),
    parties: TwoParties,
    asOf: IsoDate,
    ...DOCUMENT_OPTIONS,
  })
  .strict();

/** `GET /api/profile`: the case, the actor, the day, and the profile's format and language. */
export const ProfileQuery = z
  .object({
    case: Slug,
    actor: z.string().min(1),
    asOf: IsoDate.optional(),
    ...DOCUMENT_OPTIONS,
  })
  .strict();

/** Dataset formats an upload may name: every importer's, or `auto` to detect it from the header. */
export const UPLOAD_DATASETS = ['auto', ...formatNames()] as [string, ...string[]];
export const UPLOAD_KINDS = ['dataset', 'document'] as const;

/** `POST /api/uploads`: what the body (the file itself) is and what to do with it. */
export const UploadQuery = z
  .object({
    name: z
      .string({ error: 'expected the file name, e.g. name=GEDEvent_v23_1.csv' })
      .min(1, 'expected the file name')
      .max(255, 'a file name of at most 255 characters'),
    kind: z.enum(UPLOAD_KINDS, { error: `expected ${UPLOAD_KINDS.join(' or ')}` }).optional(),
    dataset: z
      .enum(UPLOAD_DATASETS, { error: `expected a dataset format among ${UPLOAD_DATASETS.join(', ')}` })
      .optional(),
    case: Slug.optional(),
    encoding: z.enum(ENCODINGS, { error: `expected an encoding among ${ENCODINGS.join(', ')}` }).optional(),
    dateRef: IsoDate.optional(),
  })
  .strict();
export type UploadQuery = z.output<typeof UploadQuery>;

export const UploadIdParam = z.object({
  id: z.string().regex(/^upload-[0-9a-f-]{36}$/, 'expected an upload id as returned by POST /api/uploads'),
});
