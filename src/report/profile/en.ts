/** English templates of the actor profile. */
import { en as brief } from '../i18n/en.ts';
import type { ProfileStrings } from './strings.ts';

const LOCALE = 'en-GB';
const day = (iso: string) =>
  new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en: ProfileStrings = {
  lang: 'en',
  title: ({ actor }) => `Profile: ${actor}`,
  stamp: brief.stamp,
  reviewed: brief.reviewed,
  provenance: ({ caseId, asOf, version, generated }) =>
    `Made by Jirga ${version} from case ${caseId} with what was known on ${asOf}; generated ${generated}.`,
  reviewRecord: brief.reviewRecord,
  headings: {
    names: 'Names and aliases',
    founding: 'Founding',
    leaders: 'Leaders',
    goals: 'Ideology and goals',
    strength: 'Strength',
    allies: 'Allies and rivals over time',
    balance: 'Events with others, year by year',
    splits: 'Splits and mergers',
    attacks: 'Major attacks',
    designations: 'Designations',
    timeline: 'Timeline',
    notes: 'Notes',
  },
  empty: {
    names: ({ actor }) => `The registry holds no names for ${actor} beyond its id.`,
    founding: ({ actor }) => `The case holds no sourced item on how or when ${actor} was founded.`,
    leaders: ({ actor }) => `The case holds no sourced leadership of ${actor}.`,
    goals: ({ actor }) => `The case holds no sourced statement of the ideology or goals of ${actor}.`,
    strength: ({ actor }) =>
      `The case holds no strength estimates for ${actor}; none are given here rather than guessed.`,
    allies: ({ actor }) => `The case holds no sourced alliance or rivalry of ${actor}.`,
    balance: ({ actor }) => `The case holds no events between ${actor} and another actor.`,
    splits: ({ actor }) => `The case holds no sourced split or merger involving ${actor}.`,
    attacks: ({ actor }) =>
      `The case holds no event with a known death toll carried out, claimed or denied by ${actor}, or attributed to it.`,
    designations: ({ actor }) => `The case holds no sourced designation of ${actor}.`,
    timeline: ({ actor }) => `The case holds no dated, sourced item on ${actor}.`,
  },
  method: {
    names:
      'Names are as the actor registry holds them, by language; the registry keeps no evidence per name, so this section has no footnotes.',
    goals:
      'Goals are the demands the actor put at negotiation rounds, as the round’s sources report them; the case holds no programme or ideology statement of its own.',
    balance:
      'Hostile and cooperative are read from the sign of each event’s Goldstein intensity; the mean is on the scale from −10 to +10.',
  },
  date: day,
  number: (x, digits = 1) =>
    new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(x),
  period: ({ from, to }) =>
    from === null && to === null
      ? 'Dates not recorded'
      : from === null
        ? `Until ${to}`
        : to === null
          ? `Since ${from}`
          : `From ${from} to ${to}`,
  names: ({ language, names }) => `${language}: ${names.join('; ')}`,
  identity: ({ kind, country }) => `Kind: ${kind}${country === null ? '' : `; country: ${country}`}.`,
  externalIds: ({ ids }) => `Identifiers in other datasets: ${ids.join(', ')}.`,
  dated: ({ period, text }) => `${period}: ${text.replace(/\.$/, '')}.`,
  according: ({ claimant, summary }) => `According to ${claimant}, ${summary.replace(/\.$/, '')}`,
  alliance: ({ side, counterpart, period, text }) =>
    `${side === 'ally' ? 'Ally' : 'Rival'}: ${counterpart} (${period.charAt(0).toLowerCase()}${period.slice(1)}). ${text.replace(/\.$/, '')}.`,
  reported: ({ summary }) => `Reported: ${summary.replace(/\.$/, '')}`,
  relationPlain: brief.relationPlain,
  sentence: ({ text }) => `${text.replace(/\.$/, '')}.`,
  splinter: ({ child, parent }) => `${child} broke away from ${parent}`,
  earliest: ({ date, text }) =>
    `The earliest dated item the case holds is of ${date}: ${text.replace(/\.$/, '')}.`,
  leader: ({ name, role, period, summary }) =>
    `${name}${role === null ? '' : ` (${role})`}, ${period.charAt(0).toLowerCase()}${period.slice(1)}` +
    (summary === null ? '.' : `: ${summary.replace(/\.$/, '')}.`),
  demand: ({ actor, date, negotiation, text }) =>
    `At the round of ${date} (${negotiation}), ${actor} demanded: ${text.replace(/\.$/, '')}.`,
  balance: ({ year, counterpart, hostile, cooperative, neutral, intensity }) =>
    `${year}, with ${counterpart}: ${[
      plural(hostile, 'hostile event', 'hostile events'),
      plural(cooperative, 'cooperative event', 'cooperative events'),
      ...(neutral === 0 ? [] : [plural(neutral, 'neutral event', 'neutral events')]),
    ].join(', ')}${intensity === null ? '' : ` (mean intensity ${intensity})`}.`,
  attack: ({ date, summary, deaths, type }) =>
    `${date} (${type}, ${deaths} dead, best estimate): ${summary.replace(/\.$/, '')}.`,
  claim: ({ by, kind, about }) =>
    kind === 'claimed'
      ? `${by} claimed responsibility.`
      : kind === 'denied'
        ? `${by} denied responsibility.`
        : `${by} attributed it to ${about ?? 'another actor'}.`,
  toll: ({ by, deaths }) => `According to ${by}, it killed ${deaths}.`,
  dispute: ({ field, values, chosen, why }) =>
    `Sources differ on the ${field} (${values.join(' or ')}); the case uses ${chosen}: ${why.replace(/\.$/, '')}.`,
  designation: ({ authority, list, period }) =>
    `${authority}: ${list.replace(/\.$/, '')} (${period.charAt(0).toLowerCase()}${period.slice(1)}).`,
  event: ({ date, text }) => `${date}: ${text.replace(/\.$/, '')}.`,
  eventPlain: brief.digest.eventPlain,
  round: ({ negotiation, venue, outcome }) =>
    `A round of ${negotiation}${venue === null ? '' : ` in ${venue}`}` +
    (outcome === null ? '' : `; outcome: ${outcome.replace(/\.$/, '')}`),
  agreement: ({ name, kind }) => `${name} (${kind}) was concluded`,
  labels: brief.labels,
  actorKind: (kind) => kind,
  agreementKind: (kind) => kind,
  field: (field) => field,
  country: (code) => code,
  quoted: brief.quoted,
};
