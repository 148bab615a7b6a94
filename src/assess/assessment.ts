/**
 * The mediation assessment: "can M mediate between A and B, and what would come of it?" as of
 * a date. Runs every indicator on one snapshot, combines them into prospects from stated base
 * rates and named analogues, summarises the network, and gathers caveats and cited sources.
 * Pure: the use case loads the snapshot and the reference rates.
 */
import { agreementAnalogues, mediationAnalogues, type Analogue } from './analogues.ts';
import { makeContext, type BargainingInput, type Party } from './context.ts';
import { familyOf } from './families.ts';
import type { Indicator } from './indicator.ts';
import { INDICATORS } from './indicators/index.ts';
import { networkSummary, type NetworkSummary } from './network-summary.ts';
import { contributionsOf, prospect, type Contribution, type Prospect } from './prospects.ts';
import type { Phrase } from './phrase.ts';
import { englishOf, phrase } from './phrases-en.ts';
import type { ReferenceRates } from './reference/base-rates.ts';
import type { Snapshot } from './snapshot.ts';

export interface AssessmentQuestion {
  mediator: string;
  parties: [string, string];
}

export interface AssessmentOptions {
  reference?: ReferenceRates;
  bargaining?: BargainingInput;
}

export interface PartyOut {
  id: string;
  family: string[];
}

export interface Assessment {
  question: string;
  mediator: PartyOut;
  parties: [PartyOut, PartyOut];
  asOf: string;
  includeDrafts: boolean;
  indicators: Indicator[];
  prospects: {
    onset: Prospect;
    agreement: Prospect;
    durability: Prospect;
    contributions: Contribution[];
    analogues: Analogue[];
    referenceRates: ReferenceRates['context'];
  };
  network: NetworkSummary;
  caveats: string[];
  /** The caveats as keys and parameters, in the same order. */
  caveatPhrases: Phrase[];
  sources: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    accessed: string | null;
  }[];
  method: string;
}

export const METHOD_DOC = 'docs/indicators.md';

/** The family of each actor in the question, on the snapshot's date. */
export function partiesOf(
  snapshot: Snapshot,
  question: AssessmentQuestion,
): { mediator: Party; a: Party; b: Party } {
  const make = (id: string): Party => ({
    id,
    family: familyOf(snapshot.actors, snapshot.relations, id, snapshot.asOf),
  });
  return { mediator: make(question.mediator), a: make(question.parties[0]), b: make(question.parties[1]) };
}

export function assess(
  snapshot: Snapshot,
  question: AssessmentQuestion,
  options: AssessmentOptions = {},
): Assessment {
  const families = partiesOf(snapshot, question);
  const context = makeContext(snapshot, families, options.bargaining);
  // Every indicator reads only events that touch the mediator's or a party's family; the
  // network summary reads the whole year.
  const focused = makeContext(focusOn(snapshot, families), families, options.bargaining);
  const byId = itemsById(snapshot);
  const indicators = INDICATORS.map((indicator) => withSources(indicator(focused), byId));
  const contributions = contributionsOf(indicators);
  const mediations = mediationAnalogues(context);
  const deals = agreementAnalogues(context);
  const reference = options.reference;
  const prospects = {
    onset: prospect({
      effect: 'onset',
      reference: reference?.onset,
      analogues: [],
      contributions,
      missing: phrase('missing.onset'),
    }),
    agreement: prospect({
      effect: 'agreement',
      reference: undefined,
      analogues: mediations,
      contributions,
      missing: phrase('missing.agreement'),
    }),
    durability: prospect({
      effect: 'durability',
      reference: reference?.durability,
      analogues: deals,
      contributions,
      missing: phrase('missing.durability'),
    }),
    contributions,
    analogues: [...mediations, ...deals],
    referenceRates: reference?.context ?? [],
  };
  const { mediator, a, b } = families;
  const caveats = caveatsOf(snapshot, indicators, reference, options.bargaining);
  const cited = new Set(indicators.flatMap((i) => i.evidence.sources));
  return {
    question: `Can ${mediator.id} mediate between ${a.id} and ${b.id}, and what would come of it?`,
    mediator: out(mediator),
    parties: [out(a), out(b)],
    asOf: snapshot.asOf,
    includeDrafts: snapshot.includeDrafts,
    indicators,
    prospects,
    network: networkSummary(context),
    caveats: caveats.map((p) => englishOf(p)),
    caveatPhrases: caveats,
    sources: snapshot.sources
      .filter((s) => cited.has(s.id))
      .map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, url: s.url, accessed: s.accessed })),
    method: METHOD_DOC,
  };
}

/** The snapshot with only the events that touch one of the three families. */
function focusOn(snapshot: Snapshot, families: { mediator: Party; a: Party; b: Party }): Snapshot {
  const { mediator, a, b } = families;
  const inFamily = (id: string) => mediator.family.has(id) || a.family.has(id) || b.family.has(id);
  const events = snapshot.events.filter(
    (e) => e.sourceActors.some(inFamily) || e.targetActors.some(inFamily),
  );
  return { ...snapshot, events };
}

function out(party: Party): PartyOut {
  return { id: party.id, family: [...party.family].sort() };
}

type Cited = { id: string; evidence: readonly { sourceId: string }[] };

/** The snapshot's items by id, to find what an indicator's evidence cites. */
function itemsById(snapshot: Snapshot): ReadonlyMap<string, Cited> {
  const byId = new Map<string, Cited>();
  for (const list of [snapshot.events, snapshot.relations, snapshot.agreements, snapshot.negotiations])
    for (const item of list) byId.set(item.id, item);
  return byId;
}

/** Adds the sources cited by every item an indicator rests on. */
function withSources(indicator: Indicator, items: ReadonlyMap<string, Cited>): Indicator {
  const sources = new Set(indicator.evidence.sources);
  const { events, relations, agreements, negotiations } = indicator.evidence;
  for (const id of [...events, ...relations, ...agreements, ...negotiations])
    for (const e of items.get(id)?.evidence ?? []) sources.add(e.sourceId);
  return { ...indicator, evidence: { ...indicator.evidence, sources: [...sources].sort() } };
}

function caveatsOf(
  snapshot: Snapshot,
  indicators: readonly Indicator[],
  reference: ReferenceRates | undefined,
  bargaining: BargainingInput | undefined,
): Phrase[] {
  const caveats: Phrase[] = [];
  const thin = indicators.filter((i) => i.coverage === 'thin').map((i) => i.id);
  const missing = indicators
    .filter((i) => i.value === null && i.reasonPhrase !== undefined)
    .map((i) => phrase('caveat.missing', { indicator: i.id, reason: i.reasonPhrase! }));
  if (thin.length > 0) caveats.push(phrase('caveat.thin', { indicators: thin }));
  if (missing.length > 0) caveats.push(phrase('caveat.no-value', { missing }));
  if (!snapshot.includeDrafts && snapshot.excluded.drafts > 0) {
    caveats.push(phrase('caveat.drafts', { count: snapshot.excluded.drafts }));
  }
  const partial = (snapshot.datasets ?? []).filter((d) => d.partial);
  if (partial.length > 0) {
    caveats.push(phrase('caveat.partial', { releases: partial.map((d) => `${d.dataset} ${d.release}`) }));
  }
  if (snapshot.events.every((e) => e.origin === 'curated')) caveats.push(phrase('caveat.curated-only'));
  if (reference === undefined || (reference.onset === undefined && reference.durability === undefined)) {
    caveats.push(phrase('caveat.no-reference'));
  }
  if (bargaining !== undefined) {
    const late =
      bargaining.setOn !== undefined && bargaining.setOn !== null && bargaining.setOn > snapshot.asOf;
    caveats.push(
      phrase('caveat.bargaining', {
        scenario: bargaining.scenarioId,
        setOn: late ? bargaining.setOn! : null,
        asOf: snapshot.asOf,
      }),
    );
  }
  caveats.push(phrase('caveat.weights'));
  return caveats;
}
