/**
 * Russian templates of the actor profile (keys in the order of en.ts). As in the brief's
 * Russian templates, actor names stay in the nominative: after a label and a colon, or in
 * brackets, so no case ending is needed; counts follow a label, so no plural form is needed.
 */
import { countryNames } from '../../actors/countries.ts';
import { ru as brief } from '../i18n/ru.ts';
import { intlFormats } from '../i18n/intl.ts';
import type { ProfileStrings } from './strings.ts';

const LOCALE = 'ru-RU';
const { date, number } = intlFormats(LOCALE);
const stop = (text: string) => text.replace(/\.$/, '');

const ACTOR_KINDS: Readonly<Record<string, string>> = {
  state: 'государство',
  government: 'правительство',
  military: 'вооружённые силы',
  intelligence: 'спецслужба',
  'armed-group': 'вооружённая группа',
  faction: 'фракция',
  party: 'политическая партия',
  igo: 'межправительственная организация',
  ngo: 'неправительственная организация',
  person: 'лицо',
  office: 'должность',
  project: 'проект',
};
const AGREEMENT_KINDS: Readonly<Record<string, string>> = {
  ceasefire: 'прекращение огня',
  peace: 'мирное соглашение',
  framework: 'рамочное соглашение',
  partial: 'частичное соглашение',
  implementation: 'соглашение о выполнении',
  other: 'иное',
};
const FIELDS: Readonly<Record<string, string>> = {
  date: 'дата',
  fatalities: 'число погибших',
  'fatalities.best': 'число погибших (наилучшая оценка)',
  'location.name': 'место',
};

export const ru: ProfileStrings = {
  lang: 'ru',
  title: ({ actor }) => `Профиль актора: ${actor}`,
  stamp: brief.stamp,
  reviewed: brief.reviewed,
  provenance: ({ caseId, asOf, version, generated }) =>
    `Составлено Jirga ${version} по делу ${caseId} на основе сведений на ${asOf}; дата создания: ${generated}.`,
  reviewRecord: brief.reviewRecord,
  headings: {
    names: 'Названия и другие имена',
    founding: 'Возникновение',
    leaders: 'Руководители',
    goals: 'Идеология и цели',
    strength: 'Численность и сила',
    allies: 'Союзники и противники во времени',
    balance: 'События с другими акторами по годам',
    splits: 'Расколы и слияния',
    attacks: 'Крупные нападения',
    designations: 'Внесение в списки',
    timeline: 'Хронология',
    notes: 'Примечания',
  },
  empty: {
    names: ({ actor }) => `В реестре нет названий, кроме идентификатора: ${actor}.`,
    founding: ({ actor }) => `В кейсе нет записи с источником о том, как и когда возник актор: ${actor}.`,
    leaders: ({ actor }) => `В кейсе нет записей с источником о руководстве актора: ${actor}.`,
    goals: ({ actor }) => `В кейсе нет заявлений с источником об идеологии или целях актора: ${actor}.`,
    strength: ({ actor }) =>
      `В кейсе нет оценок численности актора; здесь они не приводятся, чтобы не гадать: ${actor}.`,
    allies: ({ actor }) => `В кейсе нет записей с источником о союзах или соперничестве актора: ${actor}.`,
    balance: ({ actor }) => `В кейсе нет событий между этим актором и другими: ${actor}.`,
    splits: ({ actor }) =>
      `В кейсе нет записей с источником о расколах или слияниях с участием актора: ${actor}.`,
    attacks: ({ actor }) =>
      `В кейсе нет событий с известным числом погибших, которые совершил, признал или отрицал этот актор или которые ему приписаны: ${actor}.`,
    designations: ({ actor }) => `В кейсе нет записей с источником о внесении актора в списки: ${actor}.`,
    timeline: ({ actor }) => `В кейсе нет датированных записей с источником об акторе: ${actor}.`,
  },
  method: {
    names:
      'Названия приведены так, как их хранит реестр акторов, по языкам; реестр не хранит источников для отдельных названий, поэтому в этом разделе нет сносок.',
    goals:
      'Цели — это требования, которые актор выдвигал на раундах переговоров, в изложении источников раунда; собственной программы или идеологического заявления актора в кейсе нет.',
    balance:
      'Враждебные и кооперативные события определяются по знаку интенсивности Гольдстейна каждого события; среднее дано на шкале от −10 до +10.',
  },
  date,
  number: (x, digits = 1) => number(x, digits),
  period: ({ from, to }) =>
    from === null && to === null
      ? 'Даты не записаны'
      : from === null
        ? `По ${to}`
        : to === null
          ? `С ${from}`
          : `С ${from} по ${to}`,
  names: ({ language, names }) => `${language}: ${names.join('; ')}`,
  identity: ({ kind, country }) => `Тип: ${kind}${country === null ? '' : `; страна: ${country}`}.`,
  externalIds: ({ ids }) => `Идентификаторы в других наборах данных: ${ids.join(', ')}.`,
  dated: ({ period, text }) => `${period}: ${stop(text)}.`,
  according: ({ claimant, summary }) => `По утверждению стороны (${claimant}): ${stop(summary)}`,
  alliance: ({ side, counterpart, period, text }) =>
    `${side === 'ally' ? 'Союзник' : 'Противник'}: ${counterpart} (${period.charAt(0).toLowerCase()}${period.slice(1)}). ${stop(text)}.`,
  reported: ({ summary }) => `Сообщается: ${stop(summary)}`,
  relationPlain: brief.relationPlain,
  sentence: ({ text }) => `${stop(text)}.`,
  splinter: ({ child, parent }) => `Отколовшаяся группа: ${child}; от кого: ${parent}`,
  earliest: ({ date: day, text }) => `Самая ранняя датированная запись кейса (${day}): ${stop(text)}.`,
  leader: ({ name, role, period, summary }) =>
    `${name}${role === null ? '' : ` (${role})`}, ${period.charAt(0).toLowerCase()}${period.slice(1)}` +
    (summary === null ? '.' : `: ${stop(summary)}.`),
  demand: ({ actor, date: day, negotiation, text }) =>
    `Раунд ${day} (${negotiation}); требование стороны (${actor}): ${stop(text)}.`,
  balance: ({ year, counterpart, hostile, cooperative, neutral, intensity }) =>
    `${year}, с кем: ${counterpart}; враждебных событий: ${hostile}, кооперативных: ${cooperative}` +
    `${neutral === 0 ? '' : `, нейтральных: ${neutral}`}${intensity === null ? '' : ` (средняя интенсивность ${intensity})`}.`,
  attack: ({ date: day, summary, deaths, type }) =>
    `${day} (${type}; погибших, по наилучшей оценке: ${deaths}): ${stop(summary)}.`,
  claim: ({ by, kind, about }) =>
    kind === 'claimed'
      ? `Ответственность взял на себя: ${by}.`
      : kind === 'denied'
        ? `Ответственность отрицал: ${by}.`
        : `Ответственность возложил на другого актора: ${by}${about === null ? '' : ` (на кого: ${about})`}.`,
  toll: ({ by, deaths }) => `Число погибших по заявлению стороны (${by}): ${deaths}.`,
  dispute: ({ field, values, chosen, why }) =>
    `Источники расходятся в поле «${field}» (${values.join(' или ')}); в кейсе принято: ${chosen}; причина: ${stop(why)}.`,
  designation: ({ authority, list, period }) =>
    `${authority}: ${stop(list)} (${period.charAt(0).toLowerCase()}${period.slice(1)}).`,
  event: ({ date: day, text }) => `${day}: ${stop(text)}.`,
  eventPlain: brief.digest.eventPlain,
  round: ({ negotiation, venue, outcome }) =>
    `Раунд переговоров: ${negotiation}${venue === null ? '' : `; место: ${venue}`}` +
    (outcome === null ? '' : `; итог: ${stop(outcome)}`),
  agreement: ({ name, kind }) => `Заключено соглашение: ${name} (${kind})`,
  labels: brief.labels,
  actorKind: (kind) => ACTOR_KINDS[kind] ?? kind,
  agreementKind: (kind) => AGREEMENT_KINDS[kind] ?? kind,
  field: (field) => FIELDS[field] ?? field,
  country: (code) => countryNames(code)?.ru ?? code,
  quoted: brief.quoted,
};
