/**
 * Shallow clause analysis: a coarse part-of-speech tagging from closed-class words, the verb
 * lexicon and the recognised mentions, then chunks (noun groups, verb groups with their
 * voice, modality and negation, prepositional phrases), clause boundaries (subordinators,
 * relatives, reported speech) and, for each verb group, its subject, object and prepositional
 * complements, with coordination ("A, B and C") and subject sharing ("… attacked X and killed
 * Y"; "agreed to meet": the infinitive's subject is its controller's subject; "thousands of
 * students": the counted group is the subject). No dependency
 * parser: just enough structure to find who acts on whom.
 */
import {
  ACTIVITY_PARTICIPLES,
  ADVERBS,
  BE_FORMS,
  CONDITIONALS,
  COORDINATORS,
  DETERMINERS,
  DO_FORMS,
  GET_FORMS,
  HAVE_FORMS,
  MODALS,
  NEGATIONS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
  REPORTING_VERBS,
  SUBORDINATORS,
} from './lexicon/en/function-words.ts';
import { looksLikeParticiple, verbForm } from './lexicon/en/verbs.ts';
import {
  accordingToEnd,
  opensClauseAfterComma,
  parentheticalReportStart,
  participialPhraseStart,
} from './clause-frames.ts';
import type { Token } from './tokenise.ts';

export type Tag =
  | 'NAME'
  | 'TIME'
  | 'DET'
  | 'PREP'
  | 'CONJ'
  | 'SUB'
  | 'REL'
  | 'MODAL'
  | 'NEG'
  | 'AUX'
  | 'TO'
  | 'PRON'
  | 'PUNCT'
  | 'NUM'
  | 'VERB'
  | 'ADV'
  | 'NOUN'
  | 'POSS'
  | 'PART';

/** A span of tokens that is a name, a place or a date (recognised before the analysis). */
export interface Span {
  start: number;
  end: number;
  kind: 'actor' | 'place' | 'time';
  /** Index into the caller's list of that kind. */
  ref: number;
  /** A nationality adjective ("American"): what follows it is the noun it modifies. */
  adjective?: boolean;
}

export interface NounGroup {
  start: number;
  end: number;
  /** Head token index (the last noun). */
  head: number;
  /** Actor spans inside the group (indices into the caller's actor list). */
  actors: number[];
  places: number[];
}

export interface VerbGroup {
  start: number;
  end: number;
  /** The main verb's token index. */
  verb: number;
  lemma: string;
  /** Particle right after the verb ("call off", "blow up"), as a token index. */
  particle: number | null;
  voice: 'active' | 'passive';
  negated: boolean;
  modal: string | null;
  infinitive: boolean;
  /** Clause number; clauses opened by a subordinator or a reporting complement get new numbers. */
  clause: number;
  /** The subordinator or relative opening this clause, if any ("that", "if", "who"). */
  opener: string | null;
  /** Subject: coordinated noun groups. */
  subject: NounGroup[];
  /** Direct object: coordinated noun groups. */
  object: NounGroup[];
  /** Prepositional complements after the verb, in order. */
  preps: { prep: string; groups: NounGroup[] }[];
  /** The verb group this one shares its subject with or is controlled by. */
  governor: number | null;
  /** How the subject was found. */
  /**
   * How the subject was found; 'object': an infinitive's subject is the object of the verb before
   * it ("urged Chad to …"), which the lexicon may overrule for verbs of purpose ("telephoned Y
   * to discuss": the caller discusses).
   */
  subjectFrom: 'clause' | 'coordination' | 'control' | 'relative' | 'object' | 'none';
}

export interface ClauseAnalysis {
  tags: Tag[];
  nounGroups: NounGroup[];
  verbGroups: VerbGroup[];
}

const PARTICLES = new Set(['up', 'off', 'out', 'down', 'back', 'over', 'in', 'on', 'away']);

/** Tags each token. `knownVerbs` are lemmas the lexicons know. */
export function tagTokens(
  tokens: readonly Token[],
  spans: readonly Span[],
  knownVerbs: ReadonlySet<string>,
): Tag[] {
  const tags: Tag[] = tokens.map(() => 'NOUN');
  const inSpan = new Array<Span | undefined>(tokens.length).fill(undefined);
  for (const span of spans) for (let i = span.start; i < span.end; i += 1) inSpan[i] = span;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const lower = token.lower;
    const span = inSpan[i];
    const previous: Tag | undefined = tags[i - 1];
    if (span !== undefined) tags[i] = span.kind === 'time' ? 'TIME' : 'NAME';
    else if (token.kind === 'possessive') tags[i] = 'POSS';
    else if (token.kind === 'punct') tags[i] = isGluedHyphen(tokens, i) ? 'NOUN' : 'PUNCT';
    else if (token.kind === 'number') tags[i] = 'NUM';
    else if (inQuantityPhrase(tokens, i)) tags[i] = 'ADV';
    else if (lower === 'to') tags[i] = 'TO';
    else if (MODALS.has(lower)) tags[i] = 'MODAL';
    else if (NEGATIONS.has(lower) || lower.endsWith("n't"))
      tags[i] = lower.endsWith("n't") && lower !== "n't" ? 'AUX' : 'NEG';
    else if (BE_FORMS.has(lower) || HAVE_FORMS.has(lower) || DO_FORMS.has(lower)) tags[i] = 'AUX';
    else if (GET_FORMS.has(lower) && looksLikeParticiple(tokens[i + 1]?.lower ?? '')) tags[i] = 'AUX';
    else if (RELATIVES.has(lower)) tags[i] = 'REL';
    else if (COORDINATORS.has(lower)) tags[i] = 'CONJ';
    else if (PRONOUNS.has(lower)) tags[i] = 'PRON';
    else if (
      lower === 'that' &&
      (previous === 'VERB' ||
        previous === 'NOUN' ||
        previous === 'ADV' ||
        previous === 'TIME' ||
        previous === 'PUNCT')
    )
      tags[i] = 'SUB';
    else if (DETERMINERS.has(lower) && !(PREPOSITIONS.has(lower) && tokens[i + 1]?.kind !== 'number'))
      tags[i] = 'DET';
    else if (PARTICLES.has(lower) && previous === 'VERB' && !isNounStart(tokens, i + 1)) tags[i] = 'PART';
    else if (lower === 'as' && previous === 'VERB' && isPredicativeAs(tokens, i, knownVerbs))
      tags[i] = 'PREP';
    else if (SUBORDINATORS.has(lower) && !PREPOSITIONS.has(lower)) tags[i] = 'SUB';
    else if (PREPOSITIONS.has(lower)) tags[i] = 'PREP';
    else if (ADVERBS.has(lower) || (lower.endsWith('ly') && lower.length > 4 && !knownVerbs.has(lower)))
      tags[i] = 'ADV';
    else if (inSpan[i - 1]?.adjective === true && verbForm(lower, knownVerbs)?.past !== true)
      // "American aid groups", "Iraqi attacks": after a nationality adjective, a noun.
      tags[i] = 'NOUN';
    else tags[i] = verbOrNoun(tokens, i, tags, knownVerbs);
  }
  return tags;
}

/**
 * "denounced as an ugly crime …", "described as a threat": "as" after a verb, opening a noun
 * phrase with no finite verb before the next punctuation, is a preposition, not "as the army
 * advanced".
 */
function isPredicativeAs(tokens: readonly Token[], i: number, knownVerbs: ReadonlySet<string>): boolean {
  if (!DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 2; k < tokens.length && k < i + 10; k += 1) {
    const token = tokens[k] as Token;
    if (token.kind === 'punct' && token.text !== '-') return true;
    const form = verbForm(token.lower, knownVerbs);
    if (form !== undefined && (form.past || form.thirdPerson) && !form.participle) return false;
    // "as the army advanced": an -ed word after a noun, not an adjective after a determiner.
    if (looksLikeParticiple(token.lower) && !DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
    if (token.kind !== 'possessive' && (BE_FORMS.has(token.lower) || MODALS.has(token.lower))) return false;
  }
  return true;
}

/** Two-word phrases that bound a number ("up to 4,000 troops", "at least eight leaders"). */
const QUANTITY_PHRASES = new Set(['up to', 'at least', 'at most', 'more than', 'less than', 'fewer than']);

/** Whether token `i` is a word of a phrase bounding the number right after it. */
function inQuantityPhrase(tokens: readonly Token[], i: number): boolean {
  const first = `${tokens[i]?.lower ?? ''} ${tokens[i + 1]?.lower ?? ''}`;
  const second = `${tokens[i - 1]?.lower ?? ''} ${tokens[i]?.lower ?? ''}`;
  return (
    (QUANTITY_PHRASES.has(first) && tokens[i + 2]?.kind === 'number') ||
    (QUANTITY_PHRASES.has(second) && tokens[i + 1]?.kind === 'number')
  );
}

/** A hyphen with no space either side ("24-hour", "3-day"): part of the word it builds. */
function isGluedHyphen(tokens: readonly Token[], i: number): boolean {
  const [before, hyphen, after] = [tokens[i - 1], tokens[i] as Token, tokens[i + 1]];
  return (
    hyphen.text === '-' &&
    before !== undefined &&
    after !== undefined &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}

function isNounStart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  return (
    token !== undefined && (DETERMINERS.has(token.lower) || token.capitalised || token.kind === 'number')
  );
}

function verbOrNoun(
  tokens: readonly Token[],
  i: number,
  tags: readonly Tag[],
  knownVerbs: ReadonlySet<string>,
): Tag {
  const token = tokens[i] as Token;
  const form = verbForm(token.lower, knownVerbs);
  const previous = tags[i - 1];
  // "must drop", "would not renounce": after a modal, a lower-case word is a verb the lexicon may not know.
  if (form === undefined) return afterModal(tags, i) && !token.capitalised ? 'VERB' : 'NOUN';
  const before = tokens[i - 1];
  if (previous === 'DET' || previous === 'POSS' || previous === 'NUM') return 'NOUN';
  if (previous === 'PREP') return form.progressive ? 'VERB' : 'NOUN';
  // "resorted to armed attacks", "agreed to talks": after "to", only a bare form is a verb.
  if (previous === 'TO') return isBareForm(form, token.lower) ? 'VERB' : 'NOUN';
  if (
    previous === 'AUX' ||
    previous === 'MODAL' ||
    previous === 'NEG' ||
    previous === 'PRON' ||
    previous === 'REL'
  )
    return 'VERB';
  if (previous === 'ADV') return 'VERB';
  const next = tokens[i + 1];
  const nextForm = next === undefined ? undefined : verbForm(next.lower, knownVerbs);
  if (
    (previous === 'NAME' || previous === 'NOUN') &&
    tags[i - 2] === 'DET' &&
    form.thirdPerson &&
    !form.past &&
    (next === undefined || next.kind === 'punct' || PREPOSITIONS.has(next.lower)) &&
    actsOnGroup(tokens, tags, i - 2, knownVerbs)
  )
    // "defended its air strikes", "condemned the drone strikes on X": after the clause's own
    // (not reporting) verb, a determiner, a noun and an "-s" form with no object of its own make
    // one noun group.
    return 'NOUN';
  if (
    (previous === 'NAME' || previous === 'NOUN') &&
    nextForm !== undefined &&
    nextForm.past &&
    !form.past &&
    !(before !== undefined && isPluralSubject(before) && isBareForm(form, token.lower))
  )
    // "Pakistani attacks killed": a noun before a past verb; but "the rebels reject proposed
    // changes": after a plural, a bare form agrees with it and is the verb.
    return 'NOUN';
  if (
    previous === 'NAME' &&
    before !== undefined &&
    isSingularCommonNoun(before) &&
    isBareForm(form, token.lower) &&
    clauseHasVerb(tags, i - 1)
  )
    // "lodged an official protest", "continue military aid": after the clause's verb, a bare
    // form after a singular noun is a noun ("demanded that the president resign" is not).
    return 'NOUN';
  if (previous === 'NAME' || previous === 'TIME') {
    // "Pakistani attacks" is a noun, "Pakistan attacked" a verb.
    return form.past || form.thirdPerson || form.lemma === token.lower ? 'VERB' : 'NOUN';
  }
  if (previous === 'NOUN') {
    if (form.past) return 'VERB';
    // "if the attacks continue", "when rebels attack": a bare form agreeing with a plural noun
    // group ("the attacks", "rebels") that opens its clause.
    const groupStart = tags[i - 2] === 'DET' ? i - 3 : i - 2;
    const opensClause = [undefined, 'SUB', 'PUNCT'].includes(tags[groupStart]);
    if (before !== undefined && isPluralSubject(before) && isBareForm(form, token.lower) && opensClause)
      return 'VERB';
    // "agreed to new talks", "for fresh attacks", "rejected recent calls": a one-word noun group
    // opened by a preposition or a verb goes on as a noun.
    if (
      !form.progressive &&
      (tags[i - 2] === 'PREP' || tags[i - 2] === 'TO' || tags[i - 2] === 'VERB') &&
      before !== undefined &&
      !before.capitalised
    )
      return 'NOUN';
    if (form.thirdPerson && before !== undefined && !before.capitalised) return 'VERB';
    return 'NOUN';
  }
  if (previous === undefined || previous === 'PUNCT' || previous === 'CONJ' || previous === 'SUB') {
    return form.past || form.progressive ? 'VERB' : previous === 'CONJ' ? 'VERB' : 'NOUN';
  }
  return 'NOUN';
}

/** Whether token `i` follows a modal, directly or after a negation ("would not"). */
function afterModal(tags: readonly Tag[], i: number): boolean {
  return tags[i - 1] === 'MODAL' || (tags[i - 1] === 'NEG' && tags[i - 2] === 'MODAL');
}

/** A plural noun or name that a bare verb form agrees with ("Palestinians", "rebels", "police"). */
function isPluralSubject(token: Token): boolean {
  return (
    token.kind === 'word' &&
    ((token.lower.endsWith('s') && !token.lower.endsWith('ss') && token.lower.length > 3) ||
      PLURAL_WITHOUT_S.has(token.lower))
  );
}

/** Nouns that take a plural verb without a plural ending ("police arrest", "people protest"). */
const PLURAL_WITHOUT_S = new Set(['police', 'people', 'clergy', 'staff']);

/** A lower-case word that reads as a singular noun (a sector word such as "official", "military"). */
function isSingularCommonNoun(token: Token): boolean {
  return (
    token.kind === 'word' &&
    !token.capitalised &&
    !token.lower.endsWith('s') &&
    !PLURAL_WITHOUT_S.has(token.lower)
  );
}

/** Whether a verb comes before token `i` in its clause (back to a subordinator, relative or semicolon). */
function clauseHasVerb(tags: readonly Tag[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) {
    const tag = tags[k];
    if (tag === 'VERB' || tag === 'AUX' || tag === 'MODAL') return true;
    if (tag === 'SUB' || tag === 'REL') return false;
  }
  return false;
}

/**
 * Whether the clause's verb before token `i` is a verb that takes a noun group as its object,
 * not a reporting verb whose complement is a clause of its own ("said the war continues").
 */
function actsOnGroup(
  tokens: readonly Token[],
  tags: readonly Tag[],
  i: number,
  knownVerbs: ReadonlySet<string>,
): boolean {
  for (let k = i - 1; k >= 0; k -= 1) {
    const tag = tags[k];
    if (tag === 'SUB' || tag === 'REL' || tag === 'PUNCT') return false;
    if (tag !== 'VERB') continue;
    const lower = (tokens[k] as Token).lower;
    return !REPORTING_VERBS.has(verbForm(lower, knownVerbs)?.lemma ?? lower);
  }
  return false;
}

/** The verb's bare form: neither past, nor third person, nor a participle in -ing. */
function isBareForm(form: NonNullable<ReturnType<typeof verbForm>>, lower: string): boolean {
  return !form.past && !form.thirdPerson && !form.progressive && form.lemma === lower;
}

/** Analyses one sentence's tokens into noun groups and verb groups with their arguments. */
export function analyseClauses(
  tokens: readonly Token[],
  spans: readonly Span[],
  knownVerbs: ReadonlySet<string>,
): ClauseAnalysis {
  const tags = tagTokens(tokens, spans, knownVerbs);
  const spanAt = new Map<number, Span>();
  for (const span of spans) spanAt.set(span.start, span);

  // Noun groups: maximal runs of DET/NOUN/NUM/NAME/POSS (and PRON alone).
  const nounGroups: NounGroup[] = [];
  const groupAt = new Array<number | undefined>(tokens.length).fill(undefined);
  let i = 0;
  while (i < tokens.length) {
    const tag = tags[i];
    if (tag === 'DET' || tag === 'NOUN' || tag === 'NUM' || tag === 'NAME' || tag === 'PRON') {
      const start = i;
      const actors: number[] = [];
      const places: number[] = [];
      let head = i;
      if (tag === 'PRON') {
        i += 1;
      } else {
        while (i < tokens.length) {
          const t = tags[i];
          if (t === 'DET' || t === 'NOUN' || t === 'NUM') {
            head = i;
            i += 1;
          } else if (t === 'NAME') {
            const span = spanAt.get(i);
            if (span === undefined) {
              i += 1;
              continue;
            }
            // "an ugly crime Serbia's crackdown": a possessor after a common noun opens a new group.
            if (
              i > start &&
              tags[i - 1] === 'NOUN' &&
              tags[span.end] === 'POSS' &&
              !tokens[i - 1]?.capitalised
            )
              break;
            if (span.kind === 'actor') actors.push(span.ref);
            if (span.kind === 'place') places.push(span.ref);
            head = span.end - 1;
            i = span.end;
          } else if (t === 'POSS' && i > start) {
            i += 1;
          } else break;
        }
      }
      if (tag === 'PRON') {
        const span = spanAt.get(start);
        if (span?.kind === 'actor') actors.push(span.ref);
      }
      const group: NounGroup = { start, end: i, head, actors, places };
      for (let k = start; k < i; k += 1) groupAt[k] = nounGroups.length;
      nounGroups.push(group);
      continue;
    }
    i += 1;
  }

  // Verb groups.
  const verbGroups: VerbGroup[] = [];
  let clause = 0;
  let opener: string | null = null;
  i = 0;
  while (i < tokens.length) {
    const tag = tags[i];
    if (
      tag === 'SUB' ||
      tag === 'REL' ||
      (tag === 'PUNCT' && (tokens[i]?.text === ';' || tokens[i]?.text === ':'))
    ) {
      clause += 1;
      opener = tag === 'PUNCT' ? null : (tokens[i]?.lower ?? null);
      i += 1;
      continue;
    }
    if (tag === 'AUX' || tag === 'MODAL' || tag === 'VERB' || (tag === 'TO' && tags[i + 1] === 'VERB')) {
      const start = i;
      let modal: string | null = null;
      let negated = false;
      let sawBe = false;
      let infinitive = false;
      let verb = -1;
      while (i < tokens.length) {
        const t = tags[i];
        const lower = tokens[i]?.lower ?? '';
        if (t === 'MODAL') modal ??= lower;
        else if (t === 'NEG') negated = true;
        else if (t === 'AUX') {
          if (lower.endsWith("n't")) negated = true;
          if (
            BE_FORMS.has(lower) ||
            GET_FORMS.has(lower) ||
            lower === "isn't" ||
            lower === "wasn't" ||
            lower === "weren't" ||
            lower === "aren't"
          )
            sawBe = true;
          verb = i;
        } else if (t === 'ADV') {
          /* inside the group */
        } else if (t === 'TO' && i === start) infinitive = true;
        else if (t === 'VERB') {
          verb = i;
          i += 1;
          break;
        } else break;
        i += 1;
      }
      if (verb < 0) continue;
      const verbToken = tokens[verb] as Token;
      const form = verbForm(verbToken.lower, knownVerbs);
      const lemma = form?.lemma ?? verbToken.lower;
      // "talks mediated by Qatar", "a truce signed between A and B": a participle right after a
      // noun with a "by" or "between" phrase is passive.
      const reducedRelative =
        verb === start &&
        (tags[start - 1] === 'NOUN' || tags[start - 1] === 'NAME') &&
        (tokens[i]?.lower === 'by' || tokens[i]?.lower === 'between') &&
        (form?.past ?? false);
      const passive =
        (reducedRelative || (sawBe && verb !== start)) &&
        tags[verb] === 'VERB' &&
        looksLikeParticiple(verbToken.lower) &&
        !(form?.progressive ?? false) &&
        !(ACTIVITY_PARTICIPLES.has(verbToken.lower) && tokens[i]?.lower === 'in');
      let particle: number | null = null;
      if (tags[i] === 'PART') {
        particle = i;
        i += 1;
      }
      // A reporting verb's complement is a clause of its own.
      verbGroups.push({
        start,
        end: i,
        verb,
        lemma,
        particle,
        voice: passive ? 'passive' : 'active',
        negated,
        modal,
        infinitive,
        clause,
        opener,
        subject: [],
        object: [],
        preps: [],
        governor: null,
        subjectFrom: 'none',
      });
      continue;
    }
    i += 1;
  }

  const groupsFrom = (first: number, direction: 1 | -1): NounGroup[] =>
    coordinated(nounGroups, tags, tokens, first, direction);

  /** The capitalised name opening its clause right before ", <title phrase>" (the phrase's head in lower case). */
  const nameBeforeApposition = (appositive: NounGroup | undefined): NounGroup | undefined => {
    if (appositive === undefined || tokens[appositive.start - 1]?.text !== ',') return undefined;
    if (tokens[appositive.head]?.capitalised !== false) return undefined;
    const h = groupAt[appositive.start - 2];
    const name = h === undefined ? undefined : nounGroups[h];
    if (name === undefined || name.actors.length === 0 || tokens[name.head]?.capitalised !== true)
      return undefined;
    const opener = tags[name.start - 1];
    const opensClause =
      opener === undefined ||
      opener === 'SUB' ||
      (opener === 'PUNCT' && tokens[name.start - 1]?.text !== ',');
    return opensClause ? name : undefined;
  };

  for (let v = 0; v < verbGroups.length; v += 1) {
    const vg = verbGroups[v] as VerbGroup;
    const previousVg = verbGroups[v - 1];
    // Subject: the nearest noun group before the verb group in the same clause.
    let k = vg.start - 1;
    let subjectEnd = -1;
    let crossedComma = 0;
    while (k >= 0) {
      const t = tags[k];
      if (t === 'ADV' || t === 'TIME' || t === 'PREP' || t === 'AUX') {
        k -= 1;
        continue;
      }
      if (t === 'PUNCT' && tokens[k]?.text === ',') {
        // "Uganda, officials said, will send …": skip a reporting clause set off by commas.
        const reportStart =
          parentheticalReportStart(verbGroups, nounGroups, groupAt, tags, tokens, k) ??
          participialPhraseStart(verbGroups, tokens, k);
        if (reportStart !== undefined) {
          k = reportStart - 1;
          continue;
        }
        crossedComma += 1;
        // Skip an appositive or a parenthetical ", NP ," back to the noun group before it.
        k -= 1;
        continue;
      }
      if (t === 'PUNCT' && tokens[k]?.text === ')') {
        while (k >= 0 && tokens[k]?.text !== '(') k -= 1;
        k -= 1;
        continue;
      }
      if (groupAt[k] !== undefined) {
        const g = nounGroups[groupAt[k] as number] as NounGroup;
        // Skip a noun group inside a prepositional phrase ("the government of Sindh province").
        const before = tags[g.start - 1];
        if (before === 'PREP' && tokens[g.start - 1]?.lower !== 'of') {
          k = g.start - 2;
          continue;
        }
        if (before === 'PREP' && tokens[g.start - 1]?.lower === 'of') {
          k = g.start - 2;
          continue;
        }
        // "sent troops to Somalia to fight": a group after the preposition "to" is no subject.
        if (before === 'TO' && vg.infinitive) {
          k = g.start - 2;
          continue;
        }
        subjectEnd = partitiveHead(g, nounGroups, groupAt, tokens, tags).end - 1;
        break;
      }
      break;
    }
    const reachedVerb = k >= 0 && (tags[k] === 'VERB' || tags[k] === 'AUX' || tags[k] === 'MODAL');
    const candidate = subjectEnd >= 0 ? nounGroups[groupAt[subjectEnd] as number] : undefined;
    if (
      subjectEnd >= 0 &&
      !(candidate !== undefined && isThingBeforeInfinitive(vg, previousVg, candidate)) &&
      !(
        previousVg !== undefined &&
        previousVg.end > (nounGroups[groupAt[subjectEnd] as number]?.start ?? 0) &&
        previousVg.clause === vg.clause &&
        vg.infinitive
      )
    ) {
      const g = groupAt[subjectEnd] as number;
      const apposed = groupsFrom(g, -1);
      // "Maria Lopes, the Angolan health minister, said …": the name before a title set off by commas.
      const named = crossedComma > 0 ? nameBeforeApposition(apposed[0]) : undefined;
      const groups = named === undefined ? apposed : [named];
      const firstGroup = groups[0];
      const relativeBefore = firstGroup !== undefined && tags[firstGroup.start - 1] === 'REL';
      vg.subject = groups;
      vg.subjectFrom = 'clause';
      void relativeBefore;
    } else if (k >= 0 && tags[k] === 'REL') {
      // "the group, which attacked …": the antecedent before the relative.
      let a = k - 1;
      while (a >= 0 && (tags[a] === 'PUNCT' || tags[a] === 'ADV')) a -= 1;
      if (a >= 0 && groupAt[a] !== undefined) {
        vg.subject = groupsFrom(groupAt[a] as number, -1);
        vg.subjectFrom = 'relative';
      }
    } else if (
      previousVg !== undefined &&
      (vg.infinitive || tags[vg.start - 1] === 'CONJ' || reachedVerb || tags[k] === 'PUNCT')
    ) {
      vg.governor = v - 1;
      vg.subjectFrom = vg.infinitive ? 'control' : 'coordination';
    }
    if (vg.infinitive && previousVg !== undefined && vg.subjectFrom !== 'clause') {
      vg.governor = v - 1;
      vg.subjectFrom = 'control';
    } else if (
      vg.infinitive &&
      previousVg !== undefined &&
      previousVg.clause === vg.clause &&
      candidate !== undefined &&
      candidate.start >= previousVg.end
    ) {
      vg.subjectFrom = 'object';
      vg.governor = v - 1;
    }
    // Object and prepositional complements: what follows up to the next verb group or clause break.
    const stop = verbGroups[v + 1]?.start ?? tokens.length;
    let j = vg.end;
    while (j < stop) {
      const t = tags[j];
      if (t === 'ADV' || t === 'TIME') {
        j += 1;
        continue;
      }
      // "…, according to Pentagon sources": who reports it, no complement of the verb.
      const frameEnd = accordingToEnd(tokens, nounGroups, groupAt, j);
      if (frameEnd > j) {
        j = frameEnd;
        continue;
      }
      // "…, Thai police said": a comma, then a noun group right before the next verb, opens a clause.
      if (tokens[j]?.text === ',' && opensClauseAfterComma(nounGroups, groupAt, tags, j, stop)) break;
      // "the talks ended and the parties agreed": after "and", a noun group that runs up to the
      // next (finite) verb is that verb's subject, not this verb's object.
      const after = groupAt[j + 1];
      if (
        t === 'CONJ' &&
        after !== undefined &&
        nounGroups[after]?.end === stop &&
        verbGroups[v + 1]?.infinitive === false
      )
        break;
      if (
        groupAt[j] !== undefined &&
        vg.object.length === 0 &&
        (vg.preps.length === 0 || afterAsPhrase(vg, tags, j))
      ) {
        const groups = groupsFrom(groupAt[j] as number, 1);
        vg.object = groups;
        j = (groups[groups.length - 1] as NounGroup).end;
        continue;
      }
      if (t === 'PREP' || (t === 'TO' && tags[j + 1] !== 'VERB')) {
        let n = j + 1;
        while (n < stop && (tags[n] === 'ADV' || tags[n] === 'TIME')) n += 1;
        if (groupAt[n] !== undefined) {
          const groups = groupsFrom(groupAt[n] as number, 1);
          vg.preps.push({ prep: tokens[j]?.lower ?? '', groups });
          j = (groups[groups.length - 1] as NounGroup).end;
          continue;
        }
      }
      if (groupAt[j] !== undefined) {
        j = (nounGroups[groupAt[j] as number] as NounGroup).end;
        continue;
      }
      if (
        t === 'SUB' ||
        t === 'REL' ||
        (t === 'PUNCT' && tokens[j]?.text !== ',' && tokens[j]?.text !== '(' && tokens[j]?.text !== ')')
      )
        break;
      j += 1;
    }
  }
  return { tags, nounGroups, verbGroups };
}

/**
 * "denounced as a crime Serbia's crackdown": an object moved after a predicative "as" phrase
 * follows that phrase directly, with no preposition of its own.
 */
function afterAsPhrase(vg: VerbGroup, tags: readonly Tag[], j: number): boolean {
  const [only, ...more] = vg.preps;
  const last = only?.groups[only.groups.length - 1];
  return (
    only?.prep === 'as' && more.length === 0 && last !== undefined && last.end === j && tags[j] !== 'PRON'
  );
}

/**
 * "is willing to send", "sent material to help": a noun group between a verb and its
 * infinitive that names no actor is the verb's object or complement, not the infinitive's
 * subject (unlike "urged Kabul to act"); the infinitive is controlled by the verb before it.
 */
function isThingBeforeInfinitive(
  vg: VerbGroup,
  previousVg: VerbGroup | undefined,
  candidate: NounGroup,
): boolean {
  return (
    vg.infinitive &&
    previousVg !== undefined &&
    previousVg.clause === vg.clause &&
    candidate.start >= previousVg.end &&
    candidate.actors.length === 0
  );
}

/** Words that count or portion a group rather than name it ("thousands of students", "a group of refugees"). */
const PARTITIVES = new Set([
  'tens',
  'hundreds',
  'thousands',
  'millions',
  'dozens',
  'scores',
  'group',
  'groups',
  'number',
  'members',
  'some',
  'many',
  'most',
  'several',
  'all',
  'none',
  'part',
  'majority',
  'crowd',
  'crowds',
  'band',
]);

/**
 * The group that names a partitive subject: "tens of thousands of students" → "students",
 * "a group of refugees" → "refugees"; any other group is itself.
 */
function partitiveHead(
  group: NounGroup,
  nounGroups: readonly NounGroup[],
  groupAt: readonly (number | undefined)[],
  tokens: readonly Token[],
  tags: readonly Tag[],
): NounGroup {
  let current = group;
  for (let hops = 0; hops < 3; hops += 1) {
    const head = tokens[current.head];
    const counts = tags[current.head] === 'NUM' || (head !== undefined && PARTITIVES.has(head.lower));
    if (!counts || tokens[current.end]?.lower !== 'of') return current;
    const next = groupAt[current.end + 1];
    if (next === undefined) return current;
    current = nounGroups[next] as NounGroup;
  }
  return current;
}

/** Noun groups coordinated with group `first` ("A, B and C"), reading forwards or backwards. */
function coordinated(
  nounGroups: readonly NounGroup[],
  tags: readonly Tag[],
  tokens: readonly Token[],
  first: number,
  direction: 1 | -1,
): NounGroup[] {
  const groups: NounGroup[] = [nounGroups[first] as NounGroup];
  let current = first;
  for (;;) {
    const here = nounGroups[current] as NounGroup;
    const nextIndex = current + direction;
    const next = nounGroups[nextIndex];
    if (next === undefined) break;
    const between = direction === 1 ? [here.end, next.start] : [next.end, here.start];
    const joiners = tokens.slice(between[0], between[1]);
    const joinerTags = tags.slice(between[0], between[1]);
    const ok =
      joiners.length >= 1 &&
      joiners.length <= 2 &&
      joinerTags.every((t, n) => t === 'CONJ' || (t === 'PUNCT' && joiners[n]?.text === ',')) &&
      joiners.some((t) => t.lower === 'and' || t.lower === 'or' || t.text === ',') &&
      (here.actors.length > 0 || next.actors.length > 0);
    if (!ok) break;
    // A comma alone joins only inside a list that ends with "and".
    if (joiners.every((t) => t.text === ',')) {
      const further = nounGroups[nextIndex + direction];
      const hasAnd =
        further !== undefined &&
        tokens
          .slice(direction === 1 ? next.end : further.end, direction === 1 ? further.start : next.start)
          .some((t) => t.lower === 'and');
      if (!hasAnd && direction === 1) break;
      if (direction === -1 && !groups.some(() => true)) break;
      if (direction === -1) {
        // Only when our side was reached through "and".
        const ourJoin =
          groups.length >= 1 &&
          tokens
            .slice(here.end, nounGroups[current - direction]?.start ?? here.end)
            .some((t) => t.lower === 'and');
        if (!ourJoin && groups.length === 1) break;
        // "With the signing of the accord, A and B agreed": a comma closes an opening phrase.
        const opener = tags[next.start - 1] === 'DET' ? next.start - 2 : next.start - 1;
        if (tags[opener] === 'PREP') break;
      }
    }
    groups.push(next);
    current = nextIndex;
  }
  return direction === 1 ? groups : groups.reverse();
}

export { CONDITIONALS };
