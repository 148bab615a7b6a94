/** The mediation assessment (pure): snapshot, indicators, prospects, comparison and views. */
export * from './snapshot.ts';
export * from './families.ts';
export * from './indicator.ts';
export * from './context.ts';
export * from './assessment.ts';
export * from './compare.ts';
export * from './prospects.ts';
export * from './analogues.ts';
export * from './icd203.ts';
export * from './render.ts';
export * from './reference/base-rates.ts';
export { INDICATORS } from './indicators/index.ts';
export * from './agreement-dates.ts';
export * from './backtest.ts';
export * from './bargaining-input.ts';
export * from './event-needs.ts';
