/**
 * A movement named as a government: "the Taliban authorities", "the Taliban-led administration",
 * "the Taliban government", "Taliban-ruled Afghanistan". The registry says which government a
 * movement formed when one of its government actors has "<a name of the movement> government"
 * among its names (`taliban-government` has "Taliban government"; "Taliban" names
 * `afghan-taliban`). This module only reads the phrase and finds the movement and its
 * governments; `mentions.ts` checks their periods at the mention's time and rewrites the
 * mention. The possessive reads the same ("the Taliban's government"). Holders of the
 * government's offices after the movement's name ("Taliban officials", "the Taliban's foreign
 * minister", "Taliban government spokesman") are the government while it holds and the movement
 * otherwise. Plain "the Taliban", "Taliban fighters", "Taliban leaders" are not read here: they
 * stay the movement. Pure.
 */
import type { Actor } from '../model/index.ts';
import { normaliseToken, type NameIndex } from './name-index.ts';
import type { ActorMention } from './mentions.ts';
import type { Token } from './tokenise.ts';

/** Head words that name a government (each a GOV sector noun); "leadership" and "officials" do not. */
const GOVERNMENT_HEADS = new Set(['government', 'authorities', 'administration', 'regime', 'cabinet']);

/**
 * Nouns for holders of a government's offices, read as the government when they follow the
 * movement's name; a spokesman only as the government's ("Taliban government spokesman"), since
 * the movement has spokesmen of its own.
 */
const OFFICE_HEADS = new Set(['official', 'officials', 'minister', 'ministers', 'ministry', 'ministries']);
const GOVERNMENT_OFFICE_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** "Taliban-ruled", "Taliban-led": a name joined to a word of ruling. "-backed" names a sponsor, not a ruler. */
const RULED_BY = /^(.+)-(?:ruled|run|led|governed|controlled)$/u;

/** Kinds of actor that may rule as a movement. */
const MOVEMENT_KINDS = new Set<Actor['kind']>(['armed-group', 'faction', 'party']);

export interface RulingReading {
  /** The movement the phrase names. */
  movement: Actor;
  /** The governments the registry says the movement formed, before any check of their periods. */
  governments: Actor[];
  /** The mention's first token once a ruling word before a country is taken in. */
  start: number;
  /**
   * 'head': a government word after the movement's name (out of the governments' periods the
   * movement itself is meant); 'office': a holder of the government's offices (out of them, the
   * mention stays as it is); 'country': a country or capital the movement rules (out of them,
   * the country stays).
   */
  form: 'head' | 'office' | 'country';
}

/**
 * The movements a phrase of tokens names exactly (a ruling suffix on its last word and a
 * possessive after it dropped: "Taliban-led", "the Taliban's").
 */
export function movementsNamed(
  tokens: readonly Token[],
  start: number,
  end: number,
  index: NameIndex,
): Actor[] {
  const last = tokens[end - 1];
  if (last?.kind === 'possessive') return movementsNamed(tokens, start, end - 1, index);
  if (end <= start) return [];
  const words = tokens.slice(start, end).map((t) => t.text);
  const ruled = RULED_BY.exec(words[words.length - 1] ?? '');
  if (ruled !== null) words[words.length - 1] = ruled[1] ?? '';
  const key = words.map((w) => normaliseToken(w)).join(' ');
  return (index.actors.get(key) ?? [])
    .map((hit) => hit.actor)
    .filter((actor) => MOVEMENT_KINDS.has(actor.kind));
}

/** The governments named "<a name of the movement> government" in the registry. */
export function governmentsOf(movement: Actor, index: NameIndex): Actor[] {
  const found: Actor[] = [];
  for (const name of [movement.name, ...Object.values(movement.aliases).flat()]) {
    for (const hit of index.actors.get(`${normaliseToken(name)} government`) ?? [])
      if (hit.actor.kind === 'government' && !found.includes(hit.actor)) found.push(hit.actor);
  }
  return found;
}

/**
 * The movements named before a head word that ends at `end`: the name read from the left, with
 * leading modifiers ("interim") skipped, and any words between it and the head taken as the
 * head's own ("the Taliban's interim government", "Taliban foreign minister").
 */
function movementBefore(tokens: readonly Token[], start: number, end: number, index: NameIndex): Actor[] {
  for (let from = start; from < end; from += 1)
    for (let to = end; to > from; to -= 1) {
      const movements = movementsNamed(tokens, from, to, index);
      if (movements.length > 0) return movements;
    }
  return [];
}

/** Whether the mention's words are a country's or a capital's name ("Afghanistan", "Kabul"). */
function namesCountry(mention: ActorMention, tokens: readonly Token[], index: NameIndex): boolean {
  const key = tokens
    .slice(mention.start, mention.end)
    .map((t) => normaliseToken(t.text))
    .join(' ');
  return index.countries.has(key) || index.capitals.has(key);
}

/** How `mention` names a movement as a government, or undefined when it does not. */
export function rulingReading(
  mention: ActorMention,
  tokens: readonly Token[],
  index: NameIndex,
): RulingReading | undefined {
  const last = tokens[mention.end - 1];
  if (last === undefined) return undefined;
  let movements: Actor[] = [];
  let start = mention.start;
  let form: RulingReading['form'] = 'head';
  const office =
    OFFICE_HEADS.has(last.lower) ||
    (GOVERNMENT_OFFICE_HEADS.has(last.lower) && GOVERNMENT_HEADS.has(tokens[mention.end - 2]?.lower ?? ''));
  if ((GOVERNMENT_HEADS.has(last.lower) || office) && mention.end - mention.start > 1) {
    movements = movementBefore(tokens, mention.start, mention.end - 1, index);
    if (office) form = 'office';
  } else if (namesCountry(mention, tokens, index)) {
    const before = tokens[mention.start - 1];
    if (before !== undefined && RULED_BY.test(before.text)) {
      movements = movementsNamed(tokens, mention.start - 1, mention.start, index);
      start = mention.start - 1;
      form = 'country';
    }
  }
  // The mention's own movement first ("Taliban authorities" already read as the movement).
  movements.sort((a, b) => Number(b.id === mention.actor) - Number(a.id === mention.actor));
  for (const movement of movements) {
    const governments = governmentsOf(movement, index).filter(
      (g) => form !== 'country' || g.country === mention.country,
    );
    if (governments.length > 0) return { movement, governments, start, form };
  }
  return undefined;
}
