/**
 * The form of one item of any editable kind (event, relation, negotiation, agreement, actor,
 * source), new or stored: its fields, checked on every
 * keystroke by the model's schema. Saving a new item creates it in the case; saving an edit
 * sends the version the analyst started from, and when someone else saved first, the
 * server's 409 is shown while the analyst's edits stay in the form. A problem is said in plain
 * words (`lib/problem-words.ts`) beside its field, and under the form with the field's label.
 * An item never curated (built in or imported as it is) says so instead of "version 0".
 */
import { useState } from 'react';
import { ValidationError } from '../../../../src/errors.ts';
import type { Actor } from '../../../../src/model/index.ts';
import { createEditable, saveEditable, type EditableKind } from '../../curation-api.ts';
import { articleUse } from '../../lib/article.ts';
import {
  FIELDS,
  firstProblem,
  ID_FIELD,
  isUnder,
  readField,
  writeField,
  type Field,
} from '../../lib/item-fields.ts';
import { STRINGS } from '../../lib/strings.ts';
import { MultiPicker, Options, sourceChoices, type ActorChoice, type SourceChoice } from './choices.tsx';
import { FieldProblem } from './FieldProblem.tsx';
import { PeriodsEditor } from './PeriodsEditor.tsx';

const S = STRINGS.curation;

/** How a save ended: stored, refused as out of date (or failed), or refused for a field. */
type Tone = 'saved' | 'conflict' | 'refused';

function FieldInput({
  id,
  field,
  value,
  onChange,
  sources,
  actors,
  unset,
}: {
  id: string;
  field: Field;
  value: string;
  onChange: (value: string) => void;
  sources: readonly SourceChoice[];
  actors: readonly ActorChoice[];
  /** The words of a tristate's empty choice. */
  unset: string;
}) {
  const describedBy = `${id}-problem`;
  if (field.type === 'source') {
    return (
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        <option value="">—</option>
        <Options known={sourceChoices(sources)} chosen={[value]} />
      </select>
    );
  }
  if (field.type === 'actors') {
    return (
      <MultiPicker
        id={id}
        known={actors.map((a) => ({ id: a.id, label: `${a.name} (${a.id})` }))}
        chosen={value === '' ? [] : value.split(', ')}
        describedBy={describedBy}
        onChange={(ids) => onChange(ids.join(', '))}
      />
    );
  }
  if (field.type === 'boolean') {
    return (
      <input
        id={id}
        type="checkbox"
        checked={value === 'true'}
        aria-describedby={describedBy}
        onChange={(e) => onChange(String(e.target.checked))}
      />
    );
  }
  if (field.type === 'tristate') {
    return (
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        <option value="">{unset}</option>
        <option value="true">{S.yes}</option>
        <option value="false">{S.no}</option>
      </select>
    );
  }
  if (field.type === 'select') {
    return (
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
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
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** The label of the field at `path` in the form of `kind` (a period's as its inputs say); else the path. */
function labelOf(kind: EditableKind, path: string): string {
  const field = [ID_FIELD, ...FIELDS[kind]].find((f) => f.path.join('.') === path);
  if (field !== undefined) return field.label;
  const period = /^periods\.(\d+)\.(from|to|evidence)/.exec(path);
  if (period === null) return path;
  const index = Number(period[1]);
  return period[2] === 'evidence' ? S.periodSources(index) : S.periodEnd(index, period[2] as 'from' | 'to');
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
  const [message, setMessage] = useState<{ text: string; tone: Tone } | null>(null);
  /** The field the server refused on the last save, until the draft changes. */
  const [refused, setRefused] = useState<{ field: string; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const problem = firstProblem(kind, draft);
  const change = (next: unknown) => {
    setDraft(next);
    setRefused(null);
  };
  // Beside its field a problem is its sentence alone; under the form it names the field.
  const problemAt = (path: string): string | null => {
    if (problem !== null && isUnder(problem.field, path)) return problem.message;
    if (refused !== null && isUnder(refused.field, path)) return refused.text;
    return null;
  };
  const unset = kind === 'actor' ? S.articleUnset(articleUse(draft as Actor).byRule) : S.unset;

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
        setMessage({ text: S.saved(result.version), tone: 'saved' });
        saved(creating === null ? id : newId);
      },
      (error: unknown) => {
        setSaving(false);
        const text = error instanceof Error ? error.message : String(error);
        const field = error instanceof ValidationError ? error.location.field : undefined;
        if (field !== undefined) setRefused({ field, text });
        setMessage({ text, tone: field === undefined ? 'conflict' : 'refused' });
      },
    );
  };

  return (
    <form className="item-editor" onSubmit={submit} aria-labelledby="item-editor-heading">
      <h4 id="item-editor-heading">
        {creating === null ? S.editor : S.create}{' '}
        <span className="audit-meta">({version === 0 ? S.notEdited : S.version(version)})</span>
      </h4>
      <p className="hint">{S.editorHint}</p>
      <div className="editor-fields">
        {(creating === null ? FIELDS[kind] : [ID_FIELD, ...FIELDS[kind]]).map((field) => {
          const path = field.path.join('.');
          const inputId = `edit-${field.path.join('-')}`;
          return (
            <div key={inputId} className="editor-field">
              <label htmlFor={inputId}>{field.label}</label>
              <span className="field-input">
                <FieldInput
                  id={inputId}
                  field={field}
                  value={readField(draft, field)}
                  onChange={(value) => change(writeField(draft, field, value))}
                  sources={sources}
                  actors={actors}
                  unset={unset}
                />
                <FieldProblem id={`${inputId}-problem`} text={problemAt(path)} />
              </span>
            </div>
          );
        })}
      </div>
      {kind === 'actor' && (
        <PeriodsEditor draft={draft} change={change} sources={sources} problemAt={problemAt} />
      )}
      <p className="form-problem" role="status">
        {problem === null ? '' : S.invalid(labelOf(kind, problem.field), problem.message)}
      </p>
      <button type="submit" disabled={problem !== null || saving}>
        {saving ? S.saving : S.save}
      </button>
      {message !== null && (
        <div role={message.tone === 'saved' ? 'status' : 'alert'} className={message.tone}>
          <p>{message.text}</p>
          {message.tone === 'conflict' && creating === null && (
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
