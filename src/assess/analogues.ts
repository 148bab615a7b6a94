/**
 * Named analogues from the case's own record: the mediator's earlier processes with these
 * parties (did they yield an agreement?) and the government side's earlier deals with armed
 * groups (did they hold a year, read with the precision of their dates?), each with its outcome
 * and evidence.
 */
import { endingText, heldAYear } from './agreement-dates.ts';
import { isNonStateArmed, type AssessmentContext } from './context.ts';

export interface Analogue {
  name: string;
  kind: 'mediation' | 'agreement';
  /** What became of it. */
  outcome: string;
  /** Whether it had the prospect's outcome; null when not known as of the date. */
  success: boolean | null;
  evidence: string[];
}

/** Mediation processes by the mediator's family that involved a party; success = an agreement came of it. */
export function mediationAnalogues(context: AssessmentContext): Analogue[] {
  const { mediator, a, b, snapshot } = context;
  return snapshot.negotiations
    .filter(
      (n) =>
        (n.mediators.some((id) => mediator.family.has(id)) ||
          n.rounds.some((r) => r.mediators.some((id) => mediator.family.has(id)))) &&
        n.parties.some((p) => a.family.has(p) || b.family.has(p)),
    )
    .map((n) => {
      const yielded = snapshot.agreements.filter(
        (g) =>
          g.signed !== null &&
          (n.from === null || g.signed >= n.from) &&
          (n.to === null || g.signed <= n.to) &&
          g.thirdParties.some((t) => mediator.family.has(t.actorId)) &&
          g.parties.every((p) => n.parties.includes(p)),
      );
      return {
        name: n.name,
        kind: 'mediation' as const,
        outcome: yielded.length > 0 ? `yielded ${yielded.map((g) => g.name).join('; ')}` : 'no agreement yet',
        success: yielded.length > 0 ? true : n.to === null ? null : false,
        evidence: [n.id, ...yielded.map((g) => g.id)],
      };
    });
}

/** Deals between the government side (A's family) and armed groups; success = held a year. */
export function agreementAnalogues(context: AssessmentContext): Analogue[] {
  const { a, b, snapshot, actorsById } = context;
  return snapshot.agreements
    .filter(
      (g) =>
        g.parties.some((p) => a.family.has(p)) &&
        g.parties.some(
          (p) =>
            b.family.has(p) || isNonStateArmed(actorsById.get(p)) || actorsById.get(p)?.kind === 'person',
        ),
    )
    .map((g) => {
      return {
        name: `${g.name} (${g.signed ?? 'undated'})`,
        kind: 'agreement' as const,
        outcome: endingText(g),
        success: heldAYear(g, snapshot.asOf),
        evidence: [g.id],
      };
    });
}

export function tally(analogues: readonly Analogue[]): { n: number; k: number; unknown: number } {
  const known = analogues.filter((x) => x.success !== null);
  return {
    n: known.length,
    k: known.filter((x) => x.success === true).length,
    unknown: analogues.length - known.length,
  };
}
