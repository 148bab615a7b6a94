/**
 * Actor: states, governments, armed groups, factions, persons, offices, projects, with their
 * aliases per language, whether English writes "the" before the name, the ids other datasets
 * use, roles (tenures) and terrorist designations.
 */
import { z } from 'zod';
import { Evidence } from './evidence.ts';
import { CountryCode, EntityId, IsoDate, LanguageCode, Slug } from './values.ts';

export const ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'intelligence',
  'armed-group',
  'faction',
  'party',
  'igo',
  'ngo',
  'person',
  'office',
  'project',
] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

/** Names by language: `{en: [...], ur: [...], ru: [...]}`; the first English alias is the usual one. */
export const Aliases = z.record(LanguageCode, z.array(z.string().min(1)));
export type Aliases = z.infer<typeof Aliases>;

export const ExternalIds = z
  .object({
    ucdp: z.string().optional(),
    cameo: z.string().optional(),
    gwno: z.string().optional(),
    acled: z.string().optional(),
    wikidata: z
      .string()
      .regex(/^Q\d+$/, 'expected a Wikidata id such as Q42')
      .optional(),
  })
  .strict();
export type ExternalIds = z.infer<typeof ExternalIds>;

/** A role held by the actor (usually a person) in another actor (usually an office or group). */
export const ActorRole = z
  .object({
    actorId: EntityId,
    role: z.string().min(1),
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
  })
  .strict();
export type ActorRole = z.infer<typeof ActorRole>;

/** A listing of the actor as terrorist (or similar) by a state or body. */
export const Designation = z
  .object({
    by: EntityId,
    list: z.string().min(1),
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    evidence: z.array(Evidence),
  })
  .strict();
export type Designation = z.infer<typeof Designation>;

/**
 * A span in which the actor existed or, for a government, held power (an addition to
 * PRODUCT.md's Actor), with the evidence for its dates. An open end is null.
 */
export const ActorPeriod = z
  .object({
    from: IsoDate.nullable(),
    to: IsoDate.nullable(),
    evidence: z.array(Evidence).min(1),
  })
  .strict()
  .refine((p) => p.from === null || p.to === null || p.to >= p.from, {
    message: 'the period ends before it starts',
    path: ['to'],
  });
export type ActorPeriod = z.infer<typeof ActorPeriod>;

export const Actor = z
  .object({
    id: Slug,
    name: z.string().min(1),
    kind: ActorKind,
    country: CountryCode.nullable(),
    parentId: Slug.nullable(),
    aliases: Aliases,
    /**
     * Whether running English text writes "the" before the name ("the Afghan Taliban"), as the
     * data states it; absent, a brief decides by a rule on the name and kind (`report/names.ts`).
     */
    definiteArticle: z.boolean().optional(),
    externalIds: ExternalIds,
    roles: z.array(ActorRole),
    designations: z.array(Designation),
    /**
     * When the actor existed or held power; absent when that does not matter for telling it
     * apart. Successive governments that datasets code under one id (UCDP's "Government of
     * Afghanistan") are linked by the row's date through these periods.
     */
    periods: z.array(ActorPeriod).optional(),
  })
  .strict();
export type Actor = z.infer<typeof Actor>;
