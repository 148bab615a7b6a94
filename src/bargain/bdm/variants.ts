/**
 * The named BDM variants (SPEC §A.9): the paper's equations as the default, and the
 * Scholz-code (jmckib) quirks that reproduce the published EU car-emissions rounds.
 */
import { UnprocessableError } from '../../errors.ts';
import type { BdmVariant } from './types.ts';

export const BDM_VARIANTS = {
  paper: {
    name: 'paper',
    probability: 'paper',
    riskAdjustedVotes: false,
    offerSelection: 'smallest-move',
    capitulation: true,
    q: 1,
    t: 1,
  },
  'scholz-code': {
    name: 'scholz-code',
    probability: 'all-pairs',
    riskAdjustedVotes: true,
    offerSelection: 'scholz-code',
    capitulation: false,
    q: 1,
    t: 1,
  },
  net: {
    name: 'net',
    probability: 'net',
    riskAdjustedVotes: false,
    offerSelection: 'smallest-move',
    capitulation: true,
    q: 1,
    t: 1,
  },
} as const satisfies Record<string, BdmVariant>;

export type BdmVariantName = keyof typeof BDM_VARIANTS;
export const BDM_VARIANT_NAMES = Object.keys(BDM_VARIANTS) as BdmVariantName[];
export const DEFAULT_BDM_VARIANT: BdmVariantName = 'paper';

export function bdmVariant(name: string): BdmVariant {
  if (name in BDM_VARIANTS) return BDM_VARIANTS[name as BdmVariantName];
  throw new UnprocessableError(
    `unknown BDM variant '${name}'; expected one of ${BDM_VARIANT_NAMES.join(', ')}`,
  );
}
