/**
 * The API's inputs as zod schemas: list filters and pagination from the query string, path
 * ids, and the simulation request body. Output keys keep the query's names so the typed
 * client (`hc<AppType>`) sees exactly the parameters a URL takes.
 */
import { z } from 'zod';
import { ACTOR_KINDS, EntityId, IsoDate, PLOVER_TYPES, Slug } from '../model/index.ts';

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

export const PageQuery = z.object({
  case: Slug.optional(),
  limit: Limit.optional(),
  offset: WholeNumber.optional(),
});

export const ActorsQuery = PageQuery.extend({ kind: ActorKindList.optional() }).strict();
export const RelationsQuery = PageQuery.extend({ actor: StringList.optional() }).strict();
export const ItemsQuery = PageQuery.strict();

export const EventsQuery = PageQuery.extend({
  actor: StringList.optional(),
  type: PloverTypeList.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  bbox: Bbox.optional(),
})
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'to is before from',
    path: ['to'],
  });
export type EventsQuery = z.output<typeof EventsQuery>;

export const IdParam = z.object({ id: EntityId });

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
    parties: StringList.pipe(z.array(z.string()).length(2, 'expected exactly two parties')),
    asOf: IsoDate,
    compareAsOf: IsoDate.optional(),
    drafts: z.enum(['true', 'false']).optional(),
  })
  .strict();
