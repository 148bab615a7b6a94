/**
 * Russian templates of the brief (keys in the order of en.ts).
 *
 * Names: actor names arrive in the nominative and stay there. Russian declines names after
 * most prepositions ("между Пакистаном и ТТП"), and a foreign name may or may not decline, so
 * the templates put names only where the nominative is right: as the subject of a verb in the
 * present tense (which, unlike the past, has no gender), in a headline before a colon, after a
 * label and a colon ("Посредник: X"), or between quotation marks in a pair ("«X — Y»").
 *
 * ICD-203 likelihood terms, in the renderings usual in Russian analytical writing: almost no
 * chance → почти исключено; very unlikely → крайне маловероятно; unlikely → маловероятно;
 * roughly even chance → примерно равные шансы; likely → вероятно; very likely → весьма
 * вероятно; almost certain → почти наверняка. Analytic confidence is "аналитическая
 * уверенность" (низкая, умеренная, высокая), kept apart from the likelihood term as in English.
 * "Date of access" is "Дата обращения", as Russian bibliographic references (ГОСТ Р 7.0.5) say.
 */
import { capitalise, intlFormats } from './intl.ts';
import { phraseWriter } from './phrase-writer.ts';
import { russianPhrases } from './phrases-ru.ts';
import type { BriefStrings } from './strings.ts';

const LOCALE = 'ru-RU';
const { list, ...formats } = intlFormats(LOCALE);
const cap = (text: string) => capitalise(text, LOCALE);
const PHRASES = russianPhrases(formats.number, list);
/** Ends a sentence with a full stop unless it ends with one already ("2023 г."). */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

const PREDICATES: Readonly<Record<string, string>> = {
  'mediates-between': 'посредничество',
  harbours: 'предоставление убежища',
  supports: 'поддержка',
  'allied-with': 'союз',
  'hostile-to': 'вражда',
  'splinter-of': 'отколовшаяся группа',
  'member-of': 'членство',
  leads: 'руководство',
  influences: 'влияние',
  designates: 'признание террористической организацией',
  'negotiates-with': 'переговоры',
  funds: 'финансирование',
  'sponsors-proxy': 'использование как прокси',
  'merged-into': 'слияние',
};

export const ru: BriefStrings = {
  lang: 'ru',
  title: ({ mediator, a, b }) =>
    `${cap(a)} и ${b}: может ли ${mediator} стать посредником и к чему это приведёт?`,
  nameInText: ({ name }) => name,
  stamp: 'Черновик, составленный машиной; аналитик его не проверял.',
  provenance: ({ caseId, asOf, version, generated, counts }) =>
    `Составлено Jirga ${version} по делу ${caseId} на основе сведений на ${asOf} (событий: ${counts.events}, связей: ${counts.relations}, соглашений: ${counts.agreements}, переговоров: ${counts.negotiations}, источников: ${counts.sources}); дата создания: ${generated}.`,
  headings: {
    summary: 'Итоговая оценка',
    background: 'Предыстория',
    parties: 'Стороны и посредник',
    dynamics: 'Последние события',
    mediator: 'Что посредник может и чего не может',
    scenarios: 'Сценарии',
    watch: 'На что обратить внимание',
    caveats: 'Оговорки',
    notes: 'Примечания',
  },
  effects: {
    onset: 'Посредничество начинается',
    agreement: 'Посредничество приводит к соглашению',
    durability: 'Соглашение соблюдается год',
  },
  terms: {
    'almost no chance': 'почти исключено',
    'very unlikely': 'крайне маловероятно',
    unlikely: 'маловероятно',
    'roughly even chance': 'примерно равные шансы',
    likely: 'вероятно',
    'very likely': 'весьма вероятно',
    'almost certain': 'почти наверняка',
  },
  confidence: { low: 'низкая', moderate: 'умеренная', high: 'высокая' },
  ...formats,
  prospect: ({ effect, term, p, low, high }) => `${effect}: ${term} (${p}; диапазон ${low} – ${high}).`,
  confidenceLine: ({ confidence }) => `Аналитическая уверенность в этой оценке: ${confidence}.`,
  noEstimate: ({ effect, reason }) => `${effect}: ${reason}.`,
  baseRate: ({ p, referenceClass }) => `Базовая частота: ${p}; референтный класс: ${referenceClass}.`,
  analogue: ({ name, outcome }) => `Аналог: ${name}; итог: ${outcome}.`,
  agreement: ({ name, signed, ended, how }) =>
    `${name}: дата заключения — ${signed ?? 'неизвестна'}` +
    (how === null
      ? '; прекращение не зафиксировано.'
      : `; прекращение${ended === null ? '' : ` — ${ended}`}: ${how}.`),
  negotiation: ({ name, from, to, outcome }) =>
    stop(
      `${name}: ${from === null ? '' : `начало — ${from}, `}${to === null ? 'окончание не зафиксировано' : `окончание — ${to}`}` +
        (outcome === null ? '' : `; итог: ${outcome}`),
    ),
  mediatorFamily: ({ mediator, members }) =>
    members.length === 0
      ? `Посредник: ${mediator}.`
      : `Посредник: ${mediator}; в одну группу с ним включены: ${list(members)}.`,
  partyFamily: ({ party, members }) =>
    members.length === 0
      ? `Сторона: ${party}.`
      : `Сторона: ${party}; в одну группу с ней включены: ${list(members)}.`,
  tie: ({ x, y, kind, weight, from, to }) =>
    `Связь «${x} — ${y}» в период с ${from} по ${to}: ${kind === 'friendly' ? 'дружественная' : kind === 'hostile' ? 'враждебная' : 'ни дружественная, ни враждебная'} (вес ${weight} по шкале от −1 до +1).`,
  triad: ({ balanced }) =>
    balanced
      ? 'Треугольник посредничества сбалансирован: три связи согласуются друг с другом.'
      : 'Треугольник посредничества несбалансирован: посредник дружествен одной из враждующих сторон либо враждебен обеим дружественным сторонам; такие треугольники обычно меняются.',
  relation: ({ summary }) => `${summary}.`,
  according: ({ claimant, summary }) => `${cap(claimant)} утверждает: ${summary}.`,
  relationPlain: ({ subject, predicate, object }) =>
    `«${cap(subject)} — ${object}»: ${PREDICATES[predicate] ?? predicate}`,
  eventsWindow: ({ count, from, to, deaths }) =>
    `С ${from} по ${to} в деле зафиксировано событий с участием посредника или сторон: ${count}` +
    (deaths === null ? '.' : `; погибших там, где число известно, не менее ${deaths}.`),
  event: ({ date, summary, deaths }) =>
    `${date}: ${summary}${deaths === null ? '' : ` (погибших по наилучшей оценке: ${deaths})`}.`,
  claim: ({ by, kind, date, about }) =>
    stop(
      kind === 'claimed'
        ? `${cap(by)} заявляет о своей ответственности за событие ${date}`
        : kind === 'denied'
          ? `${cap(by)} отрицает свою ответственность за событие ${date}`
          : `${cap(by)} возлагает ответственность за событие ${date} на другого участника${about === null ? '' : `: ${about}`}`,
    ),
  toll: ({ by, date, deaths }) => `${cap(by)} сообщает: число погибших при событии ${date} — ${deaths}.`,
  can: 'Что работает на посредничество',
  cannot: 'Что работает против него',
  indicatorNames: {
    'bargaining-range': 'Диапазон торга (моделирование)',
    spoilers: 'Саботажники и раздробленность',
    sanctuary: 'Убежище на территории посредника',
    'third-party-stakes': 'Интересы третьих сторон',
    'recognition-cost': 'Цена признания',
    'episode-age': 'Продолжительность эпизода конфликта',
    'failed-agreements': 'Сорванные перемирия и соглашения',
    'agreement-strength': 'Прочность последнего соглашения',
    'mediator-ties': 'Связи посредника со сторонами',
    'mediator-bias': 'Пристрастность посредника',
    'mediator-leverage': 'Рычаги влияния посредника',
    'mediator-hostility': 'Вражда между посредником и одной из сторон',
    'mediation-record': 'Послужной список посредника',
    intensity: 'Интенсивность конфликта',
    'intensity-trend': 'Динамика боевых действий',
    stalemate: 'Патовая ситуация и зрелость конфликта',
    'rebel-strength': 'Сила повстанцев',
  },
  contribution: ({ name, effect, delta, rationale }) =>
    `${name} (${effect}; ${delta} по шкале логарифма шансов): ${rationale.replace(/\.$/, '')}.`,
  scenarioRun: ({ title, dimension, median, p10, p90, runs }) =>
    `В сценарии «${title}» торг завершается на отметке ${median} по шкале «${dimension}» (от 10-го до 90-го процентиля: ${p10} – ${p90}; прогонов с возмущёнными входными данными: ${runs}).`,
  scenarioZone: ({ label, probability }) => `${label}: доля прогонов ${probability}.`,
  scenarioMediation: ({ mediator, before, after }) =>
    `При включении рычага посредничества (посредник: ${mediator}) прогноз смещается с ${before} до ${after}.`,
  scenarioConditional:
    'Эти результаты зависят от экспертных вводных (позиции, значимость вопроса и возможности сторон задают аналитики) и не являются измерениями.',
  watch: ({ name, effect, score, confidence, rationale }) =>
    `${name} (${effect}; балл ${score}, уверенность ${confidence}): ${rationale.replace(/\.$/, '')}.`,
  disputed: ({ summary, claimant }) => `Спорно: ${summary} (утверждает: ${claimant}).`,
  figures: {
    eventsByMonth: ({ from, to, count }) =>
      `Столбчатая диаграмма событий по месяцам и типам PLOVER с ${from} по ${to}; всего событий: ${count}.`,
    eventsCaption:
      'События по месяцам и типам (отобранные аналитиками и импортированные события с участием посредника или сторон).',
    prospects: ({ lines }) => `Диаграмма трёх перспектив с диапазонами: ${lines.join('; ')}.`,
    prospectsCaption:
      'Перспективы: точечная оценка и диапазон (от 10-го до 90-го процентиля базовой частоты, смещённой индикаторами).',
    prospectAlt: ({ effect, p, low, high }) => `${effect} ${p} (${low} – ${high})`,
    noEstimate: 'оценки нет',
    fatalitiesByMonth: ({ from, to, incidents, series }) =>
      `Столбчатая диаграмма погибших по месяцам с ${from} по ${to}: наилучшая оценка и, где известен, диапазон от минимума до максимума; инцидентов: ${incidents}; ряды: ${list(series)}.`,
    fatalitiesCaption:
      'Погибшие по месяцам в событиях с участием посредника или сторон, наилучшая оценка (усы: минимум и максимум, где известны); каждый инцидент учтён один раз, в ряду того сообщения, где наилучшая оценка выше.',
    series: {
      curated: 'события, отобранные аналитиками',
      dataset: 'события из наборов данных',
      coded: 'события, закодированные машиной',
    },
    range: 'минимум – максимум',
    network: ({ from, to, nodes, friendly, hostile }) =>
      `Сеть участников с ${from} по ${to}; участников: ${nodes}; дружественных связей (сплошные линии): ${friendly}; враждебных связей (штриховые линии): ${hostile}.`,
    networkCaption: ({ from, to }) =>
      `Знаковая сеть участников с ${from} по ${to}: группа посредника и группа каждой стороны показаны одним узлом; сплошные линии — дружественные связи, штриховые — враждебные, толщина линии — сила связи.`,
    friendly: 'дружественная',
    hostile: 'враждебная',
    asTable: 'В этом издании рисунок дан таблицей; в изданиях HTML и PDF он нарисован.',
    columns: {
      month: 'Месяц',
      series: 'Ряд',
      best: 'Погибшие (наилучшая оценка)',
      range: 'Минимум – максимум',
      pair: 'Участники',
      tie: 'Связь',
      weight: 'Вес',
    },
  },
  labels: {
    accessed: 'Дата обращения',
    release: 'выпуск',
    row: 'строка',
    computedOn: 'дата расчёта',
    figure: 'Рисунок',
  },
  digest: {
    heading: ({ from, to }) => `Что изменилось с ${from} по ${to}`,
    nothing: ({ from, to }) =>
      `С ${from} по ${to} в деле нет новых событий, отношений или соглашений; ни один индикатор не изменился.`,
    events: ({ count, from, to, byType, deaths }) =>
      `С ${from} по ${to} в деле новых событий: ${count} (${byType})` +
      (deaths === null
        ? '.'
        : deaths === 0
          ? '; погибших нет там, где известно число жертв.'
          : `; погибших не менее ${deaths} там, где известно число жертв.`),
    typeCount: ({ type, count }) => `${type}: ${count}`,
    eventPlain: ({ type, sources, targets }) => `${type} (кто: ${sources}; против кого: ${targets})`,
    relationsHeading: 'Отношения и соглашения',
    relationStarted: ({ date, summary }) => `С ${date}: ${summary.replace(/\.$/, '')}.`,
    relationEnded: ({ date, summary }) => `Прекращено ${date}: ${summary.replace(/\.$/, '')}.`,
    agreementSigned: ({ name, date }) => `Заключено соглашение (${date}): ${name}.`,
    agreementEnded: ({ name, date, how }) =>
      `Соглашение прекращено (${date}): ${name}; ${how.replace(/\.$/, '')}.`,
    indicatorsHeading: 'Изменившиеся индикаторы',
    indicator: ({ name, before, after, rationale }) =>
      `${name}: оценка была ${before}, теперь ${after}; ${rationale.replace(/\.$/, '')}.`,
    noScore: 'нет',
    prospectsHeading: 'Изменившиеся перспективы',
    prospect: ({ effect, before, after }) => `${effect}: было ${before}, стало ${after}.`,
    contribution: ({ name, before, after }) =>
      `${name}: вклад был ${before}, теперь ${after} (логарифм шансов).`,
  },
  reviewed: ({ by, date }) => `Проверено: ${by}, ${date} (заявление проверяющего).`,
  reviewRecord: ({ by, date, note }) =>
    ` Отмечено как проверенное: ${by}, ${date}${note === null ? '' : `; примечание: ${note}`}.`,
  assessment: phraseWriter(PHRASES, formats, () => ru.indicatorNames),
  quoted:
    'Краткие описания записей кейса приводятся так, как они записаны составителями, — на английском языке.',
};
