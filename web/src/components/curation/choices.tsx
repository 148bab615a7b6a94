/**
 * The pickers the Curation forms share: the options of a choice among the case's sources or
 * actors (with a stored value the case does not list kept as an option of its own), and a
 * multiple choice that hands back the chosen ids; one actor chosen by name, or none. An option
 * shows its whole label on hover, and a list box wraps long ones (styles.css).
 */
export interface SourceChoice {
  id: string;
  title: string;
}

export interface ActorChoice {
  id: string;
  name: string;
}

export interface Choice {
  id: string;
  label: string;
}

export const sourceChoices = (sources: readonly SourceChoice[]): Choice[] =>
  sources.map((s) => ({ id: s.id, label: s.title }));

/** The options of a picker: the known choices, and a stored value the case does not list. */
export function Options({ known, chosen }: { known: readonly Choice[]; chosen: readonly string[] }) {
  const missing = chosen.filter((id) => id !== '' && !known.some((k) => k.id === id));
  return (
    <>
      {[...missing.map((id) => ({ id, label: id })), ...known].map((option) => (
        <option key={option.id} value={option.id} title={option.label}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** A list box choosing several of `known`; `onChange` gets the chosen ids in list order. */
export function MultiPicker({
  id,
  known,
  chosen,
  onChange,
  describedBy,
}: {
  id: string;
  known: readonly Choice[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  describedBy?: string;
}) {
  return (
    <select
      id={id}
      multiple
      size={5}
      value={[...chosen]}
      aria-describedby={describedBy}
      onChange={(e) => onChange([...e.target.selectedOptions].map((option) => option.value))}
    >
      <Options known={known} chosen={chosen} />
    </select>
  );
}

/** One actor of the case by name and id, or none ("—", the empty value). */
export function ActorSelect({
  id,
  actors,
  value,
  onChange,
}: {
  id?: string;
  actors: readonly ActorChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">—</option>
      {actors.map((actor) => (
        <option key={actor.id} value={actor.id}>
          {actor.name} ({actor.id})
        </option>
      ))}
    </select>
  );
}
