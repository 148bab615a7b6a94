/**
 * The form of one event, relation or source, new or stored: its fields, checked on every
 * keystroke by the model's schema. Saving a new item creates it in the case; saving an edit
 * sends the version the analyst started from, and when someone else saved first, the
 * server's 409 is shown while the analyst's edits stay in the form.
 */
import { useState } from 'react';
import { createEditable, saveEditable, type EditableKind } from '../../curation-api.ts';
import { FIELDS, firstProblem, ID_FIELD, readField, writeField, type Field } from '../../lib/item-fields.ts';
import { STRINGS } from '../../lib/strings.ts';

const S = STRINGS.curation;

export interface SourceChoice {
  id: string;
  title: string;
}

function FieldInput({
  id,
  field,
  value,
  onChange,
  sources,
}: {
  id: string;
  field: Field;
  value: string;
  onChange: (value: string) => void;
  sources: readonly SourceChoice[];
}) {
  if (field.type === 'source') {
    const known = sources.some((s) => s.id === value);
    return (
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        {!known && value !== '' && <option value={value}>{value}</option>}
        {sources.map((source) => (
          <option key={source.id} value={source.id}>
            {source.title}
          </option>
        ))}
      </select>
    );
  }
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
  creating = null,
  sources,
}: {
  kind: EditableKind;
  id: string;
  stored: unknown;
  version: number;
  analyst: string;
  saved: (id: string) => void;
  reload: () => void;
  /** The case a new item is created in; null when editing a stored item. */
  creating?: string | null;
  sources: readonly SourceChoice[];
}) {
  const [draft, setDraft] = useState<unknown>(stored);
  const [message, setMessage] = useState<{ text: string; conflict: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const problem = firstProblem(kind, draft);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (problem !== null) return;
    setSaving(true);
    const newId = (draft as { id: string }).id;
    const saving =
      creating === null
        ? saveEditable(kind, id, draft, version, analyst)
        : createEditable(kind, draft, creating, analyst);
    saving.then(
      (result) => {
        setSaving(false);
        setMessage({ text: S.saved(result.version), conflict: false });
        saved(creating === null ? id : newId);
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
        {creating === null ? S.editor : S.create} <span className="audit-meta">({S.version(version)})</span>
      </h4>
      <p className="hint">{S.editorHint}</p>
      <div className="editor-fields">
        {(creating === null ? FIELDS[kind] : [ID_FIELD, ...FIELDS[kind]]).map((field) => {
          const inputId = `edit-${field.path.join('-')}`;
          return (
            <div key={inputId} className="editor-field">
              <label htmlFor={inputId}>{field.label}</label>
              <FieldInput
                id={inputId}
                field={field}
                value={readField(draft, field)}
                onChange={(value) => setDraft(writeField(draft, field, value))}
                sources={sources}
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
          {message.conflict && creating === null && (
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
