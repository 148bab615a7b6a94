/**
 * The English templates of the assessment's phrases: indicator rationales and the reasons for
 * a missing value, caveats, the reasons for no estimate, reference classes and analogue
 * outcomes. The assessment's English strings are written from these, so the key and
 * parameters kept beside each string say exactly what it says; briefs in other languages
 * write the same phrase from `src/report/i18n/phrases-*.ts`.
 */
import { formatDay, type DayPrecision } from '../analysis/time.ts';
import {
  writePhrase,
  type Phrase,
  type PhraseFormats,
  type PhraseReader,
  type PhraseTemplate,
} from './phrase.ts';

const signedFixed = (r: PhraseReader, name: string) => {
  const value = r.maybe(name);
  if (value === null) return 'unknown';
  const x = r.count(name);
  return (x >= 0 ? '+' : '') + x.toFixed(2);
};
const plural = (n: number, word: string) => `${word}${n === 1 ? '' : 's'}`;

export const EN_PHRASES = {
  // Reasons an indicator has no value.
  'reason.no-scenario': () => 'no bargaining scenario was given (--scenario)',
  'reason.scenario-lacks-actor': (r) => `scenario ${r.text('scenario')} has no actor of ${r.actor('party')}`,
  'reason.no-registry': () => 'no actor registry to tell armed groups apart',
  'reason.no-spoiler-record': (r) =>
    `no attack on ${r.actor('a')} in the last year and no splinter of ${r.actor('b')} on record`,
  'reason.no-sanctuary-record': (r) =>
    `no harbouring relation and no event involving ${r.actor('b')} on the mediator's territory`,
  'reason.no-outside-power': () => 'no outside power acting on the parties or the mediator on record',
  'reason.not-in-registry': (r) => `${r.actor('b')} is not in the registry`,
  'reason.no-fighting': () => 'no fighting between the parties on record',
  'reason.no-agreement-with-armed': (r) => `no agreement between ${r.actor('a')} and armed groups on record`,
  'reason.no-agreement-between': (r) => `no agreement between ${r.actor('a')} and ${r.actor('b')} on record`,
  'reason.no-mediator-link': () => 'no relation and no event links the mediator to either party',
  'reason.mediator-tie-unknown': (r) => `the mediator's tie with ${r.actor('party')} is unknown`,
  'reason.no-leverage': () => 'nothing on record that the mediator controls and a party needs',
  'reason.no-mediator-events': () => 'no events involving the mediator in the last year',
  'reason.no-mediation-record': () => 'the mediator has no mediation on record',
  'reason.no-fighting-360': () => 'no fighting between the parties in the last 360 days',
  'reason.no-fighting-year': () => 'no fighting between the parties in the last year',
  'reason.no-fighting-or-statements': () =>
    'no fighting and no statements between the parties in the last year',
  'reason.stalemate-undirected': (r) =>
    `${r.num('count')} events of fighting in the last year come from a dataset that does not say who hurt whom, and the parties made no statements on record`,
  'reason.rebel-undirected': (r) =>
    `the ${r.num('count')} events of fighting in the last year come from a dataset that records the two sides, not who attacked whom (${r.texts('datasets').join(', ')})`,

  // Rationales.
  'rationale.no-value': (r) => `No value: ${r.phrase('reason')}.`,
  'rationale.bargaining-range': (r) => {
    const mediator = r.maybe('mediator');
    const runText =
      mediator === null
        ? 'with the inputs as set'
        : `with ${r.actor('mediator')}'s mediation lever (${r.num('gapWithout', 0)}% apart without it)`;
    const zone = r.maybe('zone');
    const setOn = r.maybe('setOn');
    return `In scenario ${r.text('scenario')}, ${runText}, the parties end ${r.num('gap', 0)}% of the scale apart (forecast ${r.num('forecast', 1)}${zone === null ? '' : `, zone ${zone}`}): ${r.flag('rangeExists') ? 'a range both could accept exists' : 'no overlap in what they would accept'}, conditional on expert inputs, not measurements${setOn === null ? '' : ` (set on ${r.date('setOn')}, after the as-of date)`}.`;
  },
  'rationale.spoilers': (r) =>
    `${r.num('count')} armed group(s) outside the talks (${r.actors('groups').join(', ') || 'none'}) attacked ${r.actor('a')} in the year or split from ${r.actor('b')}: ${r.count('count') > 0 ? 'spoilers can wreck a deal the parties keep' : 'no spoiler on record'}.`,
  'rationale.sanctuary': (r) => {
    const claimants = r.actors('claimants');
    return `${r.num('facts')} established and ${r.num('claims')} claimed harbouring relations${claimants.length > 0 ? ` (claimed by ${claimants.join(', ')})` : ''}, ${r.num('onTerritory')} event(s) involving ${r.actor('b')} on the mediator's territory in the year: a safe rear base lets the armed party wait out a deal.`;
  },
  'rationale.third-party-stakes': (r) =>
    `${r.actors('powers').join(', ')} act on the parties or the mediator (${r.num('acts')} events in the year, ${r.num('stakes')} standing stakes): outside powers with stakes push for talks.`,
  'rationale.recognition-cost': (r) =>
    `${r.num('designations')} designation(s) of ${r.actor('b')} by ${r.actor('a')} in force and ${r.num('refusals')} refusal(s) to talk in the year: ${r.flag('barred') ? 'talking to a listed group costs the government legitimacy' : 'no formal bar to talks on record'}.`,
  'rationale.episode-age-fighting': (r) =>
    `The fighting on record began ${r.date('start')}, ${r.num('months', 0)} months ago: longer wars are more often mediated.`,
  'rationale.episode-age-ended': (r) =>
    `The current episode began when the last agreement between the parties ended on ${r.date('ended')}, ${r.num('months', 0)} months ago.`,
  'rationale.failed-agreements': (r) =>
    `${r.num('ended')} of ${r.num('deals')} deals between ${r.actor('a')} and armed groups ended (${r.num('endedByB')} ended by ${r.actor('b')}${r.flag('someEndsUnknown') ? '; some end dates unknown' : ''}): a record of collapse weighs on any new deal.`,
  'rationale.agreement-strength': (r) => {
    const signed = r.maybe('signed');
    return `The last agreement (${r.text('name')}, ${signed === null ? 'null' : r.date('signed')}) was ${r.flag('written') ? 'written' : 'verbal'}, ${r.flag('monitored') ? 'with' : 'without'} guarantors or monitoring, with ${r.num('provisions')} provisions: ${r.flag('weak') ? 'weak terms of the kind Fortna finds break down' : 'terms of the kind that last longer'}.`;
  },
  'rationale.mediator-ties': (r) =>
    `Tie with ${r.actor('a')} ${signedFixed(r, 'tieA')} (${r.phrase('restsOnA')}), with ${r.actor('b')} ${signedFixed(r, 'tieB')} (${r.phrase('restsOnB')}): ${r.flag('close') ? 'close ties give the mediator information both sides trust' : 'weak or hostile ties limit what the mediator knows and is told'}.`,
  'rationale.mediator-bias': (r) => {
    const leans = r.maybe('leans') === null ? 'neither side' : r.actor('leans');
    const toward = r.text('toward');
    const why =
      toward === 'rebels'
        ? ': a rebel-leaning mediator is credible to the rebels but its guarantees to the government are weak'
        : toward === 'government'
          ? ': a government-leaning mediator eases the rebels’ commitment problem'
          : '';
    return `The mediator leans to ${leans} (${signedFixed(r, 'bias')}, resting on ${r.flag('onRelations') ? 'curated relations' : 'partly event counts'})${why}.`;
  },
  'rationale.mediator-leverage': (r) =>
    `Sanctuary ${r.num('sanctuary', 2)}${r.flag('claimsOnly') ? ' (claims only)' : ''}, ideology ${r.num('ideology', 2)}, trade ${r.num('trade', 2)}, border ${r.num('border', 2)}: leverage helps reach a deal (Beardsley), though deals built on it fade when it is withdrawn.`,
  'rationale.mediator-hostility': (r) =>
    `${r.num('events')} hostile events (${r.num('towardA')} with ${r.actor('a')}) and ${r.num('relations')} hostile relations between the mediator and a party in the year: ${r.flag('hostile') ? 'a party at odds with the mediator is slow to accept it' : 'no open hostility stands in the way'}.`,
  'rationale.mediation-record': (r) =>
    `${r.num('processes')} mediation process(es) and ${r.num('brokered')} brokered agreement(s), ${r.num('held')} still in force: ${r.flag('poor') ? 'a mediator with experience of these parties but whose deals did not hold' : 'a mediator whose deals have held'}.`,
  'rationale.intensity-none': () =>
    'No fighting between the parties in the last 180 days: little pressure to seek a mediator.',
  'rationale.intensity': (r) =>
    `${r.phrase('series')} of fighting between the parties in 180 days with ${r.num('deaths')} deaths (${r.num('unknown')} with unknown toll): violence raises the chance that mediation is sought.`,
  'rationale.trend-rose': (r) =>
    `Fighting rose (${r.phrase('recent')} now against ${r.phrase('previous')} before): escalating violence lowers the chance that talks succeed.`,
  'rationale.trend-fell': (r) =>
    `Fighting fell or held (${r.phrase('recent')} now against ${r.phrase('previous')} before): a calmer phase helps talks.`,
  'rationale.stalemate': (r) =>
    `Both sides hurting: ${r.phrase('hurting')}; the parties' own words: ${r.num('pro')} for talks, ${r.num('against')} against: ${r.flag('ripe') ? 'signs of a ripe moment' : 'no sign that the parties see a hurting stalemate'}.`,
  'rationale.rebel-strength': (r) =>
    `${r.actor('b')} carried out ${r.num('byB')} of ${r.num('total')} violent events with ${r.actor('a')} in the year, in ${r.num('places')} place(s): ${r.flag('strong') ? 'a strong armed party, which Clayton finds raises settlement chances' : 'a weaker armed party, with less to bargain with'}.`,

  // Parts of rationales.
  'tie.relations': () => 'relations',
  'tie.events': () => 'events',
  'tie.relations and events': () => 'relations and events',
  'tie.nothing': () => 'nothing',
  'hurting.unknown': (r) => `unknown (${r.num('undirected')} dataset events without a direction)`,
  'hurting.yes': (r) => `yes (parity ${r.num('parity', 2)})`,
  'hurting.no': () => 'no',
  'series.none': () => 'no events',
  'series.some': (r) => {
    const n = r.count('count');
    const base = `${r.num('count')} ${r.text('origin')} ${plural(n, 'event')}${r.flag('partial') ? ' (from a dataset sample or extract)' : ''}`;
    return r.count('setAside') > 0 ? `${base} (${r.num('setAside')} of other origins set aside)` : base;
  },

  // Caveats.
  'caveat.thin': (r) => `Thin coverage, confidence halved: ${r.indicators('indicators').join(', ')}.`,
  'caveat.no-value': (r) => `No value: ${r.phrases('missing').join('; ')}.`,
  'caveat.missing': (r) => `${r.indicator('indicator')} (${r.phrase('reason')})`,
  'caveat.drafts': (r) => `${r.num('count')} draft item(s) left out (use --include-drafts to count them).`,
  'caveat.partial': (r) =>
    `Dataset rows from a sample or an extract (${r.texts('releases').join(', ')}): counts from them are not the full record, and their series are marked thin.`,
  'caveat.curated-only': () =>
    'Every event is curated: counts describe the events chosen for the case, not a complete record of the violence.',
  'caveat.no-reference': () =>
    'No reference dataset was read: prospects rest on the case’s own analogues only, or give no estimate.',
  'caveat.bargaining': (r) => {
    const setOn = r.maybe('setOn');
    const late =
      setOn === null
        ? ''
        : ` Its inputs were set on ${r.date('setOn')}, after the as-of date, so the range is not a judgement as of ${r.date('asOf')}.`;
    return `The bargaining range comes from scenario ${r.text('scenario')} and is conditional on expert inputs (positions, saliences, capabilities set by analysts), not on measurements.${late}`;
  },
  'caveat.weights': () =>
    'Indicator weights on the prospects are a stated judgement (0.5 × score × confidence on the log-odds scale), not fitted to data.',

  // Prospects: no estimate, reference classes.
  'prospect.no-estimate': (r) => `no calibrated estimate: ${r.phrase('missing')}`,
  'missing.onset': () => 'mediation onset needs a reference rate (CWM episodes), which was not available',
  'missing.agreement': () =>
    'the mediator has no earlier process with these parties on record and no reference dataset codes mediation outcomes',
  'missing.durability': () =>
    'no earlier deals with known outcomes and no reference rate (UCDP peace agreements)',
  'class.pooled': (r) => `${r.phrase('reference')}, pooled with ${r.num('analogues')} named analogue(s)`,
  'class.analogues': (r) => `${r.num('analogues')} named analogue(s) from the case, Laplace rule`,
  'class.cwm-all': () => 'civil-war episodes 1946–2013 (CWM)',
  'class.cwm-country': (r) => `civil-war episodes in ${r.text('country')} (CWM)`,
  'class.ucdp-ceasefires': (r) =>
    `peace agreements with a ceasefire provision${r.flag('thirdParty') ? ' and a named third party' : ''}, signed up to ${r.date('cutoff')} (UCDP PA)`,

  // Analogues: their names and what became of them.
  'analogue.process': (r) => r.text('name'),
  'analogue.deal': (r) => `${r.text('name')} (${r.maybe('signed') === null ? 'undated' : r.date('signed')})`,
  'outcome.yielded': (r) => `yielded ${r.texts('agreements').join('; ')}`,
  'outcome.no-agreement-yet': () => 'no agreement yet',
  'outcome.in-force': () => 'in force',
  'outcome.ended': (r) => {
    const when = r.maybe('date') === null ? 'end date unknown' : `ended ${r.period('date', 'precision')}`;
    const by = r.actors('by');
    return `${r.text('how')} (${when})${by.length > 0 ? `, by ${by.join(', ')}` : ''}`;
  },
} satisfies Record<string, PhraseTemplate>;

export type PhraseKey = keyof typeof EN_PHRASES;

const ENGLISH: PhraseFormats = {
  num: (x, digits) => (digits === undefined ? String(x) : x.toFixed(digits)),
  actor: (id) => id,
  indicator: (id) => id,
  date: (iso) => iso,
  period: (iso, precision) => formatDay(iso, precision as DayPrecision),
};

/** A phrase of the assessment: its key and parameters. */
export function phrase(key: PhraseKey, params: Phrase['params'] = {}): Phrase {
  return { key, params };
}

/**
 * The phrase in English: as the assessment states it (actors by id, ISO dates), or with some
 * formats replaced, as a brief writes it ("by Tehrik-i-Taliban Pakistan (16 February 2009)").
 */
export function englishOf(p: Phrase, formats: Partial<PhraseFormats> = {}): string {
  return writePhrase(p, EN_PHRASES, { ...ENGLISH, ...formats });
}
