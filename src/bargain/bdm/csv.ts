/**
 * Reader of BDM actor CSV files as published with the reference implementations: a header
 * naming the actor, capability (or resources/power), position and salience columns, one
 * actor per line. Salience on 0–1 or 0–100 (detected: any value above 1 means 0–100).
 */
import { ValidationError } from '../../errors.ts';
import { parseNumber, splitCsv } from '../csv-lines.ts';
import type { BdmInput } from './types.ts';

const COLUMN_NAMES = {
  name: ['actor', 'name', 'stakeholder'],
  capability: ['capability', 'resources', 'power', 'influence', 'clout'],
  position: ['position'],
  salience: ['salience'],
} as const;

/** Fewer actors leave no third party to vote on a challenge. */
export const BDM_MIN_ACTORS = 3;

export interface BdmCsv {
  input: BdmInput;
  /** 1 when saliences were read on 0–1, 100 when on 0–100. */
  salienceScale: 1 | 100;
}

export function parseBdmCsv(text: string, file = '<input>'): BdmCsv {
  const lines = splitCsv(text);
  const header = lines[0];
  if (header === undefined) throw new ValidationError('the file is empty', { file, line: 1 });
  const lower = header.cells.map((c) => c.toLowerCase());
  const column = (key: keyof typeof COLUMN_NAMES): number => {
    const index = lower.findIndex((name) => (COLUMN_NAMES[key] as readonly string[]).includes(name));
    if (index < 0) {
      throw new ValidationError(`no ${key} column (expected one of ${COLUMN_NAMES[key].join(', ')})`, {
        file,
        line: header.line,
        field: key,
      });
    }
    return index;
  };
  const columns = {
    name: column('name'),
    capability: column('capability'),
    position: column('position'),
    salience: column('salience'),
  };
  const rows = lines.slice(1).map((line) => {
    const cell = (key: 'capability' | 'position' | 'salience'): number => {
      const raw = line.cells[columns[key]];
      const value = parseNumber(raw);
      if (value === undefined) {
        throw new ValidationError(
          raw === undefined || raw === '' ? `missing ${key}` : `not a number: '${raw}'`,
          {
            file,
            line: line.line,
            field: header.cells[columns[key]] ?? key,
          },
        );
      }
      return value;
    };
    const name = line.cells[columns.name] ?? '';
    if (name === '')
      throw new ValidationError('the actor has no name', {
        file,
        line: line.line,
        field: header.cells[columns.name] ?? 'name',
      });
    const capability = cell('capability');
    if (capability <= 0) {
      throw new ValidationError(`capability must be > 0, got ${capability}`, {
        file,
        line: line.line,
        field: header.cells[columns.capability] ?? 'capability',
      });
    }
    const salience = cell('salience');
    if (salience < 0 || salience > 100) {
      throw new ValidationError(`salience must lie in 0–1 or 0–100, got ${salience}`, {
        file,
        line: line.line,
        field: header.cells[columns.salience] ?? 'salience',
      });
    }
    return { line: line.line, name, capability, position: cell('position'), salience };
  });
  if (rows.length < BDM_MIN_ACTORS) {
    throw new ValidationError(`the BDM model needs at least ${BDM_MIN_ACTORS} actors, got ${rows.length}`, {
      file,
      line: (lines[lines.length - 1] ?? header).line,
    });
  }
  const salienceScale = rows.some((r) => r.salience > 1) ? 100 : 1;
  return {
    input: {
      actors: rows.map((r) => ({
        name: r.name,
        capability: r.capability,
        position: r.position,
        salience: r.salience / salienceScale,
      })),
    },
    salienceScale,
  };
}
