/**
 * The Brief button: opens the brief for a question (mediator, two parties, a day) as a
 * preview in a sandboxed frame (`GET /api/brief`, HTML under a CSP of its own that allows its
 * inline styles and no script), with Markdown, DOCX and PDF offered as downloads.
 */
import { useState } from 'react';
import { briefUrl, type BriefQuery } from '../api.ts';
import type { CaseData } from '../case-data.ts';
import { STRINGS } from '../lib/strings.ts';
import { QuestionFields, useQuestion, type Question } from './QuestionFields.tsx';

const DOWNLOADS = ['md', 'docx', 'pdf'] as const;

function queryFor(caseId: string, question: Question, format: BriefQuery['format']): BriefQuery {
  return {
    case: caseId,
    mediator: question.mediator,
    parties: `${question.partyA},${question.partyB}`,
    asOf: question.asOf,
    format,
  };
}

export function BriefPanel({ data }: { data: CaseData }) {
  const caseId = data.overview.case.id;
  const state = useQuestion(data);
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const show = () => {
    if (!state.complete) return;
    setLoaded(false);
    setPreview(briefUrl(queryFor(caseId, state.question, 'html')));
  };
  const toggle = () => {
    if (!open) show();
    setOpen(!open);
  };
  return (
    <div className="brief">
      <button
        type="button"
        className="brief-button"
        aria-expanded={open}
        aria-controls="brief-panel"
        onClick={toggle}
      >
        {open ? STRINGS.briefClose : STRINGS.brief}
      </button>
      {open && (
        <section id="brief-panel" className="brief-panel" aria-labelledby="brief-heading">
          <h3 id="brief-heading">{STRINGS.briefHeading}</h3>
          <p className="hint">{STRINGS.briefHint}</p>
          <form
            className="assessment-controls"
            onSubmit={(e) => {
              e.preventDefault();
              show();
            }}
          >
            <QuestionFields data={data} state={state} />
            <button type="submit" disabled={!state.complete}>
              {STRINGS.briefPreview}
            </button>
          </form>
          {state.complete && (
            <p className="brief-downloads">
              {STRINGS.briefDownloads}{' '}
              {DOWNLOADS.map((format) => (
                <a key={format} href={briefUrl(queryFor(caseId, state.question, format))} download>
                  {STRINGS.briefFormats[format]}
                </a>
              ))}
            </p>
          )}
          {preview !== null && !loaded && <p>{STRINGS.loading}</p>}
          {preview !== null && (
            <iframe
              className="brief-frame"
              title={STRINGS.briefFrame}
              sandbox=""
              src={preview}
              onLoad={() => setLoaded(true)}
            />
          )}
        </section>
      )}
    </div>
  );
}
