/**
 * The shape of a stem lexicon, for languages whose words inflect by suffix (Turkish, Russian):
 * triggers as word stems matched at the start of a word, negation cues, month stems and the
 * case endings that mark a target. The stem coder (src/coder/stem-coder.ts) reads these.
 */

export interface StemTrigger {
  /** Stems separated by spaces, each matched at the start of consecutive words: "serbest bırak". */
  stems: string;
  cameo: string;
  /** Coordinated actors act on each other ("A ve B görüştü", "A и B встретились"). */
  reciprocal?: boolean;
}

export interface StemLexicon extends StemLexiconExtras {
  language: string;
  /** Lower-cases a word by the language's rules (Turkish dotted and dotless i). */
  lower: (word: string) => string;
  triggers: readonly StemTrigger[];
  /** True for a free-standing word that negates the clause ("değil", "не", "ни"). */
  isNegation: (word: string) => boolean;
  /** True for a trigger word in its negative form ("görüşmedi" for the stem "görüş"). */
  negatedForm?: (word: string, stem: string) => boolean;
  /** Coordinating words between actors ("ve", "и"). */
  coordinators: ReadonlySet<string>;
  /** Month stems, January first, matched at the start of a word. */
  months: readonly string[];
  /** Where the acting subject stands: before the verb in both, but the target follows in SVO. */
  order: 'sov' | 'svo';
  /** Endings of an actor word that mark it as the target (dative, accusative, instrumental …). */
  targetEndings: readonly string[];
  /** Postpositions after an actor that make it the target ("Afganistan ile görüştü"). */
  targetPostpositions: readonly string[];
  /** Endings of a possessed noun right after an actor that make the actor the target ("Pakistan ordusuna"). */
  possessedTargetEndings: readonly string[];
  /** Endings that make an actor word a place ("Doha'da"). */
  placeEndings: readonly string[];
  /** Prepositions before an actor word that make it a place ("в Дохе"). */
  placePrepositions: readonly string[];
}

/** A noun for an unnamed actor ("güvenlik güç", "боевик") and the sector it names. */
export interface StemAgent {
  stems: string;
  sector: string;
}

/** How a language marks a passive and its agent. */
export interface StemPassive {
  /** True for a passive form of a trigger word: "öldürüldü" for "öldür", "убиты" for "убит". */
  form: (word: string, stem: string, previous: string) => boolean;
  /** Endings of the agent's words (Russian instrumental: "армией"). */
  agentEndings: readonly string[];
  /** A postposition after the agent (Turkish "tarafından"). */
  agentPostpositions: readonly string[];
}

/** The optional parts of a stem lexicon: places, unnamed actors, modality, passives, "between". */
export interface StemLexiconExtras {
  /** Place names in the language → the gazetteer's English name ("Peşaver" → "Peshawar"). */
  placeNames?: Readonly<Record<string, string>>;
  /** Nouns for unnamed actors with their sector, found when no named actor covers them. */
  agents?: readonly StemAgent[];
  /**
   * What follows an agent noun's stem when the noun is case-marked as a target (plural, then
   * dative or accusative: "militanlara", "askerleri"); such an agent is a target, not a source.
   */
  agentTargetRest?: RegExp;
  /** The same for an agent of several words (a compound whose head carries a possessive of its own). */
  agentCompoundTargetRest?: RegExp;
  /**
   * What follows an agent noun's stem when it is the possessed noun of the named actor just
   * before it ("Pakistan ordusu"): the two are one actor, so the noun is no agent of its own.
   */
  agentPossessedRest?: RegExp;
  /** Adjective stems of nationality ("пакистанск" → PAK). */
  demonymStems?: Readonly<Record<string, string>>;
  /** Word stems near the trigger that make its event hypothetical (plans, intentions, the future). */
  modalCues?: readonly string[];
  /** True for a trigger word (or its light verb) in the future tense, read as hypothetical. */
  futureForm?: (word: string) => boolean;
  /** Light verbs that carry a noun trigger's tense and negation ("müzakere etmeyecek"). */
  lightVerbs?: readonly string[];
  passive?: StemPassive;
  /** "A ile B arasında" (after the pair) / "между A и B" (before it): both are targets. */
  between?: { words: readonly string[]; side: 'before' | 'after' };
  /** Endings of a mention before an SVO trigger that make it a target (Russian dative). */
  frontedTargetEndings?: readonly string[];
  /** Genitive endings of a possessor, which takes its possessed noun's case (Turkish "-ın"). */
  genitiveEndings?: readonly string[];
  /** Stems of the word "year" after a year number ("1998 yılında", "в 1998 году"): a year-only date. */
  yearWords?: readonly string[];
  /** Words for "since" next to a year (after it in SOV: "2015'ten beri"; before it in SVO: "с 2015 года"). */
  sinceWords?: readonly string[];
  /** True for a word that opens the content of a demand or accusation after its target ("в", "прекратить"). */
  contentOpeners?: (word: string) => boolean;
  /** True for a verbal noun closing an embedded clause before the verb ("sağlamakla", "durdurulmasını"). */
  verbalNoun?: (word: string) => boolean;
  /** Endings stripped to find a name's base form (defaults to the target endings). */
  inflections?: readonly string[];
  /** Adjective case endings, for place names with an adjective ("Северный Вазиристан" → "Северном"). */
  adjectiveEndings?: readonly string[];
  /** Letters tried after a stripped base ("Украин" + "а"); defaults to none. */
  restorations?: readonly string[];
}

export function stem(stems: string, cameo: string, options: { reciprocal?: boolean } = {}): StemTrigger {
  return { stems, cameo, ...options };
}
