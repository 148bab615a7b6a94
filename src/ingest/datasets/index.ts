/**
 * The registry of dataset formats: look one up by name, or detect it from a file's first
 * record. Each format lives in its own file and implements `DatasetFormat`.
 */
import { NotFoundError, ValidationError } from '../../errors.ts';
import { acled } from './acled.ts';
import { cwm } from './cwm.ts';
import type { DatasetFormat } from './format.ts';
import { gdelt } from './gdelt.ts';
import { icews } from './icews.ts';
import { pax } from './pax.ts';
import { ucdpAcd } from './ucdp-acd.ts';
import { ucdpActors } from './ucdp-actors.ts';
import { ucdpGed } from './ucdp-ged.ts';
import { ucdpNonState } from './ucdp-nonstate.ts';
import { ucdpPeace } from './ucdp-peace.ts';
import { ucdpTerm } from './ucdp-term.ts';

export type { DatasetFormat } from './format.ts';

export const DATASET_FORMATS: readonly DatasetFormat[] = [
  ucdpGed,
  ucdpActors,
  ucdpPeace,
  ucdpAcd,
  ucdpNonState,
  ucdpTerm,
  pax,
  cwm,
  acled,
  icews,
  gdelt,
];

export function datasetFormat(name: string): DatasetFormat {
  const found = DATASET_FORMATS.find((format) => format.name === name);
  if (found === undefined) {
    throw new NotFoundError(
      'dataset format',
      name,
      DATASET_FORMATS.map((format) => format.name),
    );
  }
  return found;
}

/** The format whose `detect` accepts this first record (split by its own delimiter). */
export function detectFormat(
  firstByDelimiter: { ',': readonly string[]; '\t': readonly string[] },
  file: string,
): DatasetFormat {
  const found = DATASET_FORMATS.find((format) => format.detect(firstByDelimiter[format.layout.delimiter]));
  if (found === undefined) {
    throw new ValidationError(
      `cannot tell the dataset format from the first line; name it (${DATASET_FORMATS.map((f) => f.name).join(', ')})`,
      { file, line: 1 },
    );
  }
  return found;
}
