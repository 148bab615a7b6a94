/**
 * The periods of an actor in its edit form (when it existed or, for a government, held power):
 * each period's from and to dates (empty is an open end) and the sources its evidence cites,
 * chosen among the case's sources as elsewhere in the form (across the whole row, so that long
 * titles have room to wrap); periods added and removed. A
 * problem with a period, found by the schema or refused by the server, is shown beside the
 * input it names.
 */
import {
  addPeriod,
  periodsOf,
  removePeriod,
  setPeriodEnd,
  setPeriodSources,
  type PeriodEnd,
} from '../../lib/actor-periods.ts';
import { STRINGS } from '../../lib/strings.ts';
import { FieldProblem } from './FieldProblem.tsx';
import { MultiPicker, sourceChoices, type SourceChoice } from './choices.tsx';

const S = STRINGS.curation;

export function PeriodsEditor({
  draft,
  change,
  sources,
  problemAt,
}: {
  draft: unknown;
  change: (draft: unknown) => void;
  sources: readonly SourceChoice[];
  /** The problem named at a field path or inside it; null when none. */
  problemAt: (path: string) => string | null;
}) {
  const periods = periodsOf(draft);
  const known = sourceChoices(sources);
  const end = (index: number, which: PeriodEnd, value: string | null) => {
    const id = `edit-periods-${index}-${which}`;
    return (
      <>
        <label htmlFor={id}>{S.periodEnd(index, which)}</label>
        <span className="field-input">
          <input
            id={id}
            type="date"
            value={value ?? ''}
            aria-describedby={`${id}-problem`}
            onChange={(e) => change(setPeriodEnd(draft, index, which, e.target.value))}
          />
          <FieldProblem id={`${id}-problem`} text={problemAt(`periods.${index}.${which}`)} />
        </span>
      </>
    );
  };
  return (
    <fieldset className="periods-editor">
      <legend>{S.periods}</legend>
      <p className="hint">{S.periodsHint}</p>
      {periods.length === 0 && <p className="empty">{S.periodsNone}</p>}
      {periods.map((period, index) => {
        const sourcesId = `edit-periods-${index}-evidence`;
        return (
          <div key={index} className="period-row editor-fields" data-period={index}>
            {end(index, 'from', period.from)}
            {end(index, 'to', period.to)}
            <label htmlFor={sourcesId} className="period-sources">
              {S.periodSources(index)}
            </label>
            <span className="field-input period-sources">
              <MultiPicker
                id={sourcesId}
                known={known}
                chosen={period.evidence.map((e) => e.sourceId)}
                describedBy={`${sourcesId}-problem`}
                onChange={(ids) => change(setPeriodSources(draft, index, ids))}
              />
              <FieldProblem id={`${sourcesId}-problem`} text={problemAt(`periods.${index}.evidence`)} />
            </span>
            <span />
            <button type="button" onClick={() => change(removePeriod(draft, index))}>
              {S.removePeriod(index)}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => change(addPeriod(draft))}>
        {S.addPeriod}
      </button>
    </fieldset>
  );
}
