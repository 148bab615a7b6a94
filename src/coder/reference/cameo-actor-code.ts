/**
 * What a CAMEO actor code says in Jirga's terms. A code is a row of three-letter blocks: first
 * a country (ISO alpha-3 mostly; CAMEO's own codes for former states are mapped to the state
 * Jirga's lexicon uses for them: the Soviet Union is RUS, Yugoslavia SRB, East Germany DEU) or
 * a family of non-state actors (IGO, NGO, IMG for international armed groups, MNC for
 * multinational companies), then roles (GOV, MIL, REB, …). The sector is the first role that
 * has a Jirga sector (INS and SEP are REB, PTY is OPP as for registry parties, AGR is CVL as
 * for "farmers"; religions are REL when no other role has a sector); a family without one takes its own (IGO, NGO; IMG is
 * REB, MNC is BUS). ELI (elites) and CRM have no Jirga sector. Regions (AFR, WEU, …) give no
 * country. A code that names only a country is a place, not an actor. Pure.
 */
import countries from 'i18n-iso-countries';

/** Sectors the coder's lexicon uses (`lexicon/en/actor-words.ts`). */
const JIRGA_SECTORS = new Set([
  'GOV',
  'MIL',
  'COP',
  'REB',
  'OPP',
  'JUD',
  'LEG',
  'LAB',
  'EDU',
  'NGO',
  'IGO',
  'BUS',
  'CVL',
  'MED',
  'REF',
  'REL',
  'SPY',
  'UAF',
]);

const RELIGIONS = ['MUS', 'CHR', 'JEW', 'HIN', 'BUD', 'CTH', 'PRO', 'SHI', 'SUF', 'SIK', 'MOS', 'DOX', 'BAH'];

/** CAMEO role codes that Jirga names otherwise. */
const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  INS: 'REB',
  SEP: 'REB',
  PTY: 'OPP',
  AGR: 'CVL',
  ...Object.fromEntries(RELIGIONS.map((r) => [r, 'REL'])),
};

/** Families of non-state actors and the sector each has when its code names no role. */
const FAMILIES: Readonly<Record<string, string>> = { IGO: 'IGO', NGO: 'NGO', IMG: 'REB', MNC: 'BUS' };

/** CAMEO country codes that are not ISO alpha-3, as the states Jirga's lexicon uses for them. */
const FORMER_STATES: Readonly<Record<string, string>> = {
  USR: 'RUS',
  SUN: 'RUS',
  DDR: 'DEU',
  CSK: 'CZE',
  YUG: 'SRB',
  FRY: 'SRB',
  SCG: 'SRB',
  KSV: 'XKX',
  TMP: 'TLS',
  ANG: 'AGO',
  SRP: 'BIH',
  KRJ: 'HRV',
};

const ISO_ALPHA3 = new Set(Object.keys(countries.getAlpha3Codes()));

export interface ActorCodeReading {
  /** Alpha-3, or a family (IGO, NGO, IMG, MNC), or null. */
  country: string | null;
  sector: string | null;
  /** False for a code that names only a country (or region): a place, not an actor. */
  actor: boolean;
}

function countryOf(block: string): string | undefined {
  if (FORMER_STATES[block] !== undefined) return FORMER_STATES[block];
  return ISO_ALPHA3.has(block) ? block : undefined;
}

/** The Jirga sector of one role block, or null. */
export function sectorOfRole(block: string): string | null {
  if (JIRGA_SECTORS.has(block)) return block;
  return ROLE_SYNONYMS[block] ?? null;
}

/** The sector of a row of role blocks: the first that has one, a religion only when nothing else does. */
function sectorOfRoles(blocks: readonly string[]): string | null {
  const sectors = blocks.map(sectorOfRole).filter((s): s is string => s !== null);
  return sectors.find((s) => s !== 'REL') ?? sectors[0] ?? null;
}

/** Reads a CAMEO actor code (`DZAGOV`, `IGOUNOREFHCR`, `PSEREBHMS`, `CFRREB`). */
export function readActorCode(code: string): ActorCodeReading {
  const letters = code.toUpperCase().replace(/[^A-Z]/gu, '');
  const blocks = letters.match(/.{3}/gu) ?? [];
  const [first, ...rest] = blocks;
  if (first === undefined) return { country: null, sector: null, actor: false };
  const family = FAMILIES[first];
  if (family !== undefined) {
    const sector = sectorOfRoles(rest) ?? family;
    return { country: first, sector, actor: true };
  }
  const country = countryOf(first) ?? null;
  // The roles: what follows the country (or region); a first block that is a role counts too.
  const roles = country === null && sectorOfRole(first) !== null ? blocks : rest;
  const roleBlocks = roles.filter((block) => countryOf(block) === undefined);
  const sector = sectorOfRoles(roleBlocks);
  const actor = country === null ? sector !== null : roleBlocks.length > 0;
  return { country, sector, actor };
}

/** Reads an agent code (`~GOVMED`, `IGO~`): its sector, or null. */
export function readAgentCode(code: string): string | null {
  const letters = code.toUpperCase().replace(/[^A-Z]/gu, '');
  const blocks = letters.match(/.{3}/gu) ?? [];
  const family = blocks.map((block) => FAMILIES[block]).find((f) => f !== undefined);
  return sectorOfRoles(blocks) ?? family ?? null;
}
