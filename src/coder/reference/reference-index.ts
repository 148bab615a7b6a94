/**
 * Reference actor dictionaries as a lookup for the coder's mention detection: every phrase of
 * the actor and agent dictionaries keyed by its normalised words (as the coder normalises a
 * token), with, per first word, the most words a phrase starting with it has, so that a token
 * no phrase starts with costs one map lookup. Built once per set of dictionaries.
 *
 * A lookup is a fallback: it never overrides a registry name, and it replaces another label of
 * the coder only with a longer span ("Palestine Liberation Organization" over "Palestine").
 * Actor phrases match proper-noun spans (first and last word capitalised) whose code, at the
 * document's date (see `code-at-date.ts`), names an actor: a code naming only a country is a
 * place and is never used, nor is a phrase that another record reads as a place or as another
 * country, nor the tail of a longer unknown name ("Liberation Tigers" is not TIGERS). A word
 * opening a sentence counts as a name unless it is an agent noun ("Youth") or, alone, a
 * modifier. Agent phrases ("riot police", "peasants") match where the coder found nothing, not
 * after a locative preposition ("in the village" is a place), and give a sector only; agents
 * that name things or acts are refused (`agent-exclusions.ts`). Pure.
 */
import { normaliseName } from '../../actors/normalise.ts';
import type { Token } from '../tokenise.ts';
import { isRefusedAgent } from './agent-exclusions.ts';
import { readActorCode, readAgentCode } from './cameo-actor-code.ts';
import { codeAt, dateNumber } from './code-at-date.ts';
import { parseActorDictionary, type ActorRecord } from './tabari-actors.ts';
import { CONTEXT_WORDS, parseAgentDictionary } from './tabari-agents.ts';
import type { DictionaryProblem } from './tabari-format.ts';

/** Where a match came from, for explanations. */
export interface ReferenceSource {
  file: string;
  /** The record's key as written ("VLADIMIR_PUTIN_", "RIOT_POLICE"). */
  key: string;
  /** The code used ("RUSGOV", "~COP"). */
  code: string;
}

export interface ReferenceMatch {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  kind: 'actor' | 'agent';
  country: string | null;
  sector: string | null;
  source: ReferenceSource;
}

export interface DictionaryFile {
  /** The file's name (shown in explanations). */
  file: string;
  kind: 'actors' | 'agents';
  text: string;
}

interface IndexedActor {
  file: string;
  record: ActorRecord;
}

interface IndexedAgent {
  source: ReferenceSource;
  sector: string;
}

export interface ReferenceIndex {
  actors: ReadonlyMap<string, IndexedActor[]>;
  actorReach: ReadonlyMap<string, number>;
  agents: ReadonlyMap<string, IndexedAgent>;
  agentReach: ReadonlyMap<string, number>;
  /** Lines the readers skipped, per file. */
  problems: { file: string; problem: DictionaryProblem }[];
}

/** One word as the coder normalises a token; plain ASCII letters and digits only lose their case (the common case, kept fast). */
function normaliseWord(word: string): string {
  return /^[A-Za-z0-9]+$/u.test(word) ? word.toLowerCase() : normaliseName(word);
}

/** The normalised words of a phrase, one by one as the coder normalises tokens. */
function normalisedWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const normal = normaliseWord(word);
    if (normal === '') continue;
    if (normal.includes(' ')) out.push(...normal.split(' '));
    else out.push(normal);
  }
  return out;
}

function extendReach(reach: Map<string, number>, words: readonly string[]): void {
  const first = words[0];
  if (first === undefined) return;
  reach.set(first, Math.max(reach.get(first) ?? 0, words.length));
}

/** Builds the index of a set of dictionary files (actors first in the order given, then agents). */
export function buildReferenceIndex(files: readonly DictionaryFile[]): ReferenceIndex {
  const actors = new Map<string, IndexedActor[]>();
  const actorReach = new Map<string, number>();
  const agents = new Map<string, IndexedAgent>();
  const agentReach = new Map<string, number>();
  const problems: ReferenceIndex['problems'] = [];
  for (const { file, kind, text } of files) {
    if (kind === 'actors') {
      const parsed = parseActorDictionary(text);
      problems.push(...parsed.problems.map((problem) => ({ file, problem })));
      for (const record of parsed.records) {
        for (const phrase of record.phrases) {
          const words = normalisedWords(phrase);
          // A leading "the" is the coder's determiner, not part of the name.
          if (words[0] === 'the') words.shift();
          if (words.length === 0) continue;
          const key = words.join(' ');
          const list = actors.get(key) ?? [];
          if (!list.some((known) => known.record === record)) list.push({ file, record });
          actors.set(key, list);
          extendReach(actorReach, words);
        }
      }
    } else {
      const parsed = parseAgentDictionary(text);
      problems.push(...parsed.problems.map((problem) => ({ file, problem })));
      for (const record of parsed.records) {
        const sector = readAgentCode(record.code);
        if (sector === null) continue;
        for (const phrase of record.phrases) {
          const words = normalisedWords(phrase);
          // TABARI's context words at the end ("EMBASSY_IN") are not part of the noun group.
          while (words.length > 0 && CONTEXT_WORDS.has((words[words.length - 1] ?? '').toUpperCase()))
            words.pop();
          if (words.length === 0 || isRefusedAgent(record.key, words)) continue;
          const key = words.join(' ');
          if (!agents.has(key))
            agents.set(key, { source: { file, key: record.key, code: record.code }, sector });
          extendReach(agentReach, words);
        }
      }
    }
  }
  return { actors, actorReach, agents, agentReach, problems };
}

/** What the coder sees at a token, as far as the lookup needs it. */
export interface CoderView {
  /** The coder's own label there, or undefined when it found nothing. */
  label: { kind: string; end: number; country?: string } | undefined;
  /** The token right after an unknown proper noun: a match here would be a fragment of a longer name. */
  afterName: boolean;
  /** After a locative preposition ("in the village"): a noun here is a place, not an agent. */
  locative: boolean;
  /** A proper noun (capitalised, not a sentence-initial common word). */
  proper: boolean;
  /** A function word ("the", "in"). */
  functionWord: boolean;
  /** A modifier the coder keeps inside noun groups ("deputy", "senior", "Islamic"). */
  modifier: boolean;
}

export interface ReferenceLookup {
  /** The dictionary match to use at token `i` instead of the coder's label, or undefined to keep the coder's. */
  at(
    tokens: readonly Token[],
    keys: readonly string[],
    i: number,
    view: CoderView,
  ): ReferenceMatch | undefined;
}

/** A capitalised word, or one with a capital after a hyphen ("al-Qaeda"). */
function looksProper(token: Token): boolean {
  return token.kind === 'word' && (token.capitalised || /-\p{Lu}/u.test(token.text));
}

/**
 * The spans starting at `i` that a phrase of `reach` words could cover, shortest first: the
 * normalised words joined by spaces, a possessive joined to its word ("Lord's" → "lords"), a
 * full stop between words skipped ("Boris N. Yeltsin"). Each ends on a word.
 */
function* candidates(
  tokens: readonly Token[],
  keys: readonly string[],
  i: number,
  reach: number,
): Generator<{ key: string; end: number }> {
  let key = '';
  let words = 0;
  for (let j = i; j < tokens.length; j += 1) {
    const token = tokens[j] as Token;
    const word = keys[j] ?? '';
    if (token.kind === 'possessive' && key !== '') key += 's';
    else if (token.text === '.' && j > i) continue;
    else if ((token.kind === 'word' || token.kind === 'number') && word !== '') {
      key = key === '' ? word : `${key} ${word}`;
      words += word.split(' ').length;
    } else return;
    if (words > reach) return;
    if (token.kind === 'word') yield { key, end: j + 1 };
  }
}

/** The longest span at `i` that `read` accepts, among those a phrase's first word can reach. */
function longestMatch(
  tokens: readonly Token[],
  keys: readonly string[],
  i: number,
  reach: ReadonlyMap<string, number>,
  read: (key: string, end: number) => ReferenceMatch | undefined,
): ReferenceMatch | undefined {
  const most = reach.get((keys[i] ?? '').split(' ')[0] ?? '');
  if (most === undefined) return undefined;
  let best: ReferenceMatch | undefined;
  for (const { key, end } of candidates(tokens, keys, i, most)) best = read(key, end) ?? best;
  return best;
}

interface ActorReading {
  country: string | null;
  sector: string | null;
  source: ReferenceSource;
}

/** The actor a phrase names at `date`, or undefined when none does or the records disagree. */
function actorReading(entries: readonly IndexedActor[], date: number | null): ActorReading | undefined {
  const readings: ActorReading[] = [];
  for (const { file, record } of entries) {
    const code = codeAt(record.codes, date);
    if (code === undefined || code.code === '---') continue;
    const reading = readActorCode(code.code);
    // A phrase some record reads as a country or town is a place: never an actor.
    if (!reading.actor) return undefined;
    readings.push({ ...reading, source: { file, key: record.key, code: code.code } });
  }
  const first = readings[0];
  if (first === undefined || readings.some((r) => r.country !== first.country)) return undefined;
  return first;
}

/**
 * "Palestinian Islamic Jihad": a name that opens with a nationality word or a country keeps that
 * country when its code names only a region.
 */
function withNameCountry(match: ReferenceMatch, label: CoderView['label']): ReferenceMatch {
  if (match.country !== null || label?.country === undefined) return match;
  if (label.kind !== 'demonym' && label.kind !== 'country') return match;
  return { ...match, country: label.country };
}

/** The lookup over `index` for a document dated `isoDate` (YYYY-MM-DD; null: undated). */
export function referenceLookup(index: ReferenceIndex, isoDate: string | null | undefined): ReferenceLookup {
  const date = dateNumber(isoDate);
  const actorAt = (
    tokens: readonly Token[],
    keys: readonly string[],
    i: number,
    initialWord: 'name' | 'common' | 'modifier',
  ): ReferenceMatch | undefined =>
    longestMatch(tokens, keys, i, index.actorReach, (key, end) => {
      const entries = index.actors.get(key);
      if (entries === undefined || !looksProper(tokens[end - 1] as Token)) return undefined;
      // A capitalised first word of a sentence that is also an agent noun ("Youth") is that noun;
      // a modifier there ("Islamic …") opens a name only of two words or more.
      if (initialWord === 'common' && index.agents.has(key)) return undefined;
      if (initialWord === 'modifier' && end - i < 2) return undefined;
      const reading = actorReading(entries, date);
      return reading === undefined ? undefined : { start: i, end, kind: 'actor', ...reading };
    });
  const agentAt = (
    tokens: readonly Token[],
    keys: readonly string[],
    i: number,
  ): ReferenceMatch | undefined =>
    longestMatch(tokens, keys, i, index.agentReach, (key, end) => {
      const agent = index.agents.get(key);
      if (agent === undefined) return undefined;
      return { start: i, end, kind: 'agent', country: null, sector: agent.sector, source: agent.source };
    });
  return {
    at(tokens, keys, i, { label, proper, functionWord, modifier, afterName, locative }) {
      const token = tokens[i];
      if (token === undefined || token.kind !== 'word' || label?.kind === 'registry' || afterName)
        return undefined;
      const initial = i === 0 || /^["“'‘([]$/u.test(tokens[i - 1]?.text ?? '');
      // A capitalised word opening the sentence that the coder does not take for a name.
      const initialCapital = initial && token.capitalised && !functionWord && !proper;
      if (proper || initialCapital || /-\p{Lu}/u.test(token.text)) {
        const actor = actorAt(tokens, keys, i, !initialCapital ? 'name' : modifier ? 'modifier' : 'common');
        if (actor !== undefined && (label === undefined || actor.end > label.end))
          return withNameCountry(actor, label);
      }
      if (label !== undefined || proper || functionWord || modifier || locative) return undefined;
      return agentAt(tokens, keys, i);
    },
  };
}
