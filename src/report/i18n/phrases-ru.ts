/**
 * Russian templates of the assessment's phrases (rationales, reasons, caveats, reference
 * classes), one per key of `src/assess/phrases-en.ts`. Actor names stay in the nominative, after
 * a colon or in brackets, as in `ru.ts`; counts follow a label, so no plural form is needed.
 */
import type { PhraseKey } from '../../assess/phrases-en.ts';
import type { PhraseTemplate } from '../../assess/phrase.ts';
import { signedScore } from './phrase-writer.ts';

/** A sentence from the data without its closing full stop, for use inside a sentence. */
const stop = (text: string) => text.replace(/\.$/, '');

/** What the templates need from the language module: its number format and its list. */
export function russianPhrases(
  number: (x: number, digits?: number) => string,
  list: (items: string[]) => string,
): Record<PhraseKey, PhraseTemplate> {
  const signed = signedScore(number, 'неизвестна');
  const ORIGINS: Record<string, string> = {
    curated: 'курированные',
    dataset: 'из наборов данных',
    coded: 'машинно закодированные',
  };
  return {
    'reason.no-scenario': () => 'не задан сценарий переговоров (--scenario)',
    'reason.scenario-lacks-actor': (r) =>
      `в сценарии ${r.text('scenario')} нет актора стороны: ${r.actor('party')}`,
    'reason.no-registry': () => 'нет реестра акторов, по которому можно отличить вооружённые группы',
    'reason.no-spoiler-record': (r) =>
      `не зафиксировано ни нападений за последний год на одну сторону (${r.actor('a')}), ни групп, отколовшихся от другой (${r.actor('b')})`,
    'reason.no-sanctuary-record': (r) =>
      `нет отношений укрывательства и нет событий на территории посредника с участием стороны: ${r.actor('b')}`,
    'reason.no-outside-power': () =>
      'не зафиксировано внешних держав, воздействующих на стороны или посредника',
    'reason.not-in-registry': (r) => `актора нет в реестре: ${r.actor('b')}`,
    'reason.no-fighting': () => 'боевые действия между сторонами не зафиксированы',
    'reason.no-agreement-with-armed': (r) =>
      `не зафиксировано соглашений между вооружёнными группами и стороной: ${r.actor('a')}`,
    'reason.no-agreement-between': (r) =>
      `не зафиксировано соглашений между сторонами (${r.actor('a')}; ${r.actor('b')})`,
    'reason.no-mediator-link': () =>
      'ни одно отношение или событие не связывает посредника ни с одной из сторон',
    'reason.mediator-tie-unknown': (r) => `неизвестна связь посредника со стороной: ${r.actor('party')}`,
    'reason.no-leverage': () =>
      'не зафиксировано ничего, что контролирует посредник и в чём нуждается одна из сторон',
    'reason.no-mediator-events': () => 'за последний год нет событий с участием посредника',
    'reason.no-mediation-record': () => 'у посредника нет зафиксированного опыта посредничества',
    'reason.no-fighting-360': () => 'за последние 360 дней боевых действий между сторонами нет',
    'reason.no-fighting-year': () => 'за последний год боевых действий между сторонами нет',
    'reason.no-fighting-or-statements': () =>
      'за последний год между сторонами нет ни боевых действий, ни заявлений',
    'reason.stalemate-undirected': (r) =>
      `события боевых действий за последний год (${r.num('count')}) взяты из набора данных, который не указывает, кто кому нанёс урон, а заявлений сторон не зафиксировано`,
    'reason.rebel-undirected': (r) =>
      `события боевых действий за последний год (${r.num('count')}) взяты из набора данных, где записаны две стороны, а не нападавший (${r.texts('datasets').join(', ')})`,

    'rationale.no-value': (r) => `Значения нет: ${r.phrase('reason')}.`,
    'rationale.bargaining-range': (r) => {
      const run =
        r.maybe('mediator') === null
          ? 'вводные как заданы'
          : `с рычагом посредничества (посредник: ${r.actor('mediator')}; без него расхождение ${r.num('gapWithout', 0)} %)`;
      const zone = r.maybe('zone');
      return `В сценарии ${r.text('scenario')} (${run}) стороны расходятся на ${r.num('gap', 0)} % шкалы (прогноз ${r.num('forecast', 1)}${zone === null ? '' : `, зона ${zone}`}): ${r.flag('rangeExists') ? 'есть диапазон, приемлемый для обеих' : 'приемлемое для сторон не пересекается'}; результат зависит от экспертных вводных, а не от измерений${r.maybe('setOn') === null ? '' : ` (вводные заданы ${r.date('setOn')}, после даты оценки)`}.`;
    },
    'rationale.spoilers': (r) =>
      `Вооружённых групп вне переговоров, которые за год нападали на одну сторону (${r.actor('a')}) или откололись от другой (${r.actor('b')}): ${r.num('count')} (${list(r.actors('groups')) || 'нет'}): ${r.count('count') > 0 ? 'срывающие силы могут разрушить сделку, которую соблюдают стороны' : 'срывающих сил не зафиксировано'}.`,
    'rationale.sanctuary': (r) => {
      const claimants = r.actors('claimants');
      return `Отношений укрывательства: установленных ${r.num('facts')}, заявленных ${r.num('claims')}${claimants.length > 0 ? ` (заявляют: ${list(claimants)})` : ''}; событий за год на территории посредника с участием стороны (${r.actor('b')}): ${r.num('onTerritory')}; надёжный тыл позволяет вооружённой стороне переждать сделку.`;
    },
    'rationale.third-party-stakes': (r) =>
      `На стороны или посредника воздействуют: ${list(r.actors('powers'))} (событий за год: ${r.num('acts')}; устойчивых интересов: ${r.num('stakes')}); внешние державы со своими интересами подталкивают к переговорам.`,
    'rationale.recognition-cost': (r) =>
      `Действующих решений о внесении в списки (кто вносит: ${r.actor('a')}; кого: ${r.actor('b')}): ${r.num('designations')}; отказов от переговоров за год: ${r.num('refusals')}; ${r.flag('barred') ? 'переговоры с группой из списка стоят правительству легитимности' : 'формальных препятствий для переговоров не зафиксировано'}.`,
    'rationale.episode-age-fighting': (r) =>
      `Зафиксированные боевые действия начались ${r.date('start')}, ${r.num('months', 0)} мес. назад: более долгие войны чаще доходят до посредничества.`,
    'rationale.episode-age-ended': (r) =>
      `Нынешний этап начался, когда ${r.date('ended')} прекратилось последнее соглашение между сторонами, ${r.num('months', 0)} мес. назад.`,
    'rationale.failed-agreements': (r) =>
      `Соглашений между стороной (${r.actor('a')}) и вооружёнными группами: ${r.num('deals')}; прекратились: ${r.num('ended')} (по инициативе другой стороны (${r.actor('b')}): ${r.num('endedByB')}${r.flag('someEndsUnknown') ? '; у некоторых дата окончания неизвестна' : ''}); история срывов давит на любую новую сделку.`,
    'rationale.agreement-strength': (r) => {
      const signed = r.maybe('signed');
      return `Последнее соглашение (${r.text('name')}, ${signed === null ? 'дата неизвестна' : r.date('signed')}) было ${r.flag('written') ? 'письменным' : 'устным'}, ${r.flag('monitored') ? 'с гарантами или наблюдением' : 'без гарантов и наблюдения'}, положений: ${r.num('provisions')}; ${r.flag('weak') ? 'слабые условия того рода, что, по Фортне, не выдерживают' : 'условия того рода, что держатся дольше'}.`;
    },
    'rationale.mediator-ties': (r) =>
      `Связи посредника: ${r.actor('a')} — ${signed(r, 'tieA')} (${r.phrase('restsOnA')}); ${r.actor('b')} — ${signed(r, 'tieB')} (${r.phrase('restsOnB')}); ${r.flag('close') ? 'тесные связи дают посреднику сведения, которым доверяют обе стороны' : 'слабые или враждебные связи ограничивают то, что посредник знает и что ему сообщают'}.`,
    'rationale.mediator-bias': (r) => {
      const toward = r.text('toward');
      const why =
        toward === 'rebels'
          ? '; посредник, близкий к повстанцам, убедителен для них, но его гарантии правительству слабы'
          : toward === 'government'
            ? '; посредник, близкий к правительству, облегчает повстанцам проблему обязательств'
            : '';
      return `Крен посредника: ${r.maybe('leans') === null ? 'нет' : r.actor('leans')} (${signed(r, 'bias')}; опора: ${r.flag('onRelations') ? 'курированные отношения' : 'отчасти подсчёт событий'})${why}.`;
    },
    'rationale.mediator-leverage': (r) =>
      `Убежище ${r.num('sanctuary', 2)}${r.flag('claimsOnly') ? ' (только заявления)' : ''}, идеология ${r.num('ideology', 2)}, торговля ${r.num('trade', 2)}, граница ${r.num('border', 2)}: рычаги помогают достичь сделки (Бердсли), но сделки на них слабеют, когда рычаги убирают.`,
    'rationale.mediator-hostility': (r) =>
      `Враждебных событий за год между посредником и сторонами: ${r.num('events')} (со стороной ${r.actor('a')}: ${r.num('towardA')}); враждебных отношений: ${r.num('relations')}; ${r.flag('hostile') ? 'сторона, враждующая с посредником, неохотно его принимает' : 'открытой враждебности на пути нет'}.`,
    'rationale.mediation-record': (r) =>
      `Посреднических процессов: ${r.num('processes')}; соглашений при посредничестве: ${r.num('brokered')}; из них в силе: ${r.num('held')}; ${r.flag('poor') ? 'посредник, знающий эти стороны, но чьи сделки не устояли' : 'посредник, чьи сделки устояли'}.`,
    'rationale.intensity-none': () =>
      'За последние 180 дней боевых действий между сторонами нет: мало давления, чтобы искать посредника.',
    'rationale.intensity': (r) =>
      `Боевые действия между сторонами за 180 дней: ${r.phrase('series')}; погибших: ${r.num('deaths')} (событий с неизвестным числом жертв: ${r.num('unknown')}); насилие повышает вероятность, что посредника станут искать.`,
    'rationale.trend-rose': (r) =>
      `Боевые действия усилились (сейчас ${r.phrase('recent')}, раньше ${r.phrase('previous')}): эскалация снижает шансы переговоров на успех.`,
    'rationale.trend-fell': (r) =>
      `Боевые действия ослабли или не изменились (сейчас ${r.phrase('recent')}, раньше ${r.phrase('previous')}): более спокойная фаза помогает переговорам.`,
    'rationale.stalemate': (r) =>
      `Урон обеим сторонам: ${r.phrase('hurting')}; собственные слова сторон: за переговоры ${r.num('pro')}, против ${r.num('against')}; ${r.flag('ripe') ? 'признаки созревшего момента' : 'нет признаков, что стороны видят болезненный тупик'}.`,
    'rationale.rebel-strength': (r) =>
      `Насильственных событий за год между сторонами (${r.actor('a')}; ${r.actor('b')}): ${r.num('total')}; на счету второй стороны (${r.actor('b')}): ${r.num('byB')}; мест: ${r.num('places')}; ${r.flag('strong') ? 'сильная вооружённая сторона, что, по Клейтону, повышает шансы на урегулирование' : 'более слабая вооружённая сторона, которой меньше есть чем торговаться'}.`,

    'tie.relations': () => 'отношения',
    'tie.events': () => 'события',
    'tie.relations and events': () => 'отношения и события',
    'tie.nothing': () => 'опоры нет',
    'hurting.unknown': (r) =>
      `неизвестно (событий из наборов данных без направления: ${r.num('undirected')})`,
    'hurting.yes': (r) => `да (паритет ${r.num('parity', 2)})`,
    'hurting.no': () => 'нет',
    'series.none': () => 'событий нет',
    'series.some': (r) =>
      `событий: ${r.num('count')} (${ORIGINS[r.text('origin')] ?? r.text('origin')})${r.flag('partial') ? ' (из выборки или выдержки набора данных)' : ''}${r.count('setAside') > 0 ? ` (отложено событий другого происхождения: ${r.num('setAside')})` : ''}`,

    'caveat.thin': (r) =>
      `Покрытие скудное, уверенность уменьшена вдвое: ${list(r.indicators('indicators'))}.`,
    'caveat.no-value': (r) => `Значения нет: ${r.phrases('missing').join('; ')}.`,
    'caveat.missing': (r) => `${r.indicator('indicator')} (${r.phrase('reason')})`,
    'caveat.drafts': (r) => `Не учтено черновых записей: ${r.num('count')} (учесть их: --include-drafts).`,
    'caveat.partial': (r) =>
      `Строки наборов данных взяты из выборки или выдержки (${r.texts('releases').join(', ')}): подсчёты по ним не охватывают всей записи, а их ряды помечены как скудные.`,
    'caveat.curated-only': () =>
      'Все события курированные: подсчёты описывают события, отобранные для кейса, а не полную запись насилия.',
    'caveat.no-reference': () =>
      'Ни один референтный набор данных не прочитан: вероятности опираются только на аналоги из самого кейса или не оцениваются.',
    'caveat.bargaining': (r) =>
      `Диапазон переговоров взят из сценария ${r.text('scenario')} и зависит от экспертных вводных (позиции, значимость, возможности, заданные аналитиками), а не от измерений.${r.maybe('setOn') === null ? '' : ` Вводные заданы ${r.date('setOn')}, после даты оценки, поэтому диапазон не является суждением на ${r.date('asOf')}.`}`,
    'caveat.weights': () =>
      'Веса индикаторов в вероятностях — заявленное суждение (0,5 × балл × уверенность на шкале логарифма шансов), а не подгонка к данным.',

    'prospect.no-estimate': (r) => `откалиброванной оценки нет: ${r.phrase('missing')}`,
    'missing.onset': () => 'для начала посредничества нужна базовая частота (эпизоды CWM), а её не было',
    'missing.agreement': () =>
      'у посредника нет зафиксированных прежних процессов с этими сторонами, и ни один референтный набор данных не кодирует исходы посредничества',
    'missing.durability': () =>
      'нет прежних сделок с известным исходом и нет базовой частоты (мирные соглашения UCDP)',
    'class.pooled': (r) =>
      `${r.phrase('reference')}, вместе с названными аналогами из кейса (${r.num('analogues')})`,
    'class.analogues': (r) => `названные аналоги из кейса (${r.num('analogues')}), правило Лапласа`,
    'class.cwm-all': () => 'эпизоды гражданских войн 1946–2013 гг. (CWM)',
    'class.cwm-country': (r) => `эпизоды гражданских войн, страна: ${r.text('country')} (CWM)`,
    'class.ucdp-ceasefires': (r) =>
      `мирные соглашения с положением о прекращении огня${r.flag('thirdParty') ? ' и с названной третьей стороной' : ''}, подписанные по ${r.date('cutoff')} (UCDP PA)`,

    // Analogues: names from the data, outcomes in Russian (a deal's "how" is quoted data).
    'analogue.process': (r) => r.text('name'),
    'analogue.deal': (r) =>
      `${r.text('name')} (${r.maybe('signed') === null ? 'без даты' : r.date('signed')})`,
    'outcome.yielded': (r) => {
      const names = r.texts('agreements');
      return `${names.length === 1 ? 'заключено соглашение' : 'заключены соглашения'}: ${names.join('; ')}`;
    },
    'outcome.no-agreement-yet': () => 'соглашения пока нет',
    'outcome.in-force': () => 'действует',
    'outcome.ended': (r) => {
      const when =
        r.maybe('date') === null ? 'дата окончания неизвестна' : `окончено: ${r.period('date', 'precision')}`;
      const by = r.actors('by');
      const who = by.length === 1 ? 'инициатор прекращения' : 'инициаторы прекращения';
      return `${stop(r.text('how'))} (${when})${by.length > 0 ? `; ${who}: ${list(by)}` : ''}`;
    },
  };
}
