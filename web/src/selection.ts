/** What the evidence panel shows: one event or one relation, by id. */
export type Selection = { kind: 'event'; id: string } | { kind: 'relation'; id: string };

export type Select = (selection: Selection | null) => void;
