/**
 * The shape of a built-in curated case: the case itself and every item it ships, written
 * by us from public facts. Items are validated with the domain schemas when the case loads.
 */
import type {
  Actor,
  Agreement,
  Case,
  Citation,
  Event,
  Negotiation,
  Relation,
  Source,
} from '../model/index.ts';

export interface BuiltinCase {
  case: Case;
  actors: Actor[];
  sources: Source[];
  citations: Citation[];
  events: Event[];
  relations: Relation[];
  negotiations: Negotiation[];
  agreements: Agreement[];
}
