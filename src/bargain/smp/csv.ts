/**
 * Reader of KTAB's SMP CSV input (SPEC §B.1): a scenario line (name, description, N, D), a
 * header line (Actor, Description, Power, then a position and a salience column per
 * dimension) and N actor lines; trailing commas tolerated. Bad cells are ValidationErrors
 * naming the file, line and field.
 */
import { ValidationError } from '../../errors.ts';
import { parseNumber, splitCsv, type CsvLine } from '../csv-lines.ts';
import type { SmpActorInput, SmpInput } from './types.ts';

export const SMP_MIN_ACTORS = 3;
export const SMP_MAX_ACTORS = 250;
export const SMP_MAX_CAPABILITY = 1e8;

export function parseKtabCsv(text: string, file = '<input>'): SmpInput {
  const lines = splitCsv(text);
  const scenario = lines[0];
  const header = lines[1];
  if (scenario === undefined || header === undefined) {
    throw new ValidationError('a KTAB CSV needs a scenario line and a header line', {
      file,
      line: lines.length + 1,
    });
  }
  const actorCount = integerCell(scenario, 2, 'number of actors', file);
  const dimensionCount = integerCell(scenario, 3, 'number of dimensions', file);
  if (dimensionCount < 1) {
    throw new ValidationError('at least one dimension is needed', {
      file,
      line: scenario.line,
      field: 'number of dimensions',
    });
  }
  if (actorCount < SMP_MIN_ACTORS || actorCount > SMP_MAX_ACTORS) {
    throw new ValidationError(
      `the SMP needs ${SMP_MIN_ACTORS} to ${SMP_MAX_ACTORS} actors, got ${actorCount}`,
      {
        file,
        line: scenario.line,
        field: 'number of actors',
      },
    );
  }
  const columns = 3 + 2 * dimensionCount;
  if (header.cells.length < columns) {
    throw new ValidationError(
      `expected ${columns} columns for ${dimensionCount} dimensions, got ${header.cells.length}`,
      {
        file,
        line: header.line,
      },
    );
  }
  const dimensions = Array.from({ length: dimensionCount }, (_, d) => header.cells[3 + 2 * d]!);
  const actorLines = lines.slice(2);
  if (actorLines.length !== actorCount) {
    throw new ValidationError(
      `the scenario line announces ${actorCount} actors but ${actorLines.length} actor lines follow`,
      {
        file,
        line: (actorLines[actorLines.length - 1] ?? header).line,
        field: 'number of actors',
      },
    );
  }
  const actors = actorLines.map((line) => parseActor(line, header.cells, dimensionCount, file));
  return {
    scenarioName: scenario.cells[0] ?? '',
    description: scenario.cells[1] ?? '',
    dimensions,
    actors,
  };
}

function integerCell(line: CsvLine, index: number, field: string, file: string): number {
  const value = parseNumber(line.cells[index]);
  if (value === undefined || !Number.isInteger(value)) {
    throw new ValidationError(`expected an integer, got '${line.cells[index] ?? ''}'`, {
      file,
      line: line.line,
      field,
    });
  }
  return value;
}

function parseActor(line: CsvLine, header: string[], dimensionCount: number, file: string): SmpActorInput {
  const name = line.cells[0] ?? '';
  if (name === '')
    throw new ValidationError('the actor has no name', {
      file,
      line: line.line,
      field: header[0] ?? 'Actor',
    });
  const number = (index: number): number => {
    const field = header[index] ?? `column ${index + 1}`;
    const value = parseNumber(line.cells[index]);
    if (value === undefined) {
      const cell = line.cells[index];
      throw new ValidationError(
        cell === undefined || cell === '' ? 'missing value' : `not a number: '${cell}'`,
        {
          file,
          line: line.line,
          field,
        },
      );
    }
    return value;
  };
  const capability = number(2);
  if (capability <= 0 || capability > SMP_MAX_CAPABILITY) {
    throw new ValidationError(`capability must be > 0 and ≤ ${SMP_MAX_CAPABILITY}, got ${capability}`, {
      file,
      line: line.line,
      field: header[2] ?? 'Power',
    });
  }
  const positions: number[] = [];
  const saliences: number[] = [];
  for (let d = 0; d < dimensionCount; d++) {
    const position = number(3 + 2 * d);
    const salience = number(4 + 2 * d);
    inRange(position, 0, 100, line, header[3 + 2 * d], file, 'position');
    inRange(salience, 0, 100, line, header[4 + 2 * d], file, 'salience');
    positions.push(position);
    saliences.push(salience);
  }
  const total = saliences.reduce((sum, s) => sum + s, 0);
  if (total > 100 + 1e-9) {
    throw new ValidationError(`the saliences of '${name}' sum to ${total}, above 100`, {
      file,
      line: line.line,
      field: header[4 + 2 * (dimensionCount - 1)] ?? 'salience',
    });
  }
  if (total <= 0) {
    throw new ValidationError(`'${name}' has no salience on any dimension (the total must be > 0)`, {
      file,
      line: line.line,
      field: header[4] ?? 'salience',
    });
  }
  return { name, description: line.cells[1] ?? '', capability, positions, saliences };
}

function inRange(
  value: number,
  min: number,
  max: number,
  line: CsvLine,
  field: string | undefined,
  file: string,
  what: string,
): void {
  if (value < min || value > max) {
    throw new ValidationError(`${what} must lie in ${min}–${max}, got ${value}`, {
      file,
      line: line.line,
      field: field ?? what,
    });
  }
}
