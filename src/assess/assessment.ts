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
      missing: 'mediation onset needs a reference rate (CWM episodes), which was not available',
    }),
    agreement: prospect({
      effect: 'agreement',
      reference: undefined,
      analogues: mediations,
      contributions,
      missing:
        'the mediator has no earlier process with these parties on record and no reference dataset codes mediation outcomes',
    }),
    durability: prospect({
      effect: 'durability',
      reference: reference?.durability,
      analogues: deals,
      contributions,
      missing: 'no earlier deals with known outcomes and no reference rate (UCDP peace agreements)',
    }),
    contributions,
    analogues: [...mediations, ...deals],
    referenceRates: reference?.context ?? [],
  };
  const { mediator, a, b } = families;
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
    caveats: caveatsOf(snapshot, indicators, reference, options.bargaining),
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
): string[] {
  const caveats: string[] = [];
  const thin = indicators.filter((i) => i.coverage === 'thin').map((i) => i.id);
  const missing = indicators.filter((i) => i.value === null).map((i) => `${i.id} (${i.reason})`);
  if (thin.length > 0) caveats.push(`Thin coverage, confidence halved: ${thin.join(', ')}.`);
  if (missing.length > 0) caveats.push(`No value: ${missing.join('; ')}.`);
  if (!snapshot.includeDrafts && snapshot.excluded.drafts > 0) {
    caveats.push(`${snapshot.excluded.drafts} draft item(s) left out (use --include-drafts to count them).`);
  }
  const partial = (snapshot.datasets ?? []).filter((d) => d.partial);
  if (partial.length > 0) {
    caveats.push(
      `Dataset rows from a sample or an extract (${partial.map((d) => `${d.dataset} ${d.release}`).join(', ')}): counts from them are not the full record, and their series are marked thin.`,
    );
  }
  if (snapshot.events.every((e) => e.origin === 'curated')) {
    caveats.push(
      'Every event is curated: counts describe the events chosen for the case, not a complete record of the violence.',
    );
  }
  if (reference === undefined || (reference.onset === undefined && reference.durability === undefined)) {
    caveats.push(
      'No reference dataset was read: prospects rest on the case’s own analogues only, or give no estimate.',
    );
  }
  if (bargaining !== undefined) {
    const late =
      bargaining.setOn !== undefined && bargaining.setOn !== null && bargaining.setOn > snapshot.asOf
        ? ` Its inputs were set on ${bargaining.setOn}, after the as-of date, so the range is not a judgement as of ${snapshot.asOf}.`
        : '';
    caveats.push(
      `The bargaining range comes from scenario ${bargaining.scenarioId} and is conditional on expert inputs (positions, saliences, capabilities set by analysts), not on measurements.${late}`,
    );
  }
  caveats.push(
    'Indicator weights on the prospects are a stated judgement (0.5 × score × confidence on the log-odds scale), not fitted to data.',
  );
  return caveats;
}
