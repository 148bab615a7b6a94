/**
 * Times a sentence names by a movement's rule instead of a date: "during the Taliban's first
 * rule", "under the Taliban's second rule", "under Taliban rule". The movement's governments come
 * from the registry (`ruling-movement.ts`); their periods, in order, are its rules: an ordinal
 * picks one, and without one the rule meant is the latest that began by the document's day (the
 * last one when the document has no date). An open period ends on the document's day, else at
 * `OPEN_END`. Actors with `periods` are then read by that span (`sentence-time.ts`). Pure.
 */
import { dayOf } from '../actors/periods.ts';
import type { NameIndex } from './name-index.ts';
import { governmentsOf, movementsNamed } from './ruling-movement.ts';
import type { StatedTime } from './sentence-time.ts';
import { OPEN_END } from './stated-ranges.ts';
import type { Token } from './tokenise.ts';

/** Prepositions that open a time named by a rule. */
const OPENERS = new Set(['during', 'under']);
/** Words for a movement's time in power. */
const RULE_WORDS = new Set(['rule', 'reign']);
const ORDINALS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3 };
/** The most words a phrase may span from its preposition to its rule word. */
const MAX_PHRASE = 7;

interface Rule {
  first: string;
  last: string;
}

/** The movement's rules: its governments' periods, oldest first. */
function rulesOf(
  tokens: readonly Token[],
  start: number,
  end: number,
  index: NameIndex,
  today: string | null,
): Rule[] {
  const governments = movementsNamed(tokens, start, end, index).flatMap((m) => governmentsOf(m, index));
  const periods = governments.flatMap((g) => g.periods ?? []);
  return periods
    .map((p) => {
      const first = p.from ?? '0000-01-01';
      // An open rule ends on the document's day, unless the document is older than the rule.
      return { first, last: p.to ?? (today !== null && first <= today ? today : OPEN_END) };
    })
    .sort((a, b) => a.first.localeCompare(b.first));
}

/** The spans named by a movement's rule among `tokens`, given the document's day. */
export function rulePeriods(
  tokens: readonly Token[],
  index: NameIndex,
  dateRef: string | null | undefined,
): StatedTime[] {
  const today = dayOf(dateRef);
  const found: StatedTime[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!OPENERS.has(tokens[i]?.lower ?? '')) continue;
    let ruleAt = -1;
    for (let k = i + 1; k < Math.min(tokens.length, i + MAX_PHRASE + 1) && ruleAt < 0; k += 1) {
      const token = tokens[k] as Token;
      if (token.kind === 'punct') break;
      if (RULE_WORDS.has(token.lower)) ruleAt = k;
    }
    if (ruleAt < 0) continue;
    const ordinal = ORDINALS[tokens[ruleAt - 1]?.lower ?? ''];
    const nameStart = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const nameEnd = ordinal === undefined ? ruleAt : ruleAt - 1;
    const rules = rulesOf(tokens, nameStart, nameEnd, index, today);
    const rule =
      ordinal !== undefined
        ? rules[ordinal - 1]
        : rules.filter((r) => today === null || r.first <= today).at(-1);
    if (rule === undefined) continue;
    found.push({ start: i, end: ruleAt + 1, first: rule.first, last: rule.last });
    i = ruleAt;
  }
  return found;
}
