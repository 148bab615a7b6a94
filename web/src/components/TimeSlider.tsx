/**
 * A time slider over the shared window: a range input stepping by month sets the window's end,
 * and a span (months) sets how far back it reaches. Moving it changes the window every view
 * follows; the window's current end puts the thumb back where it belongs.
 */
import { useState } from 'react';
import { STRINGS } from '../lib/strings.ts';
import { periodsBetween } from '../lib/periods.ts';
import type { TimeWindow } from '../lib/time-window.ts';

const SPANS = [3, 6, 12, 24, 60] as const;

export function TimeSlider({
  first,
  last,
  window,
  setWindow,
  label,
}: {
  /** The period the slider covers (`YYYY-MM-DD`). */
  first: string;
  last: string;
  window: TimeWindow;
  setWindow: (window: TimeWindow) => void;
  label: string;
}) {
  const months = periodsBetween(first, last, 'month');
  const [span, setSpan] = useState<number>(12);
  const endIndex =
    window.to === null
      ? months.length - 1
      : months.findIndex((m) => m.start <= window.to! && window.to! <= m.end);
  const index = endIndex < 0 ? (window.to! < first ? 0 : months.length - 1) : endIndex;
  const moveTo = (at: number, length = span) =>
    setWindow({ from: months[Math.max(0, at - length + 1)]!.start, to: months[at]!.end });
  const shown =
    window.from === null && window.to === null
      ? STRINGS.sliderWholePeriod
      : `${window.from ?? '…'} – ${window.to ?? '…'}`;
  return (
    <fieldset className="network-slider">
      <legend>{label}</legend>
      <label>
        {STRINGS.sliderEnd}{' '}
        <input
          type="range"
          min={0}
          max={months.length - 1}
          step={1}
          value={index}
          aria-valuetext={shown}
          onChange={(e) => moveTo(Number(e.target.value))}
        />
      </label>
      <label>
        {STRINGS.sliderSpan}{' '}
        <select
          value={span}
          onChange={(e) => {
            const next = Number(e.target.value);
            setSpan(next);
            if (window.to !== null) moveTo(index, next);
          }}
        >
          {SPANS.map((length) => (
            <option key={length} value={length}>
              {STRINGS.sliderMonths(length)}
            </option>
          ))}
        </select>
      </label>
      <output className="slider-window">{shown}</output>
    </fieldset>
  );
}
