/**
 * The Simulation view: runs a built-in bargaining scenario (`POST /api/simulate`) and shows
 * each actor's position per round on the scenario's 0–100 dimension with both ends named, the
 * model's forecast beside the capability×salience-weighted baseline, the Monte Carlo band and
 * the outcome zones; one lever (an actor's salience or position) and the mediation toggle
 * change the inputs for the next run. The inputs are expert judgements, and the view says so.
 */
import { useState } from 'react';
import { runSimulation, type ScenarioRun, type SimulateBody } from '../api.ts';
import { actorName, type CaseData, type Loading } from '../case-data.ts';
import { STRINGS } from '../lib/strings.ts';

/** The built-in scenarios of each built-in case. */
const SCENARIOS: Readonly<Record<string, string>> = { 'pakistan-ttp': 'pakistan-ttp/ttp-demands' };

const RUNS = 200;
const SEED = 1;

const LINE_COLORS = [
  '#1f4f99',
  '#c0392b',
  '#2e8b57',
  '#d4693a',
  '#6a4c93',
  '#8a6d3b',
  '#2a9d8f',
  '#b5654a',
  '#555555',
  '#b8860b',
  '#a34f7a',
  '#5c8fd6',
];

const WIDTH = 760;
const HEIGHT = 340;
const MARGIN = { left: 44, right: 170, top: 28, bottom: 48 };
/** Longest actor label beside the lines. */
const LABEL_CHARS = 24;
const shorten = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

const round1 = (v: number) => Math.round(v * 10) / 10;

function PositionsChart({ data, run }: { data: CaseData; run: ScenarioRun }) {
  const rounds = run.rounds;
  const last = rounds.length - 1;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (t: number) => MARGIN.left + (last === 0 ? 0 : (t / last) * plotW);
  const y = (v: number) => MARGIN.top + plotH - (v / 100) * plotH;
  const actors = run.actors.map((actor) => actor.name);
  const mc = run.monteCarlo;
  const forecast = run.forecast.model.position[0];
  const baseline = run.forecast.baseline.position[0];
  const { low, high } = run.scenario.dimension;
  const end = x(last);
  // Final positions, spread apart so the labels do not overlap.
  const labels = actors
    .map((name, i) => ({ name, i, v: rounds[last]?.positions[name]?.[0] ?? 0 }))
    .sort((a, b) => b.v - a.v);
  let previous = -Infinity;
  const labelY = new Map<string, number>();
  for (const label of labels) {
    const want = Math.max(y(label.v) + 4, previous + 12);
    labelY.set(label.name, want);
    previous = want;
  }
  return (
    <svg
      className="sim-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`${STRINGS.positionsPerRound}: ${actors.length} actors over ${last} rounds`}
    >
      <text x={MARGIN.left} y={14} className="end-label">
        <title>{high}</title>
        {shorten(high, 110)}
      </text>
      <text x={MARGIN.left} y={HEIGHT - 6} className="end-label">
        <title>{low}</title>
        {shorten(low, 110)}
      </text>
      {run.scenario.zones.map((zone, i) => (
        <g key={zone.id} className={`zone zone-${i % 2}`}>
          <rect x={MARGIN.left} width={plotW} y={y(zone.to)} height={y(zone.from) - y(zone.to)}>
            <title>{zone.label}</title>
          </rect>
        </g>
      ))}
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line x1={MARGIN.left - 4} x2={MARGIN.left} y1={y(v)} y2={y(v)} className="axis" />
          <text x={MARGIN.left - 6} y={y(v) + 4} className="tick" textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <line x1={MARGIN.left} x2={MARGIN.left} y1={y(0)} y2={y(100)} className="axis" />
      <line x1={MARGIN.left} x2={end} y1={y(0)} y2={y(0)} className="axis" />
      {rounds.map((r) => (
        <text key={r.t} x={x(r.t)} y={y(0) + 14} className="tick" textAnchor="middle">
          {r.t}
        </text>
      ))}
      <text x={MARGIN.left + plotW / 2} y={y(0) + 25} className="tick" textAnchor="middle">
        {STRINGS.round}
      </text>
      {mc !== undefined && (
        <rect
          className="mc-band"
          x={end - 10}
          width={20}
          y={y(mc.forecast.p90)}
          height={Math.max(1, y(mc.forecast.p10) - y(mc.forecast.p90))}
        >
          <title>{`${STRINGS.band10to90}: ${round1(mc.forecast.p10)}–${round1(mc.forecast.p90)}`}</title>
        </rect>
      )}
      {baseline !== undefined && (
        <line x1={MARGIN.left} x2={end} y1={y(baseline)} y2={y(baseline)} className="baseline-line">
          <title>{`${STRINGS.baselineForecast}: ${round1(baseline)}`}</title>
        </line>
      )}
      {forecast !== undefined && (
        <line x1={MARGIN.left} x2={end} y1={y(forecast)} y2={y(forecast)} className="forecast-line">
          <title>{`${STRINGS.modelForecast}: ${round1(forecast)}`}</title>
        </line>
      )}
      {actors.map((name, i) => {
        const d = rounds
          .map(
            (r, j) =>
              `${j === 0 ? 'M' : 'L'}${x(r.t).toFixed(1)},${y(r.positions[name]?.[0] ?? 0).toFixed(1)}`,
          )
          .join(' ');
        const color = LINE_COLORS[i % LINE_COLORS.length]!;
        return (
          <g key={name}>
            <path d={d} className="actor-line" stroke={color} data-actor={name}>
              <title>{actorName(data, name)}</title>
            </path>
            <text x={end + 14} y={labelY.get(name)} className="line-label" fill={color}>
              <title>{actorName(data, name)}</title>
              {shorten(actorName(data, name), LABEL_CHARS)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Results({ data, run }: { data: CaseData; run: ScenarioRun }) {
  const mc = run.monteCarlo;
  const forecast = run.forecast.model.position[0] ?? 0;
  const baseline = run.forecast.baseline.position[0] ?? 0;
  const zoneOf = (v: number) => run.scenario.zones.find((z) => v >= z.from && v <= z.to)?.label ?? '–';
  return (
    <>
      <h3>{STRINGS.positionsPerRound}</h3>
      <PositionsChart data={data} run={run} />
      <ul className="legend sim-legend">
        <li>
          <span className="swatch forecast" aria-hidden="true" />
          {STRINGS.modelForecast}
        </li>
        <li>
          <span className="swatch baseline" aria-hidden="true" />
          {STRINGS.baselineForecast}
        </li>
        {mc !== undefined && (
          <li>
            <span className="swatch mc" aria-hidden="true" />
            {STRINGS.band10to90}
          </li>
        )}
      </ul>
      <div className="sim-results">
        <section aria-labelledby="forecast-heading">
          <h3 id="forecast-heading">{STRINGS.forecast}</h3>
          <table className="forecast-table">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{STRINGS.modelForecast}</th>
                <th scope="col">{STRINGS.baselineForecast}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{run.model.toUpperCase()}</th>
                <td className="number">{round1(forecast)}</td>
                <td className="number">{round1(baseline)}</td>
              </tr>
              <tr>
                <th scope="row">zone</th>
                <td>{zoneOf(forecast)}</td>
                <td>{zoneOf(baseline)}</td>
              </tr>
              {mc !== undefined && (
                <tr>
                  <th scope="row">{STRINGS.band10to90}</th>
                  <td className="number">
                    {round1(mc.forecast.p10)}–{round1(mc.forecast.p90)}
                  </td>
                  <td className="number">
                    {round1(mc.baseline.p10)}–{round1(mc.baseline.p90)}
                  </td>
                </tr>
              )}
              {run.levers !== undefined && (
                <tr>
                  <th scope="row">{STRINGS.withoutLevers}</th>
                  <td className="number">{round1(run.levers.unchanged.forecast)}</td>
                  <td className="number">{round1(run.levers.unchanged.baseline)}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p className="hint">
            {run.forecast.model.method}; {run.forecast.baseline.method}.
          </p>
        </section>
        {mc !== undefined && (
          <section aria-labelledby="zones-heading">
            <h3 id="zones-heading">{STRINGS.zones}</h3>
            <table className="zones-table">
              <tbody>
                {mc.zones.map((zone) => (
                  <tr key={zone.id}>
                    <th scope="row">
                      {zone.label}{' '}
                      <span className="hint">
                        ({zone.from}–{zone.to})
                      </span>
                    </th>
                    <td className="zone-bar-cell">
                      <svg className="zone-bar" viewBox="0 0 100 10" aria-hidden="true">
                        <rect x={0} y={1} width={zone.probability * 100} height={8} />
                      </svg>
                    </td>
                    <td className="number">{Math.round(zone.probability * 100)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="hint">
              {mc.runs} runs, seed {mc.seed}; {mc.perturbation}.
            </p>
          </section>
        )}
      </div>
      <h3>{STRINGS.notes}</h3>
      <ul className="sim-notes">
        {run.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <details>
        <summary>{STRINGS.inputsTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{STRINGS.inputCols.actor}</th>
              <th scope="col">{STRINGS.inputCols.position}</th>
              <th scope="col">{STRINGS.inputCols.salience}</th>
              <th scope="col">{STRINGS.inputCols.capability}</th>
              <th scope="col">{STRINGS.inputCols.setBy}</th>
            </tr>
          </thead>
          <tbody>
            {run.scenario.inputs.map((input) => (
              <tr key={input.actor}>
                <th scope="row" title={input.rationale}>
                  {actorName(data, input.actor)}
                </th>
                <td className="number">{input.position}</td>
                <td className="number">{input.salience}</td>
                <td className="number">{input.capability}</td>
                <td>
                  {input.setBy}, {input.setOn}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

export function SimulationView({ data }: { data: CaseData }) {
  const [scenario, setScenario] = useState(SCENARIOS[data.overview.case.id] ?? '');
  const [result, setResult] = useState<Loading<ScenarioRun> | null>(null);
  const [last, setLast] = useState<ScenarioRun | null>(null);
  const [leverActor, setLeverActor] = useState('');
  const [leverField, setLeverField] = useState<'salience' | 'position'>('salience');
  const [leverValue, setLeverValue] = useState<number | null>(null);
  const [mediation, setMediation] = useState(false);

  const inputs = last?.scenario.inputs ?? [];
  const chosen = inputs.find((input) => input.actor === leverActor) ?? inputs[0];
  const original = chosen === undefined ? null : chosen[leverField];
  const value = leverValue ?? original;
  const leverSet = chosen !== undefined && value !== null && value !== original;

  const run = () => {
    const body: SimulateBody = {
      scenario,
      runs: RUNS,
      seed: SEED,
      ...(mediation ? { mediation: true } : {}),
      ...(leverSet ? { set: [`${chosen.actor}.${leverField}=${value}`] } : {}),
    };
    setResult({ state: 'loading' });
    runSimulation(body).then(
      (response) => {
        if (!('scenario' in response)) {
          setResult({ state: 'error', message: 'expected a scenario run' });
          return;
        }
        setResult({ state: 'ready', value: response });
        setLast(response);
      },
      (error: unknown) =>
        setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <section className="view simulation-view" aria-labelledby="simulation-heading">
      <h2 id="simulation-heading">{last?.scenario.title ?? STRINGS.views.simulation}</h2>
      {last !== null && <p className="description">{last.scenario.question}</p>}
      <p className="hint expert-note">{STRINGS.expertJudgement}</p>
      <form
        className="sim-controls"
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <label>
          {STRINGS.scenario}{' '}
          <input
            type="text"
            value={scenario}
            onChange={(e) => setScenario(e.target.value)}
            placeholder="case/scenario"
            size={26}
          />
        </label>
        {chosen !== undefined && value !== null && (
          <fieldset className="lever">
            <legend>{STRINGS.lever}</legend>
            <label>
              {STRINGS.leverActor}{' '}
              <select
                value={chosen.actor}
                onChange={(e) => {
                  setLeverActor(e.target.value);
                  setLeverValue(null);
                }}
              >
                {inputs.map((input) => (
                  <option key={input.actor} value={input.actor}>
                    {actorName(data, input.actor)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {STRINGS.leverField}{' '}
              <select
                value={leverField}
                onChange={(e) => {
                  setLeverField(e.target.value === 'position' ? 'position' : 'salience');
                  setLeverValue(null);
                }}
              >
                <option value="salience">salience</option>
                <option value="position">position</option>
              </select>
            </label>
            <label>
              {STRINGS.leverValue}{' '}
              <input
                type="range"
                min={0}
                max={100}
                step={1}
                value={value}
                onChange={(e) => setLeverValue(Number(e.target.value))}
              />
            </label>
            <input
              type="number"
              min={0}
              max={100}
              value={value}
              aria-label={`${STRINGS.leverValue} (number)`}
              onChange={(e) =>
                e.target.value !== '' && setLeverValue(Math.min(100, Math.max(0, Number(e.target.value))))
              }
            />
            <span className="hint">
              {leverSet ? `${chosen[leverField]} → ${value}` : STRINGS.leverUnchanged}
            </span>
          </fieldset>
        )}
        <label>
          <input type="checkbox" checked={mediation} onChange={(e) => setMediation(e.target.checked)} />{' '}
          {STRINGS.mediationToggle}
        </label>
        <button type="submit" disabled={scenario === '' || result?.state === 'loading'}>
          {result?.state === 'loading' ? STRINGS.running : last === null ? STRINGS.run : STRINGS.rerun}
        </button>
      </form>
      {result?.state === 'error' && <p role="alert">{result.message}</p>}
      {last?.levers !== undefined && (
        <p className="lever-summary">
          {[
            ...last.levers.applied.map(
              (l) => `${actorName(data, l.actor)} ${l.field} ${l.from} → ${l.value}`,
            ),
            ...(last.levers.mediation === undefined
              ? []
              : [`${STRINGS.mediationToggle}: ${last.levers.mediation.description.replace(/\.$/, '')}`]),
          ].join('; ')}
          . {STRINGS.forecast}: {round1(last.levers.unchanged.forecast)} →{' '}
          {round1(last.levers.changed.forecast)}.
        </p>
      )}
      {last !== null && <Results data={data} run={last} />}
    </section>
  );
}
