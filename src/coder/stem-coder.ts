/**
 * The coder for languages with a stem lexicon (Turkish, Russian): no clause analysis, just
 * what suffixing languages allow simply. Actor words are reduced to their base form (the name
 * before a Turkish apostrophe suffix, a Russian name without its case ending) and found by the
 * registry's aliases; triggers are stems at the start of a word; the subject is the actor
 * before the trigger, the target an actor after it (SVO) or one marked by a case ending or
 * "ile" (SOV); coordinated subjects of a reciprocal trigger act on each other. Negation cues
 * flag the event; dates are a day, a month name and a year, a numeric date, a year before
 * the word for year ("2010 yılında") or with a case suffix ("2010'da"); the sentence's date, when
 * it has one, is the time its actors are read by (their `periods`), instead of the document's,
 * and after a word for "since" ("2015'ten beri", "с 2015 года") the span from it to the document's day.
 */
import { inContractOrder } from './contract-order.ts';
import { findDates } from './dates.ts';
import { daysOf } from './sentence-time.ts';
import { sinceDays } from './stated-ranges.ts';
import { recogniseMentions, type ActorMention } from './mentions.ts';
import countries from 'i18n-iso-countries';
import { countryAliases } from '../actors/countries.ts';
import { normaliseName } from '../actors/normalise.ts';
import { normaliseToken, type NameIndex } from './name-index.ts';
import { locationOf } from './event-place.ts';
import { codedActor } from './roles.ts';
import { agentMarkedTarget, findStemAgents, findStemPlaces, type StemPlace } from './stem-words.ts';
import { fieldsOf } from './derive.ts';
import type { StemLexicon, StemTrigger } from './lexicon/stem-entry.ts';
import type { Sentence } from './segment.ts';
import { tokenise, type Token } from './tokenise.ts';
import type { CodedActor, CodedEvent, CodeTextOptions } from './types.ts';
import type { DatePrecision } from '../model/index.ts';

interface StemMatch {
  trigger: StemTrigger;
  start: number;
  end: number;
}

interface BaseToken {
  token: Token;
  /** What followed the base form inside the word (a case suffix), or "". */
  ending: string;
}

function knownName(index: NameIndex, word: string): boolean {
  const key = normaliseToken(word);
  return index.actors.has(key) || index.countries.has(key) || index.bodies.has(key);
}

/** Each word reduced to the form the name index knows, with the suffix it carried. */
export function baseForms(tokens: readonly Token[], lexicon: StemLexicon, index: NameIndex): BaseToken[] {
  return tokens.map((token) => {
    const reduce = (base: string, ending: string): BaseToken => ({
      token: { ...token, text: base, lower: lexicon.lower(base), end: token.start + base.length },
      ending,
    });
    const apostrophe = token.text.search(/['’]/u);
    if (apostrophe > 0)
      return reduce(token.text.slice(0, apostrophe), lexicon.lower(token.text.slice(apostrophe + 1)));
    if (!token.capitalised || token.kind !== 'word' || knownName(index, token.text))
      return { token, ending: '' };
    const endings = [...(lexicon.inflections ?? lexicon.targetEndings)].sort((a, b) => b.length - a.length);
    for (const ending of endings) {
      if (!lexicon.lower(token.text).endsWith(ending)) continue;
      const base = token.text.slice(0, token.text.length - ending.length);
      for (const restored of ['', ...(lexicon.restorations ?? [])]) {
        if (base.length > 1 && knownName(index, base + restored)) {
          const kept = base + restored;
          return {
            token: { ...token, text: kept, lower: lexicon.lower(kept), end: token.start + base.length },
            ending,
          };
        }
      }
    }
    return { token, ending: '' };
  });
}

/** Trigger stems among the words, longest phrase first, not overlapping. */
export function stemTriggers(words: readonly string[], lexicon: StemLexicon): StemMatch[] {
  const entries = [...lexicon.triggers].sort((a, b) => b.stems.split(' ').length - a.stems.split(' ').length);
  const found: StemMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const entry = entries.find((e) =>
      e.stems.split(' ').every((s, k) => words[i + k]?.startsWith(s) === true),
    );
    if (entry === undefined) i += 1;
    else {
      const end = i + entry.stems.split(' ').length;
      found.push({ trigger: entry, start: i, end });
      i = end;
    }
  }
  return found;
}

/** CAMEO roots whose verbs take an event as their object: appeal, agree, demand, accuse, reject, threaten; and signing (057) takes its agreement. */
const GOVERNING_ROOTS = new Set(['02', '03', '10', '11', '12', '13']);

/**
 * The triggers that are events of their own: one within two words of a governing trigger, on
 * the side where its object stands ("ateşkes çağrısı", "призвал к перемирию"), is that
 * trigger's content, not a second event.
 */
export function withoutGovernedObjects(matches: readonly StemMatch[], lexicon: StemLexicon): StemMatch[] {
  return matches.filter(
    (m) =>
      !matches.some(
        (g) =>
          g !== m &&
          (GOVERNING_ROOTS.has(g.trigger.cameo.slice(0, 2)) || g.trigger.cameo === '057') &&
          (lexicon.order === 'sov'
            ? g.start >= m.end && g.start - m.end <= 2
            : m.start >= g.end && m.start - g.end <= 2),
      ),
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date written with a month name: "6 Mayıs 2023", "6 мая 2023", "Mayıs 2023", "6 мая". */
export function monthNameDate(
  words: readonly string[],
  lexicon: StemLexicon,
  dateRef: string | null | undefined,
): { date: string; precision: DatePrecision } | undefined {
  const stems = lexicon.months.map((s, i) => [s, i + 1] as const).sort((a, b) => b[0].length - a[0].length);
  for (let i = 0; i < words.length; i += 1) {
    const month = stems.find(([s]) => (words[i] ?? '').startsWith(s))?.[1];
    if (month === undefined) continue;
    const before = words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    const day = /^\d{1,2}$/u.test(before) && Number(before) <= 31 ? Number(before) : undefined;
    const year = /^(?:19|20)\d\d$/u.test(after)
      ? Number(after)
      : /^\d{4}-/u.test(dateRef ?? '') && day !== undefined
        ? Number((dateRef ?? '').slice(0, 4))
        : undefined;
    if (year === undefined) continue;
    if (day === undefined) return { date: `${year}-${pad(month)}-01`, precision: 'month' };
    return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  return undefined;
}

/** A year number before the language's word for "year" ("1998 yılında", "в 1998 году"): that year. */
export function yearWordDate(
  words: readonly string[],
  lexicon: StemLexicon,
): { date: string; precision: DatePrecision } | undefined {
  const stems = lexicon.yearWords ?? [];
  for (let i = 0; i + 1 < words.length; i += 1) {
    const next = words[i + 1] ?? '';
    if (/^(?:19|20)\d\d$/u.test(words[i] ?? '') && stems.some((s) => next.startsWith(s)))
      return { date: `${words[i] ?? ''}-01-01`, precision: 'year' };
  }
  return undefined;
}

/** A year number with a case suffix after an apostrophe ("2010'da", "2015'ten"): that year. */
export function suffixedYearDate(
  words: readonly string[],
): { date: string; precision: DatePrecision } | undefined {
  for (let i = 0; i + 2 < words.length; i += 1) {
    if (
      /^(?:19|20)\d\d$/u.test(words[i] ?? '') &&
      /^['’]$/u.test(words[i + 1] ?? '') &&
      /^\p{L}+$/u.test(words[i + 2] ?? '')
    )
      return { date: `${words[i] ?? ''}-01-01`, precision: 'year' };
  }
  return undefined;
}

/**
 * Whether the sentence's date opens a span to the present: a word for "since" within three
 * words after a year in SOV ("2015'ten beri", "2015 yılından beri"); in SVO one right before a
 * year and its word for year, or before a month and year ("с 2015 года", "с мая 2015 года"), since
 * the same word may mean "with" ("с 2000 боевиками").
 */
export function saysSince(words: readonly string[], lexicon: StemLexicon): boolean {
  const since = new Set(lexicon.sinceWords ?? []);
  const startsWithAny = (word: string | undefined, stems: readonly string[]): boolean =>
    stems.some((s) => word?.startsWith(s) === true);
  return words.some((word, i) => {
    if (!/^(?:19|20)\d\d$/u.test(word)) return false;
    if (lexicon.order === 'sov') return words.slice(i + 1, i + 4).some((w) => since.has(w));
    return (
      (since.has(words[i - 1] ?? '') && startsWithAny(words[i + 1], lexicon.yearWords ?? [])) ||
      (since.has(words[i - 2] ?? '') && startsWithAny(words[i - 1], lexicon.months))
    );
  });
}

/** The days the sentence's date covers, or, when it says "since" the date, to the document's day. */
function stemStatedDays(
  date: { date: string; precision: DatePrecision } | undefined,
  since: boolean,
  dateRef: string | null | undefined,
): { first: string; last: string } | undefined {
  const days = date === undefined ? undefined : daysOf(date.date, date.precision);
  return days === undefined || !since ? days : sinceDays(days, dateRef);
}

const stemIndexes = new WeakMap<NameIndex, Map<string, NameIndex>>();

/**
 * The name index with the language's own country names added ("Hindistan", "Россия"), kept
 * apart from the English index so that an English text never reads a Turkish name.
 */
export function stemIndexOf(index: NameIndex, lexicon: StemLexicon): NameIndex {
  let byLanguage = stemIndexes.get(index);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    stemIndexes.set(index, byLanguage);
  }
  let extended = byLanguage.get(lexicon.language);
  if (extended === undefined) {
    const countryMap = new Map(index.countries);
    for (const code of Object.keys(countries.getAlpha3Codes())) {
      for (const name of countryAliases(code)[lexicon.language] ?? []) {
        const key = normaliseName(name);
        if (!countryMap.has(key)) countryMap.set(key, code);
      }
    }
    extended = { ...index, countries: countryMap };
    byLanguage.set(lexicon.language, extended);
  }
  return extended;
}

/** The mentions on either side of a "between" word that pair two actors ("A ile B arasında", "между A и B"). */
function betweenPair(
  mentions: readonly ActorMention[],
  words: readonly string[],
  lexicon: StemLexicon,
): ActorMention[] {
  const between = lexicon.between;
  if (between === undefined) return [];
  const isBetween = (w: string | undefined) => w !== undefined && between.words.some((b) => w.startsWith(b));
  for (let k = 0; k + 1 < mentions.length; k += 1) {
    const a = mentions[k] as ActorMention;
    const b = mentions[k + 1] as ActorMention;
    const joined =
      b.start - a.end === 1 &&
      (lexicon.coordinators.has(words[a.end] ?? '') ||
        lexicon.targetPostpositions.includes(words[a.end] ?? ''));
    if (!joined) continue;
    if (between.side === 'after' ? isBetween(words[b.end]) : isBetween(words[a.start - 1])) return [a, b];
  }
  return [];
}

/** Negation of the trigger: its own negative form, a free cue, or a negated light verb after a noun trigger. */
function negatedAt(words: readonly string[], match: StemMatch, lexicon: StemLexicon): boolean {
  const last = words[match.end - 1] ?? '';
  const lastStem = match.trigger.stems.split(' ').at(-1) ?? '';
  if (lexicon.negatedForm?.(last, lastStem) === true) return true;
  if (lexicon.order === 'sov') {
    // A free-standing cue anywhere after the trigger ("… görüşmesi resmi değil"), or the light
    // verb that follows a noun trigger in its negative form ("müzakere etmeyecek").
    const after = words.slice(match.end);
    if (after.some((w) => lexicon.isNegation(w))) return true;
    return after
      .slice(0, 2)
      .some((w) => (lexicon.lightVerbs ?? []).some((v) => lexicon.negatedForm?.(w, v) === true));
  }
  // Just before it ("не встретились"), or before its auxiliary ("не будет вести переговоры").
  return [1, 2, 3].some((k) => lexicon.isNegation(words[match.start - k] ?? ''));
}

/** Plans, intentions and the future: the event has not happened. */
function hypotheticalAt(words: readonly string[], match: StemMatch, lexicon: StemLexicon): boolean {
  // SOV: the verb complex after the trigger, to the clause's end ("görüşme … yapmayı planlıyor");
  // SVO: the auxiliaries just before it ("планирует провести новый раунд переговоров").
  const clauseEnd = words.findIndex((w, k) => k >= match.end && /^[,;:]$/u.test(w));
  const near =
    lexicon.order === 'sov'
      ? words.slice(match.end - 1, clauseEnd < 0 ? words.length : clauseEnd)
      : words.slice(Math.max(0, match.start - 4), match.end);
  if (near.some((w) => (lexicon.modalCues ?? []).some((cue) => w.startsWith(cue)))) return true;
  return near.some((w) => lexicon.futureForm?.(w) === true);
}

function passiveAt(words: readonly string[], match: StemMatch, lexicon: StemLexicon): boolean {
  const last = words[match.end - 1] ?? '';
  const lastStem = match.trigger.stems.split(' ').at(-1) ?? '';
  return lexicon.passive?.form(last, lastStem, words[match.start - 1] ?? '') === true;
}

/** Codes one sentence with a stem lexicon. */
export function codeStemSentence(
  sentence: Sentence,
  registryIndex: NameIndex,
  lexicon: StemLexicon,
  options: CodeTextOptions,
): CodedEvent[] {
  const index = stemIndexOf(registryIndex, lexicon);
  const tokens = tokenise(sentence.text, sentence.start);
  const bases = baseForms(tokens, lexicon, index);
  const baseTokens = bases.map((b) => b.token);
  const words = tokens.map((t) => lexicon.lower(t.text));
  const places = findStemPlaces(tokens, words, lexicon, sentence.text, sentence.start);
  const isPlace = (m: ActorMention): boolean =>
    lexicon.placeEndings.includes(bases[m.end - 1]?.ending ?? '') ||
    lexicon.placePrepositions.includes(words[m.start - 1] ?? '') ||
    places.some((p) => p.start < m.end && m.start < p.end);
  const numeric = findDates(tokens, options.dateRef ?? null).find((d) => d.date !== null && !d.relative);
  const date =
    monthNameDate(words, lexicon, options.dateRef) ??
    (numeric && { date: numeric.date as string, precision: numeric.precision }) ??
    yearWordDate(words, lexicon) ??
    suffixedYearDate(words);
  // A date the sentence states reads its actors' periods instead of the document's date.
  const stated = stemStatedDays(date, saysSince(words, lexicon), options.dateRef);
  const recognised = recogniseMentions(baseTokens, index, sentence.text, sentence.start, {
    date: options.dateRef ?? null,
    ...(stated === undefined ? {} : { times: [{ start: 0, end: tokens.length, ...stated }] }),
    // "Pakistan ordusu Peşaver'de TTP …": a place, or a word its suffix marks as one, is a phrase of its own.
    closed: new Set(
      bases.flatMap((b, i) =>
        lexicon.placeEndings.includes(b.ending) || places.some((p) => p.start <= i && i < p.end) ? [i] : [],
      ),
    ),
  }).actors.filter((m) => m.head !== 'pronoun' && (m.actor !== null || m.country !== null));
  // Countries named as places ("Afganistan'da", "в Афганистане") are where, not who.
  const countryPlaces: StemPlace[] = recognised
    .filter(
      (m) => isPlace(m) && m.country !== null && !places.some((p) => p.start < m.end && m.start < p.end),
    )
    .map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      place: {
        name: m.text,
        country: m.country as string,
        lat: null,
        lon: null,
        precision: 'country' as const,
      },
    }));
  const allPlaces = [...places, ...countryPlaces].sort((a, b) => a.start - b.start);
  const named = recognised.filter((m) => !isPlace(m));
  const agents = findStemAgents(tokens, words, lexicon, named, allPlaces, sentence.text, sentence.start);
  const mentions = [...named, ...agents].sort((a, b) => a.start - b.start);
  const paired = betweenPair(mentions, words, lexicon);
  const events: CodedEvent[] = [];
  const matches = stemTriggers(words, lexicon);
  const coded = withoutGovernedObjects(matches, lexicon);
  // In SVO the actors right after a governed object ("обвинил … в поддержке боевиков") are its
  // own, not its governor's; in SOV the actor before it is its possessor, the governor's target
  // ("TTP'nin taleplerini reddetti").
  const governed = matches.filter((m) => !coded.includes(m));
  // A governed speech act's actor ("отвергло обвинения Пакистана") is the governor's target.
  const inGoverned = (m: ActorMention) =>
    lexicon.order === 'svo' &&
    governed.some(
      (g) => !GOVERNING_ROOTS.has(g.trigger.cameo.slice(0, 2)) && m.start >= g.end && m.start - g.end <= 1,
    );
  const actorsOfEvents = mentions.filter((m) => !inGoverned(m));
  for (const match of coded) {
    const fields = fieldsOf(match.trigger.cameo);
    if (fields === undefined) continue;
    const roles = rolesOf(match, actorsOfEvents, paired, { tokens, bases, words, lexicon });
    const place = allPlaces.find((p) => p.start >= match.end) ?? allPlaces[0];
    const negated = negatedAt(words, match, lexicon);
    const hypothetical = hypotheticalAt(words, match, lexicon);
    let targets = roles.targets;
    let placeNote: string | undefined;
    if (targets.length === 0 && !roles.reciprocal && place !== undefined) {
      // As PLOVER's gold standard does: an event that names no target takes the place it happened in.
      const state = index.registry?.stateOf(place.place.country);
      targets = [{ text: place.text, actor: state?.id ?? null, country: place.place.country, sector: null }];
      placeNote = `no target named: the place "${place.text}" (${place.place.country}) stands as target`;
    }
    const base = {
      doc: options.docId ?? 'text',
      sentence: sentence.index,
      type: fields.type,
      mode: fields.mode,
      context: [...fields.context],
      cameo: match.trigger.cameo,
      intensity: fields.intensity,
      date: date?.date ?? null,
      datePrecision: date?.precision ?? ('unknown' as const),
      location: locationOf(place),
      negated,
      hypothetical,
      claims: [],
      evidence: [
        {
          ...(options.sourceId !== undefined ? { sourceId: options.sourceId } : {}),
          start: sentence.start,
          end: sentence.end,
          quote: sentence.text,
        },
      ],
    };
    const confidence = (s: readonly CodedActor[], t: readonly CodedActor[]): number =>
      Math.round(
        (0.4 + (s.length > 0 ? 0.2 : 0) + (t.length > 0 ? 0.15 : 0) - (negated || hypothetical ? 0.1 : 0)) *
          100,
      ) / 100;
    const explanation = (why: string) =>
      options.explain === true
        ? {
            explanation: [
              `${lexicon.language} stem "${match.trigger.stems}" → ${match.trigger.cameo}`,
              why,
              ...(placeNote === undefined ? [] : [placeNote]),
            ],
          }
        : {};
    if (roles.reciprocal) {
      for (const a of roles.sources)
        for (const b of roles.sources)
          if (a !== b)
            events.push(
              inContractOrder({
                ...base,
                sourceActors: [a],
                targetActors: [b],
                confidence: confidence([a], [b]),
                ...explanation(roles.why),
              }),
            );
    } else
      events.push(
        inContractOrder({
          ...base,
          sourceActors: roles.sources,
          targetActors: targets,
          confidence: confidence(roles.sources, targets),
          ...explanation(roles.why),
        }),
      );
  }
  return events;
}

interface RoleContext {
  tokens: readonly Token[];
  bases: readonly BaseToken[];
  words: readonly string[];
  lexicon: StemLexicon;
}

interface Roles {
  sources: CodedActor[];
  targets: CodedActor[];
  /** The sources act on each other (coordinated actors of a reciprocal trigger). */
  reciprocal: boolean;
  why: string;
}

/** Who acts on whom for one trigger, by word order, case endings, passives and "between". */
function rolesOf(
  match: StemMatch,
  mentions: readonly ActorMention[],
  paired: readonly ActorMention[],
  { tokens, bases, words, lexicon }: RoleContext,
): Roles {
  const ending = (m: ActorMention): string => bases[m.end - 1]?.ending ?? '';
  const possessedMarked = (k: number): boolean =>
    tokens[k]?.capitalised === false &&
    lexicon.possessedTargetEndings.some((e) => (words[k] ?? '').endsWith(e));
  const ownMark = (m: ActorMention): boolean =>
    lexicon.targetEndings.includes(ending(m)) ||
    agentMarkedTarget(m, words, lexicon) ||
    lexicon.targetPostpositions.includes(words[m.end] ?? '') ||
    possessedMarked(m.end) ||
    // A possessor takes its possessed noun's case: "Pakistan'ın terörle mücadelesine".
    ((lexicon.genitiveEndings ?? []).includes(ending(m)) &&
      [m.end, m.end + 1, m.end + 2].some((k) => k < match.start && possessedMarked(k)));
  // One case ending serves a whole coordination: "Pakistan ve Afganistan'ı".
  const marked = (m: ActorMention): boolean => {
    if (ownMark(m)) return true;
    const next = mentions.find((n) => n.start === m.end + 1);
    return next !== undefined && lexicon.coordinators.has(words[m.end] ?? '') && ownMark(next);
  };
  const governing = GOVERNING_ROOTS.has(match.trigger.cameo.slice(0, 2));
  // What a demand or an accusation is about is its own clause: the actors in it are not the
  // trigger's. SVO: after a content opener (a preposition such as "в", an infinitive);
  // SOV: marked actors after the first, before a verbal noun ("… TTP'ye sığınak sağlamakla suçladı").
  const opener =
    governing && lexicon.order === 'svo'
      ? words.findIndex((w, k) => k >= match.end && (lexicon.contentOpeners?.(w) ?? false))
      : -1;
  const verbalNoun =
    governing && lexicon.order === 'sov'
      ? words.findLastIndex((w, k) => k < match.start && (lexicon.verbalNoun?.(w) ?? false))
      : -1;
  const firstMarked = mentions.find((m) => m.end <= match.start && marked(m));
  const inContent = (m: ActorMention): boolean =>
    (opener >= 0 && m.start > opener) ||
    (verbalNoun >= 0 &&
      firstMarked !== undefined &&
      m.start > firstMarked.start &&
      m.end <= verbalNoun &&
      marked(m) &&
      !lexicon.coordinators.has(words[m.start - 1] ?? ''));
  const before = mentions.filter((m) => m.end <= match.start && !inContent(m));
  const after = mentions.filter((m) => m.start >= match.end && !inContent(m));
  const free = (list: readonly ActorMention[]) => list.filter((m) => !paired.includes(m));
  const reciprocalOf = (sources: readonly ActorMention[], why: string): Roles => ({
    sources: sources.map(codedActor),
    targets: [],
    reciprocal: true,
    why,
  });

  if (lexicon.passive !== undefined && passiveAt(words, match, lexicon)) {
    const isAgent = (m: ActorMention) =>
      lexicon.passive?.agentPostpositions.includes(words[m.end] ?? '') === true ||
      (m.start >= match.end &&
        lexicon.passive?.agentEndings.some((e) => (words[m.end - 1] ?? '').endsWith(e)) === true);
    const agents = mentions.filter(isAgent);
    return {
      sources: agents.map(codedActor),
      targets: before.filter((m) => !agents.includes(m)).map(codedActor),
      reciprocal: false,
      why: 'passive: the subject is the target, the agent the source',
    };
  }
  let sources: ActorMention[];
  let targets: ActorMention[];
  if (lexicon.order === 'sov') {
    sources = free(before).filter((m) => !marked(m));
    targets = [...free(before).filter(marked), ...paired];
  } else {
    // A dative before the verb is still its target ("направил Пакистану помощь").
    const fronted = (m: ActorMention, k: number) =>
      k > 0 && (lexicon.frontedTargetEndings ?? []).includes(ending(m));
    const head = free(before);
    sources = head.filter((m, k) => !fronted(m, k));
    targets = [
      ...head.filter(fronted),
      ...free(after),
      ...paired.filter((m) => m.start >= match.end || m.end <= match.start),
    ];
  }
  if (match.trigger.reciprocal === true && sources.length === 0 && paired.length === 2)
    return reciprocalOf(paired, '"between" pairs two actors who act on each other');
  if (match.trigger.reciprocal === true && targets.length === 0 && sources.length >= 2)
    return reciprocalOf(sources, 'coordinated actors act on each other');
  return {
    sources: sources.map(codedActor),
    targets: [...new Set(targets)].map(codedActor),
    reciprocal: false,
    why:
      lexicon.order === 'sov'
        ? 'source unmarked, target case-marked'
        : 'source before, target after the trigger',
  };
}
