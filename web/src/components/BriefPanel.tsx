/**
 * The Brief button: the brief for a question (mediator, two parties, a day) through the
 * document panel (`GET /api/brief`), previewed in a sandboxed frame, in English, Turkish or
 * Russian, with Markdown, DOCX and PDF as downloads.
 */
import { briefUrl } from '../api.ts';
import type { CaseData } from '../case-data.ts';
import { STRINGS } from '../lib/strings.ts';
import { DocumentPanel } from './DocumentPanel.tsx';
import { QuestionFields, useQuestion } from './QuestionFields.tsx';

export function BriefPanel({ data }: { data: CaseData }) {
  const caseId = data.overview.case.id;
  const state = useQuestion(data);
  const { question } = state;
  return (
    <DocumentPanel
      id="brief"
      texts={{
        open: STRINGS.brief,
        close: STRINGS.briefClose,
        heading: STRINGS.briefHeading,
        hint: STRINGS.briefHint,
        frame: STRINGS.briefFrame,
      }}
      ready={state.complete}
      urlFor={(format, lang) =>
        briefUrl({
          case: caseId,
          mediator: question.mediator,
          parties: `${question.partyA},${question.partyB}`,
          asOf: question.asOf,
          format,
          lang,
        })
      }
    >
      <QuestionFields data={data} state={state} />
    </DocumentPanel>
  );
}
