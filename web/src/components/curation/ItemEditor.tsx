/**
 * The edit form of one event, relation or source: its fields, checked on every keystroke by
 * the model's schema; saving sends the version the analyst started from, and when someone
 * else saved first, the server's 409 is shown while the analyst's edits stay in the form.
 */
import { useState } from 'react';
import { saveEditable, type EditableKind } from '../../curation-api.ts';
import { FIELDS, firstProblem, readField, writeField, type Field } from '../../lib/item-fields.ts';
import { STRINGS } from '../../lib/strings.ts';

const S = STRINGS.curation;

function FieldInput({
  id,
  field,
  value,
  onChange,
}: {
  id: string;
  field: Field;
  value: string;
  onChange: (value: string) => void;
}) {
  if (field.type === 'select') {
    return (
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
      step={field.type === 'number' ? 'any' : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function ItemEditor({
  kind,
  id,
  stored,
  version,
  analyst,
  saved,
  reload,
}: {
  kind: EditableKind;
  id: string;
  stored: unknown;
  version: number;
  analyst: string;
  saved: () => void;
  reload: () => void;
}) {
  const [draft, setDraft] = useState<unknown>(stored);
  const [message, setMessage] = useState<{ text: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const problem = firstProblem(kind, draft);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (problem !== null) return;
    setSaving(true);
    saveEditable(kind, id, draft, version, analyst).then(
      (result) => {
        setSaving(false);
        setMessage({ text: S.saved(result.version), conflict: false });
        saved();
      },
      (error: unknown) => {
        setSaving(false);
        setMessage({ text: error instanceof Error ? error.message : String(error), conflict: true });
      },
    );
  };

  return (
    <form className="item-editor" onSubmit={submit} aria-labelledby="item-editor-heading">
      <h4 id="item-editor-heading">
        {S.editor} <span className="audit-meta">({S.version(version)})</span>
      </h4>
      <p className="hint">{S.editorHint}</p>
      <div className="editor-fields">
        {FIELDS[kind].map((field) => {
          const inputId = `edit-${field.path.join('-')}`;
          return (
            <div key={inputId} className="editor-field">
              <label htmlFor={inputId}>{field.label}</label>
              <FieldInput
                id={inputId}
                field={field}
                value={readField(draft, field)}
                onChange={(value) => setDraft(writeField(draft, field, value))}
              />
            </div>
          );
        })}
      </div>
      <p className="form-problem" role="status">
        {problem === null ? '' : S.invalid(problem.field, problem.message)}
      </p>
      <button type="submit" disabled={problem !== null || saving}>
        {saving ? S.saving : S.save}
      </button>
      {message !== null && (
        <div role={message.conflict ? 'alert' : 'status'} className={message.conflict ? 'conflict' : 'saved'}>
          <p>{message.text}</p>
          {message.conflict && (
            <>
              <p className="hint">{S.conflictHint}</p>
              <button type="button" onClick={reload}>
                {S.reload}
              </button>
            </>
          )}
        </div>
      )}
    </form>
  );
}
