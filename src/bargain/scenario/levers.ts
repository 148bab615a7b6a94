/**
 * Levers on a scenario: `--set actor.field=value` (position, salience 0–100, capability on
 * the file's scale) and the scenario's explicit mediation lever (effects on parties and an
 * accommodation of their ideal points toward the mediator's position).
 */
import { ValidationError } from '../../errors.ts';
import type { Scenario } from './schema.ts';

export const LEVER_FIELDS = ['position', 'salience', 'capability'] as const;
export type LeverField = (typeof LEVER_FIELDS)[number];

export interface Lever {
  actor: string;
  field: LeverField;
  value: number;
}

/** Parses `actor.field=value`. */
export function parseLever(text: string): Lever {
  const match = /^([a-z0-9-]+)\.([a-z]+)=(.+)$/.exec(text.trim());
  const field = match?.[2];
  const value = Number(match?.[3]);
  if (!match || !(LEVER_FIELDS as readonly string[]).includes(field ?? '') || !Number.isFinite(value)) {
    throw new ValidationError(
      `expected actor.field=number with field one of ${LEVER_FIELDS.join(', ')}, got '${text}'`,
      { field: '--set' },
    );
  }
  return { actor: match[1]!, field: field as LeverField, value };
}

/**
 * Notes for levers that look like they were given on a 0–1 scale: a position or salience in
 * (0, 1] is legal on the scenario's 0–100 scale but almost never meant (salience=0.9 is 0.9 of
 * 100, not 90). Zero is left alone: it is a meaningful end of both scales.
 */
export function leverScaleNotes(levers: readonly Lever[]): string[] {
  return levers
    .filter((lever) => lever.field !== 'capability' && lever.value > 0 && lever.value <= 1)
    .map((lever) => {
      const percent = Number((lever.value * 100).toPrecision(12));
      return `--set ${lever.actor}.${lever.field}=${lever.value}: ${lever.field} is on the scenario's 0–100 scale, so ${lever.value} means ${lever.value} of 100, not ${percent}; write ${lever.actor}.${lever.field}=${percent} if you meant ${percent}.`;
    });
}

/** A lever as applied: what the input was and what it became. */
export interface AppliedLever extends Lever {
  from: number;
}

export function applyLevers(
  scenario: Scenario,
  levers: readonly Lever[],
): { scenario: Scenario; applied: AppliedLever[] } {
  const applied: AppliedLever[] = [];
  const actors = scenario.actors.map((actor) => ({ ...actor }));
  for (const lever of levers) {
    const actor = actors.find((a) => a.id === lever.actor);
    if (actor === undefined) {
      throw new ValidationError(
        `'${lever.actor}' is not an actor of scenario ${scenario.id} (actors: ${actors.map((a) => a.id).join(', ')})`,
        { field: '--set' },
      );
    }
    checkRange(lever);
    applied.push({ ...lever, from: actor[lever.field] });
    actor[lever.field] = lever.value;
  }
  return { scenario: { ...scenario, actors }, applied };
}

function checkRange(lever: Lever): void {
  if (lever.field === 'capability' ? lever.value <= 0 : lever.value < 0 || lever.value > 100) {
    throw new ValidationError(
      lever.field === 'capability'
        ? `capability must be > 0, got ${lever.value}`
        : `${lever.field} is on the scenario's 0–100 scale, got ${lever.value}`,
      { field: `--set ${lever.actor}.${lever.field}` },
    );
  }
}

/** The mediation lever applied: its effects as levers, and the accommodation rows. */
export interface AppliedMediation {
  mediator: string;
  description: string;
  levers: AppliedLever[];
  /** Row per actor, column per actor, in scenario order (identity where nothing is stated). */
  accommodation: number[][];
}

export function applyMediation(
  scenario: Scenario,
): { scenario: Scenario; mediation: AppliedMediation } | null {
  const mediation = scenario.mediation;
  if (mediation === undefined) return null;
  const levers: Lever[] = mediation.effects.flatMap((effect) =>
    LEVER_FIELDS.flatMap((field) =>
      effect[field] === undefined ? [] : [{ actor: effect.actor, field, value: effect[field] }],
    ),
  );
  const { scenario: adjusted, applied } = applyLevers(scenario, levers);
  const index = new Map(scenario.actors.map((a, k) => [a.id, k]));
  const accommodation: number[][] = scenario.actors.map((_, i) =>
    scenario.actors.map((__, j) => (i === j ? 1 : 0)),
  );
  for (const entry of mediation.accommodation) {
    const row = accommodation[index.get(entry.actor)!]!;
    const self = index.get(entry.actor)!;
    const toward = index.get(entry.toward)!;
    row[self] = row[self]! - entry.weight;
    row[toward] = row[toward]! + entry.weight;
  }
  return {
    scenario: adjusted,
    mediation: {
      mediator: mediation.mediator,
      description: mediation.description,
      levers: applied,
      accommodation,
    },
  };
}
