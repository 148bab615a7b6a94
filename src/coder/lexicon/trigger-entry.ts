/**
 * The shape of a trigger lexicon entry, shared by every language's lexicon: a verb or noun
 * phrase (lemmas) with its CAMEO code, from which PLOVER type, mode, contexts and Goldstein
 * intensity follow (src/model/cameo-plover.ts), plus what the clause analysis needs to find
 * source and target.
 */
import type { PloverContext } from '../../model/plover.ts';

/** How a verb that takes a "to"-complement ("agreed to …", "urged X to …") turns it into its own code. */
export type Governs = 'agree' | 'reject' | 'threaten' | 'appeal' | 'demand';

export interface TriggerEntry {
  /** Lemmas separated by spaces: "attack", "call for", "drone strike", "withdraw from ceasefire". */
  phrase: string;
  pos: 'verb' | 'noun';
  cameo: string;
  /** Prepositions that introduce the target after the trigger. */
  targetPreps?: readonly string[];
  /** The direct object is what is given or done, not the target ("provide aid to Y"). */
  objectIsTheme?: boolean;
  /** Coordinated subjects act on each other ("A and B met"). */
  reciprocal?: boolean;
  /** The act is a conversation: "A telephoned B" is coded both ways, as PLOVER's gold codes it. */
  mutual?: boolean;
  /** Head nouns of the object or complement that refine the code ("lift" + "curfew" → 0813). */
  refine?: Readonly<Record<string, string>>;
  /** A light verb: the trigger noun in its object carries the event ("held talks", "launched an attack"). */
  light?: boolean;
  /** The verb takes a "to"-complement (or a "that"-clause) and derives its code from it. */
  governs?: Governs;
  /** The object of the verb is the target of the complement request ("urged Y to …"). */
  objectControls?: boolean;
  context?: readonly PloverContext[];
  /** A noun whose "of" phrase names who acts ("the mediation of Qatar"), not whom it is done to. */
  agentOf?: boolean;
  /**
   * The act is violent only against people, groups or places: with an object that names none
   * ("eliminate security risks", "neutralise the threat") the verb codes no event.
   */
  concreteTarget?: boolean;
  /**
   * The verb codes an event only with an object or in the passive: used without one its
   * subject is what ended, not who ended it ("the talks ended without agreement").
   */
  transitive?: boolean;
}

export function verb(
  phrase: string,
  cameo: string,
  options: Omit<TriggerEntry, 'phrase' | 'pos' | 'cameo'> = {},
): TriggerEntry {
  return { phrase, pos: 'verb', cameo, ...options };
}

export function noun(
  phrase: string,
  cameo: string,
  options: Omit<TriggerEntry, 'phrase' | 'pos' | 'cameo'> = {},
): TriggerEntry {
  return { phrase, pos: 'noun', cameo, ...options };
}
