/**
 * Word-level analysis for the stem coder (Turkish, Russian): the places of a sentence from the
 * language's place names (an inflected form matches when it is the name with a short case
 * ending: "Пешаваре", "Peşaver'de"), and the actors no name stands for: nouns such as
 * "güvenlik güçleri" or "боевики" with their sector, given a country by a nationality
 * adjective before them ("пакистанской армией") or else by the sentence's place. Pure functions.
 */
import { lookupPlace, type Place } from './gazetteer.ts';
import type { ActorMention } from './mentions.ts';
import type { StemAgent, StemLexicon } from './lexicon/stem-entry.ts';
import type { Token } from './tokenise.ts';

export interface StemPlace {
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** Letters that end a name's citation form and give way to a case ending ("Москва" → "Москве"). */
const STEM_FINAL = /[аяйьыоеиуюaeıioöuü]{1,2}$/u;

/** True when `word` is `name` itself, or `name`'s stem with one of the language's case `endings`. */
export function inflectionOf(word: string, name: string, endings: ReadonlySet<string>): boolean {
  if (word === name) return true;
  const bare = name.replace(STEM_FINAL, '');
  const base = bare.length >= 3 ? bare : name;
  return word.startsWith(base) && (word.length === base.length || endings.has(word.slice(base.length)));
}

const endingSets = new WeakMap<StemLexicon, ReadonlySet<string>>();

/** Every case ending the lexicon knows, with the adjective endings of multiword names ("Северном"). */
function endingsOf(lexicon: StemLexicon): ReadonlySet<string> {
  let set = endingSets.get(lexicon);
  if (set === undefined) {
    set = new Set([
      ...(lexicon.inflections ?? []),
      ...lexicon.targetEndings,
      ...lexicon.placeEndings,
      ...(lexicon.adjectiveEndings ?? []),
    ]);
    endingSets.set(lexicon, set);
  }
  return set;
}

interface PlaceEntry {
  words: string[];
  place: Place;
}

const placeTables = new WeakMap<StemLexicon, PlaceEntry[]>();

function placeEntries(lexicon: StemLexicon): PlaceEntry[] {
  let entries = placeTables.get(lexicon);
  if (entries === undefined) {
    entries = [];
    for (const [local, english] of Object.entries(lexicon.placeNames ?? {})) {
      const place = lookupPlace(english);
      if (place !== undefined) entries.push({ words: lexicon.lower(local).split(/\s+/u), place });
    }
    // Longest names first, so "Kuzey Veziristan" wins over "Veziristan".
    entries.sort((a, b) => b.words.length - a.words.length);
    placeTables.set(lexicon, entries);
  }
  return entries;
}

/** The places the sentence names in the language, left to right, not overlapping. */
export function findStemPlaces(
  tokens: readonly Token[],
  words: readonly string[],
  lexicon: StemLexicon,
  sentenceText: string,
  sentenceStart: number,
): StemPlace[] {
  const entries = placeEntries(lexicon);
  const found: StemPlace[] = [];
  let i = 0;
  while (i < words.length) {
    const endings = endingsOf(lexicon);
    const entry = entries.find((e) =>
      e.words.every((w, k) => inflectionOf(bareWord(words[i + k] ?? ''), w, endings)),
    );
    if (entry === undefined || tokens[i]?.capitalised !== true) {
      i += 1;
      continue;
    }
    const end = i + entry.words.length;
    const first = tokens[i] as Token;
    const last = tokens[end - 1] as Token;
    const text = sentenceText.slice(first.start - sentenceStart, last.end - sentenceStart);
    found.push({ start: i, end, text: text.replace(/['’].*$/u, ''), place: entry.place });
    i = end;
  }
  return found;
}

/** A word without what follows an apostrophe ("peşaver'de" → "peşaver"). */
function bareWord(word: string): string {
  const apostrophe = word.search(/['’]/u);
  return apostrophe > 0 ? word.slice(0, apostrophe) : word;
}

/** Whether `word` is an agent noun whose rest after the stem passes `test`. */
function agentRest(word: string, agents: readonly StemAgent[], test: (rest: string) => boolean): boolean {
  return agents.some((agent) => {
    const stem = agent.stems.split(' ').at(-1) ?? '';
    return word.startsWith(stem) && test(word.slice(stem.length));
  });
}

/**
 * Whether the agent mention `m` is case-marked as a target by its last word ("militanlara"):
 * the lexicon's `agentTargetRest` after the stem of an agent noun. Named mentions never are.
 */
export function agentMarkedTarget(
  m: { actor: string | null; headWord: string | null; end: number },
  words: readonly string[],
  lexicon: StemLexicon,
): boolean {
  if (m.actor !== null || m.headWord === null) return false;
  const last = words[m.end - 1] ?? '';
  return (lexicon.agents ?? []).some((agent) => {
    const parts = agent.stems.split(' ');
    const stem = parts.at(-1) ?? '';
    const rest = parts.length > 1 ? lexicon.agentCompoundTargetRest : lexicon.agentTargetRest;
    return rest !== undefined && last.startsWith(stem) && rest.test(last.slice(stem.length));
  });
}

/** The country a nationality adjective names ("пакистанских" → PAK), or undefined. */
export function demonymCountry(word: string, lexicon: StemLexicon): string | undefined {
  for (const [stem, country] of Object.entries(lexicon.demonymStems ?? {}))
    if (word.startsWith(stem)) return country;
  return undefined;
}

/**
 * The unnamed actors of a sentence: agent nouns not inside or beside a named mention, with
 * a nationality adjective just before them taken in; their country is the adjective's, else
 * the first place's, else null.
 */
export function findStemAgents(
  tokens: readonly Token[],
  words: readonly string[],
  lexicon: StemLexicon,
  named: readonly ActorMention[],
  places: readonly StemPlace[],
  sentenceText: string,
  sentenceStart: number,
): ActorMention[] {
  const agents = [...(lexicon.agents ?? [])].sort(
    (a, b) => b.stems.split(' ').length - a.stems.split(' ').length,
  );
  const taken = new Set<number>();
  for (const m of named) {
    for (let k = m.start - 1; k < m.end; k += 1) taken.add(k);
    // The noun just after a named actor is part of it when possessed ("Pakistan ordusu"); a
    // lexicon without that test keeps every noun beside a named actor out.
    const next = words[m.end] ?? '';
    const possessed = lexicon.agentPossessedRest;
    if (possessed === undefined || agentRest(next, agents, (rest) => possessed.test(rest))) taken.add(m.end);
  }
  for (const p of places) for (let k = p.start; k < p.end; k += 1) taken.add(k);
  const found: ActorMention[] = [];
  let i = 0;
  while (i < words.length) {
    const agent = agents.find((a) => a.stems.split(' ').every((s, k) => (words[i + k] ?? '').startsWith(s)));
    const length = agent?.stems.split(' ').length ?? 1;
    const span = Array.from({ length }, (_, k) => i + k);
    if (agent === undefined || span.some((k) => taken.has(k))) {
      i += 1;
      continue;
    }
    const adjective = i > 0 && !taken.has(i - 1) ? demonymCountry(words[i - 1] ?? '', lexicon) : undefined;
    const start = adjective === undefined ? i : i - 1;
    const end = i + length;
    const first = tokens[start] as Token;
    const last = tokens[end - 1] as Token;
    found.push({
      start,
      end,
      text: sentenceText.slice(first.start - sentenceStart, last.end - sentenceStart),
      startOffset: first.start,
      endOffset: last.end,
      actor: null,
      country: adjective ?? places[0]?.place.country ?? null,
      sector: agent.sector,
      head: adjective === undefined ? 'unknown' : 'demonym',
      headWord: words[i] ?? null,
    });
    i = end;
  }
  return found;
}
