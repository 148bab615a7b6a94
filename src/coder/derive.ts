/**
 * Codes derived from a complement's code: what "agreed to X", "refused to X", "threatened to
 * X", "urged Y to X" and "demanded that Y X" become in CAMEO, given X's code. An intention to
 * cooperate is AGREE (03x), to coerce or attack is THREATEN (13x); a refusal is REJECT (12x); an
 * appeal is 02x and a demand 10x. Also the event fields (PLOVER type, mode, contexts,
 * Goldstein) of a code.
 */
import { cameoToPlover } from '../model/cameo-plover.ts';
import { goldsteinOf } from '../model/cameo.ts';
import type { PloverContext, PloverType } from '../model/plover.ts';
import type { Governs } from './lexicon/index.ts';

type Table = Readonly<Record<string, string>>;

const AGREE: Table = {
  '04': '036',
  '045': '039',
  '046': '036',
  '05': '032',
  '06': '031',
  '061': '0311',
  '062': '0312',
  '063': '0313',
  '064': '0314',
  '07': '033',
  '071': '0331',
  '072': '0332',
  '073': '0333',
  '074': '0334',
  '075': '033',
  '08': '035',
  '081': '0351',
  '0813': '0351',
  '082': '0352',
  '0841': '0353',
  '0842': '0353',
  '085': '0354',
  '086': '0355',
  '087': '0356',
  '0871': '0356',
  '0874': '0356',
  '03': '030',
};
const REJECT: Table = {
  '04': '125',
  '045': '126',
  '06': '121',
  '061': '1211',
  '062': '1212',
  '063': '1213',
  '064': '1214',
  '07': '122',
  '071': '1221',
  '072': '1222',
  '073': '1223',
  '074': '1224',
  '08': '124',
  '081': '1241',
  '082': '1242',
  '0841': '1243',
  '0842': '1243',
  '085': '1244',
  '086': '1245',
  '087': '1246',
  '0871': '1246',
  '0874': '1246',
  '03': '120',
  '05': '120',
  '083': '123',
  '0831': '1231',
  '0832': '1232',
  '0833': '1233',
};
const THREATEN: Table = {
  '16': '131',
  '162': '1311',
  '1621': '1311',
  '163': '1312',
  '161': '1313',
  '164': '134',
  '165': '135',
  '166': '136',
  '17': '132',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '1721': '1321',
  '175': '137',
  '14': '133',
  '15': '138',
  '18': '138',
  '19': '138',
  '191': '1381',
  '192': '1382',
  '20': '1383',
  '12': '130',
};
const APPEAL: Table = {
  '04': '026',
  '045': '028',
  '06': '021',
  '061': '0211',
  '062': '0212',
  '063': '0213',
  '064': '0214',
  '07': '023',
  '071': '0231',
  '072': '0232',
  '073': '0233',
  '074': '0234',
  '08': '025',
  '081': '0251',
  '082': '0252',
  '0841': '0253',
  '0842': '0253',
  '085': '0254',
  '086': '0255',
  '087': '0256',
  '0871': '0256',
  '0874': '0256',
  '03': '027',
  '05': '022',
  '083': '024',
  '0831': '0241',
  '0832': '0242',
  '0833': '0243',
};
const DEMAND: Table = Object.fromEntries(
  Object.entries(APPEAL).map(([key, code]) => [key, `10${code.slice(2)}`.replace(/^100(?=\d)/u, '10')]),
);

function lookup(table: Table, code: string): string | undefined {
  for (let length = code.length; length >= 2; length -= 1) {
    const hit = table[code.slice(0, length)];
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const BASE: Readonly<Record<Governs, string>> = {
  agree: '030',
  reject: '120',
  threaten: '130',
  appeal: '020',
  demand: '100',
};

/** The code of a governing verb given its complement's code (or its base code without one). */
export function governedCode(governs: Governs, complement: string | undefined): string {
  const base = BASE[governs];
  if (complement === undefined) return base;
  const tables: Readonly<Record<Governs, Table>> = {
    agree: AGREE,
    reject: REJECT,
    threaten: THREATEN,
    appeal: APPEAL,
    demand: DEMAND,
  };
  return lookup(tables[governs], complement) ?? base;
}

/** True for codes of cooperation (roots 03–08). */
export function isCooperative(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return root >= 3 && root <= 8;
}

/** True for codes of material or threatened conflict (roots 13–20, not protest 14 by the actor itself). */
export function isConflictual(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return root >= 13;
}

/** The intent a future statement expresses: AGREE for cooperation, THREATEN for conflict. */
export function intentCode(complement: string): string | undefined {
  if (isCooperative(complement)) return governedCode('agree', complement);
  if (isConflictual(complement)) return governedCode('threaten', complement);
  return undefined;
}

export interface EventFields {
  type: PloverType;
  mode: string | null;
  context: PloverContext[];
  intensity: number;
}

/** PLOVER type, mode, contexts and Goldstein intensity of a CAMEO code (undefined for statements). */
export function fieldsOf(code: string): EventFields | undefined {
  const mapping = cameoToPlover(code);
  if (mapping === undefined) return undefined;
  return {
    type: mapping.type,
    mode: mapping.mode,
    context: [...mapping.context],
    intensity: goldsteinOf(code) ?? 0,
  };
}
