/**
 * The coder: text → PLOVER events. For each sentence: tokens, mentions, dates, the shallow
 * clause analysis, triggers; then each trigger's source and target from the clause structure
 * (active/passive, objects, prepositions, coordination, control), the modality of the clause
 * (negation, future and intent, conditionals, obligation in reported speech) and who reports
 * or alleges it. Pure: `codeText(text, options)` reads nothing and writes nothing.
 */
import { analyseClauses, type ClauseAnalysis, type Span, type VerbGroup } from './clause.ts';
import { findDates, type DateMention } from './dates.ts';
import {
  assignHomeCountries,
  documentCountry,
  sentenceCountry,
  type HomeCountrySource,
} from './home-country.ts';
import { fieldsOf, governedCode, intentCode, isCooperative } from './derive.ts';
import { FEAR_VERBS, isUnrealised } from './unrealised-acts.ts';
import { UNDOING_VERBS } from './lexicon/en/verbs.ts';
import { CONDITIONALS } from './lexicon/en/function-words.ts';
import { lexiconFor, stemLexiconFor, type CoderLexicon, type TriggerEntry } from './lexicon/index.ts';
import { recogniseMentions, type Mentions } from './mentions.ts';
import { nameIndexOf, type NameIndex } from './name-index.ts';
import { referenceNotes } from './reference/explain.ts';
import { referenceLookup } from './reference/reference-index.ts';
import { segmentSentences, type Sentence } from './segment.ts';
import { rulePeriods } from './rule-periods.ts';
import { statedTimes, type StatedTime } from './sentence-time.ts';
import { statedRanges } from './stated-ranges.ts';
import { inContractOrder } from './contract-order.ts';
import { codeStemSentence } from './stem-coder.ts';
import { isLightVerb, nounTriggers, refinedCode, verbTrigger, type TriggerMatch } from './triggers.ts';
import { objectAllowsEvent } from './object-rules.ts';
import { modifiesNonActor } from './compound-modifiers.ts';
import { pairOf, resolveSides, sidesPhrase, type SidesCount } from './sides.ts';
import { tokenise, type Token } from './tokenise.ts';
import type { CodedActor, CodedClaim, CodedEvent } from './types.ts';
import { carryTitles, type Context, type CoderOptions, type DocumentMemory } from './sentence-context.ts';
import { actorsOf, codedActor, nounRoles, possessorOfAct, rolesOf, spanOfGroups, wordsOf } from './roles.ts';
import { locationOf, placeAsSource, placeAsTarget, placeOf } from './event-place.ts';

export type { CoderOptions } from './sentence-context.ts';

/**
 * Sector words used as modifiers: a mention with no name and no country of its own that sits
 * before the head of its noun group ("joint military exercises") names no actor.
 */
function modifierMentions(
  analysis: ClauseAnalysis,
  mentions: Mentions,
  homes: ReadonlyMap<number, HomeCountrySource>,
): Set<number> {
  const modifiers = new Set<number>();
  for (const group of analysis.nounGroups) {
    for (const ref of group.actors) {
      const mention = mentions.actors[ref];
      if (mention === undefined || mention.head !== 'title' || mention.actor !== null) continue;
      if (mention.country !== null && !homes.has(ref)) continue;
      if (mention.end - 1 < group.head && !group.actors.some((other) => other !== ref && other > ref))
        modifiers.add(ref);
    }
  }
  return modifiers;
}

/** One event before it is written out. */
interface Draft {
  order: number;
  code: string;
  entry: TriggerEntry | null;
  trigger: { start: number; end: number };
  sources: CodedActor[];
  targets: CodedActor[];
  negated: boolean;
  hypothetical: boolean;
  claims: CodedClaim[];
  verbal: boolean;
  why: string[];
  /** The subject is "the parties" / "both sides", to be resolved from the document. */
  sides?: SidesCount;
  /** A statement about the subject's own act with no target of its own: written only with a target (its place's). */
  needsTarget?: boolean;
}

const NOT_A_GOVERNOR_WITH_THAT = new Set(['agree', 'reject', 'threaten']);
const UNCERTAIN_MODALS = new Set(['may', 'might', 'could', 'should', 'can']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll"]);
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);
/** Verbs before an infinitive whose act is done, not intended ("began to", "tried to", "managed to"). */
const DONE_BY_GOVERNOR = new Set([
  'begin',
  'start',
  'continue',
  'resume',
  'try',
  'attempt',
  'manage',
  'help',
]);

/** Codes `text` into events, sentence by sentence. */
export function codeText(text: string, options: CoderOptions = {}): CodedEvent[] {
  const index = nameIndexOf(options.registry ?? null);
  const stems = stemLexiconFor(options.language);
  if (stems !== undefined)
    return segmentSentences(text).flatMap((sentence) => codeStemSentence(sentence, index, stems, options));
  const lexicon = lexiconFor(options.language);
  const memory: DocumentMemory = { lastSubject: null };
  const events: CodedEvent[] = [];
  for (const sentence of segmentSentences(text)) {
    events.push(...codeSentence(sentence, index, lexicon, memory, options));
  }
  return events;
}

/** The times a sentence states: its dates, the ranges it states and the times it names by a rule. */
export function sentenceTimes(
  tokens: readonly Token[],
  dates: readonly DateMention[],
  index: NameIndex,
  dateRef: string | null | undefined,
): StatedTime[] {
  return statedTimes(dates, [
    ...statedRanges(tokens, dates, dateRef),
    ...rulePeriods(tokens, index, dateRef),
  ]);
}

/** Codes one sentence (exported for tests and the batch mode). */
export function codeSentence(
  sentence: Sentence,
  index: NameIndex,
  lexicon: CoderLexicon,
  memory: DocumentMemory,
  options: CoderOptions,
): CodedEvent[] {
  const tokens = tokenise(sentence.text, sentence.start);
  const reference =
    options.referenceDictionaries == null
      ? undefined
      : referenceLookup(options.referenceDictionaries, options.dateRef);
  const dates = findDates(tokens, options.dateRef ?? null);
  // "In 1998 the Afghan government …", "since 2015", "under Taliban rule": the sentence's own
  // time, not the document's date, says who held.
  const found = recogniseMentions(tokens, index, sentence.text, sentence.start, {
    ...(reference === undefined ? {} : { reference }),
    date: options.dateRef ?? null,
    times: sentenceTimes(tokens, dates, index, options.dateRef),
  });
  // "CPEC-centered cooperation": a compound adjective before a noun that names no actor is none.
  const isAct = (word: string): boolean => lexicon.nounTriggers.has(word);
  const mentions: Mentions = {
    ...found,
    actors: found.actors.filter((m) => !modifiesNonActor(m, tokens, found.actors, isAct)),
  };
  carryTitles(mentions, tokens, memory);
  memory.placeCountries ??= new Map();
  const here = sentenceCountry(mentions, tokens);
  if (here !== null) memory.placeCountries.set(here, (memory.placeCountries.get(here) ?? 0) + 1);
  const homes = assignHomeCountries(mentions, tokens, documentCountry(memory.placeCountries));
  const spans: Span[] = [
    ...mentions.actors.map((m, ref) => ({
      start: m.start,
      end: m.end,
      kind: 'actor' as const,
      ref,
      adjective: m.head === 'demonym' && m.end - m.start === 1 && !m.text.endsWith('s'),
    })),
    ...mentions.places.map((p, ref) => ({ start: p.start, end: p.end, kind: 'place' as const, ref })),
    ...dates.map((d, ref) => ({ start: d.start, end: d.end, kind: 'time' as const, ref })),
  ].filter(
    (span, i, all) =>
      !all.some(
        (other, j) =>
          j !== i &&
          other.start <= span.start &&
          other.end >= span.end &&
          (other.end - other.start > span.end - span.start ||
            (other.end - other.start === span.end - span.start && j < i)),
      ),
  );
  const analysis = analyseClauses(tokens, spans, lexicon.knownVerbs);
  const modifiers = modifierMentions(analysis, mentions, homes);
  const context: Context = {
    tokens,
    sentence,
    mentions,
    dates,
    analysis,
    lexicon,
    memory,
    options,
    homes,
    modifiers,
    index,
  };
  const drafts = draftEvents(context);
  // "Is mediation possible?", "Will Chad attack?": a question asserts nothing.
  if (sentence.text.trimEnd().endsWith('?'))
    for (const draft of drafts) {
      draft.hypothetical = true;
      draft.why.push('asked, not stated');
    }
  // "the parties agreed …": this sentence's parties of an act done together, else the last pair.
  for (const draft of drafts) {
    if (draft.sides === undefined || draft.sources.length > 0) continue;
    draft.sources = resolveSides(draft.sides, drafts, draft.order, memory.lastPair);
    if (draft.sources.length > 0)
      draft.why.push(
        `"${draft.sides === 'two' ? 'both sides' : 'the parties'}": ${draft.sources.map((s) => s.text).join(', ')}`,
      );
  }
  memory.lastPair = pairOf(drafts) ?? memory.lastPair ?? null;
  const subject = drafts.find((d) => d.sources.length > 0)?.sources[0];
  if (subject !== undefined) memory.lastSubject = subject;
  return drafts.sort((a, b) => a.order - b.order).flatMap((draft) => writeEvent(draft, context));
}

function draftEvents(context: Context): Draft[] {
  const { analysis, tokens, lexicon } = context;
  const vgs = analysis.verbGroups;
  const consumedNouns = new Set<number>();
  /** Nouns of the subject's own acts that a statement speaks of ("defended its air strikes"): noun start → the verb's token. */
  const ownActs = new Map<number, number>();
  const nouns = nounTriggers(analysis, tokens, lexicon);
  const nounAt = (start: number, end: number): TriggerMatch | undefined =>
    nouns.find((n) => n.start >= start && n.start < end);

  // 1. The code each verb group carries by itself.
  const own: ({ entry: TriggerEntry; code: string; match: TriggerMatch } | undefined)[] = vgs.map((vg) => {
    const found = verbTrigger(vg, tokens, lexicon);
    const objectSpan = spanOfGroups(vg.object);
    // "eliminate security risks", "the talks ended": the verb's trigger does not hold (its
    // object's event noun, if any, is no act either).
    const match = found !== undefined && !objectAllowsEvent(vg, found.entry, tokens) ? undefined : found;
    if (found !== undefined && match === undefined) {
      const named = objectSpan === undefined ? undefined : nounAt(objectSpan.start, objectSpan.end);
      if (named !== undefined) consumedNouns.add(named.start);
      return undefined;
    }
    // "quit the talks", "postponed the summit": the event in the object is left or put off, not done.
    if (match === undefined && UNDOING_VERBS.has(vg.lemma)) {
      const left = objectSpan === undefined ? undefined : nounAt(objectSpan.start, objectSpan.end);
      if (left !== undefined) consumedNouns.add(left.start);
      return undefined;
    }
    const firstPrep = vg.preps[0];
    const objectNoun = objectSpan === undefined ? undefined : nounAt(objectSpan.start, objectSpan.end);
    const prepNoun =
      firstPrep === undefined
        ? undefined
        : nounAt(spanOfGroups(firstPrep.groups)?.start ?? 0, spanOfGroups(firstPrep.groups)?.end ?? 0);
    const words = wordsOf(tokens, vg.object).concat(vg.preps.flatMap((p) => wordsOf(tokens, p.groups)));
    // A phrase's noun is the verb's event only after an active verb, and not after "be" with a
    // predicate noun: "preparations were made for talks", "X was the mediator in the truce".
    const prepTakesEvent =
      (match === undefined || match.entry.governs !== undefined) &&
      vg.voice === 'active' &&
      !(vg.lemma === 'be' && vg.object.length > 0);
    const complementNoun = objectNoun ?? (prepTakesEvent ? prepNoun : undefined);
    // Only a light verb ("launched an attack", "attended the talks") or a verb that governs its
    // complement carries the event of its object noun. Any other verb with no trigger of its own
    // ("said its strikes would go on", "reported the raid") leaves the noun its own event.
    // "came under attack": the act the subject suffers is the verb's event too (roles below).
    const suffered = match === undefined && firstPrep?.prep === 'under' && vg.object.length === 0;
    const light = isLightVerb(vg, tokens, lexicon) || match?.entry.light === true || suffered;
    if (match === undefined && !light) return undefined;
    if (complementNoun !== undefined && (light || match?.entry.governs !== undefined)) {
      consumedNouns.add(complementNoun.start);
      const nounCode = refinedCode(complementNoun.entry, words);
      if (match !== undefined && match.entry.governs !== undefined) {
        return { entry: match.entry, code: governedCode(match.entry.governs, nounCode), match };
      }
      if (light) {
        // "went on strike": a verb phrase that takes in the noun is the event, or a refined verb.
        if (
          match !== undefined &&
          (match.end > complementNoun.start ||
            (match.entry.refine !== undefined && refinedCode(match.entry, words) !== match.entry.cameo))
        ) {
          return { entry: match.entry, code: refinedCode(match.entry, words), match };
        }
        return {
          entry: complementNoun.entry,
          code: nounCode,
          match: { entry: complementNoun.entry, start: vg.verb, end: complementNoun.end },
        };
      }
    }
    // "Kabul defended its air strikes": a supporting statement about the subject's own act
    // (named by "its"/"their") leaves that act an event of its own.
    if (
      objectNoun !== undefined &&
      match !== undefined &&
      statesOwnAct(context, match.entry.cameo, objectNoun)
    )
      ownActs.set(objectNoun.start, vg.verb);
    else if (objectNoun !== undefined) consumedNouns.add(objectNoun.start);
    if (match === undefined) return undefined;
    // "A drone strike killed …": a violent noun heading the subject specifies the violent verb.
    const subjectSpan = spanOfGroups(vg.subject);
    const subjectNoun = subjectSpan === undefined ? undefined : nounAt(subjectSpan.start, subjectSpan.end);
    if (subjectNoun !== undefined && isViolent(match.entry.cameo) && isViolent(subjectNoun.entry.cameo)) {
      consumedNouns.add(subjectNoun.start);
      return { entry: match.entry, code: subjectNoun.entry.cameo, match };
    }
    return { entry: match.entry, code: refinedCode(match.entry, words), match };
  });

  // A reporting verb that is also a material trigger ("declared a curfew") reports when a
  // "that"-clause follows instead of an object ("declared that China must …").
  vgs.forEach((vg, v) => {
    const mine = own[v];
    if (mine === undefined || mine.entry.governs !== undefined || !lexicon.reportingVerbs.has(vg.lemma))
      return;
    if (vg.object.length > 0 || vgs[v + 1]?.opener !== 'that' || Number(mine.code.slice(0, 2)) < 15) return;
    own[v] = undefined;
  });

  // 2. Complements: which verb group each infinitive or "that"-clause belongs to.
  const complementOf = vgs.map((): number | null => null);
  vgs.forEach((vg, v) => {
    if (vg.governor !== null && vg.subjectFrom === 'control') complementOf[v] = vg.governor;
    else if (v > 0 && vg.opener === 'that') {
      const governor = v - 1;
      const governing = own[governor];
      if (governing?.entry.governs !== undefined && !NOT_A_GOVERNOR_WITH_THAT.has(governing.entry.governs))
        complementOf[v] = governor;
    }
  });
  // "accused Kabul of harbouring …": the gerund after "of" is the allegation, done by the accused.
  vgs.forEach((vg, v) => {
    const previous = vgs[v - 1];
    if (previous === undefined || complementOf[v] !== null) return;
    const accusing = own[v - 1]?.entry.cameo.startsWith('11') === true;
    if (accusing && tokens[vg.start - 1]?.lower === 'of' && tokens[vg.verb]?.lower.endsWith('ing') === true)
      complementOf[v] = v - 1;
  });
  // A mention inside a multiword trigger ("continue military aid") is part of the event's words, not an actor.
  for (const match of [...own.map((o) => o?.match), ...nouns]) {
    if (match === undefined || match.end - match.start < 2) continue;
    context.mentions.actors.forEach((mention, ref) => {
      if (mention.start > match.start && mention.end <= match.end && mention.actor === null)
        context.modifiers.add(ref);
    });
  }
  const reporters = vgs
    .map((vg, v) => (lexicon.reportingVerbs.has(vg.lemma) && own[v] === undefined ? v : -1))
    .filter((v) => v >= 0);

  const drafts: Draft[] = [];
  vgs.forEach((vg, v) => {
    const mine = own[v];
    const governor = complementOf[v] ?? null;
    const governorVg = governor === null ? undefined : vgs[governor];
    const governorCode = governor === null ? undefined : own[governor]?.code;
    const alleged = governorCode !== undefined && governorCode.startsWith('11');
    const hypotheticalByGovernor = governor !== null && !alleged;
    let intentSource = false;
    if (mine === undefined) return;
    const why: string[] = [
      `trigger "${tokens
        .slice(mine.match.start, mine.match.end)
        .map((t) => t.text)
        .join(' ')}" → CAMEO ${mine.code}`,
    ];
    // A governing verb takes its code from its complement.
    let code = mine.code;
    const complement = vgs.findIndex((_, w) => complementOf[w] === v);
    if (mine.entry.governs !== undefined && complement >= 0) {
      const complementCode = own[complement]?.code;
      if (complementCode !== undefined) {
        code = governedCode(mine.entry.governs, complementCode);
        why.push(`governs "${tokens[vgs[complement]?.verb ?? 0]?.text}" (${complementCode}) → ${code}`);
      }
    }
    let { sources, targets, targetFrom } = rolesOf(context, v, mine.entry);
    // "came under attack from X", "is under fire": the subject suffers the act; "from"/"by" name who acts.
    if (mine.entry.pos === 'noun' && vg.preps[0]?.prep === 'under' && vg.object.length === 0) {
      targets = actorsOf(context, vg.subject);
      sources = vg.preps
        .filter((p) => p.prep === 'from' || p.prep === 'by')
        .flatMap((p) => actorsOf(context, p.groups));
      targetFrom = 'clause';
      why.push('"under": the subject suffers it');
    }
    if (mine.entry.governs !== undefined && complement >= 0) {
      const complementVg = vgs[complement] as VerbGroup;
      const complementRoles = rolesOf(context, complement, own[complement]?.entry ?? null);
      const asking = mine.entry.governs === 'demand' || mine.entry.governs === 'appeal';
      // "demanded that Y withdraw": the one asked to act is the complement's own subject.
      const askedInClause = asking
        ? actorsOf(context, complementVg.subject).filter((a) => !sources.some((o) => o.text === a.text))
        : [];
      if (mine.entry.objectControls === true && vg.object.length > 0) {
        targets = actorsOf(context, vg.object);
        targetFrom = 'clause';
      } else if (askedInClause.length > 0 && complementVg.opener === 'that') {
        targets = askedInClause;
        targetFrom = 'clause';
      } else if (targets.length === 0) {
        targets = complementRoles.targets;
        targetFrom = complementRoles.targetFrom;
      }
      if (asking && targets.length === 0) {
        targets = complementRoles.sources.filter((s) => !sources.some((o) => o.text === s.text));
        targetFrom = targets.length === 0 ? 'none' : 'clause';
      }
    }
    // "A and B agreed to share data on missing people": a topic after any preposition does not
    // stop coordinated subjects from acting on each other.
    if (mine.entry.reciprocal === true && targetFrom === 'generic' && sources.length >= 2) targets = [];
    // "threatened to strike unless Y rescinds …": the one who must act to avert the threat is its target.
    if (code.startsWith('13') && targets.length === 0) {
      const condition = conditionAfter(vgs, v);
      if (condition !== undefined) {
        targets = actorsOf(context, condition.subject).filter((t) => !sources.some((s) => s.text === t.text));
        if (targets.length > 0) why.push(`target: the subject of "${condition.opener}"`);
      }
    }
    const negated = vg.negated;
    let hypothetical =
      hypotheticalByGovernor ||
      (vg.modal !== null && (UNCERTAIN_MODALS.has(vg.modal) || FUTURE_MODALS.has(vg.modal))) ||
      CONDITIONALS.has(vg.opener ?? '');
    if (
      governorVg !== undefined &&
      own[governor as number] === undefined &&
      !lexicon.intentVerbs.has(governorVg.lemma) &&
      !lexicon.readinessAdjectives.has(tokens[governorVg.end]?.lower ?? '') &&
      !(governorVg.lemma === 'be')
    ) {
      // "began to …", "continued to …": not a hypothesis; nor "tried to …": CAMEO codes an
      // attempted act as the act. "failed to …" did not happen.
      if (DONE_BY_GOVERNOR.has(governorVg.lemma) || governorVg.lemma === 'fail')
        hypothetical = governorVg.lemma === 'fail';
    }
    // "fearing an assault", "the risk of fighting", "a call for a truce": named, not done.
    if (FEAR_VERBS.has(vg.lemma) || isUnrealised(tokens, mine.match.start)) {
      hypothetical = true;
      why.push('feared or asked for, not done');
    }
    // "sent troops to fight the rebels": the purpose of a material act is not yet done (the act
    // itself is). The act asked for after a request verb ("urged Y to support X") is left as
    // the gold standard codes it.
    const purposeOf =
      vg.infinitive && vg.governor !== null && governor === null ? vgs[vg.governor] : undefined;
    if (
      purposeOf !== undefined &&
      !DONE_BY_GOVERNOR.has(purposeOf.lemma) &&
      own[vg.governor as number]?.entry.governs === undefined &&
      !lexicon.reportingVerbs.has(purposeOf.lemma)
    ) {
      hypothetical = true;
      why.push(`an aim after "${tokens[purposeOf.verb]?.text ?? ''}"`);
    }
    if (hypothetical)
      why.push(
        `hypothetical (${[vg.modal, vg.opener, governorVg?.lemma].filter((x) => x !== null && x !== undefined).join(', ')})`,
      );
    if (negated) why.push('negated');
    const claims: CodedClaim[] = [];
    if (alleged && governor !== null) {
      const accuser = rolesOf(context, governor, null).sources[0];
      const accused = actorsOf(context, (vgs[governor] as VerbGroup).object);
      if (accused.length > 0) sources = accused;
      if (accuser !== undefined) claims.push({ by: accuser, kind: 'attributed' });
      why.push('alleged by the accuser');
    }
    const sides = sources.length === 0 && vg.voice === 'active' ? sidesPhrase(tokens, vg.subject) : null;
    drafts.push({
      order: vg.verb,
      code,
      entry: mine.entry,
      trigger: { start: mine.match.start, end: mine.match.end },
      sources,
      targets,
      negated,
      hypothetical,
      claims,
      verbal: true,
      why,
      ...(sides === null ? {} : { sides }),
    });

    // Intent: "will visit", "offered to help", "is ready to send troops", "wants to attack".
    const governorIsIntent =
      governorVg !== undefined &&
      own[governor as number] === undefined &&
      (lexicon.intentVerbs.has(governorVg.lemma) ||
        (governorVg.lemma === 'be' && lexicon.readinessAdjectives.has(tokens[governorVg.end]?.lower ?? '')));
    const future = vg.modal !== null && FUTURE_MODALS.has(vg.modal) && mine.entry.governs === undefined;
    // "will withdraw its troops unless X …", "may halt its aid if X …": an act announced on a
    // condition the other side must meet is a threat.
    const condition = conditionAfter(vgs, v)?.opener;
    const coercive =
      condition === 'unless' ||
      (condition === 'if' && Number(code.slice(0, 2)) >= 12 && !isCooperative(code));
    const possible =
      coercive && vg.modal !== null && POSSIBILITY_MODALS.has(vg.modal) && mine.entry.governs === undefined;
    if ((governorIsIntent || future || possible) && !CONDITIONALS.has(vg.opener ?? '')) {
      const intentNegated = negated || (governorVg?.negated ?? false);
      const derived = intentNegated
        ? isCooperative(code)
          ? governedCode('reject', code)
          : undefined
        : coercive
          ? governedCode('threaten', code)
          : intentCode(code);
      if (derived !== undefined) {
        intentSource = true;
        const anchor = governorVg ?? vg;
        drafts.push({
          order: anchor.verb - 0.5,
          code: derived,
          entry: null,
          trigger: { start: anchor.start, end: vg.end },
          sources,
          targets,
          negated: false,
          hypothetical: false,
          claims: [],
          verbal: true,
          ...(sides === null ? {} : { sides }),
          why: [
            `statement of intent "${tokens
              .slice(anchor.start, vg.end)
              .map((t) => t.text)
              .join(' ')}" about ${code} → ${derived}`,
          ],
        });
      }
    }
    // Obligation in reported speech: "X said Y must …" is X's demand on Y.
    const demand = obligationDraft(context, reporters, v, code, sources);
    if (demand !== undefined) {
      const main = drafts.find((d) => d.order === vg.verb);
      if (main !== undefined) main.hypothetical = true;
      drafts.push(demand);
    }
    void intentSource;
  });

  // 3. "X said Y must …" with no trigger in the complement: a demand whose content the lexicon does not code.
  vgs.forEach((vg, v) => {
    if (own[v] !== undefined || vg.negated) return;
    const asked = rolesOf(context, v, null).sources;
    const demand = asked.length === 0 ? undefined : obligationDraft(context, reporters, v, undefined, asked);
    if (demand !== undefined) drafts.push(demand);
  });

  // 4. Noun triggers not taken by a verb: "Pakistan's attack on the TTP", "talks between A and B".
  for (const noun of nouns) {
    if (consumedNouns.has(noun.start)) continue;
    // "U.S. border patrol agents", "riot police": a trigger word inside an actor's name names the
    // actor, not an event.
    if (
      context.mentions.actors.some(
        (m) => m.start <= noun.start && noun.end <= m.end && m.end - m.start > noun.end - noun.start,
      )
    )
      continue;
    if (drafts.some((d) => d.trigger.start <= noun.start && d.trigger.end > noun.start)) continue;
    const roles = nounRoles(context, noun);
    if (roles.sources.length === 0 && roles.targets.length === 0) continue;
    const inComplement = vgs.some(
      (vg) =>
        vg.object.some((g) => g.start <= noun.start && g.end > noun.start) &&
        own[vgs.indexOf(vg)] !== undefined,
    );
    if (inComplement && !ownActs.has(noun.start)) continue;
    // A noun in the object or a prepositional phrase of a negated or modal verb shares its
    // modality: "did not agree to new talks", "may face sanctions".
    const host = vgs.find(
      (vg) =>
        vg.object.some((g) => g.start <= noun.start && g.end > noun.start) ||
        vg.preps.some((p) => p.groups.some((g) => g.start <= noun.start && g.end > noun.start)),
    );
    const hostDraft = host === undefined ? undefined : drafts.find((d) => d.order === host.verb);
    // "staged a hunger strike in protest against X": a noun of the host event's own type in one
    // of its phrases states that event's purpose; its target is the host's, and no second event.
    const inHostPhrase = host?.preps.some((p) =>
      p.groups.some((g) => g.start <= noun.start && g.end > noun.start),
    );
    if (hostDraft !== undefined && inHostPhrase === true && sameType(hostDraft.code, noun.entry.cameo)) {
      if (hostDraft.targets.length === 0 && roles.targets.length > 0) {
        hostDraft.targets = roles.targets;
        hostDraft.why.push(`target from its purpose "${tokens[noun.start]?.text ?? ''}"`);
      }
      continue;
    }
    const nounNegated = hostDraft?.negated ?? host?.negated ?? false;
    const nounHypothetical =
      isUnrealised(tokens, noun.start) ||
      (hostDraft?.hypothetical ??
        (host?.modal != null && (UNCERTAIN_MODALS.has(host.modal) || FUTURE_MODALS.has(host.modal))));
    drafts.push({
      order: noun.start,
      code: noun.entry.cameo,
      entry: noun.entry,
      trigger: { start: noun.start, end: noun.end },
      sources: roles.sources,
      targets: roles.targets,
      negated: nounNegated,
      hypothetical: nounHypothetical,
      claims: [],
      verbal: false,
      why: [
        `noun trigger "${tokens
          .slice(noun.start, noun.end)
          .map((t) => t.text)
          .join(' ')}" → CAMEO ${noun.entry.cameo}`,
      ],
    });
  }
  statementTargets(drafts, ownActs);

  // 5. Reported speech and allegations: who says so.
  const claimants: { by: CodedActor; kind: CodedClaim['kind']; at: number }[] = [];
  for (const r of reporters) {
    const reporterVg = vgs[r] as VerbGroup;
    const by = rolesOf(context, r, null).sources[0];
    if (by !== undefined)
      claimants.push({
        by,
        kind:
          reporterVg.lemma === 'deny'
            ? 'denied'
            : reporterVg.lemma === 'allege' || reporterVg.lemma === 'claim'
              ? 'attributed'
              : 'claimed',
        at: reporterVg.verb,
      });
  }
  const according = tokens.findIndex((t, i) => t.lower === 'according' && tokens[i + 1]?.lower === 'to');
  if (according >= 0) {
    const mention = context.mentions.actors.find((m) => m.start >= according + 2 && m.start <= according + 4);
    if (mention !== undefined) claimants.push({ by: codedActor(mention), kind: 'claimed', at: according });
  }
  for (const draft of drafts) {
    for (const claimant of claimants) {
      if (draft.sources.some((s) => s.text === claimant.by.text) && Math.abs(draft.order - claimant.at) < 1)
        continue;
      if (
        draft.sources.some((s) => s.text === claimant.by.text) &&
        draft.why.some((w) => w.startsWith('"must"') || w.startsWith('"should"'))
      )
        continue;
      draft.claims.push({ by: claimant.by, kind: claimant.kind });
      if (claimant.kind === 'denied') draft.negated = true;
    }
  }
  return drafts;
}

/**
 * "Pakistan defended its air strikes on the camps": a statement about the subject's own act
 * with no target of its own is about the act's target; when the act names none either, it is
 * written only if a place stands as its target, never as a statement about no one.
 */
function statementTargets(drafts: Draft[], ownActs: ReadonlyMap<number, number>): void {
  for (const [nounStart, verb] of ownActs) {
    const statement = drafts.find((d) => d.verbal && d.order === verb);
    if (statement === undefined || statement.targets.length > 0) continue;
    const act = drafts.find((d) => !d.verbal && d.order === nounStart);
    if (act !== undefined && act.targets.length > 0) {
      statement.targets = act.targets;
      statement.why.push('target: that of the act it speaks of');
    } else statement.needsTarget = true;
  }
}

/** "X said Y must …": X's demand on Y (the code refined by the demanded act when it has one). */
function obligationDraft(
  context: Context,
  reporters: readonly number[],
  v: number,
  complementCode: string | undefined,
  asked: CodedActor[],
): Draft | undefined {
  const { tokens } = context;
  const vgs = context.analysis.verbGroups;
  const vg = vgs[v] as VerbGroup;
  if (vg.modal !== 'must' && vg.modal !== 'should') return undefined;
  const reporter = reporters.filter((r) => r < v).pop();
  if (reporter === undefined) return undefined;
  const code = governedCode('demand', complementCode);
  return {
    order: (vgs[reporter]?.verb ?? 0) + 0.1,
    code,
    entry: null,
    trigger: { start: vgs[reporter]?.start ?? 0, end: vg.end },
    sources: rolesOf(context, reporter, null).sources,
    targets: asked,
    negated: false,
    hypothetical: false,
    claims: [],
    verbal: true,
    why: [`"${vg.modal}" reported by "${tokens[vgs[reporter]?.verb ?? 0]?.text}" → demand ${code}`],
  };
}

/** The first conditional clause ("unless …", "if …") after verb group `v` and its complements. */
function conditionAfter(vgs: readonly VerbGroup[], v: number): VerbGroup | undefined {
  return vgs.slice(v + 1).find((g) => g.opener === 'unless' || g.opener === 'if');
}

/**
 * Whether a verb of support or agreement (CAMEO roots 01–05: "defended", "praised", "admitted")
 * speaks of an act named by a noun its own subject did: the noun's group opens with a
 * possessive pronoun that resolves to that subject ("Kabul defended its air strikes").
 */
function statesOwnAct(context: Context, code: string, noun: TriggerMatch): boolean {
  if (Number(code.slice(0, 2)) > 5) return false;
  const group = context.analysis.nounGroups.find((g) => g.start <= noun.start && g.end > noun.start);
  return possessorOfAct(context, group).length > 0;
}

/** Whether two CAMEO codes give the same PLOVER type. */
function sameType(a: string, b: string): boolean {
  const type = fieldsOf(a)?.type;
  return type !== undefined && type === fieldsOf(b)?.type;
}

function isViolent(code: string): boolean {
  return Number(code.slice(0, 2)) >= 18;
}

function writeEvent(draft: Draft, context: Context): CodedEvent[] {
  const fields = fieldsOf(draft.code);
  if (fields === undefined) return [];
  const place = placeOf(context, draft.trigger.start);
  const { sentence, options } = context;
  const contexts = new Set(fields.context);
  for (const extra of draft.entry?.context ?? []) contexts.add(extra);
  const words = context.tokens.map((t) => t.lower);
  if (words.some((w) => w === 'ceasefire' || w === 'truce' || w === 'cease-fire')) contexts.add('ceasefire');
  if (words.some((w) => w === 'cpec' || w === 'corridor')) contexts.add('economic');
  const date = context.dates.reduce<DateMention | undefined>(
    (best, d) =>
      best === undefined ||
      Math.abs(d.start - draft.trigger.start) < Math.abs(best.start - draft.trigger.start)
        ? d
        : best,
    undefined,
  );
  const evidence = {
    ...(options.sourceId !== undefined ? { sourceId: options.sourceId } : {}),
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
  };
  const base = {
    doc: options.docId ?? 'text',
    sentence: sentence.index,
    type: fields.type,
    mode: fields.mode,
    context: [...contexts],
    cameo: draft.code,
    intensity: fields.intensity,
    date: date?.date ?? null,
    datePrecision: date?.date != null ? date.precision : ('unknown' as const),
    location: locationOf(place),
    negated: draft.negated,
    hypothetical: draft.hypothetical,
    claims: draft.claims,
    evidence: [evidence],
  };
  const confidence = (sources: readonly CodedActor[], targets: readonly CodedActor[]): number => {
    let score = 0.45 + (draft.verbal ? 0.1 : 0);
    if (sources.some((s) => s.actor !== null || s.country !== null)) score += 0.2;
    if (targets.some((s) => s.actor !== null || s.country !== null)) score += 0.15;
    if (draft.hypothetical) score -= 0.15;
    if (draft.negated) score -= 0.1;
    return Math.round(Math.max(0.05, Math.min(0.95, score)) * 100) / 100;
  };
  if (options.explain === true)
    draft.why.push(...referenceNotes([...draft.sources, ...draft.targets], context.mentions.actors));
  const explanation = options.explain === true ? { explanation: draft.why } : {};
  // Reciprocal events among coordinated actors, and a conversation between source and target:
  // one event each way for each pair.
  const reciprocal =
    draft.entry?.reciprocal === true && draft.targets.length === 0 && draft.sources.length >= 2;
  const mutual = draft.entry?.mutual === true && draft.sources.length > 0 && draft.targets.length > 0;
  if (reciprocal || mutual) {
    const parties = mutual ? [...draft.sources, ...draft.targets] : draft.sources;
    const out: CodedEvent[] = [];
    for (const a of parties) {
      for (const b of parties) {
        if (a === b) continue;
        out.push(
          inContractOrder({
            ...base,
            sourceActors: [a],
            targetActors: [b],
            confidence: confidence([a], [b]),
            ...explanation,
          }),
        );
      }
    }
    return out;
  }
  const placeTarget = draft.targets.length === 0 ? placeAsTarget(context, place, draft.trigger.start) : null;
  const targets = placeTarget === null ? draft.targets : [placeTarget];
  if (draft.needsTarget === true && targets.length === 0) return [];
  if (placeTarget !== null && options.explain === true)
    draft.why.push(
      `no target named: the place "${placeTarget.text}" (${placeTarget.country}) stands as target`,
    );
  // "Three soldiers were killed by a roadside bomb outside the Iraqi city of Basra": violence with
  // a victim and no known perpetrator is coded, as PLOVER's gold standard does, from where it happened.
  const placeSource =
    draft.sources.length === 0 && draft.targets.length > 0 && isViolent(draft.code)
      ? placeAsSource(context, draft.trigger.start)
      : null;
  if (placeSource !== null && options.explain === true)
    draft.why.push(
      `no perpetrator named: the place "${placeSource.text}" (${placeSource.country}) stands as source`,
    );
  return [
    inContractOrder({
      ...base,
      sourceActors: placeSource === null ? draft.sources : [placeSource],
      targetActors: targets,
      confidence: confidence(draft.sources, targets),
      ...explanation,
    }),
  ];
}
