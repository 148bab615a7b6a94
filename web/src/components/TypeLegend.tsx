/** The legend of PLOVER type colours used by the timeline and the map. */
import { typeColor } from '../lib/colors.ts';

export function TypeLegend({ types }: { types: string[] }) {
  return (
    <ul className="legend" aria-label="Event types">
      {[...types].sort().map((type) => (
        <li key={type}>
          <span className="swatch" style={{ backgroundColor: typeColor(type) }} aria-hidden="true" />
          {type}
        </li>
      ))}
    </ul>
  );
}
