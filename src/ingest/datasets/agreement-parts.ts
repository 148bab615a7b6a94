/**
 * What the agreement and mediation datasets share: turning linked parties into an entity when
 * the schema's two registry parties are there, or into a held draft that keeps every name.
 */
import type { DatasetEntity, Normalised, RowCoverage, UnresolvedName } from './format.ts';

export function entityOrHeld(
  rowKey: string,
  item: DatasetEntity,
  parties: readonly string[],
  unresolved: UnresolvedName[],
  coverage: RowCoverage,
): Normalised {
  if (parties.length >= 2) return { outcome: 'entity', rowKey, item, unresolved, coverage };
  return {
    outcome: 'held',
    rowKey,
    entityId: item.entity.id,
    reason: `${parties.length} of its parties ${parties.length === 1 ? 'is' : 'are'} in the registry; a ${item.kind} needs two`,
    draft: item.entity as unknown as Record<string, unknown>,
    unresolved,
    coverage,
  };
}
