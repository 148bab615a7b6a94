/**
 * The question an assessment or a brief answers: a mediator, two parties and a day, chosen
 * among the case's actors. Built-in cases start on their founding question; others start empty.
 */
import { useState } from 'react';
import type { CaseData } from '../case-data.ts';
import { FOUNDING_QUESTIONS } from '../../../src/cases/founding-questions.ts';
import { STRINGS } from '../lib/strings.ts';

export interface Question {
  mediator: string;
  partyA: string;
  partyB: string;
  asOf: string;
}

/** The question's state, starting on the case's founding question as of its last event. */
export function useQuestion(data: CaseData) {
  const preset = FOUNDING_QUESTIONS[data.overview.case.id];
  const has = (id: string | undefined) => (id !== undefined && data.actors.has(id) ? id : '');
  const [mediator, setMediator] = useState(has(preset?.mediator));
  const [partyA, setPartyA] = useState(has(preset?.parties[0]));
  const [partyB, setPartyB] = useState(has(preset?.parties[1]));
  const [asOf, setAsOf] = useState(data.overview.lastEvent ?? new Date().toISOString().slice(0, 10));
  const question: Question = { mediator, partyA, partyB, asOf };
  const setters = { setMediator, setPartyA, setPartyB, setAsOf };
  return { question, ...setters, complete: mediator !== '' && partyA !== '' && partyB !== '' && asOf !== '' };
}

export type QuestionState = ReturnType<typeof useQuestion>;

function ActorSelect(props: { data: CaseData; label: string; value: string; set: (v: string) => void }) {
  const actors = [...props.data.actors.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <label>
      {props.label}{' '}
      <select value={props.value} onChange={(e) => props.set(e.target.value)}>
        <option value="">–</option>
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The mediator, the two parties and the "as of" day, as form fields. */
export function QuestionFields({ data, state }: { data: CaseData; state: QuestionState }) {
  const { question } = state;
  return (
    <>
      <ActorSelect data={data} label={STRINGS.mediator} value={question.mediator} set={state.setMediator} />
      <ActorSelect data={data} label={STRINGS.partyA} value={question.partyA} set={state.setPartyA} />
      <ActorSelect data={data} label={STRINGS.partyB} value={question.partyB} set={state.setPartyB} />
      <label>
        {STRINGS.asOf}{' '}
        <input
          type="date"
          value={question.asOf}
          required
          onChange={(e) => e.target.value !== '' && state.setAsOf(e.target.value)}
        />
      </label>
    </>
  );
}
