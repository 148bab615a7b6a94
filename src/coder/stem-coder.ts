/**
 * The coder for languages with a stem lexicon (Turkish, Russian): no clause analysis, just
 * what suffixing languages allow simply. Actor words are reduced to their base form (the name
 * before a Turkish apostrophe suffix, a Russian name without its case ending) and found by the
 * registry's aliases; triggers are stems at the start of a word; the subject is the actor
 * before the trigger, the target an actor after it (SVO) or one marked by a case ending or
 * "ile" (SOV); coordinated subjects of a reciprocal trigger act on each other. Negation cues
 * flag the event; dates are a day, a month name and a year, or a numeric date.
 */
import { inContractOrder } from './contract-order.ts';
import { findDates } from './dates.ts';
import { recogniseMentions, type ActorMention } from './mentions.ts';
import { normaliseToken, type NameIndex } from './name-index.ts';
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
    const endings = [...lexicon.targetEndings].sort((a, b) => b.length - a.length);
    for (const ending of endings) {
      if (!lexicon.lower(token.text).endsWith(ending)) continue;
      const base = token.text.slice(0, token.text.length - ending.length);
      for (const restored of ['', 'а', 'я', 'й', 'ь']) {
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

/** CAMEO roots whose verbs take an event as their object: agree, demand, reject, threaten, appeal. */
const GOVERNING_ROOTS = new Set(['02', '03', '10', '12', '13']);

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
          GOVERNING_ROOTS.has(g.trigger.cameo.slice(0, 2)) &&
          (lexicon.order === 'sov'
            ? g.start >= m.end && g.start - m.end <= 2
            : m.start >= g.end && m.start - g.end <= 2),
      ),
  );
}

function negatedAt(words: readonly string[], match: StemMatch, lexicon: StemLexicon): boolean {
  const last = words[match.end - 1] ?? '';
  const lastStem = match.trigger.stems.split(' ').at(-1) ?? '';
  if (lexicon.negatedForm?.(last, lastStem) === true) return true;
  // A free-standing cue: in SOV anywhere after the trigger ("… görüşmesi resmi değil"), in SVO
  // just before it ("не встретились", "ни разу не встретились").
  if (lexicon.order === 'sov') return words.slice(match.end).some((w) => lexicon.isNegation(w));
  return [match.start - 1, match.start - 2].some((k) => lexicon.isNegation(words[k] ?? ''));
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

function codedActor(mention: ActorMention): CodedActor {
  return { text: mention.text, actor: mention.actor, country: mention.country, sector: mention.sector };
}

/** Codes one sentence with a stem lexicon. */
export function codeStemSentence(
  sentence: Sentence,
  index: NameIndex,
  lexicon: StemLexicon,
  options: CodeTextOptions,
): CodedEvent[] {
  const tokens = tokenise(sentence.text, sentence.start);
  const bases = baseForms(tokens, lexicon, index);
  const baseTokens = bases.map((b) => b.token);
  const words = tokens.map((t) => lexicon.lower(t.text));
  const isPlace = (m: ActorMention): boolean =>
    lexicon.placeEndings.includes(bases[m.end - 1]?.ending ?? '') ||
    lexicon.placePrepositions.includes(words[m.start - 1] ?? '');
  const mentions = recogniseMentions(baseTokens, index, sentence.text, sentence.start).actors.filter(
    (m) => m.head !== 'pronoun' && (m.actor !== null || m.country !== null) && !isPlace(m),
  );
  const numeric = findDates(tokens, options.dateRef ?? null).find((d) => d.date !== null && !d.relative);
  const date =
    monthNameDate(words, lexicon, options.dateRef) ??
    (numeric && { date: numeric.date as string, precision: numeric.precision });
  const events: CodedEvent[] = [];
  for (const match of withoutGovernedObjects(stemTriggers(words, lexicon), lexicon)) {
    const fields = fieldsOf(match.trigger.cameo);
    if (fields === undefined) continue;
    const marked = (m: ActorMention): boolean =>
      lexicon.targetEndings.includes(bases[m.end - 1]?.ending ?? '') ||
      lexicon.targetPostpositions.includes(words[m.end] ?? '') ||
      (tokens[m.end]?.capitalised === false &&
        lexicon.possessedTargetEndings.some((e) => (words[m.end] ?? '').endsWith(e)));
    const before = mentions.filter((m) => m.end <= match.start);
    const after = mentions.filter((m) => m.start >= match.end);
    const sources = (lexicon.order === 'sov' ? before.filter((m) => !marked(m)) : before).map(codedActor);
    const targets = (lexicon.order === 'sov' ? before.filter(marked) : after).map(codedActor);
    const negated = negatedAt(words, match, lexicon);
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
      location: null,
      negated,
      hypothetical: false,
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
      Math.round((0.4 + (s.length > 0 ? 0.2 : 0) + (t.length > 0 ? 0.15 : 0) - (negated ? 0.1 : 0)) * 100) /
      100;
    const explanation = (why: string) =>
      options.explain === true
        ? { explanation: [`${lexicon.language} stem "${match.trigger.stems}" → ${match.trigger.cameo}`, why] }
        : {};
    if (match.trigger.reciprocal === true && targets.length === 0 && sources.length >= 2) {
      for (const a of sources)
        for (const b of sources)
          if (a !== b)
            events.push(
              inContractOrder({
                ...base,
                sourceActors: [a],
                targetActors: [b],
                confidence: confidence([a], [b]),
                ...explanation('coordinated actors act on each other'),
              }),
            );
    } else
      events.push(
        inContractOrder({
          ...base,
          sourceActors: sources,
          targetActors: targets,
          confidence: confidence(sources, targets),
          ...explanation(
            lexicon.order === 'sov'
              ? 'source unmarked, target case-marked'
              : 'source before, target after the trigger',
          ),
        }),
      );
  }
  return events;
}
