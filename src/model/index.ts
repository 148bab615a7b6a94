/** The domain model: one schema for every command, store, API and export (PRODUCT.md). */
export * from './values.ts';
export * from './evidence.ts';
export * from './case.ts';
export * from './actor.ts';
export * from './source.ts';
export * from './plover.ts';
export * from './event.ts';
export * from './relation.ts';
export * from './negotiation.ts';
export * from './agreement.ts';
