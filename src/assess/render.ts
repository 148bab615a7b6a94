/**
 * Text views of an assessment: a table of indicators with the prospects for the terminal, and
 * Markdown with numbered footnotes for the sources; also the "what changed" view.
 */
import type { Assessment } from './assessment.ts';
import type { Comparison } from './compare.ts';
import type { Prospect } from './prospects.ts';

const pct = (p: number | null) => (p === null ? '—' : `${Math.round(p * 100)}%`);
const num = (v: number | null) => (v === null ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(2));

export function prospectLine(name: string, prospect: Prospect): string {
  if (prospect.p === null) return `${name}: ${prospect.reason ?? 'no estimate'}`;
  return `${name}: ${prospect.term} (${pct(prospect.p)}, band ${pct(prospect.low)}–${pct(prospect.high)}; confidence ${prospect.confidence}; basis ${prospect.basis.join(', ')})`;
}

/** The three prospects, one line each. */
export function prospectLines(assessment: Assessment): string[] {
  const { onset, agreement, durability } = assessment.prospects;
  return [
    prospectLine('Onset (mediation starts)', onset),
    prospectLine('Agreement (mediation yields one)', agreement),
    prospectLine('Durability (holds a year)', durability),
  ];
}

export function toText(assessment: Assessment): string {
  const rows = assessment.indicators.map((i) => [
    i.id,
    i.effect,
    num(i.value),
    i.score === null ? '—' : i.score.toFixed(2),
    i.coverage,
    i.confidence.toFixed(2),
  ]);
  const header = ['indicator', 'effect', 'value', 'score', 'coverage', 'confidence'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [
    assessment.question,
    `as of ${assessment.asOf}; mediator family: ${assessment.mediator.family.join(', ')}`,
    '',
    line(header),
    ...rows.map(line),
    '',
    ...prospectLines(assessment),
    '',
    ...assessment.caveats.map((c) => `! ${c}`),
    '',
  ].join('\n');
}

export function toMarkdown(assessment: Assessment): string {
  const footnote = new Map(assessment.sources.map((s, i) => [s.id, i + 1]));
  const marks = (ids: readonly string[]) =>
    ids
      .map((id) => footnote.get(id))
      .filter((n): n is number => n !== undefined)
      .map((n) => `[^${n}]`)
      .join('');
  const lines = [
    `# ${assessment.question}`,
    '',
    `As of ${assessment.asOf}. Method: \`${assessment.method}\`.`,
    '',
    '## Prospects',
    '',
    ...prospectLines(assessment).map((l) => `- ${l}`),
    '',
    'Largest contributions (log-odds):',
    '',
    ...assessment.prospects.contributions
      .slice(0, 6)
      .map((c) => `- ${c.indicator} → ${c.effect}: ${c.delta >= 0 ? '+' : ''}${c.delta.toFixed(2)}`),
    '',
    '## Analogues',
    '',
    ...assessment.prospects.analogues.map((a) => `- ${a.name}: ${a.outcome}`),
    '',
    '## Indicators',
    '',
  ];
  for (const i of assessment.indicators) {
    lines.push(`### ${i.name} (\`${i.id}\`)`, '');
    lines.push(
      `Value ${num(i.value)} ${i.unit}; score ${i.score === null ? '—' : i.score.toFixed(2)} on ${i.effect}; coverage ${i.coverage}; confidence ${i.confidence.toFixed(2)}.`,
      '',
    );
    lines.push(`${i.rationale} ${marks(i.evidence.sources)}`.trimEnd(), '');
    lines.push(`Literature: ${i.literature.join('; ')}.`, '');
  }
  lines.push('## Caveats', '', ...assessment.caveats.map((c) => `- ${c}`), '');
  for (const s of assessment.sources) {
    lines.push(
      `[^${footnote.get(s.id)}]: ${s.title}${s.publisher === null ? '' : `, ${s.publisher}`}${s.url === null ? '' : `, <${s.url}>`}${s.accessed === null ? '' : ` (accessed ${s.accessed})`}. \`${s.id}\``,
    );
  }
  return lines.join('\n') + '\n';
}

export function comparisonText(comparison: Comparison): string {
  const lines = [`What changed from ${comparison.from} to ${comparison.to}`, ''];
  for (const [name, move] of Object.entries(comparison.prospects)) {
    lines.push(
      `${name}: ${pct(move.before)} (${move.termBefore ?? 'no estimate'}) → ${pct(move.after)} (${move.termAfter ?? 'no estimate'})`,
    );
  }
  lines.push('');
  for (const change of comparison.changed) {
    const added = Object.entries(change.added)
      .map(([k, v]) => `${k}: ${v.join(', ')}`)
      .join('; ');
    lines.push(
      `- ${change.id}: ${num(change.before.value)} → ${num(change.after.value)} (score ${change.scoreChange === null ? 'n/a' : (change.scoreChange >= 0 ? '+' : '') + change.scoreChange.toFixed(2)})`,
    );
    lines.push(`  now: ${change.after.rationale}`);
    if (added !== '') lines.push(`  new evidence: ${added}`);
  }
  if (comparison.unchanged.length > 0) lines.push('', `Unchanged: ${comparison.unchanged.join(', ')}`);
  return lines.join('\n') + '\n';
}
