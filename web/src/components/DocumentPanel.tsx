/**
 * A button that opens a document (the brief, an actor profile) as a preview in a sandboxed frame
 * (HTML served under a CSP of its own that allows its inline styles and no script), with a
 * language choice (English, Turkish, Russian) and Markdown, DOCX and PDF offered as downloads.
 * The caller gives the fields that say which document, and the address of each format.
 */
import { useState, type ReactNode } from 'react';
import { STRINGS } from '../lib/strings.ts';

export const DOCUMENT_LANGUAGES = ['en', 'tr', 'ru'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];
export type DocumentFormat = 'html' | 'md' | 'docx' | 'pdf';
const DOWNLOADS = ['md', 'docx', 'pdf'] as const;

export interface DocumentTexts {
  open: string;
  close: string;
  heading: string;
  hint: string;
  frame: string;
}

export function DocumentPanel({
  id,
  texts,
  ready,
  urlFor,
  children,
}: {
  /** Prefix of the element ids (`${id}-panel`, `${id}-heading`). */
  id: string;
  texts: DocumentTexts;
  /** Whether the fields say enough to ask for the document. */
  ready: boolean;
  urlFor: (format: DocumentFormat, lang: DocumentLanguage) => string;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [lang, setLang] = useState<DocumentLanguage>('en');
  const [preview, setPreview] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const show = (language = lang) => {
    if (!ready) return;
    setLoaded(false);
    setPreview(urlFor('html', language));
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
        aria-controls={`${id}-panel`}
        onClick={toggle}
      >
        {open ? texts.close : texts.open}
      </button>
      {open && (
        <section id={`${id}-panel`} className="brief-panel" aria-labelledby={`${id}-heading`}>
          <h3 id={`${id}-heading`}>{texts.heading}</h3>
          <p className="hint">{texts.hint}</p>
          <form
            className="assessment-controls"
            onSubmit={(e) => {
              e.preventDefault();
              show();
            }}
          >
            {children}
            <label>
              {STRINGS.documentLanguage}{' '}
              <select
                value={lang}
                onChange={(e) => {
                  const chosen = e.target.value as DocumentLanguage;
                  setLang(chosen);
                  if (preview !== null) show(chosen);
                }}
              >
                {DOCUMENT_LANGUAGES.map((l) => (
                  <option key={l} value={l}>
                    {STRINGS.documentLanguages[l]}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={!ready}>
              {STRINGS.briefPreview}
            </button>
          </form>
          {ready && (
            <p className="brief-downloads">
              {STRINGS.briefDownloads}{' '}
              {DOWNLOADS.map((format) => (
                <a key={format} href={urlFor(format, lang)} download>
                  {STRINGS.briefFormats[format]}
                </a>
              ))}
            </p>
          )}
          {preview !== null && !loaded && <p>{STRINGS.loading}</p>}
          {preview !== null && (
            <iframe
              className="brief-frame"
              title={texts.frame}
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
