/**
 * What the evidence panel shows: one event, relation or agreement by id, an actor's
 * designation or period, or an indicator of the assessment with the items its value rests on.
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
  | { kind: 'designation'; actorId: string; index: number }
  | { kind: 'period'; actorId: string; index: number }
  | IndicatorSelection;

export type Select = (selection: Selection | null) => void;
