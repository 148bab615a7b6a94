/** The time window's from/to inputs, shared by every view. */
import { STRINGS } from '../lib/strings.ts';
import { WHOLE_PERIOD, type TimeWindow } from '../lib/time-window.ts';

export function WindowControls({
  window,
  setWindow,
}: {
  window: TimeWindow;
  setWindow: (window: TimeWindow) => void;
}) {
  const valid = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
  return (
    <fieldset className="window-controls">
      <legend>{STRINGS.window}</legend>
      <label>
        {STRINGS.from}{' '}
        <input
          type="date"
          name="from"
          value={window.from ?? ''}
          onChange={(e) => setWindow({ ...window, from: valid(e.target.value) })}
        />
      </label>
      <label>
        {STRINGS.to}{' '}
        <input
          type="date"
          name="to"
          value={window.to ?? ''}
          onChange={(e) => setWindow({ ...window, to: valid(e.target.value) })}
        />
      </label>
      <button
        type="button"
        onClick={() => setWindow(WHOLE_PERIOD)}
        disabled={window.from === null && window.to === null}
      >
        {STRINGS.resetWindow}
      </button>
    </fieldset>
  );
}
