/** The registry of built-in curated cases, by case id. */
import type { BuiltinCase } from './builtin-case.ts';
import { pakistanTtp } from './pakistan-ttp/index.ts';

export type { BuiltinCase } from './builtin-case.ts';

export const BUILTIN_CASES: ReadonlyMap<string, BuiltinCase> = new Map([[pakistanTtp.case.id, pakistanTtp]]);

/** The case `npm start` opens. */
export const DEFAULT_CASE_ID = 'pakistan-ttp';
