/**
 * A movement named as a government: "the Taliban authorities", "the Taliban-led administration",
 * "the Taliban government", "Taliban-ruled Afghanistan". The registry says which government a
 * movement formed when one of its government actors has "<a name of the movement> government"
 * among its names (`taliban-government` has "Taliban government"; "Taliban" names
 * `afghan-taliban`). This module only reads the phrase and finds the movement and its
 * governments; `mentions.ts` checks their periods at the mention's time and rewrites the
 * mention. Plain "the Taliban", "Taliban officials", "Taliban fighters" are not read here: they
 * stay the movement. Pure.
 */
import type { Actor } from '../model/index.ts';
import { normaliseToken, type NameIndex } from './name-index.ts';
import type { ActorMention } from './mentions.ts';
import type { Token } from './tokenise.ts';

/** Head words that name a government (each a GOV sector noun); "leadership" and "officials" do not. */
const GOVERNMENT_HEADS = new Set(['government', 'authorities', 'administration', 'regime', 'cabinet']);

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
   * movement itself is meant); 'country': a country or capital the movement rules (out of them,
   * the country stays).
   */
  form: 'head' | 'country';
}

/** The movements a phrase of tokens names exactly (a ruling suffix on its last word dropped). */
function movementsNamed(tokens: readonly Token[], start: number, end: number, index: NameIndex): Actor[] {
  if (end <= start) return [];
  const words = tokens.slice(start, end).map((t) => t.text);
  const last = RULED_BY.exec(words[words.length - 1] ?? '');
  if (last !== null) words[words.length - 1] = last[1] ?? '';
  const key = words.map((w) => normaliseToken(w)).join(' ');
  return (index.actors.get(key) ?? [])
    .map((hit) => hit.actor)
    .filter((actor) => MOVEMENT_KINDS.has(actor.kind));
}

/** The governments named "<a name of the movement> government" in the registry. */
function governmentsOf(movement: Actor, index: NameIndex): Actor[] {
  const found: Actor[] = [];
  for (const name of [movement.name, ...Object.values(movement.aliases).flat()]) {
    for (const hit of index.actors.get(`${normaliseToken(name)} government`) ?? [])
      if (hit.actor.kind === 'government' && !found.includes(hit.actor)) found.push(hit.actor);
  }
  return found;
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
  if (GOVERNMENT_HEADS.has(last.lower) && mention.end - mention.start > 1) {
    // The words before the head, with leading modifiers ("interim") skipped until a name is read.
    for (let from = mention.start; from < mention.end - 1 && movements.length === 0; from += 1)
      movements = movementsNamed(tokens, from, mention.end - 1, index);
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
      (g) => form === 'head' || g.country === mention.country,
    );
    if (governments.length > 0) return { movement, governments, start, form };
  }
  return undefined;
}
