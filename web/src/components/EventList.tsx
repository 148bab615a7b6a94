/** A list of events as buttons: choosing one opens its evidence. */
import type { JirgaEvent } from '../api.ts';
import { typeColor } from '../lib/colors.ts';
import type { Select } from '../selection.ts';

export function EventList({
  events,
  select,
  label,
}: {
  events: JirgaEvent[];
  select: Select;
  label: string;
}) {
  return (
    <ul className="event-list" aria-label={label}>
      {events.map((event) => (
        <li key={event.id}>
          <button
            type="button"
            className="event-button"
            onClick={() => select({ kind: 'event', id: event.id })}
          >
            <span className="swatch" style={{ backgroundColor: typeColor(event.type) }} aria-hidden="true" />
            <span className="event-date">{event.date}</span> <span className="event-type">{event.type}</span>{' '}
            <span className="event-summary">{event.summary ?? event.id}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
