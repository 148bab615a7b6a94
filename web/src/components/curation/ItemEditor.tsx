/**
 * The form of one item of any editable kind (event, relation, negotiation, agreement, actor,
 * source), new or stored: its fields, checked on every
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

export interface ActorChoice {
  id: string;
  name: string;
}

/** The options of a picker: the known choices, and a stored value the case does not list. */
function Options({
  known,
  chosen,
}: {
  known: readonly { id: string; label: string }[];
  chosen: readonly string[];
}) {
  const missing = chosen.filter((id) => id !== '' && !known.some((k) => k.id === id));
  return (
    <>
      {[...missing.map((id) => ({ id, label: id })), ...known].map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </>
  );
}

function FieldInput({
  id,
  field,
  value,
  onChange,
  sources,
  actors,
}: {
  id: string;
  field: Field;
  value: string;
  onChange: (value: string) => void;
  sources: readonly SourceChoice[];
  actors: readonly ActorChoice[];
}) {
  if (field.type === 'source') {
    return (
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        <Options known={sources.map((s) => ({ id: s.id, label: s.title }))} chosen={[value]} />
      </select>
    );
  }
  if (field.type === 'actors') {
    const chosen = value === '' ? [] : value.split(', ');
    return (
      <select
        id={id}
        multiple
        size={5}
        value={chosen}
        onChange={(e) => onChange([...e.target.selectedOptions].map((option) => option.value).join(', '))}
      >
        <Options known={actors.map((a) => ({ id: a.id, label: `${a.name} (${a.id})` }))} chosen={chosen} />
      </select>
    );
  }
  if (field.type === 'boolean') {
    return (
      <input
        id={id}
        type="checkbox"
        checked={value === 'true'}
        onChange={(e) => onChange(String(e.target.checked))}
      />
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
  actors,
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
  actors: readonly ActorChoice[];
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
                actors={actors}
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
