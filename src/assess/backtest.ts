/**
 * The backtest: an assessment as of a date set against what followed in the case's own record
 * over the next months. Outcomes: did the mediator run mediation between the parties (a round,
 * a process, or the mediator consulting both at once), did a mediated agreement come (and was it
 * a ceasefire), did an agreement between them that the mediator brokered hold a year, and did
 * violence between the parties (and against the government side by any armed actor) fall. Each
 * scored prospect gets its Brier score. Pure: it reads the whole record, hindsight included,
 * and never feeds the assessment itself.
 */
import { addDays, type DateWindow } from '../analysis/time.ts';
import { isMaterialConflict } from '../analysis/tone.ts';
import type { Agreement, Event } from '../model/index.ts';
import { heldAYear } from './agreement-dates.ts';
import { partiesOf, type Assessment, type AssessmentQuestion } from './assessment.ts';
import { between, isNonStateArmed, runsFrom, type Party } from './context.ts';
import { takeSnapshot, type SnapshotItems } from './snapshot.ts';

export interface ViolenceTally {
  window: DateWindow;
  events: number;
  /** Sum of best fatality estimates; events without one are counted apart. */
  deaths: number;
  unknownDeaths: number;
  origins: string[];
  ids: string[];
}

export interface ViolenceChange {
  before: ViolenceTally;
  after: ViolenceTally;
  /** True when both events and deaths fell, false when both rose or held, null when they disagree. */
  fell: boolean | null;
}

export interface BacktestOutcome {
  window: DateWindow;
  mediation: { happened: boolean; negotiations: string[]; events: string[] };
  agreement: { happened: boolean; ceasefire: boolean; agreements: string[] };
  durability: { agreement: string; held: boolean | null } | null;
  violenceBetween: ViolenceChange;
  violenceAgainstA: ViolenceChange;
  coverage: 'curated only' | 'includes dataset or coded events';
}

export interface BacktestScore {
  prospect: 'onset' | 'agreement within the window' | 'agreement, given mediation' | 'durability';
  p: number | null;
  outcome: boolean | null;
  brier: number | null;
  note: string;
}

export interface Backtest {
  asOf: string;
  months: number;
  outcome: BacktestOutcome;
  scores: BacktestScore[];
}

function tally(events: readonly Event[], window: DateWindow): ViolenceTally {
  const inside = events.filter((e) => e.date >= window.from && e.date <= window.to);
  let deaths = 0;
  let unknownDeaths = 0;
  for (const e of inside) {
    if (e.fatalities.best === null) unknownDeaths++;
    else deaths += e.fatalities.best;
  }
  return {
    window,
    events: inside.length,
    deaths,
    unknownDeaths,
    origins: [...new Set(inside.map((e) => e.origin))].sort(),
    ids: inside.map((e) => e.id),
  };
}

function change(events: readonly Event[], before: DateWindow, after: DateWindow): ViolenceChange {
  const b = tally(events, before);
  const a = tally(events, after);
  const eventsFell = a.events < b.events;
  const deathsFell = a.deaths < b.deaths;
  const fell = eventsFell === deathsFell ? eventsFell : null;
  return { before: b, after: a, fell };
}

const hasAny = (ids: readonly string[], family: ReadonlySet<string>) => ids.some((id) => family.has(id));

function mediatedBy(agreement: Agreement, mediator: Party): boolean {
  return agreement.thirdParties.some((t) => t.role === 'mediator' && mediator.family.has(t.actorId));
}

/** What followed `asOf` in the record, over `months` months, for the question's actors. */
export function outcomesAfter(
  items: SnapshotItems,
  question: AssessmentQuestion,
  asOf: string,
  months = 12,
): BacktestOutcome {
  const days = Math.round(months * 30.44);
  const window = { from: addDays(asOf, 1), to: addDays(asOf, days) };
  const before = { from: addDays(asOf, 1 - days), to: asOf };
  const later = takeSnapshot(items, window.to);
  const { mediator, a, b } = partiesOf(later, question);
  const inWindow = (day: string | null) => day !== null && day >= window.from && day <= window.to;

  const negotiations = later.negotiations.filter(
    (n) =>
      hasAny(n.parties, a.family) &&
      hasAny(n.parties, b.family) &&
      (hasAny(n.mediators, mediator.family) || n.rounds.some((r) => hasAny(r.mediators, mediator.family))) &&
      n.rounds.some((r) => inWindow(r.date)),
  );
  const consults = later.events.filter(
    (e) =>
      inWindow(e.date) &&
      e.type === 'CONSULT' &&
      hasAny(e.sourceActors, mediator.family) &&
      hasAny(e.targetActors, a.family) &&
      hasAny(e.targetActors, b.family),
  );

  const isBetweenParties = (g: Agreement) => hasAny(g.parties, a.family) && hasAny(g.parties, b.family);
  const deals = later.agreements.filter(
    (g) => isBetweenParties(g) && mediatedBy(g, mediator) && inWindow(g.signed),
  );
  const inForce = takeSnapshot(items, asOf).agreements.filter(
    (g) => isBetweenParties(g) && mediatedBy(g, mediator) && g.ended === null,
  );
  const durable = [...inForce, ...deals][0];
  const full = items.agreements.find((g) => g.id === durable?.id);

  const fighting = later.events.filter((e) => isMaterialConflict(e) && between(e, a.family, b.family));
  const actorsById = new Map(later.actors.map((actor) => [actor.id, actor]));
  const armed = (e: Event) =>
    e.sourceActors.some((id) => !a.family.has(id) && isNonStateArmed(actorsById.get(id)));
  const againstA = later.events.filter(
    (e) =>
      isMaterialConflict(e) &&
      (runsFrom(e, b.family, a.family) || (armed(e) && hasAny(e.targetActors, a.family))),
  );
  const all = [...fighting, ...againstA];
  return {
    window,
    mediation: {
      happened: negotiations.length + consults.length > 0,
      negotiations: negotiations.map((n) => n.id),
      events: consults.map((e) => e.id),
    },
    agreement: {
      happened: deals.length > 0,
      ceasefire: deals.some((g) => g.kind === 'ceasefire'),
      agreements: deals.map((g) => g.id),
    },
    durability:
      full === undefined ? null : { agreement: full.id, held: heldAYear(full, addDays(window.to, 365)) },
    violenceBetween: change(fighting, before, window),
    violenceAgainstA: change(againstA, before, window),
    coverage: all.every((e) => e.origin === 'curated') ? 'curated only' : 'includes dataset or coded events',
  };
}

const brier = (p: number | null, outcome: boolean | null) =>
  p === null || outcome === null ? null : (p - (outcome ? 1 : 0)) ** 2;

/** The assessment's prospects against the outcomes. */
export function scoreBacktest(assessment: Assessment, outcome: BacktestOutcome, months = 12): Backtest {
  const { onset, agreement, durability } = assessment.prospects;
  const joint = onset.p === null || agreement.p === null ? null : onset.p * agreement.p;
  const scores: BacktestScore[] = [
    {
      prospect: 'onset',
      p: onset.p,
      outcome: outcome.mediation.happened,
      brier: brier(onset.p, outcome.mediation.happened),
      note: 'mediation by the mediator between the parties in the window (a round, or the mediator consulting both)',
    },
    {
      prospect: 'agreement within the window',
      p: joint,
      outcome: outcome.agreement.happened,
      brier: brier(joint, outcome.agreement.happened),
      note: 'onset × agreement: a mediated agreement between the parties signed in the window',
    },
    {
      prospect: 'agreement, given mediation',
      p: agreement.p,
      outcome: outcome.mediation.happened ? outcome.agreement.happened : null,
      brier: outcome.mediation.happened ? brier(agreement.p, outcome.agreement.happened) : null,
      note: outcome.mediation.happened
        ? 'scored: mediation took place'
        : 'not scored: no mediation took place, so the conditional prospect was never tested',
    },
    {
      prospect: 'durability',
      p: durability.p,
      outcome: outcome.durability?.held ?? null,
      brier: brier(durability.p, outcome.durability?.held ?? null),
      note:
        outcome.durability === null
          ? 'not scored: no mediated agreement in force on the date or signed in the window'
          : `the mediated agreement ${outcome.durability.agreement}: did it hold a year from its signing?`,
    },
  ];
  return { asOf: assessment.asOf, months, outcome, scores };
}

/** The backtest as lines of text, printed as it is. */
export function backtestText(backtest: Backtest, assessment: Assessment): string {
  const pct = (p: number | null) => (p === null ? '—' : `${Math.round(p * 100)}%`);
  const o = backtest.outcome;
  const count = (t: ViolenceTally) =>
    `${t.events} event${t.events === 1 ? '' : 's'}, ${t.deaths} deaths${t.unknownDeaths > 0 ? ` (+${t.unknownDeaths} unknown)` : ''} in ${t.window.from}..${t.window.to}`;
  const v = (label: string, c: ViolenceChange) =>
    `${label}: ${count(c.before)} → ${count(c.after)}: ${c.fell === null ? 'mixed' : c.fell ? 'fell' : 'did not fall'}`;
  const trend = assessment.indicators.find((i) => i.id === 'intensity-trend');
  return [
    `Backtest of the assessment as of ${backtest.asOf} against the next ${backtest.months} months of the case's own record (${o.window.from}..${o.window.to}; ${o.coverage})`,
    `  mediation by the mediator: ${o.mediation.happened ? `yes (${[...o.mediation.negotiations, ...o.mediation.events].join(', ')})` : 'none on record'}`,
    `  mediated agreement: ${o.agreement.happened ? `yes (${o.agreement.agreements.join(', ')}${o.agreement.ceasefire ? ', a ceasefire' : ''})` : 'none on record'}`,
    `  ${v('violence between the parties', o.violenceBetween)}`,
    `  ${v('armed attacks on the government side', o.violenceAgainstA)}`,
    `  the assessment's intensity-trend on the date: ${trend?.value ?? '—'} (${trend?.rationale ?? ''})`,
    ...backtest.scores.map(
      (s) =>
        `  ${s.prospect}: p ${pct(s.p)}, outcome ${s.outcome === null ? '—' : s.outcome ? 'yes' : 'no'}, Brier ${s.brier === null ? '—' : s.brier.toFixed(3)} (${s.note})`,
    ),
  ].join('\n');
}
