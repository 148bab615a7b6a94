/**
 * The PLOVER event ontology (current 16 event types) with the modes each type admits and the
 * contexts an event can carry. Our own table, checked against the PLOVER manual (draft 0.8,
 * 2021); `quad` groups types into the classic verbal/material cooperation/conflict quad classes.
 */
import { z } from 'zod';

export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export const PloverType = z.enum(PLOVER_TYPES);
export type PloverType = z.infer<typeof PloverType>;

export type QuadClass =
  'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export interface PloverTypeInfo {
  type: PloverType;
  quad: QuadClass;
  /** One line in our words. */
  description: string;
  /** Modes this type admits (an event's `mode` is one of them, or null). */
  modes: readonly string[];
}

export const PLOVER_TYPE_INFO: Readonly<Record<PloverType, PloverTypeInfo>> = {
  AGREE: {
    type: 'AGREE',
    quad: 'verbal-cooperation',
    description: 'says it will cooperate, settle, meet or yield',
    modes: [],
  },
  CONSULT: {
    type: 'CONSULT',
    quad: 'verbal-cooperation',
    description: 'meets, talks, negotiates or mediates',
    modes: ['phone', 'visit', 'third-party', 'multilateral'],
  },
  SUPPORT: {
    type: 'SUPPORT',
    quad: 'verbal-cooperation',
    description: 'praises, endorses, recognises or signs an agreement with',
    modes: [],
  },
  CONCEDE: {
    type: 'CONCEDE',
    quad: 'verbal-cooperation',
    description: 'admits, apologises or eases a demand in words',
    modes: [],
  },
  COOPERATE: {
    type: 'COOPERATE',
    quad: 'material-cooperation',
    description: 'cooperates materially: economic, military, judicial, intelligence',
    modes: [],
  },
  AID: {
    type: 'AID',
    quad: 'material-cooperation',
    description: 'gives economic, military or humanitarian aid or asylum',
    modes: ['economic', 'military', 'humanitarian', 'asylum'],
  },
  RETREAT: {
    type: 'RETREAT',
    quad: 'material-cooperation',
    description: 'releases, returns, disarms, withdraws, observes a ceasefire or opens access',
    modes: ['release', 'return', 'disarm', 'withdraw', 'ceasefire', 'access', 'ease'],
  },
  REQUEST: {
    type: 'REQUEST',
    quad: 'verbal-cooperation',
    description: 'asks for aid, change, a meeting or a concession',
    modes: ['assist', 'change', 'meet', 'yield'],
  },
  ACCUSE: {
    type: 'ACCUSE',
    quad: 'verbal-conflict',
    description: 'criticises, alleges or opens an investigation',
    modes: ['disapprove', 'allege', 'investigate'],
  },
  REJECT: {
    type: 'REJECT',
    quad: 'verbal-conflict',
    description: 'refuses aid, change, a meeting or a concession',
    modes: ['assist', 'change', 'meet', 'yield'],
  },
  THREATEN: {
    type: 'THREATEN',
    quad: 'verbal-conflict',
    description: 'threatens violence, sanctions, restrictions or the end of relations',
    modes: ['violence', 'ban', 'expel', 'political', 'relations', 'restrict', 'territory'],
  },
  PROTEST: {
    type: 'PROTEST',
    quad: 'verbal-conflict',
    description: 'demonstrates, riots, strikes, boycotts or obstructs',
    modes: ['demo', 'riot', 'hunger', 'boycott', 'obstruct', 'strike'],
  },
  SANCTION: {
    type: 'SANCTION',
    quad: 'material-conflict',
    description: 'breaks off relations, expels, withdraws or discontinues aid',
    modes: ['discontinue', 'expel', 'withdraw', 'ceasefire'],
  },
  MOBILIZE: {
    type: 'MOBILIZE',
    quad: 'material-conflict',
    description: 'raises forces or readiness: troops, police, weapons',
    modes: ['troops', 'police', 'weapons', 'cyber'],
  },
  COERCE: {
    type: 'COERCE',
    quad: 'material-conflict',
    description: 'arrests, bans, restricts, seizes or deports',
    modes: ['arrest', 'ban', 'curfew', 'deport', 'martial-law', 'restrict', 'seize', 'cyber'],
  },
  ASSAULT: {
    type: 'ASSAULT',
    quad: 'material-conflict',
    description: 'uses violence: attacks, bombs, abducts, assassinates',
    modes: [
      'abduct',
      'assassinate',
      'beat',
      'cleansing',
      'explosives',
      'firearms',
      'heavy-weapons',
      'aerial',
      'drone',
      'massacre',
      'seize',
      'sexual',
      'suicide-attack',
      'torture',
      'unconventional',
    ],
  },
};

/**
 * PLOVER contexts (what an event is about) plus the few Jirga adds for conflict systems
 * (`ceasefire`, `terrorism`, `territory`, `sovereignty`).
 */
export const PLOVER_CONTEXTS = [
  'diplomatic',
  'economic',
  'military',
  'legal',
  'intelligence',
  'humanitarian',
  'peacekeeping',
  'political_institutions',
  'executive',
  'rights_freedoms',
  'human_rights',
  'human_security',
  'pro_autocracy',
  'pro_democracy',
  'religion_ethnicity',
  'cbrn',
  'corruption',
  'crime',
  'asylum',
  'migration',
  'ceasefire',
  'terrorism',
  'territory',
  'sovereignty',
] as const;
export const PloverContext = z.enum(PLOVER_CONTEXTS);
export type PloverContext = z.infer<typeof PloverContext>;

/** True when `mode` is admitted by `type` (null is always admitted). */
export function isModeOf(type: PloverType, mode: string | null): boolean {
  return mode === null || PLOVER_TYPE_INFO[type].modes.includes(mode);
}
