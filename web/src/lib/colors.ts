/** Colours: one per PLOVER event type (grouped by quad class), per actor kind and per relation sign. */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  AGREE: '#1b7f5a',
  CONSULT: '#2a9d8f',
  SUPPORT: '#57b894',
  CONCEDE: '#8fc9a8',
  COOPERATE: '#2f6db5',
  AID: '#5c8fd6',
  RETREAT: '#93b5e6',
  REQUEST: '#7a6fb0',
  ACCUSE: '#d9a13b',
  REJECT: '#e0b75e',
  THREATEN: '#e07b39',
  PROTEST: '#c9a227',
  SANCTION: '#b5654a',
  MOBILIZE: '#a34f7a',
  COERCE: '#8e3b5e',
  ASSAULT: '#c62f2f',
};

export const typeColor = (type: string): string => TYPE_COLORS[type] ?? '#777';

export const KIND_COLORS: Readonly<Record<string, string>> = {
  state: '#2f4f7f',
  government: '#3f6fb0',
  military: '#4b5d3a',
  intelligence: '#5f4b7a',
  'armed-group': '#b03a2e',
  faction: '#d4693a',
  party: '#2a8c82',
  igo: '#2c8c4c',
  ngo: '#6aa84f',
  person: '#8a6d3b',
  office: '#777777',
  project: '#b8860b',
};

export const kindColor = (kind: string): string => KIND_COLORS[kind] ?? '#777';

export function signColor(sign: number): string {
  if (sign > 0.05) return '#2e8b57';
  if (sign < -0.05) return '#c0392b';
  return '#8a8a8a';
}
