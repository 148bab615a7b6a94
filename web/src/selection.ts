/**
 * What the evidence panel shows: one event, relation or agreement by id, or an indicator of
 * the assessment with the items its value rests on.
 */
export interface IndicatorSelection {
  kind: 'indicator';
  id: string;
  name: string;
  rationale: string;
  evidence: { events: string[]; relations: string[]; agreements: string[]; sources: string[] };
}

export type Selection =
  | { kind: 'event'; id: string }
  | { kind: 'relation'; id: string }
  | { kind: 'agreement'; id: string }
  | IndicatorSelection;

export type Select = (selection: Selection | null) => void;
