/**
 * The output contract's key order (see the README): every coder writes its events through
 * this, so that a JSON line reads the same whichever language's coder produced it.
 */
import type { CodedEvent } from './types.ts';

/** The event with its keys in the order of the output contract. */
export function inContractOrder(event: CodedEvent): CodedEvent {
  const ordered: CodedEvent = {
    doc: event.doc,
    sentence: event.sentence,
    type: event.type,
    mode: event.mode,
    context: event.context,
    cameo: event.cameo,
    intensity: event.intensity,
    sourceActors: event.sourceActors,
    targetActors: event.targetActors,
    date: event.date,
    datePrecision: event.datePrecision,
    location: event.location,
    negated: event.negated,
    hypothetical: event.hypothetical,
    claims: event.claims,
    evidence: event.evidence,
    confidence: event.confidence,
  };
  return event.explanation === undefined ? ordered : { ...ordered, explanation: event.explanation };
}
