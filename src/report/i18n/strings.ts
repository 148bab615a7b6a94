/**
 * Every piece of text a brief is made of, as templates filled with data. One module per
 * language implements this interface (en.ts, tr.ts, ru.ts, keys in the same order), so no string
 * a reader sees is written anywhere else. Actor names reach the templates already localised
 * (`names.ts`) and, in English, with their article; templates put them where no case ending is
 * needed.
 */
import type { Phrase } from '../../assess/phrase.ts';

export interface BriefStrings {
  lang: string;
  /** The assessment's question, which is the brief's title. */
  title: (v: { mediator: string; a: string; b: string }) => string;
  /** An actor's name as running text writes it: English adds "the" where `article` is set. */
  nameInText: (v: { name: string; article: boolean }) => string;
  stamp: string;
  provenance: (v: {
    caseId: string;
    asOf: string;
    version: string;
    generated: string;
    /** Items of the case as of the date the brief was made from. */
    counts: { events: number; relations: number; agreements: number; negotiations: number; sources: number };
  }) => string;
  headings: {
    summary: string;
    background: string;
    parties: string;
    dynamics: string;
    mediator: string;
    scenarios: string;
    watch: string;
    caveats: string;
    notes: string;
  };
  effects: { onset: string; agreement: string; durability: string };
  /** ICD-203 likelihood terms, keyed by the English term the assessment returns. */
  terms: Record<string, string>;
  confidence: { low: string; moderate: string; high: string };
  percent: (p: number) => string;
  number: (x: number, digits?: number) => string;
  date: (iso: string) => string;
  month: (yyyyMm: string) => string;
  /** A date as exact as it is known: the day, the month, or the year. */
  period: (iso: string, precision: string) => string;
  prospect: (v: { effect: string; term: string; p: string; low: string; high: string }) => string;
  confidenceLine: (v: { confidence: string }) => string;
  noEstimate: (v: { effect: string; reason: string }) => string;
  baseRate: (v: { p: string; referenceClass: string }) => string;
  analogue: (v: { name: string; outcome: string }) => string;
  agreement: (v: {
    name: string;
    signed: string | null;
    ended: string | null;
    /** Whether `ended` is a day (else a month or a year). */
    endedOnDay: boolean;
    how: string | null;
  }) => string;
  negotiation: (v: {
    name: string;
    from: string | null;
    to: string | null;
    outcome: string | null;
  }) => string;
  mediatorFamily: (v: { mediator: string; members: string[] }) => string;
  partyFamily: (v: { party: string; members: string[] }) => string;
  tie: (v: {
    x: string;
    y: string;
    kind: 'friendly' | 'hostile' | 'neutral';
    weight: string;
    from: string;
    to: string;
  }) => string;
  /** `reading` is the assessment's English wording; other languages word `balanced` themselves. */
  triad: (v: { reading: string; balanced: boolean }) => string;
  relation: (v: { summary: string }) => string;
  according: (v: { claimant: string; summary: string }) => string;
  /** A relation without a summary; `predicate` is the model's id ("hostile-to"). */
  relationPlain: (v: { subject: string; predicate: string; object: string }) => string;
  eventsWindow: (v: { count: number; from: string; to: string; deaths: number | null }) => string;
  event: (v: { date: string; summary: string; deaths: string | null }) => string;
  claim: (v: {
    by: string;
    kind: 'claimed' | 'denied' | 'attributed';
    date: string;
    about: string | null;
  }) => string;
  /** A casualty figure as someone claimed it. */
  toll: (v: { by: string; date: string; deaths: string }) => string;
  can: string;
  cannot: string;
  /** Indicator names by indicator id; an id not listed keeps the assessment's (English) name. */
  indicatorNames: Readonly<Record<string, string>>;
  contribution: (v: { name: string; effect: string; delta: string; rationale: string }) => string;
  scenarioRun: (v: {
    title: string;
    dimension: string;
    median: string;
    p10: string;
    p90: string;
    runs: number;
  }) => string;
  scenarioZone: (v: { label: string; probability: string }) => string;
  scenarioMediation: (v: { mediator: string; before: string; after: string }) => string;
  scenarioConditional: string;
  watch: (v: {
    name: string;
    effect: string;
    score: string;
    confidence: string;
    rationale: string;
  }) => string;
  disputed: (v: { summary: string; claimant: string }) => string;
  figures: {
    eventsByMonth: (v: { from: string; to: string; count: number }) => string;
    eventsCaption: string;
    prospects: (v: { lines: string[] }) => string;
    prospectsCaption: string;
    prospectAlt: (v: { effect: string; p: string; low: string; high: string }) => string;
    noEstimate: string;
    fatalitiesByMonth: (v: { from: string; to: string; incidents: number; series: string[] }) => string;
    fatalitiesCaption: string;
    /** Series of the fatalities chart, by the events' origin. */
    series: { curated: string; dataset: string; coded: string };
    /** Legend entry of the low–high whiskers. */
    range: string;
    network: (v: { from: string; to: string; nodes: number; friendly: number; hostile: number }) => string;
    networkCaption: (v: { from: string; to: string }) => string;
    friendly: string;
    hostile: string;
    /** Said where an edition shows a figure as a table (DOCX). */
    asTable: string;
    columns: {
      month: string;
      series: string;
      best: string;
      range: string;
      pair: string;
      tie: string;
      weight: string;
    };
  };
  labels: { accessed: string; release: string; row: string; computedOn: string; figure: string };
  /** The "what changed" digest (`--since`). */
  digest: {
    heading: (v: { from: string; to: string }) => string;
    nothing: (v: { from: string; to: string }) => string;
    events: (v: { count: number; from: string; to: string; byType: string; deaths: number | null }) => string;
    typeCount: (v: { type: string; count: number }) => string;
    eventPlain: (v: { type: string; sources: string; targets: string }) => string;
    relationsHeading: string;
    relationStarted: (v: { date: string; summary: string }) => string;
    relationEnded: (v: { date: string; summary: string }) => string;
    agreementSigned: (v: { name: string; date: string }) => string;
    agreementEnded: (v: { name: string; date: string; how: string }) => string;
    indicatorsHeading: string;
    indicator: (v: { name: string; before: string; after: string; rationale: string }) => string;
    noScore: string;
    prospectsHeading: string;
    prospect: (v: { effect: string; before: string; after: string }) => string;
    contribution: (v: { name: string; before: string; after: string }) => string;
  };
  /** The stamp once an analyst has said the draft was reviewed (their own statement). */
  reviewed: (v: { by: string; date: string }) => string;
  /** Appended to the provenance when reviewed. */
  reviewRecord: (v: { by: string; date: string; note: string | null }) => string;
  /**
   * A sentence of the assessment (rationale, reason, caveat, reference class) written from its
   * key and parameters; `actor` names an actor by id as running text writes it (in English, with
   * "the" where the name takes it). English gives the assessment's own text.
   */
  assessment: (p: Phrase, actor: (id: string) => string) => string;
  /** Said once where the edition quotes the curators' item summaries in English; empty in English. */
  quoted: string;
}
