/**
 * The Assessment view: can this mediator mediate between these two parties, as of a day? The
 * three prospects with their ICD-203 term, probability and band, the analytic confidence and
 * its basis kept apart from the likelihood; the indicators sorted by their contribution, each
 * opening its evidence in the panel; the analogues, the network around the question, the
 * caveats, and what changed since a second date.
 */
import { useEffect, useState } from 'react';
import {
  fetchAssessment,
  type AssessResult,
  type Assessment,
  type Comparison,
  type Prospect,
} from '../api.ts';
import { actorName, type CaseData, type Loading } from '../case-data.ts';
import { QuestionFields, useQuestion } from '../components/QuestionFields.tsx';
import { STRINGS } from '../lib/strings.ts';
import type { Select } from '../selection.ts';

export const PROSPECTS = ['onset', 'agreement', 'durability'] as const;

const percent = (p: number | null) => (p === null ? '–' : `${Math.round(p * 100)}%`);

export function useAssessment(query: {
  caseId: string;
  mediator: string;
  parties: [string, string];
  asOf: string;
  compareAsOf: string;
}): Loading<AssessResult> | null {
  const [result, setResult] = useState<Loading<AssessResult> | null>(null);
  const { caseId, mediator, parties, asOf, compareAsOf } = query;
  const ready = mediator !== '' && parties[0] !== '' && parties[1] !== '' && asOf !== '';
  useEffect(() => {
    if (!ready) {
      setResult(null);
      return;
    }
    let current = true;
    setResult({ state: 'loading' });
    fetchAssessment({
      case: caseId,
      mediator,
      parties: parties.join(','),
      asOf,
      ...(compareAsOf === '' ? {} : { compareAsOf }),
    }).then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) =>
        current &&
        setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [caseId, mediator, parties[0], parties[1], asOf, compareAsOf, ready]);
  return result;
}

/** A probability band on 0–1: the band as a bar, the estimate as a tick. */
function BandBar({ prospect }: { prospect: Prospect }) {
  if (prospect.p === null) return null;
  const x = (v: number) => 4 + v * 192;
  return (
    <svg className="band-bar" viewBox="0 0 200 18" aria-hidden="true">
      <line x1={x(0)} x2={x(1)} y1={9} y2={9} className="band-axis" />
      {prospect.low !== null && prospect.high !== null && (
        <rect
          x={x(prospect.low)}
          width={x(prospect.high) - x(prospect.low)}
          y={4}
          height={10}
          className="band-range"
        />
      )}
      <line x1={x(prospect.p)} x2={x(prospect.p)} y1={1} y2={17} className="band-estimate" />
    </svg>
  );
}

export function ProspectCard({ name, prospect }: { name: (typeof PROSPECTS)[number]; prospect: Prospect }) {
  return (
    <article className="prospect" aria-labelledby={`prospect-${name}`}>
      <h4 id={`prospect-${name}`}>{STRINGS.prospectNames[name]}</h4>
      <div className="likelihood">
        <p className="prospect-label">{STRINGS.likelihood}</p>
        <p className="prospect-term">{prospect.term ?? STRINGS.noEstimate}</p>
        <p className="prospect-p">
          p = {percent(prospect.p)}
          {prospect.low !== null && prospect.high !== null && (
            <span className="prospect-band">
              {' '}
              ({STRINGS.band} {percent(prospect.low)}–{percent(prospect.high)})
            </span>
          )}
        </p>
        <BandBar prospect={prospect} />
        {prospect.reason !== undefined && <p className="prospect-base">{prospect.reason}</p>}
        {prospect.baseRate !== null && prospect.baseRate !== undefined && (
          <p className="prospect-base">
            {STRINGS.baseRate} {percent(prospect.baseRate.p)}: {prospect.baseRate.referenceClass}
          </p>
        )}
      </div>
      <div className="confidence" title={STRINGS.confidenceNote}>
        <p className="prospect-label">{STRINGS.analyticConfidence}</p>
        <p className="confidence-level">{prospect.confidence}</p>
        <p className="confidence-basis">
          {STRINGS.basis}: {prospect.basis.join(', ')}
        </p>
      </div>
    </article>
  );
}

/** A score on −1…+1 as a bar from the centre line. */
function ScoreBar({ score }: { score: number | null }) {
  if (score === null) return <span className="empty">–</span>;
  const mid = 50;
  const end = mid + score * 48;
  return (
    <svg className="score-bar" viewBox="0 0 100 12" role="img" aria-label={`score ${score.toFixed(2)}`}>
      <rect
        x={Math.min(mid, end)}
        width={Math.max(1, Math.abs(end - mid))}
        y={2}
        height={8}
        className={score >= 0 ? 'score-positive' : 'score-negative'}
      />
      <line x1={mid} x2={mid} y1={0} y2={12} className="score-centre" />
    </svg>
  );
}

/** The indicators ranked by contribution (the first `limit` of them when given). */
export function IndicatorTable({
  assessment,
  select,
  limit,
}: {
  assessment: Assessment;
  select: Select;
  limit?: number;
}) {
  const contribution = new Map(assessment.prospects.contributions.map((c) => [c.indicator, c.delta]));
  /** |contribution|, with indicators that contribute nothing (no value) last. */
  const weight = (id: string) => {
    const delta = contribution.get(id);
    return delta === undefined ? -1 : Math.abs(delta);
  };
  const rows = [...assessment.indicators].sort((a, b) => weight(b.id) - weight(a.id)).slice(0, limit);
  const cols = STRINGS.indicatorCols;
  return (
    <table className="indicators-table">
      <thead>
        <tr>
          <th scope="col">{cols.name}</th>
          <th scope="col">{cols.effect}</th>
          <th scope="col">{cols.score}</th>
          <th scope="col">{cols.contribution}</th>
          <th scope="col">{cols.coverage}</th>
          <th scope="col">{cols.confidence}</th>
          <th scope="col">{cols.evidence}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((indicator) => {
          const delta = contribution.get(indicator.id);
          const { events, relations, agreements, sources } = indicator.evidence;
          const count = events.length + relations.length + agreements.length;
          return (
            <tr key={indicator.id} data-indicator={indicator.id}>
              <th scope="row" title={indicator.rationale}>
                {indicator.name}
              </th>
              <td>{indicator.effect}</td>
              <td>
                <ScoreBar score={indicator.score} />
              </td>
              <td className="number">
                {delta === undefined ? '–' : `${delta > 0 ? '+' : ''}${delta.toFixed(2)}`}
              </td>
              <td className={`coverage-${indicator.coverage}`}>{indicator.coverage}</td>
              <td className="number">{indicator.confidence.toFixed(2)}</td>
              <td>
                <button
                  type="button"
                  onClick={() =>
                    select({
                      kind: 'indicator',
                      id: indicator.id,
                      name: indicator.name,
                      rationale: indicator.rationale,
                      evidence: { events, relations, agreements, sources },
                    })
                  }
                >
                  {count} item{count === 1 ? '' : 's'}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ComparisonSection({ comparison }: { comparison: Comparison }) {
  return (
    <section className="comparison" aria-labelledby="comparison-heading">
      <h3 id="comparison-heading">{STRINGS.comparison(comparison.from, comparison.to)}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{STRINGS.prospects}</th>
            <th scope="col">{comparison.from}</th>
            <th scope="col">{comparison.to}</th>
          </tr>
        </thead>
        <tbody>
          {PROSPECTS.map((name) => {
            const move = comparison.prospects[name];
            return (
              <tr key={name}>
                <th scope="row">{STRINGS.prospectNames[name]}</th>
                <td>
                  {move.termBefore ?? STRINGS.noEstimate} ({percent(move.before)})
                </td>
                <td>
                  {move.termAfter ?? STRINGS.noEstimate} ({percent(move.after)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4>{STRINGS.changedIndicators}</h4>
      <ul className="changes">
        {comparison.changed.map((change) => {
          const added = Object.values(change.added).reduce((n, ids) => n + (ids?.length ?? 0), 0);
          const removed = Object.values(change.removed).reduce((n, ids) => n + (ids?.length ?? 0), 0);
          return (
            <li key={change.id}>
              <strong>{change.name}</strong>: {change.before.score?.toFixed(2) ?? '–'} →{' '}
              {change.after.score?.toFixed(2) ?? '–'}
              {added > 0 && ` · ${added} ${STRINGS.evidenceAdded}`}
              {removed > 0 && ` · ${removed} ${STRINGS.evidenceRemoved}`}
              <br />
              <span className="hint">{change.after.rationale}</span>
            </li>
          );
        })}
      </ul>
      <p className="hint">{STRINGS.unchangedIndicators(comparison.unchanged.length)}</p>
    </section>
  );
}

export function AssessmentView({ data, select }: { data: CaseData; select: Select }) {
  const caseId = data.overview.case.id;
  const state = useQuestion(data);
  const { mediator, partyA, partyB, asOf } = state.question;
  const [compareAsOf, setCompareAsOf] = useState('');
  const result = useAssessment({ caseId, mediator, parties: [partyA, partyB], asOf, compareAsOf });
  const assessment = result?.state === 'ready' ? result.value.assessment : null;
  const comparison = result?.state === 'ready' ? result.value.comparison?.changes : undefined;
  return (
    <section className="view assessment-view" aria-labelledby="assessment-heading">
      <p className="case-title">{data.overview.case.title}</p>
      <h2 id="assessment-heading" className="question">
        {data.overview.case.question}
      </h2>
      <form className="assessment-controls" onSubmit={(e) => e.preventDefault()}>
        <QuestionFields data={data} state={state} />
        <label title={STRINGS.compareNone}>
          {STRINGS.compareWith}{' '}
          <input type="date" value={compareAsOf} onChange={(e) => setCompareAsOf(e.target.value)} />
        </label>
      </form>
      {result === null && <p className="hint">{STRINGS.chooseActors}</p>}
      {result?.state === 'loading' && <p>{STRINGS.loading}</p>}
      {result?.state === 'error' && <p role="alert">{result.message}</p>}
      {assessment !== null && (
        <>
          <p className="assessment-question">
            {STRINGS.assessmentQuestion}: Can {actorName(data, assessment.mediator.id)} mediate between{' '}
            {actorName(data, assessment.parties[0].id)} and {actorName(data, assessment.parties[1].id)}, and
            what would come of it? ({STRINGS.asOf.toLowerCase()} {assessment.asOf})
          </p>
          <h3>{STRINGS.prospects}</h3>
          <div className="prospects">
            {PROSPECTS.map((name) => (
              <ProspectCard key={name} name={name} prospect={assessment.prospects[name]} />
            ))}
          </div>
          <p className="hint">{STRINGS.confidenceNote}</p>
          {comparison !== undefined && <ComparisonSection comparison={comparison} />}
          <h3>{STRINGS.indicators}</h3>
          <IndicatorTable assessment={assessment} select={select} />
          <h3>{STRINGS.analogues}</h3>
          <ul className="analogues">
            {assessment.prospects.analogues.map((analogue) => (
              <li key={analogue.name} className={analogue.success ? 'success' : 'failure'}>
                <strong>{analogue.name}</strong> <span className="tag">{analogue.kind}</span>{' '}
                <span className="tag">{analogue.success ? STRINGS.succeeded : STRINGS.failed}</span>
                <br />
                {analogue.outcome}{' '}
                {analogue.evidence
                  .filter((id) => id.startsWith('agr-'))
                  .map((id) => (
                    <button
                      key={id}
                      type="button"
                      className="link-button"
                      onClick={() => select({ kind: 'agreement', id })}
                    >
                      {id}
                    </button>
                  ))}
              </li>
            ))}
          </ul>
          <h3>{STRINGS.networkSummary}</h3>
          <p>
            {assessment.network.window.from} – {assessment.network.window.to}: {assessment.network.nodes}{' '}
            actors, {assessment.network.edges} ties.{' '}
            {assessment.network.triad !== null && (
              <span className={assessment.network.triad.balanced ? '' : 'unbalanced-note'}>
                {assessment.network.triad.reading}.
              </span>
            )}{' '}
            {assessment.network.brokers.length > 0 &&
              `${STRINGS.brokers}: ${assessment.network.brokers
                .map((b) => `${actorName(data, b.id)} (${Math.round(b.share * 100)}%)`)
                .join(', ')}.`}
          </p>
          <h3>{STRINGS.caveats}</h3>
          <ul className="caveats">
            {assessment.caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
