/**
 * Named analogues from the case's own record: the mediator's earlier processes with these
 * parties (did they yield an agreement?) and the government side's earlier deals with armed
 * groups (did they hold a year, read with the precision of their dates?), each with its outcome
 * and evidence.
 */
import { endingPhrase, heldAYear } from './agreement-dates.ts';
import { isNonStateArmed, type AssessmentContext } from './context.ts';
import type { Phrase } from './phrase.ts';
import { englishOf, phrase } from './phrases-en.ts';

export interface Analogue {
  name: string;
  kind: 'mediation' | 'agreement';
  /** What became of it. */
  outcome: string;
  /** `name` and `outcome` as phrases, which briefs write in their language. */
  namePhrase: Phrase;
  outcomePhrase: Phrase;
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
      const outcomePhrase =
        yielded.length > 0
          ? phrase('outcome.yielded', { agreements: yielded.map((g) => g.name) })
          : phrase('outcome.no-agreement-yet');
      const namePhrase = phrase('analogue.process', { name: n.name });
      return {
        name: englishOf(namePhrase),
        kind: 'mediation' as const,
        outcome: englishOf(outcomePhrase),
        namePhrase,
        outcomePhrase,
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
      const namePhrase = phrase('analogue.deal', { name: g.name, signed: g.signed });
      const outcomePhrase = endingPhrase(g);
      return {
        name: englishOf(namePhrase),
        kind: 'agreement' as const,
        outcome: englishOf(outcomePhrase),
        namePhrase,
        outcomePhrase,
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
