/**
 * Grading a source on the Admiralty scale: choose the source, its reliability (A–F) and the
 * credibility of its information (1–6), and say why in a note; saved as an audited change.
 */
import { useState } from 'react';
import type { Source } from '../../api.ts';
import { gradeSource } from '../../curation-api.ts';
import { STRINGS } from '../../lib/strings.ts';

const S = STRINGS.curation;
const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
const CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

export function SourceGrading({
  sources,
  analyst,
  chosen,
  choose,
  version,
  graded,
}: {
  sources: Source[];
  analyst: string;
  chosen: Source | null;
  choose: (id: string) => void;
  version: number;
  graded: () => void;
}) {
  const [reliability, setReliability] = useState<(typeof RELIABILITY)[number]>('F');
  const [credibility, setCredibility] = useState<number>(6);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const pick = (id: string) => {
    const source = sources.find((s) => s.id === id);
    setReliability(source?.reliability ?? 'F');
    setCredibility(source?.credibility ?? 6);
    setNote(source?.gradingNote ?? '');
    setMessage(null);
    choose(id);
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (chosen === null) return;
    gradeSource(chosen.id, { reliability, credibility, note }, version, analyst).then(
      () => {
        setMessage(S.graded(chosen.id, `${reliability}${credibility}`));
        graded();
      },
      (error: unknown) => setMessage(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <form className="source-grading" onSubmit={submit} aria-labelledby="grading-heading">
      <h3 id="grading-heading">{S.grading}</h3>
      <p className="hint">{S.gradingHint}</p>
      <label>
        {S.source}{' '}
        <select value={chosen?.id ?? ''} onChange={(e) => pick(e.target.value)}>
          <option value="" disabled>
            —
          </option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}{' '}
              {source.reliability === null
                ? `(${S.ungraded})`
                : `(${source.reliability}${source.credibility ?? ''})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {S.reliability}{' '}
        <select
          value={reliability}
          onChange={(e) => setReliability(e.target.value as (typeof RELIABILITY)[number])}
          disabled={chosen === null}
        >
          {RELIABILITY.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label>
        {S.credibility}{' '}
        <select
          value={credibility}
          onChange={(e) => setCredibility(Number(e.target.value))}
          disabled={chosen === null}
        >
          {CREDIBILITY.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label className="grading-note">
        {S.note}
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          disabled={chosen === null}
        />
      </label>
      <button type="submit" disabled={chosen === null}>
        {S.grade}
      </button>
      {message !== null && <p role="status">{message}</p>}
    </form>
  );
}
