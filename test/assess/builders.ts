/**
 * Builders for small hand-made snapshots in the analysis and assessment tests: each fills the
 * schema's required fields with neutral values so a test states only what it is about.
 */
import type {
  Actor,
  Agreement,
  Event,
  Negotiation,
  PloverType,
  Relation,
  RelationPredicate,
  Source,
} from '../../src/model/index.ts';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function actor(id: string, kind: Actor['kind'] = 'armed-group', extra: Partial<Actor> = {}): Actor {
  return {
    id,
    name: id,
    kind,
    country: null,
    parentId: null,
    aliases: {},
    externalIds: {},
    roles: [],
    designations: [],
    ...extra,
  };
}

export function event(
  date: string,
  type: PloverType,
  sourceActors: string[],
  targetActors: string[],
  extra: Partial<Event> = {},
): Event {
  return {
    id: extra.id ?? nextId('ev'),
    date,
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
    sourceActors,
    targetActors,
    type,
    mode: null,
    context: [],
    cameo: null,
    intensity: null,
    fatalities: { low: null, best: null, high: null },
    claims: [],
    origin: 'curated',
    status: 'reviewed',
    confidence: 1,
    evidence: [{ sourceId: 'src-test' }],
    incidentId: null,
    ...extra,
  };
}

export function relation(
  subjectId: string,
  predicate: RelationPredicate,
  objectId: string,
  sign: number,
  extra: Partial<Relation> = {},
): Relation {
  return {
    id: extra.id ?? nextId('rel'),
    subjectId,
    predicate,
    objectId,
    sign,
    from: null,
    to: null,
    stance: 'asserted',
    claimedBy: null,
    status: 'reviewed',
    evidence: [{ sourceId: 'src-test' }],
    ...extra,
  };
}

export function agreement(parties: string[], signed: string, extra: Partial<Agreement> = {}): Agreement {
  return {
    id: extra.id ?? nextId('agr'),
    name: 'test agreement',
    kind: 'ceasefire',
    parties,
    thirdParties: [],
    signed,
    signedPrecision: 'day',
    written: false,
    ended: null,
    provisions: [],
    status: 'reviewed',
    evidence: [{ sourceId: 'src-test' }],
    ...extra,
  };
}

export function negotiation(
  parties: string[],
  mediators: string[],
  from: string,
  extra: Partial<Negotiation> = {},
): Negotiation {
  return {
    id: extra.id ?? nextId('neg'),
    name: 'test talks',
    parties,
    mediators,
    from,
    to: null,
    outcome: null,
    status: 'reviewed',
    rounds: [],
    evidence: [{ sourceId: 'src-test' }],
    ...extra,
  };
}

export function source(id = 'src-test'): Source {
  return {
    id,
    kind: 'article',
    title: 'Test source',
    author: null,
    publisher: null,
    language: 'en',
    url: null,
    published: null,
    accessed: null,
    editionOf: null,
    reliability: null,
    credibility: null,
    contentHash: null,
  };
}
