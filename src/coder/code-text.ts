/**
 * The coder: text → PLOVER events. For each sentence: tokens, mentions, dates, the shallow
 * clause analysis, triggers; then each trigger's source and target from the clause structure
 * (active/passive, objects, prepositions, coordination, control), the modality of the clause
 * (negation, future and intent, conditionals, obligation in reported speech) and who reports
 * or alleges it. Pure: `codeText(text, options)` reads nothing and writes nothing.
 */
import type { ActorRegistry } from '../actors/registry.ts';
import { analyseClauses, type ClauseAnalysis, type NounGroup, type Span, type VerbGroup } from './clause.ts';
import { findDates, type DateMention } from './dates.ts';
import {
  assignHomeCountries,
  documentCountry,
  sentenceCountry,
  type HomeCountrySource,
} from './home-country.ts';
import { fieldsOf, governedCode, intentCode, isCooperative } from './derive.ts';
import { SECTOR_NOUNS, SETTLEMENT_NOUNS } from './lexicon/en/actor-words.ts';
import { CONDITIONALS } from './lexicon/en/function-words.ts';
import { lexiconFor, stemLexiconFor, type CoderLexicon, type TriggerEntry } from './lexicon/index.ts';
import { recogniseMentions, type ActorMention, type Mentions, type PlaceMention } from './mentions.ts';
import { nameIndexOf, type NameIndex } from './name-index.ts';
import { referenceNotes } from './reference/explain.ts';
import { referenceLookup, type ReferenceIndex } from './reference/reference-index.ts';
import { segmentSentences, type Sentence } from './segment.ts';
import { inContractOrder } from './contract-order.ts';
import { codeStemSentence } from './stem-coder.ts';
import { nounTriggers, refinedCode, verbTrigger, type TriggerMatch } from './triggers.ts';
import { tokenise, type Token } from './tokenise.ts';
import type { CodedActor, CodedClaim, CodedEvent, CodedLocation, CodeTextOptions } from './types.ts';

export interface CoderOptions extends CodeTextOptions {
  /** The actor registry mentions resolve against (null: countries and bodies only). */
  registry?: ActorRegistry | null;
  /** Reference actor dictionaries, a fallback after the registry (see `reference/`); none by default. */
  referenceDictionaries?: ReferenceIndex | null;
}

/**
 * What carries over from one sentence to the next: the last actor that acted, and the last
 * identified holder of each title ("minister", "president"), so that a later bare "the
 * minister" is that person or office.
 */
interface DocumentMemory {
  lastSubject: CodedActor | null;
  titles?: Map<string, ActorMention>;
  /** How often each country was the place of the document's sentences so far. */
  placeCountries?: Map<string, number>;
}

/** The last word of a title ("foreign minister" → "minister"). */
function titleKey(headWord: string): string {
  return headWord.split(' ').pop() ?? headWord;
}

/**
 * Repeated titles: a bare title with no name and no country ("the minister", "the foreign
 * minister") takes the identity of the last mention in the document with the same title head;
 * then this sentence's identified title holders are remembered.
 */
function carryTitles(mentions: Mentions, tokens: readonly Token[], memory: DocumentMemory): void {
  memory.titles ??= new Map();
  for (const mention of mentions.actors) {
    if (mention.head !== 'title' || mention.headWord === null) continue;
    if (mention.actor !== null || mention.country !== null) continue;
    const determiner = tokens[mention.start - 1]?.lower ?? tokens[mention.start]?.lower;
    if (determiner !== 'the' && determiner !== 'this') continue;
    const earlier = memory.titles.get(titleKey(mention.headWord));
    if (earlier === undefined) continue;
    mention.actor = earlier.actor;
    mention.country = earlier.country;
    mention.sector = mention.sector ?? earlier.sector;
  }
  for (const mention of mentions.actors) {
    if (mention.actor === null && mention.country === null) continue;
    if (mention.head !== 'title' && mention.head !== 'registry') continue;
    // A registry name that includes its office ("Pakistani Foreign Minister …") has no head word: read the title off the words.
    const title =
      mention.headWord ??
      [...mention.text.toLowerCase().split(/\s+/u)].reverse().find((w) => SECTOR_NOUNS[w] !== undefined) ??
      null;
    if (title !== null) memory.titles.set(titleKey(title), mention);
  }
}

interface Context {
  tokens: Token[];
  sentence: Sentence;
  mentions: Mentions;
  dates: DateMention[];
  analysis: ClauseAnalysis;
  lexicon: CoderLexicon;
  memory: DocumentMemory;
  options: CoderOptions;
  /** Mentions whose country came from their place (index → how), for explanations. */
  homes: ReadonlyMap<number, HomeCountrySource>;
  index: NameIndex;
  /** Mentions that only modify another noun ("military exercises", or inside a trigger: "continue military aid"). */
  modifiers: Set<number>;
}

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
}

const NOT_A_GOVERNOR_WITH_THAT = new Set(['agree', 'reject', 'threaten']);
const UNCERTAIN_MODALS = new Set(['may', 'might', 'could', 'should', 'can']);
const FUTURE_MODALS = new Set(['will', 'would', 'shall', "'ll"]);
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);
const GENERIC_TARGET_PREPS = [
  'against',
  'on',
  'with',
  'to',
  'at',
  'into',
  'from',
  'for',
  'of',
  'over',
  'between',
  'among',
];

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
  const mentions = recogniseMentions(tokens, index, sentence.text, sentence.start, reference);
  carryTitles(mentions, tokens, memory);
  memory.placeCountries ??= new Map();
  const here = sentenceCountry(mentions, tokens);
  if (here !== null) memory.placeCountries.set(here, (memory.placeCountries.get(here) ?? 0) + 1);
  const homes = assignHomeCountries(mentions, tokens, documentCountry(memory.placeCountries));
  const dates = findDates(tokens, options.dateRef ?? null);
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
  const subject = drafts.find((d) => d.sources.length > 0)?.sources[0];
  if (subject !== undefined) memory.lastSubject = subject;
  return drafts.sort((a, b) => a.order - b.order).flatMap((draft) => writeEvent(draft, context));
}

function draftEvents(context: Context): Draft[] {
  const { analysis, tokens, lexicon } = context;
  const vgs = analysis.verbGroups;
  const consumedNouns = new Set<number>();
  const nouns = nounTriggers(analysis, tokens, lexicon);
  const nounAt = (start: number, end: number): TriggerMatch | undefined =>
    nouns.find((n) => n.start >= start && n.start < end);

  // 1. The code each verb group carries by itself.
  const own: ({ entry: TriggerEntry; code: string; match: TriggerMatch } | undefined)[] = vgs.map((vg) => {
    const match = verbTrigger(vg, tokens, lexicon);
    const objectSpan = spanOfGroups(vg.object);
    const firstPrep = vg.preps[0];
    const objectNoun = objectSpan === undefined ? undefined : nounAt(objectSpan.start, objectSpan.end);
    const prepNoun =
      firstPrep === undefined
        ? undefined
        : nounAt(spanOfGroups(firstPrep.groups)?.start ?? 0, spanOfGroups(firstPrep.groups)?.end ?? 0);
    const words = wordsOf(tokens, vg.object).concat(vg.preps.flatMap((p) => wordsOf(tokens, p.groups)));
    const complementNoun =
      objectNoun ?? (match === undefined || match.entry.governs !== undefined ? prepNoun : undefined);
    if (
      complementNoun !== undefined &&
      (match === undefined ||
        match.entry.light === true ||
        lexicon.lightVerbs.has(vg.lemma) ||
        match.entry.governs !== undefined)
    ) {
      consumedNouns.add(complementNoun.start);
      const nounCode = refinedCode(complementNoun.entry, words);
      if (match !== undefined && match.entry.governs !== undefined) {
        return { entry: match.entry, code: governedCode(match.entry.governs, nounCode), match };
      }
      if (match === undefined || match.entry.light === true || lexicon.lightVerbs.has(vg.lemma)) {
        if (
          match !== undefined &&
          match.entry.refine !== undefined &&
          refinedCode(match.entry, words) !== match.entry.cameo
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
    if (objectNoun !== undefined) consumedNouns.add(objectNoun.start);
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
      if (['begin', 'start', 'continue', 'resume', 'try', 'attempt', 'fail'].includes(governorVg.lemma))
        hypothetical = governorVg.lemma === 'fail';
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
    // "U.S. border patrol agents": a trigger word inside an actor's name names the actor, not an event.
    if (context.mentions.actors.some((m) => m.start < noun.start && noun.end <= m.end)) continue;
    if (drafts.some((d) => d.trigger.start <= noun.start && d.trigger.end > noun.start)) continue;
    const roles = nounRoles(context, noun);
    if (roles.sources.length === 0 && roles.targets.length === 0) continue;
    const inComplement = vgs.some(
      (vg) =>
        vg.object.some((g) => g.start <= noun.start && g.end > noun.start) &&
        own[vgs.indexOf(vg)] !== undefined,
    );
    if (inComplement) continue;
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
      hostDraft?.hypothetical ??
      (host?.modal != null && (UNCERTAIN_MODALS.has(host.modal) || FUTURE_MODALS.has(host.modal)));
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

/** Whether two CAMEO codes give the same PLOVER type. */
function sameType(a: string, b: string): boolean {
  const type = fieldsOf(a)?.type;
  return type !== undefined && type === fieldsOf(b)?.type;
}

function isViolent(code: string): boolean {
  return Number(code.slice(0, 2)) >= 18;
}

function spanOfGroups(groups: readonly NounGroup[]): { start: number; end: number } | undefined {
  const first = groups[0];
  const last = groups[groups.length - 1];
  return first === undefined || last === undefined ? undefined : { start: first.start, end: last.end };
}

function wordsOf(tokens: readonly Token[], groups: readonly NounGroup[]): string[] {
  const words = groups.flatMap((g) => tokens.slice(g.start, g.end).map((t) => t.lower));
  const pairs = words.slice(0, -1).map((w, i) => `${w} ${words[i + 1]}`);
  return [...pairs, ...words.reverse()];
}

function codedActor(mention: ActorMention): CodedActor {
  return { text: mention.text, actor: mention.actor, country: mention.country, sector: mention.sector };
}

/** Actors of noun groups, pronouns resolved. */
function actorsOf(
  context: Context,
  groups: readonly NounGroup[],
  pronounAntecedent?: CodedActor,
): CodedActor[] {
  const out: CodedActor[] = [];
  for (const group of groups) {
    for (const ref of group.actors) {
      const mention = context.mentions.actors[ref];
      if (mention === undefined || context.modifiers.has(ref)) continue;
      if (mention.head === 'pronoun') {
        const antecedent = pronounAntecedent ?? antecedentOf(context, mention);
        if (antecedent !== undefined && !out.some((a) => a.text === antecedent.text)) out.push(antecedent);
        continue;
      }
      if (!out.some((a) => a.text === mention.text)) out.push(codedActor(mention));
    }
  }
  return out;
}

/** The nearest actor before a pronoun in the sentence, or the document's last acting actor. */
function antecedentOf(context: Context, pronoun: ActorMention): CodedActor | undefined {
  const before = context.mentions.actors.filter((m) => m.end <= pronoun.start && m.head !== 'pronoun');
  const first = before[0];
  if (first !== undefined) return codedActor(first);
  return context.memory.lastSubject ?? undefined;
}

/** Source and target actors of verb group `v` for a trigger `entry`. */
function rolesOf(context: Context, v: number, entry: TriggerEntry | null, depth = 0): Roles {
  const vgs = context.analysis.verbGroups;
  const vg = vgs[v] as VerbGroup;
  let subject = actorsOf(context, vg.subject);
  if (vg.subjectFrom === 'object' && vg.governor !== null && depth < 4) {
    // "telephoned Y to discuss": after a verb of action (not "urged Y to"), the infinitive of
    // purpose is the governor's subject's act.
    const governorEntry = verbTrigger(vgs[vg.governor] as VerbGroup, context.tokens, context.lexicon)?.entry;
    if (
      governorEntry !== undefined &&
      governorEntry.objectControls !== true &&
      governorEntry.governs === undefined
    )
      subject = rolesOf(context, vg.governor, governorEntry, depth + 1).sources;
  }
  if (subject.length === 0 && vg.governor !== null && depth < 4) {
    const governor = vgs[vg.governor] as VerbGroup;
    const governorEntry = verbTrigger(governor, context.tokens, context.lexicon)?.entry;
    if (vg.subjectFrom === 'control' && governorEntry?.objectControls === true && governor.object.length > 0)
      subject = actorsOf(context, governor.object);
    else if (vg.subjectFrom === 'control' && governor.voice === 'passive')
      // "Ghana is prepared to send", "the envoy was asked to leave": the passive's subject acts.
      subject = actorsOf(context, governor.subject);
    else subject = rolesOf(context, vg.governor, null, depth + 1).sources;
  }
  if (subject.length === 0 && vg.subject.length === 0 && vg.opener === 'that' && depth < 4) {
    // "… said it would …" handled by pronouns; a bare "that"-clause with no subject borrows the reporter's.
    const reporter = vgs
      .slice(0, v)
      .reverse()
      .find((g) => context.lexicon.reportingVerbs.has(g.lemma));
    if (reporter !== undefined) subject = actorsOf(context, reporter.subject);
  }
  const prepActors = (preps: readonly string[]): CodedActor[] =>
    vg.preps.filter((p) => preps.includes(p.prep)).flatMap((p) => actorsOf(context, p.groups));
  // An entry's target prepositions are listed by preference ("complained to the UN about X": X).
  const preferredPrepActors = (preps: readonly string[]): CodedActor[] => {
    for (const prep of preps) {
      const found = prepActors([prep]);
      if (found.length > 0) return found;
    }
    return [];
  };
  const objectActors = actorsOf(context, vg.object);
  let sources: CodedActor[];
  let targets: CodedActor[] = [];
  let targetFrom: Roles['targetFrom'] = 'clause';
  if (vg.voice === 'passive') {
    targets = subject;
    sources = prepActors(['by']);
  } else {
    sources = subject;
    if (entry?.objectIsTheme !== true) targets = objectActors;
    const prepTargets = preferredPrepActors(entry?.targetPreps ?? []);
    // "withdrew its troops from Niger": the subject's own forces are moved; the target is where from.
    if (prepTargets.length > 0 && onlyOwnMembers(context, vg.object, subject)) targets = prepTargets;
    if (targets.length === 0) targets = prepTargets;
    // "delivered food to refugees" names the target; failing that, the thing given is the target
    // only when it names someone ("handed over Chad's envoy"), not "troops" of a guessed country.
    if (targets.length === 0 && entry?.objectIsTheme === true) targets = namedActorsOf(context, vg.object);
    if (targets.length === 0) targets = objectAgents(context, vg);
    if (targets.length === 0) {
      targets = prepActors(GENERIC_TARGET_PREPS.filter((p) => p !== 'by'));
      targetFrom = 'generic';
    }
    if (targets.length === 0) {
      targets = agentsOfPhrases(context, vg);
      targetFrom = 'clause';
    }
    if (targets.length === 0 && entry?.governs === undefined && depth < 4) {
      targets = purposeTargets(context, v, depth);
      targetFrom = 'clause';
    }
  }
  targets = targets.filter((t) => !sources.some((s) => s.text === t.text));
  return { sources, targets, targetFrom: targets.length === 0 ? 'none' : targetFrom };
}

/** Actors of noun groups whose country the text gives them, not one guessed from a place. */
function namedActorsOf(context: Context, groups: readonly NounGroup[]): CodedActor[] {
  const guessed = new Set(
    groups
      .flatMap((g) => g.actors)
      .filter((ref) => context.homes.has(ref) && context.mentions.actors[ref]?.actor === null)
      .map((ref) => context.mentions.actors[ref]?.text),
  );
  return actorsOf(context, groups).filter((a) => !guessed.has(a.text));
}

/**
 * Whether the object names only the subject's own people or forces, through a possessive
 * pronoun ("Chad withdrew its troops", "recalled their envoy").
 */
function onlyOwnMembers(
  context: Context,
  groups: readonly NounGroup[],
  subject: readonly CodedActor[],
): boolean {
  const refs = groups.flatMap((g) => g.actors);
  return (
    refs.length > 0 &&
    refs.every(
      (ref) =>
        context.homes.get(ref) === 'possessor' &&
        subject.some((s) => s.country !== null && s.country === context.mentions.actors[ref]?.country),
    )
  );
}

/**
 * "declined to resign despite pressure by X", "acted in response to calls by X": in an active
 * clause, a "by" phrase after a phrase that names no one names whom that phrase's pressure or
 * demand came from, the one the act answers.
 */
function agentsOfPhrases(context: Context, vg: VerbGroup): CodedActor[] {
  const at = vg.preps.findIndex(
    (p, i) => p.prep === 'by' && i > 0 && (vg.preps[i - 1]?.groups ?? []).every((g) => g.actors.length === 0),
  );
  return at < 0 ? [] : actorsOf(context, vg.preps[at]?.groups ?? []);
}

/**
 * "sent doctors to help Liberia", "is willing to send troops to defend X": a verb with no target
 * of its own acts on the target of the infinitive of purpose it controls.
 */
function purposeTargets(context: Context, v: number, depth: number): CodedActor[] {
  const vgs = context.analysis.verbGroups;
  const w = vgs.findIndex((g, i) => i > v && g.governor === v && g.subjectFrom === 'control' && g.infinitive);
  if (w < 0) return [];
  const entry = verbTrigger(vgs[w] as VerbGroup, context.tokens, context.lexicon)?.entry ?? null;
  return rolesOf(context, w, entry, depth + 1).targets;
}

/**
 * "rejected calls by X", "accepted demands from X": when the object is a thing said or done
 * (no actor in it) and a "by"/"from" phrase right after it names who said or did it, that
 * agent is the one the event answers. Not after a light verb, whose object is the event itself.
 */
function objectAgents(context: Context, vg: VerbGroup): CodedActor[] {
  // "ordered patrols by police": after a light verb the object is the event, and "by" its doer.
  if (context.lexicon.lightVerbs.has(vg.lemma)) return [];
  const last = vg.object[vg.object.length - 1];
  if (last === undefined || vg.object.some((g) => g.actors.length > 0)) return [];
  const prep = context.tokens[last.end]?.lower;
  if (prep !== 'by' && prep !== 'from') return [];
  const phrase = vg.preps.find((p) => p.prep === prep && (p.groups[0]?.start ?? -1) <= last.end + 2);
  return phrase === undefined ? [] : actorsOf(context, phrase.groups);
}

/** Roles of a verb group, and whether the target came from the clause or only from any preposition. */
interface Roles {
  sources: CodedActor[];
  targets: CodedActor[];
  targetFrom: 'clause' | 'generic' | 'none';
}

/** Source and target of a noun trigger: its modifiers and possessor, and the prepositions after it. */
function nounRoles(context: Context, noun: TriggerMatch): { sources: CodedActor[]; targets: CodedActor[] } {
  const { tokens, analysis, mentions } = context;
  const group = analysis.nounGroups.find((g) => g.start <= noun.start && g.end >= noun.start);
  const sources = mentions.actors
    .filter(
      (m) =>
        m.head !== 'pronoun' &&
        group !== undefined &&
        m.start >= group.start &&
        m.end <= noun.end &&
        m.start < noun.start,
    )
    .map(codedActor);
  const targets: CodedActor[] = [];
  let i = Math.max(noun.end, group?.end ?? noun.end);
  let grievanceWithoutActor = false;
  for (let hops = 0; hops < 3 && i < tokens.length; hops += 1) {
    const prep = tokens[i]?.lower ?? '';
    if (analysis.tags[i] !== 'PREP' && analysis.tags[i] !== 'TO') break;
    const next = analysis.nounGroups.find(
      (g) => g.start === i + 1 || (g.start === i + 2 && analysis.tags[i + 1] === 'DET'),
    );
    if (next === undefined) break;
    const groups = coordinatedFrom(analysis, tokens, next);
    const actors = actorsOf(context, groups);
    // "in protest against violations by the police": past the first phrase, "by" names the
    // agent of the phrase before it, the one the event answers when that phrase named no one.
    const agentOfGrievance = prep === 'by' && hops > 0 && grievanceWithoutActor;
    grievanceWithoutActor = actors.length === 0 && ['against', 'over', 'at', 'about'].includes(prep);
    if (agentOfGrievance) targets.push(...actors);
    else if (prep === 'by') sources.push(...actors);
    else if (prep === 'between') {
      sources.push(...actors);
    } else if (
      (noun.entry.targetPreps ?? []).includes(prep) ||
      ['on', 'against', 'with', 'to', 'of'].includes(prep)
    )
      targets.push(...actors);
    i = (groups[groups.length - 1] as NounGroup).end;
  }
  return { sources, targets: targets.filter((t) => !sources.some((s) => s.text === t.text)) };
}

/**
 * A noun group and those coordinated after it ("A, B and C"); a list joined by commas alone
 * with no "and" to close it is no coordination ("against the tax, Peruvian police said").
 */
function coordinatedFrom(analysis: ClauseAnalysis, tokens: readonly Token[], first: NounGroup): NounGroup[] {
  const groups = [first];
  let closed = 1;
  let k = analysis.nounGroups.indexOf(first);
  for (;;) {
    const current = analysis.nounGroups[k] as NounGroup;
    const following = analysis.nounGroups[k + 1];
    if (following === undefined) break;
    const between = tokens.slice(current.end, following.start);
    if (!between.every((t) => t.lower === 'and' || t.text === ',')) break;
    groups.push(following);
    if (between.some((t) => t.lower === 'and')) closed = groups.length;
    k += 1;
  }
  return groups.slice(0, closed);
}

/** The clause a token belongs to: that of the last verb group starting at or before it. */
function clauseAt(analysis: ClauseAnalysis, token: number): number {
  let clause = 0;
  for (const vg of analysis.verbGroups) {
    if (vg.start > token) break;
    clause = vg.clause;
  }
  return clause;
}

/** The place mention an event happened at: the first locative place after its trigger, else the first. */
function placeOf(context: Context, triggerStart: number): PlaceMention | undefined {
  const places = context.mentions.places;
  const locative = places.filter((p) => p.locative);
  const pool = locative.length > 0 ? locative : places;
  return pool.find((p) => p.start >= triggerStart) ?? pool[0];
}

function locationOf(mention: PlaceMention | undefined): CodedLocation | null {
  if (mention === undefined) return null;
  const place = mention.place;
  return {
    name: place.name,
    country: place.country === '' ? null : place.country,
    lat: place.lat,
    lon: place.lon,
    precision: place.precision,
  };
}

/**
 * The target of an event that names none: the place it happened in ("imposed a curfew in
 * Haiti", "opened fire at targets in Gaza"), as PLOVER's gold standard codes it, when that
 * place is locative and has a country: the country's state actor when the registry has one.
 * Null otherwise.
 */
function placeAsTarget(
  context: Context,
  mention: PlaceMention | undefined,
  triggerStart: number,
  locativeOnly = true,
): CodedActor | null {
  if (mention === undefined || (locativeOnly && !mention.locative) || mention.place.country === '')
    return null;
  // "… will not accept refugees if war starts in Iraq": a place in another clause is not where this event is.
  if (clauseAt(context.analysis, mention.start) !== clauseAt(context.analysis, triggerStart)) return null;
  const first = context.tokens[mention.start] as Token;
  const last = context.tokens[mention.end - 1] as Token;
  const text = context.sentence.text.slice(
    first.start - context.sentence.start,
    last.end - context.sentence.start,
  );
  const state = context.index.registry?.stateOf(mention.place.country);
  return { text, actor: state?.id ?? null, country: mention.place.country, sector: null };
}

/**
 * The source of a violent event with a victim and no perpetrator: the place it happened in
 * (locative or not: "near the town of Samarra"), else a settlement named by its nationality
 * ("outside the Iraqi city of Basra"), in the event's own clause.
 */
function placeAsSource(context: Context, triggerStart: number): CodedActor | null {
  const { mentions, tokens, analysis } = context;
  const clause = clauseAt(analysis, triggerStart);
  const place = mentions.places.find((p) => clauseAt(analysis, p.start) === clause && p.place.country !== '');
  const fromPlace = placeAsTarget(context, place, triggerStart, false);
  if (fromPlace !== null) return fromPlace;
  const settlement = mentions.actors.find(
    (m) =>
      m.head === 'demonym' &&
      m.country !== null &&
      SETTLEMENT_NOUNS.has(tokens[m.end]?.lower ?? '') &&
      clauseAt(analysis, m.start) === clause,
  );
  if (settlement?.country == null) return null;
  const state = context.index.registry?.stateOf(settlement.country);
  return { text: settlement.text, actor: state?.id ?? null, country: settlement.country, sector: null };
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
