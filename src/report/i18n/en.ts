/** English templates of the brief. */
import { englishOf } from '../../assess/phrases-en.ts';
import { capitalise, intlFormats } from './intl.ts';
import type { BriefStrings } from './strings.ts';

const LOCALE = 'en-GB';
const { list, ...formats } = intlFormats(LOCALE);
const cap = (text: string) => capitalise(text, LOCALE);

export const en: BriefStrings = {
  lang: 'en',
  title: ({ mediator, a, b }) => `Can ${mediator} mediate between ${a} and ${b}, and what would come of it?`,
  nameInText: ({ name, article }) => (article ? `the ${name}` : name),
  stamp: 'Machine-made draft, not reviewed by an analyst.',
  provenance: ({ caseId, asOf, version, generated, counts }) =>
    `Made by Jirga ${version} from case ${caseId} with what was known on ${asOf} (${counts.events} events, ${counts.relations} relations, ${counts.agreements} agreements, ${counts.negotiations} negotiations, ${counts.sources} sources); generated ${generated}.`,
  headings: {
    summary: 'Summary judgement',
    background: 'Background',
    parties: 'The parties and the mediator',
    dynamics: 'Recent dynamics',
    mediator: 'What the mediator can and cannot do',
    scenarios: 'Scenarios',
    watch: 'What to watch',
    caveats: 'Caveats',
    notes: 'Notes',
  },
  effects: {
    onset: 'Mediation starts',
    agreement: 'Mediation yields an agreement',
    durability: 'An agreement holds a year',
  },
  terms: {
    'almost no chance': 'almost no chance',
    'very unlikely': 'very unlikely',
    unlikely: 'unlikely',
    'roughly even chance': 'roughly even chance',
    likely: 'likely',
    'very likely': 'very likely',
    'almost certain': 'almost certain',
  },
  confidence: { low: 'low', moderate: 'moderate', high: 'high' },
  ...formats,
  prospect: ({ effect, term, p, low, high }) => `${effect}: ${term} (${p}; band ${low} to ${high}).`,
  confidenceLine: ({ confidence }) => `Analytic confidence in this judgement: ${confidence}.`,
  noEstimate: ({ effect, reason }) => `${effect}: ${reason}.`,
  baseRate: ({ p, referenceClass }) => `The base rate is ${p}, from ${referenceClass}.`,
  analogue: ({ name, outcome }) => `Analogue: ${name}; outcome: ${outcome}.`,
  agreement: ({ name, signed, ended, endedOnDay, how }) =>
    `${name} was concluded ${signed === null ? 'on an unknown date' : `on ${signed}`}` +
    (how === null
      ? ' and is not recorded as ended.'
      : `; it ended${ended === null ? '' : ` ${endedOnDay ? 'on' : 'in'} ${ended}`}: ${how}.`),
  negotiation: ({ name, from, to, outcome }) =>
    `${name} ran ${from === null ? '' : `from ${from} `}${to === null ? 'and is still open' : `to ${to}`}` +
    (outcome === null ? '.' : `; outcome: ${outcome}.`),
  mediatorFamily: ({ mediator, members }) =>
    members.length === 0
      ? `The mediator is ${mediator}.`
      : `The mediator, ${mediator}, is read together with ${list(members)}.`,
  partyFamily: ({ party, members }) =>
    members.length === 0
      ? `${cap(party)} is one party.`
      : `${cap(party)} is read together with ${list(members)}.`,
  tie: ({ x, y, kind, weight, from, to }) =>
    `From ${from} to ${to} the tie between ${x} and ${y} was ${kind === 'neutral' ? 'neither friendly nor hostile' : kind} (weight ${weight} on a scale from −1 to +1).`,
  triad: ({ reading }) => `The mediation triangle is ${reading}.`,
  relation: ({ summary }) => `${summary}.`,
  according: ({ claimant, summary }) => `According to ${claimant}, ${summary}.`,
  relationPlain: ({ subject, predicate, object }) =>
    `${cap(subject)} ${predicate.replace(/-/g, ' ')} ${object}`,
  eventsWindow: ({ count, from, to, deaths }) =>
    `From ${from} to ${to} the case records ${count} event(s) involving the mediator or the parties` +
    (deaths === null ? '.' : `, with at least ${deaths} death(s) where a toll is known.`),
  event: ({ date, summary, deaths }) =>
    `${date}: ${summary}${deaths === null ? '' : ` (${deaths} dead, best estimate)`}.`,
  claim: ({ by, kind, date, about }) =>
    kind === 'claimed'
      ? `${cap(by)} claimed responsibility for the event of ${date}.`
      : kind === 'denied'
        ? `${cap(by)} denied responsibility for the event of ${date}.`
        : `${cap(by)} attributed the event of ${date} to ${about ?? 'another actor'}.`,
  toll: ({ by, date, deaths }) => `According to ${by}, the event of ${date} killed ${deaths}.`,
  can: 'What works for the mediation',
  cannot: 'What works against it',
  indicatorNames: {
    'bargaining-range': 'Bargaining range (simulation)',
    spoilers: 'Spoilers and fragmentation',
    sanctuary: "Sanctuary on the mediator's territory",
    'third-party-stakes': 'Third-party stakes',
    'recognition-cost': 'Cost of recognition',
    'episode-age': 'Age of the episode',
    'failed-agreements': 'Failed ceasefires and deals',
    'agreement-strength': 'Strength of the last agreement',
    'mediator-ties': "Mediator's ties with the parties",
    'mediator-bias': "Mediator's bias",
    'mediator-leverage': "Mediator's leverage",
    'mediator-hostility': 'Hostility between the mediator and a party',
    'mediation-record': "Mediator's record",
    intensity: 'Conflict intensity',
    'intensity-trend': 'Trend of the fighting',
    stalemate: 'Stalemate and ripeness',
    'rebel-strength': 'Rebel strength',
  },
  contribution: ({ name, effect, delta, rationale }) =>
    `${name} (${effect}, ${delta} on the log-odds scale): ${rationale.replace(/\.$/, '')}.`,
  scenarioRun: ({ title, dimension, median, p10, p90, runs }) =>
    `In the scenario “${title}”, bargaining ends at ${median} on the scale “${dimension}” (10th to 90th percentile ${p10} to ${p90} over ${runs} runs with perturbed inputs).`,
  scenarioZone: ({ label, probability }) => `${label}: ${probability} of runs.`,
  scenarioMediation: ({ mediator, before, after }) =>
    `With the mediation lever of ${mediator} applied, the forecast moves from ${before} to ${after}.`,
  scenarioConditional:
    'These results are conditional on expert inputs (positions, saliences and capabilities set by analysts), not measurements.',
  watch: ({ name, effect, score, confidence, rationale }) =>
    `${name} (${effect}; score ${score}, confidence ${confidence}): ${rationale.replace(/\.$/, '')}.`,
  disputed: ({ summary, claimant }) => `Contested: ${summary} (claimed by ${claimant}).`,
  figures: {
    eventsByMonth: ({ from, to, count }) =>
      `Bar chart of ${count} events per month by PLOVER type, ${from} to ${to}.`,
    eventsCaption:
      'Events per month by type (curated and imported events touching the mediator or the parties).',
    prospects: ({ lines }) => `Chart of the three prospects with their bands: ${lines.join('; ')}.`,
    prospectsCaption:
      'Prospects: point estimate and band (10th to 90th percentile of the base rate, moved by the indicators).',
    prospectAlt: ({ effect, p, low, high }) => `${effect} ${p} (${low} to ${high})`,
    noEstimate: 'no estimate',
    fatalitiesByMonth: ({ from, to, incidents, series }) =>
      `Bar chart of deaths per month, best estimate with the low to high range where known, over ${incidents} incident(s) from ${from} to ${to}; series: ${list(series)}.`,
    fatalitiesCaption:
      'Deaths per month touching the mediator or the parties, best estimate (whiskers: low to high where known); each incident counted once, in the series of its report with the highest best estimate.',
    series: { curated: 'curated events', dataset: 'dataset events', coded: 'machine-coded events' },
    range: 'low to high',
    network: ({ from, to, nodes, friendly, hostile }) =>
      `Network of ${nodes} actors from ${from} to ${to}: ${friendly} friendly ties (solid lines) and ${hostile} hostile ties (dashed lines).`,
    networkCaption: ({ from, to }) =>
      `Signed actor network from ${from} to ${to}: the mediator's and each party's family drawn as one node; solid lines friendly, dashed lines hostile, thicker lines stronger ties.`,
    friendly: 'friendly',
    hostile: 'hostile',
    asTable: 'This edition gives the figure as a table; the HTML and PDF editions draw it.',
    columns: {
      month: 'Month',
      series: 'Series',
      best: 'Deaths (best)',
      range: 'Low to high',
      pair: 'Actors',
      tie: 'Tie',
      weight: 'Weight',
    },
  },
  labels: {
    accessed: 'Date of access',
    release: 'release',
    row: 'row',
    computedOn: 'computed on',
    figure: 'Figure',
  },
  digest: {
    heading: ({ from, to }) => `What changed from ${from} to ${to}`,
    nothing: ({ from, to }) =>
      `The case records no new events, relations or agreements from ${from} to ${to}, and no indicator moved.`,
    events: ({ count, from, to, byType, deaths }) =>
      `From ${from} to ${to} the case records ${count} new event(s): ${byType}` +
      (deaths === null
        ? '.'
        : deaths === 0
          ? '; no deaths where a toll is known.'
          : `; at least ${deaths} death(s) where a toll is known.`),
    typeCount: ({ type, count }) => `${count} ${type}`,
    eventPlain: ({ type, sources, targets }) => `${type} by ${sources} against ${targets}`,
    relationsHeading: 'Relations and agreements',
    relationStarted: ({ date, summary }) => `From ${date}: ${summary.replace(/\.$/, '')}.`,
    relationEnded: ({ date, summary }) => `Ended ${date}: ${summary.replace(/\.$/, '')}.`,
    agreementSigned: ({ name, date }) => `${name} was concluded on ${date}.`,
    agreementEnded: ({ name, date, how }) => `${name} ended ${date}: ${how.replace(/\.$/, '')}.`,
    indicatorsHeading: 'Indicators that moved',
    indicator: ({ name, before, after, rationale }) =>
      `${name}: score ${before} before, ${after} now; ${rationale.replace(/\.$/, '')}.`,
    noScore: 'none',
    prospectsHeading: 'Prospects that moved',
    prospect: ({ effect, before, after }) => `${effect}: from ${before} to ${after}.`,
    contribution: ({ name, before, after }) =>
      `${name} contributed ${before} before and ${after} now (log-odds).`,
  },
  reviewed: ({ by, date }) => `Reviewed by ${by} on ${date} (the reviewer's own statement).`,
  reviewRecord: ({ by, date, note }) =>
    ` Marked reviewed by ${by} on ${date}${note === null ? '' : `, with the note: ${note}`}.`,
  // A whole sentence (ending in a full stop) may open with a name that takes "the": capitalised.
  assessment: (p, actor) => {
    const text = englishOf(p, { actor, date: formats.date, period: formats.period });
    return text.endsWith('.') ? cap(text) : text;
  },
  quoted: '',
};
