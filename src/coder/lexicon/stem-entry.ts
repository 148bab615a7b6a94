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

export interface StemLexicon {
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

export function stem(stems: string, cameo: string, options: { reciprocal?: boolean } = {}): StemTrigger {
  return { stems, cameo, ...options };
}
