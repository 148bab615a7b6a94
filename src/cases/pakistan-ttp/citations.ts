/**
 * The seed analysis's footnotes as citations: which page each marker [1]–[4] points to.
 * Read off the seed's footnote list (all four pages accessed 09.05.2023); written by us.
 */
import type { Citation } from '../../model/index.ts';
import { SEED_ID } from './sources.ts';

export const citations: Citation[] = [
  { fromSourceId: SEED_ID, toSourceId: 'reuters-2022-08-28-taliban-accuses-pakistan-drones', marker: '[1]' },
  { fromSourceId: SEED_ID, toSourceId: 'stanford-mmp-ttp', marker: '[2]' },
  { fromSourceId: SEED_ID, toSourceId: 'aljazeera-2023-05-07-china-pakistan-afghanistan-fms', marker: '[3]' },
  { fromSourceId: SEED_ID, toSourceId: 'thenews-2023-05-08-muttaqi-urges-dialogue', marker: '[4]' },
];
