/**
 * `jirga simulate`: run the KTAB Spatial Model of Politics or the BDM expected-utility model on
 * a KTAB CSV/XML or BDM actor file, or on a built-in scenario with levers, the mediation
 * lever and Monte Carlo. `--format json` prints the full result object; table, csv and jsonl
 * print one row per round (table adds the forecast, the baseline and the caveats).
 */
import { Command, Option } from 'commander';
import { simulate, type SimulateRequest } from '../../app/simulate.ts';
import type { SimulationResult } from '../../bargain/result.ts';
import type { ScenarioResult } from '../../bargain/scenario/analyse.ts';
import { ValidationError } from '../../errors.ts';
import { OUTPUT_FORMATS, parseFormat, render, type Column, type OutputFormat } from '../output.ts';

interface SimulateOptions {
  model?: 'smp' | 'bdm';
  input?: string;
  scenario?: string;
  variant?: string;
  rounds?: number;
  set?: string[];
  mediation?: boolean;
  runs?: number;
  seed?: number;
  perturb?: number;
  format: string;
}

function wholeNumber(field: string, min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) {
      throw new ValidationError(`expected a whole number ≥ ${min}, got '${value}'`, { field });
    }
    return Number(value);
  };
}

function percent(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 100) {
    throw new ValidationError(`expected a percentage 0–100, got '${value}'`, { field: '--perturb' });
  }
  return number;
}

export function simulateCommand(): Command {
  return new Command('simulate')
    .description('simulate bargaining with the SMP (KTAB) or BDM expected-utility model')
    .addOption(new Option('--model <model>', 'model').choices(['smp', 'bdm']))
    .option('--input <file>', 'KTAB CSV or XML, or a BDM actor CSV')
    .option(
      '--scenario <case/name>',
      'a built-in scenario (e.g. pakistan-ttp/ttp-demands) or a scenario .yaml',
    )
    .option('--variant <name>', 'BDM variant: paper (default), scholz-code, net')
    .option('--rounds <n>', 'maximum rounds', wholeNumber('--rounds', 1))
    .option(
      '--set <actor.field=value>',
      "scenario lever on the file's scales (repeatable)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--mediation', "apply the scenario's mediation lever")
    .option('--runs <n>', 'Monte Carlo runs', wholeNumber('--runs', 1))
    .option('--seed <n>', 'Monte Carlo seed', wholeNumber('--seed', 0))
    .option('--perturb <percent>', 'Monte Carlo ± per cent for actors without their own uncertainty', percent)
    .addOption(new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .action((options: SimulateOptions) => {
      const request: SimulateRequest = {
        ...(options.model === undefined ? {} : { model: options.model }),
        ...(options.input === undefined ? {} : { input: options.input }),
        ...(options.scenario === undefined ? {} : { scenario: options.scenario }),
        ...(options.variant === undefined ? {} : { variant: options.variant }),
        ...(options.rounds === undefined ? {} : { rounds: options.rounds }),
        ...(options.set === undefined ? {} : { set: options.set }),
        ...(options.mediation === true ? { mediation: true } : {}),
        ...(options.runs === undefined ? {} : { runs: options.runs }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.perturb === undefined ? {} : { perturb: options.perturb }),
      };
      process.stdout.write(formatSimulation(simulate(request), parseFormat(options.format)));
    });
}

/** One row per round: t, each actor's position (dimensions joined by '; '), median and mean for BDM. */
interface RoundRow {
  t: number;
  [column: string]: unknown;
}

export function roundRows(result: SimulationResult): RoundRow[] {
  return result.rounds.map((round) => {
    const row: RoundRow = { t: round.t };
    for (const actor of result.actors)
      row[actor.name] = (round.positions[actor.name] ?? []).map((x) => round3(x));
    if (round.median !== undefined) row.median = round3(round.median);
    if (round.mean !== undefined) row.mean = round3(round.mean);
    return row;
  });
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function formatSimulation(result: SimulationResult | ScenarioResult, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
  const rows = roundRows(result);
  if (format !== 'table') return render(rows, format);
  const columns: Column<RoundRow>[] = Object.keys(rows[0] ?? { t: 0 }).map((key) => ({
    header: key,
    value: (row) => row[key],
  }));
  return [summary(result), render(rows, 'table', columns), footer(result)].join('\n');
}

function show(position: number[]): string {
  return position.map((x) => round3(x)).join('; ');
}

function summary(result: SimulationResult | ScenarioResult): string {
  const lines: string[] = [];
  if ('scenario' in result) {
    lines.push(`${result.scenario.title} (${result.scenario.id})`);
    lines.push(
      `dimension: ${result.scenario.dimension.name}: ${result.scenario.dimension.low} … ${result.scenario.dimension.high}`,
    );
  }
  lines.push(
    `model ${result.model} (${result.variant}); ${result.rounds.length - 1} rounds; stopped: ${result.stopReason}${result.converged ? '' : ' (not converged)'}`,
  );
  return lines.join('\n') + '\n';
}

function footer(result: SimulationResult | ScenarioResult): string {
  const lines: string[] = [];
  const f = result.forecast;
  lines.push(`forecast: ${show(f.model.position)}  (${f.model.method})`);
  lines.push(`baseline: ${show(f.baseline.position)}  (${f.baseline.method})`);
  for (const point of f.secondary) lines.push(`also:     ${show(point.position)}  (${point.method})`);
  if (result.oscillation?.oscillating)
    lines.push(`oscillation: the median reversed direction ${result.oscillation.medianReversals} times`);
  if (result.cycle !== undefined)
    lines.push(`cycle: from round ${result.cycle.from}, length ${result.cycle.length}`);
  if ('scenario' in result) {
    if (result.levers !== undefined) {
      const l = result.levers;
      for (const lever of l.applied)
        lines.push(`lever: ${lever.actor}.${lever.field} ${lever.from} → ${lever.value}`);
      if (l.mediation !== undefined)
        lines.push(`mediation by ${l.mediation.mediator}: ${l.mediation.description}`);
      lines.push(
        `with levers: ${round3(l.changed.forecast)} (${l.changed.zone ?? 'no zone'}) vs unchanged ${round3(l.unchanged.forecast)} (${l.unchanged.zone ?? 'no zone'}): difference ${round3(l.difference.forecast)}`,
      );
    }
    const mc = result.monteCarlo;
    if (mc !== undefined) {
      lines.push(
        `Monte Carlo (${mc.runs} runs, seed ${mc.seed}): median ${round3(mc.forecast.median)}, 10–90% ${round3(mc.forecast.p10)}–${round3(mc.forecast.p90)}; baseline median ${round3(mc.baseline.median)}`,
      );
      for (const zone of mc.zones)
        lines.push(
          `  ${zone.label} [${zone.from}–${zone.to}]: ${(100 * zone.probability).toFixed(1)}% of runs`,
        );
    }
  }
  for (const note of result.notes) lines.push(`note: ${note}`);
  return lines.join('\n') + '\n';
}
