/**
 * The Case view: the question with its current prospects (term, band, confidence), the top
 * indicators and what changed since a chosen day (the assessment endpoint, on the case's
 * founding question as of its last event), what the store holds for the case (counted by the
 * server), the latest events and the sources.
 */
import { useState } from 'react';
import type { CaseData } from '../case-data.ts';
import { BriefPanel } from '../components/BriefPanel.tsx';
import { EventList } from '../components/EventList.tsx';
import { useQuestion } from '../components/QuestionFields.tsx';
import { STRINGS } from '../lib/strings.ts';
import type { Select } from '../selection.ts';
import {
  ComparisonSection,
  IndicatorTable,
  ProspectCard,
  PROSPECTS,
  useAssessment,
} from './AssessmentView.tsx';

/** Indicators shown on the Case view; the Assessment view lists them all. */
const TOP_INDICATORS = 5;

/** The current answer: prospects, top indicators, and the changes since `compareAsOf`. */
function CurrentProspects({ data, select }: { data: CaseData; select: Select }) {
  const { question } = useQuestion(data);
  const [compareAsOf, setCompareAsOf] = useState('');
  const result = useAssessment({
    caseId: data.overview.case.id,
    mediator: question.mediator,
    parties: [question.partyA, question.partyB],
    asOf: question.asOf,
    compareAsOf,
  });
  if (result === null) return <p className="hint">{STRINGS.caseNoQuestion}</p>;
  if (result.state === 'loading') return <p>{STRINGS.loadingProspects}</p>;
  if (result.state === 'error') return <p role="alert">{result.message}</p>;
  const { assessment, comparison } = result.value;
  return (
    <section className="case-prospects" aria-labelledby="case-prospects">
      <h3 id="case-prospects">{STRINGS.currentProspects(assessment.asOf)}</h3>
      <div className="prospects">
        {PROSPECTS.map((name) => (
          <ProspectCard key={name} name={name} prospect={assessment.prospects[name]} />
        ))}
      </div>
      <p className="hint">{STRINGS.confidenceNote}</p>
      <h3>{STRINGS.topIndicators}</h3>
      <IndicatorTable assessment={assessment} select={select} limit={TOP_INDICATORS} />
      <form className="assessment-controls" onSubmit={(e) => e.preventDefault()}>
        <label title={STRINGS.compareNone}>
          {STRINGS.compareWith}{' '}
          <input type="date" value={compareAsOf} onChange={(e) => setCompareAsOf(e.target.value)} />
        </label>
      </form>
      {comparison !== undefined && <ComparisonSection comparison={comparison.changes} />}
    </section>
  );
}

/** Sources listed before "show all". */
const SOURCES_SHOWN = 12;

export function CaseView({ data, select }: { data: CaseData; select: Select }) {
  const { overview } = data;
  const { counts } = overview;
  const [allSources, setAllSources] = useState(false);
  const sorted = [...data.sources.values()].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? ''),
  );
  const sources = allSources ? sorted : sorted.slice(0, SOURCES_SHOWN);
  return (
    <section className="view case-view" aria-labelledby="case-question">
      <p className="case-title">{overview.case.title}</p>
      <h2 id="case-question" className="question">
        {overview.case.question}
      </h2>
      {overview.case.description !== '' && <p className="description">{overview.case.description}</p>}
      <CurrentProspects key={`prospects-${overview.case.id}`} data={data} select={select} />
      <BriefPanel key={overview.case.id} data={data} />
      <h3>{STRINGS.holds}</h3>
      <dl className="counts">
        {(
          [
            ['actors', counts.actors],
            ['events', counts.events],
            ['relations', counts.relations],
            ['agreements', counts.agreements],
            ['negotiations', counts.negotiations],
            ['sources', counts.sources],
          ] as const
        ).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div>
          <dt>deaths (best estimates)</dt>
          <dd>{overview.fatalitiesBest}</dd>
        </div>
        <div className="period">
          <dt>period of events</dt>
          <dd>
            {overview.firstEvent ?? '–'} – {overview.lastEvent ?? '–'}
          </dd>
        </div>
      </dl>
      <h3>{STRINGS.latestEvents}</h3>
      {overview.latestEvents.length === 0 ? (
        <p>{STRINGS.noEvents}</p>
      ) : (
        <EventList events={overview.latestEvents} select={select} label={STRINGS.latestEvents} />
      )}
      <h3>{STRINGS.sources}</h3>
      {sources.length === 0 ? (
        <p>{STRINGS.noSources}</p>
      ) : (
        <ul className="source-list">
          {sources.map((source) => (
            <li key={source.id}>
              <span className="source-title">{source.title}</span>
              <span className="source-meta">
                {' '}
                {source.publisher ?? source.kind}
                {source.published !== null && `, ${source.published}`}
                {source.reliability !== null && ` · ${source.reliability}${source.credibility ?? ''}`}
              </span>
              {source.url !== null && (
                <>
                  {' '}
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    link
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {sorted.length > SOURCES_SHOWN && (
        <button type="button" onClick={() => setAllSources(!allSources)} aria-expanded={allSources}>
          {allSources ? STRINGS.fewerSources : STRINGS.allSources(sorted.length)}
        </button>
      )}
    </section>
  );
}
