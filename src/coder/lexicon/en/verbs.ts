/**
 * English verb morphology: inflected forms → lemma ("withdrew" → "withdraw", "attacked" →
 * "attack", "agreeing" → "agree"), irregular forms listed, regular ones by rule checked against
 * a set of known lemmas. Also the past participles, to tell the passive voice.
 */

/** Irregular forms (past, participle) → lemma. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  told: 'tell',
  met: 'meet',
  held: 'hold',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  threw: 'throw',
  thrown: 'throw',
  sought: 'seek',
  brought: 'bring',
  fought: 'fight',
  shot: 'shoot',
  struck: 'strike',
  stricken: 'strike',
  began: 'begin',
  begun: 'begin',
  broke: 'break',
  broken: 'break',
  spoke: 'speak',
  spoken: 'speak',
  made: 'make',
  sent: 'send',
  led: 'lead',
  left: 'leave',
  kept: 'keep',
  went: 'go',
  gone: 'go',
  came: 'come',
  saw: 'see',
  seen: 'see',
  found: 'find',
  blew: 'blow',
  blown: 'blow',
  beat: 'beat',
  beaten: 'beat',
  hit: 'hit',
  put: 'put',
  set: 'set',
  cut: 'cut',
  quit: 'quit',
  hid: 'hide',
  hidden: 'hide',
  flew: 'fly',
  flown: 'fly',
  drove: 'drive',
  driven: 'drive',
  rose: 'rise',
  risen: 'rise',
  overran: 'overrun',
  overrun: 'overrun',
  undertook: 'undertake',
  undertaken: 'undertake',
  forbade: 'forbid',
  forbidden: 'forbid',
  forgave: 'forgive',
  forgiven: 'forgive',
  laid: 'lay',
  paid: 'pay',
  won: 'win',
  lost: 'lose',
  bound: 'bind',
  stood: 'stand',
  understood: 'understand',
  wrote: 'write',
  written: 'write',
  chose: 'choose',
  chosen: 'choose',
  shook: 'shake',
  shaken: 'shake',
  stole: 'steal',
  stolen: 'steal',
  swore: 'swear',
  sworn: 'swear',
  froze: 'freeze',
  frozen: 'freeze',
  sold: 'sell',
  bought: 'buy',
  thought: 'think',
  knew: 'know',
  known: 'know',
  did: 'do',
  done: 'do',
  had: 'have',
  has: 'have',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  been: 'be',
  got: 'get',
  gotten: 'get',
  fell: 'fall',
  fallen: 'fall',
  slew: 'slay',
  slain: 'slay',
  ran: 'run',
  spent: 'spend',
  built: 'build',
  heard: 'hear',
  felt: 'feel',
  meant: 'mean',
  arose: 'arise',
  arisen: 'arise',
  undid: 'undo',
  withheld: 'withhold',
  upheld: 'uphold',
  overthrew: 'overthrow',
  overthrown: 'overthrow',
  shut: 'shut',
  spread: 'spread',
  fled: 'flee',
  dealt: 'deal',
  let: 'let',
  bore: 'bear',
  borne: 'bear',
  drew: 'draw',
  drawn: 'draw',
};

/** Participles of irregular verbs (for the passive voice). */
const IRREGULAR_PARTICIPLES = new Set([
  'drawn',
  'said',
  'told',
  'met',
  'held',
  'taken',
  'given',
  'withdrawn',
  'thrown',
  'sought',
  'brought',
  'fought',
  'shot',
  'struck',
  'begun',
  'broken',
  'spoken',
  'made',
  'sent',
  'led',
  'left',
  'kept',
  'gone',
  'seen',
  'found',
  'blown',
  'beaten',
  'hit',
  'put',
  'set',
  'cut',
  'hidden',
  'overrun',
  'forbidden',
  'forgiven',
  'laid',
  'paid',
  'won',
  'lost',
  'stood',
  'written',
  'chosen',
  'shaken',
  'stolen',
  'sworn',
  'frozen',
  'sold',
  'bought',
  'known',
  'done',
  'slain',
  'spent',
  'built',
  'heard',
  'withheld',
  'upheld',
  'overthrown',
  'shut',
  'fallen',
  'bound',
  'spread',
  'dealt',
  'borne',
]);

export interface VerbForm {
  lemma: string;
  /** -ed or an irregular participle: could head a passive. */
  participle: boolean;
  /** -ing form. */
  progressive: boolean;
  /** Past tense or participle. */
  past: boolean;
  /** Third person singular present (-s). */
  thirdPerson: boolean;
}

/** Candidate lemmas of a word, most likely first (the word itself is always a candidate). */
function candidates(word: string): { lemma: string; ending: 'ed' | 'ing' | 's' | '' }[] {
  const list: { lemma: string; ending: 'ed' | 'ing' | 's' | '' }[] = [{ lemma: word, ending: '' }];
  const add = (lemma: string, ending: 'ed' | 'ing' | 's'): void => {
    if (lemma.length >= 2) list.push({ lemma, ending });
  };
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`, 'ed');
  if (word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    add(stem, 'ed');
    add(`${stem}e`, 'ed');
    add(word.slice(0, -1), 'ed');
    if (/([b-df-hj-np-tv-z])\1$/u.test(stem)) add(stem.slice(0, -1), 'ed');
  }
  if (word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    add(stem, 'ing');
    add(`${stem}e`, 'ing');
    if (/([b-df-hj-np-tv-z])\1$/u.test(stem)) add(stem.slice(0, -1), 'ing');
  }
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`, 's');
  if (word.endsWith('es')) add(word.slice(0, -2), 's');
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1), 's');
  return list;
}

/**
 * The verb form of `word` if it is an inflection of a lemma in `knownLemmas` (or an irregular
 * form); undefined otherwise.
 */
export function verbForm(word: string, knownLemmas: ReadonlySet<string>): VerbForm | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular !== undefined) {
    return {
      lemma: irregular,
      participle: IRREGULAR_PARTICIPLES.has(lower),
      progressive: false,
      past: true,
      thirdPerson: lower === 'has' || lower === 'is' || lower === 'does',
    };
  }
  for (const { lemma, ending } of candidates(lower)) {
    if (!knownLemmas.has(lemma)) continue;
    return {
      lemma,
      participle: ending === 'ed',
      progressive: ending === 'ing',
      past: ending === 'ed',
      thirdPerson: ending === 's',
    };
  }
  return undefined;
}

/** True for a form that can be a past participle of some verb (known or not): "-ed" or irregular. */
export function looksLikeParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return IRREGULAR_PARTICIPLES.has(lower) || (lower.endsWith('ed') && lower.length > 4);
}

/** Verbs that leave, skip or put off the event named in their object ("quit the talks"). */
export const UNDOING_VERBS = new Set([
  'quit',
  'leave',
  'abandon',
  'skip',
  'postpone',
  'delay',
  'snub',
  'shun',
  'desert',
  'exit',
  'miss',
]);

/**
 * Common verbs that are not event triggers, so that the tagger sees a verb there (the
 * reporting verbs are listed once, in function-words.ts, and joined with these in the lexicon).
 */
export const COMMON_VERBS = new Set([
  ...UNDOING_VERBS,
  'draw',
  'be',
  'have',
  'do',
  'make',
  'take',
  'go',
  'come',
  'see',
  'know',
  'get',
  'give',
  'find',
  'become',
  'remain',
  'seem',
  'appear',
  'try',
  'attempt',
  'plan',
  'intend',
  'want',
  'wish',
  'seek',
  'prepare',
  'decide',
  'aim',
  'continue',
  'begin',
  'start',
  'consider',
  'include',
  'describe',
  'call',
  'keep',
  'leave',
  'hold',
  'bring',
  'put',
  'run',
  'move',
  'live',
  'happen',
  'occur',
  'follow',
  'lead',
  'die',
  'face',
  'use',
  'help',
  'need',
  'allow',
  'stand',
  'succeed',
  'cite',
  'welcome',
  'fail',
  'emerge',
  'return',
  'arrive',
  'remain',
  'rise',
  'fall',
  'increase',
  'reduce',
  'live',
  'work',
  'join',
  'post',
  'publish',
  'undertake',
  'commit',
  'resolve',
  'volunteer',
  'propose',
  'face',
  'watch',
  'monitor',
  'control',
  'govern',
  'rule',
  'aim',
  'operate',
  'base',
  'backed',
  'link',
  'form',
  'create',
  'establish',
  'celebrate',
  'mark',
  'urge',
  'rescind',
  'revoke',
  'comply',
  'implement',
  'pay',
  'respect',
  'stop',
  'attend',
  'debate',
  'improve',
  'strengthen',
  'protect',
  'defend',
  'ensure',
  'build',
  'enter',
  'travel',
  'replace',
  'review',
  'examine',
  'address',
  'settle',
  'expand',
  'boost',
  'lower',
]);
