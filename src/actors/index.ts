/** The actor registry and name resolution: pure code over a list of `Actor`s (no I/O). */
export * from './normalise.ts';
export * from './variants.ts';
export * from './demonyms.ts';
export * from './countries.ts';
export * from './edit-distance.ts';
export * from './registry.ts';
export * from './periods.ts';
