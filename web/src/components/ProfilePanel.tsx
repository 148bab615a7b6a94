/**
 * The Profile button of the Actors view: the actor's sourced profile through the document
 * panel (`GET /api/profile`), previewed in a sandboxed frame, in English, Turkish or Russian,
 * with Markdown, DOCX and PDF as downloads.
 */
import { profileUrl } from '../api.ts';
import { STRINGS } from '../lib/strings.ts';
import { DocumentPanel } from './DocumentPanel.tsx';

export function ProfilePanel({ caseId, actorId }: { caseId: string; actorId: string }) {
  return (
    <DocumentPanel
      id="profile-document"
      texts={{
        open: STRINGS.profileDocument,
        close: STRINGS.profileDocumentClose,
        heading: STRINGS.profileDocumentHeading,
        hint: STRINGS.profileDocumentHint,
        frame: STRINGS.profileDocumentFrame,
      }}
      ready={actorId !== ''}
      urlFor={(format, lang) => profileUrl({ case: caseId, actor: actorId, format, lang })}
    />
  );
}
