/** The founding case's brief request the report tests share: the seed's question, as of its date. */
import type { BriefRequest } from '../../src/app/brief.ts';

export const foundingRequest = {
  caseId: 'pakistan-ttp',
  mediator: 'afghan-taliban',
  parties: ['pakistan', 'ttp'],
  asOf: '2023-05-09',
  scenario: 'pakistan-ttp/ttp-demands',
  generated: '2026-01-01',
  runs: 50,
} satisfies BriefRequest;
