/**
 * CAMEO → PLOVER: the PLOVER event type, mode and contexts of a CAMEO code. Our own compact
 * table: each root gives a default type; three- and four-digit codes override type, mode or
 * contexts where they differ, and a child inherits everything its parent does not override.
 * Families whose last digit names an issue ("…1 economic, …2 military, …") get their
 * context from that digit. Checked against the PLOVER project's conversion table (2021) in
 * cameo-plover.test.ts, where deliberate differences are listed with their reasons.
 *
 * Root 01 (public statements) has no PLOVER type: statements are not coded as events.
 * Root 02 (appeals) is mapped to REQUEST, which PLOVER defines to cover both appeals and demands.
 */
import { CAMEO_CODES, cameoRoot } from './cameo.ts';
import type { PloverContext, PloverType } from './plover.ts';

export interface PloverMapping {
  type: PloverType;
  mode: string | null;
  context: PloverContext[];
}

const ROOT_TYPES: Readonly<Record<string, PloverType>> = {
  '02': 'REQUEST',
  '03': 'AGREE',
  '04': 'CONSULT',
  '05': 'SUPPORT',
  '06': 'COOPERATE',
  '07': 'AID',
  '08': 'CONCEDE',
  '09': 'ACCUSE',
  '10': 'REQUEST',
  '11': 'ACCUSE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'MOBILIZE',
  '16': 'SANCTION',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'ASSAULT',
  '20': 'ASSAULT',
};

/** What a code changes relative to its parent; an absent field is inherited. */
interface Override {
  type?: PloverType;
  mode?: string | null;
  context?: PloverContext[];
}

/** Context by the last digit of a child code, for families whose children differ only by issue. */
type IssueDigits = Readonly<Record<string, PloverContext>>;

const COOPERATION_DOMAIN: IssueDigits = {
  '1': 'economic',
  '2': 'military',
  '3': 'legal',
  '4': 'intelligence',
};
const AID_DOMAIN: IssueDigits = {
  '1': 'economic',
  '2': 'military',
  '3': 'humanitarian',
  '4': 'peacekeeping',
};
/** Leadership, policy, rights, institutions. */
const REFORM_ISSUE: IssueDigits = {
  '1': 'executive',
  '2': 'executive',
  '3': 'rights_freedoms',
  '4': 'political_institutions',
};
/** Administrative sanctions, dissent, release, economic sanctions, international involvement, fighting. */
const YIELD_ISSUE: IssueDigits = {
  '1': 'legal',
  '2': 'rights_freedoms',
  '3': 'legal',
  '4': 'economic',
  '5': 'diplomatic',
  '6': 'military',
};

const FAMILIES: Readonly<Record<string, IssueDigits>> = {
  '021': COOPERATION_DOMAIN,
  '031': COOPERATION_DOMAIN,
  '101': COOPERATION_DOMAIN,
  '121': COOPERATION_DOMAIN,
  '023': AID_DOMAIN,
  '033': AID_DOMAIN,
  '103': AID_DOMAIN,
  '122': AID_DOMAIN,
  '162': AID_DOMAIN,
  '024': REFORM_ISSUE,
  '034': REFORM_ISSUE,
  '083': REFORM_ISSUE,
  '104': REFORM_ISSUE,
  '123': REFORM_ISSUE,
  '141': REFORM_ISSUE,
  '142': REFORM_ISSUE,
  '143': REFORM_ISSUE,
  '144': REFORM_ISSUE,
  '145': REFORM_ISSUE,
  '025': YIELD_ISSUE,
  '035': YIELD_ISSUE,
  '105': YIELD_ISSUE,
  '124': YIELD_ISSUE,
};

const DIPLOMATIC: PloverContext[] = ['diplomatic'];
const MILITARY: PloverContext[] = ['military'];
const LEGAL: PloverContext[] = ['legal'];
const PRO_AUTOCRACY: PloverContext[] = ['pro_autocracy'];

const OVERRIDES: Readonly<Record<string, Override>> = {
  // 02 appeal → REQUEST (same modes as the demands of root 10)
  '021': { mode: 'assist' },
  '022': { mode: 'assist', context: DIPLOMATIC },
  '023': { mode: 'assist' },
  '024': { mode: 'change', context: ['political_institutions'] },
  '025': { mode: 'yield' },
  '026': { mode: 'meet', context: DIPLOMATIC },
  '027': { mode: 'meet', context: DIPLOMATIC },
  '028': { mode: 'meet', context: DIPLOMATIC },
  // 03 intent to cooperate → AGREE
  '030': { context: DIPLOMATIC },
  '031': { context: DIPLOMATIC },
  '032': { context: DIPLOMATIC },
  '033': { context: DIPLOMATIC },
  '034': { context: ['political_institutions'] },
  '036': { context: DIPLOMATIC },
  '037': { context: DIPLOMATIC },
  '038': { context: DIPLOMATIC },
  '039': { context: DIPLOMATIC },
  // 04 consult
  '041': { mode: 'phone' },
  '042': { mode: 'visit' },
  '043': { mode: 'visit' },
  '044': { mode: 'third-party' },
  '045': { context: DIPLOMATIC },
  '046': { context: DIPLOMATIC },
  // 05 diplomatic cooperation → SUPPORT; an apology is a verbal concession in our PLOVER table
  '05': { context: DIPLOMATIC },
  '055': { type: 'CONCEDE' },
  // 06 material cooperation
  '061': { context: ['economic'] },
  '062': { context: MILITARY },
  '063': { context: LEGAL },
  '064': { context: ['intelligence'] },
  // 07 aid
  '071': { mode: 'economic', context: ['economic'] },
  '072': { mode: 'military', context: MILITARY },
  '073': { mode: 'humanitarian', context: ['humanitarian'] },
  '074': { mode: 'military', context: ['peacekeeping'] },
  '075': { mode: 'asylum', context: ['asylum'] },
  // 08 yield: verbal and political concessions → CONCEDE, material steps back → RETREAT
  '081': { context: LEGAL },
  '0811': { context: ['pro_democracy'] },
  '0812': { context: ['pro_democracy'] },
  '0813': { type: 'RETREAT', mode: 'ease' },
  '0814': { type: 'RETREAT', mode: 'ease' },
  '082': { context: ['pro_democracy'] },
  '083': { context: ['political_institutions'] },
  '084': { type: 'RETREAT' },
  '0841': { mode: 'release', context: LEGAL },
  '0842': { mode: 'return', context: LEGAL },
  '085': { type: 'RETREAT', mode: 'ease', context: ['economic'] },
  '086': { type: 'RETREAT', mode: 'access', context: DIPLOMATIC },
  '0861': { context: ['peacekeeping'] },
  '0863': { context: ['humanitarian'] },
  '087': { type: 'RETREAT', context: MILITARY },
  '0871': { mode: 'ceasefire', context: ['military', 'ceasefire'] },
  '0872': { mode: 'withdraw' },
  '0873': { mode: 'disarm' },
  '0874': { mode: 'withdraw' },
  // 09 investigate → ACCUSE
  '09': { mode: 'investigate' },
  '091': { context: ['crime', 'corruption'] },
  '092': { context: ['human_rights'] },
  '093': { context: MILITARY },
  '094': { context: ['military', 'legal'] },
  // 10 demand → REQUEST
  '101': { mode: 'assist' },
  '102': { mode: 'assist', context: DIPLOMATIC },
  '103': { mode: 'assist' },
  '104': { mode: 'change', context: ['political_institutions'] },
  '105': { mode: 'yield' },
  '106': { mode: 'meet', context: DIPLOMATIC },
  '107': { mode: 'meet', context: DIPLOMATIC },
  '108': { mode: 'meet', context: DIPLOMATIC },
  // 11 disapprove → ACCUSE
  '11': { mode: 'disapprove' },
  '112': { mode: 'allege' },
  '1121': { context: ['crime', 'corruption'] },
  '1122': { context: ['human_rights'] },
  '1123': { context: MILITARY },
  '1124': { context: ['military', 'legal'] },
  '1125': { context: LEGAL },
  '114': { mode: 'allege', context: DIPLOMATIC },
  '115': { mode: 'allege', context: LEGAL },
  '116': { context: LEGAL },
  // 12 reject
  '121': { mode: 'assist' },
  '122': { mode: 'assist' },
  '123': { mode: 'change', context: ['political_institutions'] },
  '124': { mode: 'yield' },
  '125': { mode: 'meet', context: DIPLOMATIC },
  '126': { mode: 'meet', context: DIPLOMATIC },
  '127': { mode: 'meet', context: DIPLOMATIC },
  '128': { context: LEGAL },
  '129': { context: DIPLOMATIC },
  // 13 threaten
  '1311': { mode: 'relations', context: ['economic'] },
  '1312': { mode: 'restrict', context: ['economic'] },
  '1313': { mode: 'relations', context: DIPLOMATIC },
  '132': { mode: 'restrict', context: ['executive'] },
  '1321': { mode: 'political', context: ['rights_freedoms'] },
  '1322': { mode: 'ban', context: PRO_AUTOCRACY },
  '1323': { context: PRO_AUTOCRACY },
  '1324': { context: PRO_AUTOCRACY },
  '133': { mode: 'political' },
  '134': { mode: 'relations', context: DIPLOMATIC },
  '135': { mode: 'relations', context: DIPLOMATIC },
  '136': { mode: 'expel', context: DIPLOMATIC },
  '137': { mode: 'violence', context: PRO_AUTOCRACY },
  '138': { mode: 'violence', context: MILITARY },
  '1381': { mode: 'restrict' },
  '1382': { mode: 'territory', context: ['military', 'territory'] },
  '1385': { context: ['military', 'cbrn'] },
  '139': { context: DIPLOMATIC },
  // 14 protest
  '141': { mode: 'demo' },
  '142': { mode: 'hunger' },
  '143': { mode: 'boycott' },
  '144': { mode: 'obstruct' },
  '145': { mode: 'riot' },
  // 15 force posture → MOBILIZE
  '151': { mode: 'police' },
  '152': { mode: 'troops', context: MILITARY },
  '153': { mode: 'police' },
  '154': { mode: 'troops', context: MILITARY },
  // 16 reduce relations → SANCTION; sanctions and embargoes restrict the target → COERCE
  '161': { mode: 'withdraw', context: DIPLOMATIC },
  '162': { mode: 'discontinue' },
  '163': { type: 'COERCE', mode: 'restrict', context: ['economic'] },
  '164': { mode: 'withdraw', context: DIPLOMATIC },
  '165': { mode: 'withdraw', context: DIPLOMATIC },
  '166': { mode: 'expel', context: DIPLOMATIC },
  '1661': { context: ['peacekeeping'] },
  '1663': { context: ['humanitarian'] },
  // 17 coerce; destruction and violent repression are violence → ASSAULT
  '171': { mode: 'seize', context: ['human_security'] },
  '1712': { type: 'ASSAULT', mode: null },
  '172': { mode: 'restrict', context: ['executive'] },
  '1721': { context: ['rights_freedoms'] },
  '1722': { mode: 'ban', context: PRO_AUTOCRACY },
  '1723': { mode: 'curfew', context: PRO_AUTOCRACY },
  '1724': { mode: 'martial-law', context: PRO_AUTOCRACY },
  '173': { mode: 'arrest', context: LEGAL },
  '174': { mode: 'deport', context: LEGAL },
  '175': { type: 'ASSAULT', context: ['pro_autocracy', 'human_rights'] },
  '176': { mode: 'cyber' },
  // 18 assault
  '181': { mode: 'abduct' },
  '182': { mode: 'beat' },
  '1821': { mode: 'sexual' },
  '1822': { mode: 'torture' },
  '183': { mode: 'explosives' },
  '1831': { mode: 'suicide-attack' },
  '184': { mode: 'abduct' },
  '185': { mode: 'assassinate' },
  '186': { mode: 'assassinate' },
  // 19 fight → ASSAULT; blockade and occupation restrict or seize without fighting → COERCE
  '19': { context: MILITARY },
  '191': { type: 'COERCE', mode: 'restrict' },
  '192': { type: 'COERCE', mode: 'seize', context: ['military', 'territory'] },
  '193': { mode: 'firearms' },
  '194': { mode: 'heavy-weapons' },
  '195': { mode: 'aerial' },
  '1952': { mode: 'drone' },
  '196': { context: ['military', 'ceasefire'] },
  // 20 unconventional mass violence → ASSAULT
  '20': { mode: 'massacre', context: MILITARY },
  '201': { mode: 'cleansing', context: ['religion_ethnicity'] },
  '203': { mode: 'cleansing', context: ['religion_ethnicity'] },
  '202': { context: ['religion_ethnicity'] },
  '204': { mode: 'unconventional', context: ['cbrn'] },
};

/**
 * The PLOVER type, mode and contexts of a known CAMEO code, or undefined for an unknown code
 * and for root 01 (statements), which PLOVER does not code.
 */
export function cameoToPlover(code: string): PloverMapping | undefined {
  const root = cameoRoot(code);
  if (root === undefined || !CAMEO_CODES.has(code)) return undefined;
  const rootType = ROOT_TYPES[root];
  if (rootType === undefined) return undefined;

  let mapping: PloverMapping = { type: rootType, mode: null, context: [] };
  for (let length = 2; length <= code.length; length++) {
    const prefix = code.slice(0, length);
    const familyContext = FAMILIES[prefix.slice(0, -1)]?.[prefix.slice(-1)];
    if (familyContext !== undefined) mapping = { ...mapping, context: [familyContext] };
    const override = OVERRIDES[prefix];
    if (override !== undefined) mapping = { ...mapping, ...override };
  }
  return { ...mapping, context: [...mapping.context] };
}
