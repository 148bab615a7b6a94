/**
 * Reporting frames and set-off phrases inside a sentence, for the clause analysis: "according to
 * X" (who reports, no complement of the verb), a comma followed by the next clause's subject
 * (", Thai police said"), and a reporting clause or a participial phrase set off by commas
 * between a subject and its verb ("Uganda, officials said, will …", "troops, backed by
 * helicopters, attacked …"). Pure functions over the tokens, tags and groups of clause.ts.
 */
import type { NounGroup, Tag, VerbGroup } from './clause.ts';
import type { Token } from './tokenise.ts';

/**
 * The comma opening a reporting clause set off by commas that ends at the comma `comma`
 * (", officials said,", ", the minister said on Monday,"): a noun group and a verb group with no
 * object, dates or adverbs after it; undefined when there is none.
 */
export function parentheticalReportStart(
  verbGroups: readonly VerbGroup[],
  nounGroups: readonly NounGroup[],
  groupAt: readonly (number | undefined)[],
  tags: readonly Tag[],
  tokens: readonly Token[],
  comma: number,
): number | undefined {
  let end = comma;
  while (
    end > 0 &&
    (tags[end - 1] === 'ADV' ||
      tags[end - 1] === 'TIME' ||
      (tags[end - 1] === 'PREP' && tags[end] === 'TIME'))
  )
    end -= 1;
  const report = verbGroups.find((g) => g.end === end);
  if (report === undefined || report.start === 0) return undefined;
  const g = groupAt[report.start - 1];
  const speaker = g === undefined ? undefined : nounGroups[g];
  if (speaker === undefined || speaker.end !== report.start) return undefined;
  return tokens[speaker.start - 1]?.text === ',' ? speaker.start - 1 : undefined;
}

/**
 * The comma opening a participial phrase set off by commas that ends at the comma `comma`
 * ("Kenyan troops, backed by helicopters, attacked …"): the phrase starts with a participle
 * and holds no other verb. Undefined when there is none.
 */
export function participialPhraseStart(
  verbGroups: readonly VerbGroup[],
  tokens: readonly Token[],
  comma: number,
): number | undefined {
  let open = comma - 1;
  while (open > 0 && tokens[open]?.text !== ',' && comma - open < 10) open -= 1;
  if (open <= 0 || tokens[open]?.text !== ',') return undefined;
  const first = tokens[open + 1];
  const isParticiple =
    first !== undefined &&
    !first.capitalised &&
    first.lower.length > 4 &&
    (first.lower.endsWith('ed') || first.lower.endsWith('ing'));
  const otherVerb = verbGroups.some((g) => g.start > open + 1 && g.start < comma);
  return isParticiple && !otherVerb ? open : undefined;
}

/** The end of an "according to X" phrase starting at token `i` (X with its "of"-phrases), or -1. */
export function accordingToEnd(
  tokens: readonly Token[],
  nounGroups: readonly NounGroup[],
  groupAt: readonly (number | undefined)[],
  i: number,
): number {
  if (tokens[i]?.lower !== 'according' || tokens[i + 1]?.lower !== 'to') return -1;
  let end = i + 2;
  for (;;) {
    const g = groupAt[end];
    if (g === undefined) return end;
    end = (nounGroups[g] as NounGroup).end;
    const next = tokens[end]?.lower;
    if (next !== 'of' && next !== 'by' && next !== 'and') return end;
    end += 1;
  }
}

/**
 * Whether the comma at `comma` is followed by a noun group that runs up to the next verb group
 * (at `nextVerb`, only adverbs or dates between): that group is the next clause's subject.
 */
export function opensClauseAfterComma(
  nounGroups: readonly NounGroup[],
  groupAt: readonly (number | undefined)[],
  tags: readonly Tag[],
  comma: number,
  nextVerb: number,
): boolean {
  const g = groupAt[comma + 1];
  if (g === undefined || nextVerb >= tags.length) return false;
  let k = (nounGroups[g] as NounGroup).end;
  while (k < nextVerb && (tags[k] === 'ADV' || tags[k] === 'TIME')) k += 1;
  return k === nextVerb;
}
