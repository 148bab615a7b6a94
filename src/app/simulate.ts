/**
 * The `simulate` use case: reads a bargaining input file (KTAB CSV/XML or a BDM actor table)
 * or a built-in scenario, runs the chosen model and returns the result object. No printing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBdmCsv } from '../bargain/bdm/csv.ts';
import { runBdm } from '../bargain/bdm/model.ts';
import { bdmResult } from '../bargain/bdm/result.ts';
import type { BdmInput } from '../bargain/bdm/types.ts';
import { bdmVariant, DEFAULT_BDM_VARIANT } from '../bargain/bdm/variants.ts';
import { detectInputFormat } from '../bargain/input-format.ts';
import type { SimulationResult } from '../bargain/result.ts';
import { analyseScenario, type ScenarioResult } from '../bargain/scenario/analyse.ts';
import { parseLever } from '../bargain/scenario/levers.ts';
import { parseScenario } from '../bargain/scenario/load.ts';
import type { Scenario } from '../bargain/scenario/schema.ts';
import { parseKtabCsv } from '../bargain/smp/csv.ts';
import { runSmp } from '../bargain/smp/model.ts';
import { smpResult } from '../bargain/smp/result.ts';
import type { SmpInput } from '../bargain/smp/types.ts';
import { parseKtabXml } from '../bargain/smp/xml.ts';
import { NotFoundError, UnprocessableError, ValidationError } from '../errors.ts';

export type SimulationModelName = 'smp' | 'bdm';

export interface SimulateRequest {
  model?: SimulationModelName;
  /** Path of a KTAB CSV/XML or BDM CSV file. */
  input?: string;
  /** `<case>/<scenario>` of a built-in scenario, or a path to a scenario YAML file. */
  scenario?: string;
  variant?: string;
  rounds?: number;
  /** `actor.field=value` levers (scenario runs). */
  set?: string[];
  /** Apply the scenario's mediation lever. */
  mediation?: boolean;
  /** Monte Carlo runs (scenario runs). */
  runs?: number;
  seed?: number;
  /** ± per cent used for actors without their own uncertainty. */
  perturb?: number;
}

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'cases');

export function simulate(request: SimulateRequest): SimulationResult | ScenarioResult {
  if ((request.input === undefined) === (request.scenario === undefined)) {
    throw new ValidationError('give exactly one of --input FILE or --scenario CASE/NAME', {
      field: '--input',
    });
  }
  if (request.rounds !== undefined && (!Number.isInteger(request.rounds) || request.rounds < 1)) {
    throw new ValidationError(`expected a positive whole number of rounds, got ${request.rounds}`, {
      field: '--rounds',
    });
  }
  if (request.scenario !== undefined) return simulateScenario(request, request.scenario);
  return simulateFile(request, request.input!);
}

function readText(path: string): string {
  if (!existsSync(path)) throw new NotFoundError('file', path);
  return readFileSync(path, 'utf8');
}

function simulateFile(request: SimulateRequest, path: string): SimulationResult {
  if (request.set !== undefined && request.set.length > 0) {
    throw new ValidationError('--set applies to scenarios; edit the input file instead', { field: '--set' });
  }
  if (request.runs !== undefined)
    throw new ValidationError('--runs applies to scenarios', { field: '--runs' });
  const text = readText(path);
  const format = detectInputFormat(text, path);
  const model = request.model ?? (format === 'bdm-csv' ? 'bdm' : 'smp');
  const rounds = request.rounds === undefined ? {} : { maxTurns: request.rounds };
  if (model === 'smp') {
    if (format === 'bdm-csv') {
      throw new UnprocessableError(`${path} is a BDM actor table; the SMP reads KTAB CSV or XML input`);
    }
    if (request.variant !== undefined && request.variant !== 'ktab') {
      throw new ValidationError(`the SMP has one variant, 'ktab' (parameters come from the XML input)`, {
        field: '--variant',
      });
    }
    const input = format === 'ktab-xml' ? parseKtabXml(text, path) : parseKtabCsv(text, path);
    return smpResult(input, runSmp(input, rounds));
  }
  const input =
    format === 'bdm-csv'
      ? parseBdmCsv(text, path).input
      : bdmFromKtab(format === 'ktab-xml' ? parseKtabXml(text, path) : parseKtabCsv(text, path), path);
  const variant = bdmVariant(request.variant ?? DEFAULT_BDM_VARIANT);
  const run = runBdm(input, variant, request.rounds === undefined ? {} : { maxRounds: request.rounds });
  return bdmResult(input, run);
}

/** A one-dimensional KTAB input read as BDM input: salience/100, positions on 0–100. */
function bdmFromKtab(input: SmpInput, path: string): BdmInput {
  if (input.dimensions.length !== 1) {
    throw new UnprocessableError(
      `${path} has ${input.dimensions.length} dimensions; the BDM model takes one`,
    );
  }
  return {
    actors: input.actors.map((a) => ({
      name: a.name,
      capability: a.capability,
      position: a.positions[0]!,
      salience: a.saliences[0]! / 100,
    })),
    positionRange: { min: 0, max: 100 },
  };
}

export function scenarioPath(reference: string): string {
  if (reference.endsWith('.yaml') || reference.endsWith('.yml')) return reference;
  const match = /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(reference);
  if (!match)
    throw new ValidationError(`expected CASE/NAME or a .yaml path, got '${reference}'`, {
      field: '--scenario',
    });
  return join(CASES_DIR, match[1]!, 'scenarios', `${match[2]!}.yaml`);
}

export function loadScenario(reference: string): Scenario {
  const path = scenarioPath(reference);
  if (!existsSync(path)) throw new NotFoundError('scenario', reference);
  return parseScenario(readFileSync(path, 'utf8'), path);
}

function simulateScenario(request: SimulateRequest, reference: string): ScenarioResult {
  const scenario = loadScenario(reference);
  if (request.runs !== undefined && (!Number.isInteger(request.runs) || request.runs < 1)) {
    throw new ValidationError(`expected a positive whole number of runs, got ${request.runs}`, {
      field: '--runs',
    });
  }
  return analyseScenario(scenario, {
    ...(request.model === undefined ? {} : { model: request.model }),
    ...(request.variant === undefined ? {} : { variant: request.variant }),
    ...(request.rounds === undefined ? {} : { rounds: request.rounds }),
    levers: (request.set ?? []).map(parseLever),
    mediation: request.mediation === true,
    ...(request.runs === undefined
      ? {}
      : {
          monteCarlo: {
            runs: request.runs,
            seed: request.seed ?? 1,
            ...(request.perturb === undefined ? {} : { perturbPercent: request.perturb }),
          },
        }),
  });
}
