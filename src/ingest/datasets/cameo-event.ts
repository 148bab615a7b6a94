/**
 * What the CAMEO-coded event datasets (GDELT, ICEWS) share: a CAMEO code kept as a string
 * ("010" is not "10") turned into PLOVER type, mode and context, with statements (root 01),
 * which PLOVER does not code, skipped rather than rejected.
 */
import { cameoRoot, isCameoCodeShape } from '../../model/cameo.ts';
import { cameoToPlover, type PloverMapping } from '../../model/cameo-plover.ts';
import { isModeOf } from '../../model/index.ts';
import { FieldProblem } from '../fields.ts';

export type CameoReading = { statement: true } | { statement: false; mapping: PloverMapping };

export function readCameo(code: string, column: string): CameoReading {
  if (!isCameoCodeShape(code))
    throw new FieldProblem(column, `'${code}' is not a CAMEO code (2 to 4 digits, kept as written)`);
  if (cameoRoot(code) === '01') return { statement: true };
  const mapping = cameoToPlover(code);
  if (mapping === undefined) throw new FieldProblem(column, `unknown CAMEO code '${code}'`);
  return {
    statement: false,
    mapping: isModeOf(mapping.type, mapping.mode) ? mapping : { ...mapping, mode: null },
  };
}
