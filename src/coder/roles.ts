/**
 * Who did it to whom: the source and target actors of a verb group or a noun trigger, from the
 * clause analysis (subjects, objects, agents of passives, prepositional targets by verb class,
 * infinitives of purpose, coordination, pronouns resolved to their antecedents). The rules are
 * listed in docs/coder-roles.md. Pure functions of the sentence context.
 */
import type { ClauseAnalysis, NounGroup, VerbGroup } from './clause.ts';
import type { TriggerEntry } from './lexicon/index.ts';
import type { ActorMention } from './mentions.ts';
import { isLightVerb, verbTrigger, type TriggerMatch } from './triggers.ts';
import type { Token } from './tokenise.ts';
import type { CodedActor } from './types.ts';
import type { Context } from './sentence-context.ts';

/** Prepositions whose object is taken as a verb's target when nothing else names one. */
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

export function spanOfGroups(groups: readonly NounGroup[]): { start: number; end: number } | undefined {
  const first = groups[0];
  const last = groups[groups.length - 1];
  return first === undefined || last === undefined ? undefined : { start: first.start, end: last.end };
}

export function wordsOf(tokens: readonly Token[], groups: readonly NounGroup[]): string[] {
  const words = groups.flatMap((g) => tokens.slice(g.start, g.end).map((t) => t.lower));
  const pairs = words.slice(0, -1).map((w, i) => `${w} ${words[i + 1]}`);
  return [...pairs, ...words.reverse()];
}

export function codedActor(mention: ActorMention): CodedActor {
  return { text: mention.text, actor: mention.actor, country: mention.country, sector: mention.sector };
}

/** Actors of noun groups, pronouns resolved. */
export function actorsOf(
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
export function antecedentOf(context: Context, pronoun: ActorMention): CodedActor | undefined {
  const before = context.mentions.actors.filter((m) => m.end <= pronoun.start && m.head !== 'pronoun');
  const first = before[0];
  if (first !== undefined) return codedActor(first);
  return context.memory.lastSubject ?? undefined;
}

/** Source and target actors of verb group `v` for a trigger `entry`. */
export function rolesOf(context: Context, v: number, entry: TriggerEntry | null, depth = 0): Roles {
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
    // "the accord signed between A and B": a participle with no auxiliary is said of the noun
    // right before it, not of the clause's subject.
    const reduced = vg.verb === vg.start;
    const before = context.analysis.nounGroups.filter((g) => g.end === vg.start);
    targets = reduced ? actorsOf(context, before) : subject;
    sources = prepActors(['by']);
    // "a truce signed between A and B": with no "by", the parties between whom it was done did it.
    if (sources.length === 0) sources = prepActors(['between']);
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
export function namedActorsOf(context: Context, groups: readonly NounGroup[]): CodedActor[] {
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
export function onlyOwnMembers(
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
export function agentsOfPhrases(context: Context, vg: VerbGroup): CodedActor[] {
  const at = vg.preps.findIndex(
    (p, i) => p.prep === 'by' && i > 0 && (vg.preps[i - 1]?.groups ?? []).every((g) => g.actors.length === 0),
  );
  return at < 0 ? [] : actorsOf(context, vg.preps[at]?.groups ?? []);
}

/**
 * "sent doctors to help Liberia", "is willing to send troops to defend X": a verb with no target
 * of its own acts on the target of the infinitive of purpose it controls.
 */
export function purposeTargets(context: Context, v: number, depth: number): CodedActor[] {
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
export function objectAgents(context: Context, vg: VerbGroup): CodedActor[] {
  // "ordered patrols by police": after a light verb the object is the event, and "by" its doer.
  if (isLightVerb(vg, context.tokens, context.lexicon)) return [];
  const last = vg.object[vg.object.length - 1];
  if (last === undefined || vg.object.some((g) => g.actors.length > 0)) return [];
  const prep = context.tokens[last.end]?.lower;
  if (prep !== 'by' && prep !== 'from') return [];
  const phrase = vg.preps.find((p) => p.prep === prep && (p.groups[0]?.start ?? -1) <= last.end + 2);
  return phrase === undefined ? [] : actorsOf(context, phrase.groups);
}

/** Roles of a verb group, and whether the target came from the clause or only from any preposition. */
export interface Roles {
  sources: CodedActor[];
  targets: CodedActor[];
  targetFrom: 'clause' | 'generic' | 'none';
}

/** Source and target of a noun trigger: its modifiers and possessor, and the prepositions after it. */
export function nounRoles(
  context: Context,
  noun: TriggerMatch,
): { sources: CodedActor[]; targets: CodedActor[] } {
  const { tokens, analysis, mentions } = context;
  const group = analysis.nounGroups.find((g) => g.start <= noun.start && g.end >= noun.start);
  const owners = possessorOfAct(context, group);
  const sources = mentions.actors
    .filter(
      (m, ref) =>
        m.head !== 'pronoun' &&
        group !== undefined &&
        m.start >= group.start &&
        m.end <= noun.end &&
        m.start < noun.start &&
        // "its UAV operations": a word that only took the possessor's country is no second doer.
        !(owners.length > 0 && m.actor === null && context.homes.get(ref) === 'possessor'),
    )
    .map(codedActor);
  sources.unshift(...owners.filter((o) => !sources.some((s) => s.text === o.text)));
  const targets: CodedActor[] = [];
  let i = Math.max(noun.end, group?.end ?? noun.end);
  let grievanceWithoutActor = false;
  let afterOtherEvent = false;
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
    else if (
      prep === 'of' &&
      hops === 0 &&
      ((noun.entry.reciprocal === true && actors.length >= 2) || noun.entry.agentOf === true)
    )
      // "the meeting of A, B and C": those who meet; "the mediation of Qatar": the mediator.
      sources.push(...actors);
    else if (afterOtherEvent) {
      // "a call for a truce between A and B": the parties of the act asked for are the ones asked.
      if (prep === 'between') targets.push(...actors);
      break;
    } else if (prep === 'by') sources.push(...actors);
    else if (prep === 'between') {
      sources.push(...actors);
    } else if (
      (noun.entry.targetPreps ?? []).includes(prep) ||
      ['on', 'against', 'with', 'to', 'of'].includes(prep)
    )
      targets.push(...actors);
    i = (groups[groups.length - 1] as NounGroup).end;
    // A phrase whose noun is another event ("for a truce") takes the phrases after it.
    afterOtherEvent ||= groups.some((g) => hasEventNoun(context, g));
  }
  return { sources, targets: targets.filter((t) => !sources.some((s) => s.text === t.text)) };
}

/** Possessive pronouns that name the doer of the act whose noun group they open. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/**
 * "The US said its drone operations would go on", "Kabul defended its air strikes": a possessive
 * pronoun opening the noun group of a nominal act names the act's doer, the subject of the
 * active clause whose object or phrase holds that group. "its" takes a single subject; "their"
 * no lone state ("Iran condemned their raids": someone else's). Nothing when no clause holds it.
 */
export function possessorOfAct(context: Context, group: NounGroup | undefined): CodedActor[] {
  if (group === undefined || !POSSESSIVE_PRONOUNS.has(context.tokens[group.start]?.lower ?? '')) return [];
  const vgs = context.analysis.verbGroups;
  const holds = (groups: readonly NounGroup[]): boolean =>
    groups.some((g) => g.start === group.start && g.end === group.end);
  const host = vgs.findIndex(
    (vg) => vg.voice === 'active' && (holds(vg.object) || vg.preps.some((p) => holds(p.groups))),
  );
  if (host < 0) return [];
  const subject = rolesOf(context, host, null).sources;
  const only = subject.length === 1 ? subject[0] : undefined;
  if (context.tokens[group.start]?.lower === 'its') return only === undefined ? [] : [only];
  const loneState =
    only !== undefined &&
    context.mentions.actors.some(
      (m) =>
        m.text === only.text &&
        (m.head === 'country' ||
          (m.actor !== null && context.index.registry?.get(m.actor)?.kind === 'state')),
    );
  return loneState ? [] : subject;
}

/** Whether a noun group holds a word the lexicon reads as an event noun ("a new truce"). */
function hasEventNoun(context: Context, group: NounGroup): boolean {
  const { tokens, lexicon } = context;
  for (let k = group.start; k < group.end; k += 1)
    if (lexicon.nounTriggers.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Words that open a coordination of their own. */
const OPENS_A_LIST = new Set(['both', 'either', 'neither']);

/**
 * A noun group and those coordinated after it ("A, B and C"); a list joined by commas alone
 * with no "and" to close it is no coordination ("against the tax, Peruvian police said").
 */
export function coordinatedFrom(
  analysis: ClauseAnalysis,
  tokens: readonly Token[],
  first: NounGroup,
): NounGroup[] {
  const groups = [first];
  let closed = 1;
  let k = analysis.nounGroups.indexOf(first);
  for (;;) {
    const current = analysis.nounGroups[k] as NounGroup;
    const following = analysis.nounGroups[k + 1];
    if (following === undefined) break;
    const between = tokens.slice(current.end, following.start);
    if (!between.every((t) => t.lower === 'and' || t.text === ',')) break;
    // "…from Kabul, both the rebels and the army …": "both", "either", "neither" open a list of their own.
    if (OPENS_A_LIST.has(tokens[following.start]?.lower ?? '')) break;
    groups.push(following);
    if (between.some((t) => t.lower === 'and')) closed = groups.length;
    k += 1;
  }
  return groups.slice(0, closed);
}

/** The clause a token belongs to: that of the last verb group starting at or before it. */
export function clauseAt(analysis: ClauseAnalysis, token: number): number {
  let clause = 0;
  for (const vg of analysis.verbGroups) {
    if (vg.start > token) break;
    clause = vg.clause;
  }
  return clause;
}
