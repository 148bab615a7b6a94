/**
 * The CAMEO event codes (Conflict and Mediation Event Observations, version 1.1b3) with a short
 * description in our own words and the Goldstein conflict–cooperation value (−10…+10) of each.
 * Codes are strings: "01"…"20" are the roots (cue categories), three-digit codes their
 * children and four-digit codes the grandchildren ("010" is not "10").
 *
 * Our own table; the Goldstein values were checked against the GDELT lookup table (see
 * cameo.test.ts). Where the ICEWS codebook disagrees with GDELT (016, 022, 164, 165) we follow GDELT.
 * A few codes used by PETRARCH2 and PLOVER but absent from the 1.1b3 codebook are added
 * (`CAMEO_EXTENSION_CODES`); their Goldstein value is their parent's.
 */

export interface CameoCode {
  code: string;
  description: string;
  goldstein: number;
}

/** [code, Goldstein value, description]. */
type Row = readonly [string, number, string];

const ROWS: readonly Row[] = [
  // 01 make a public statement
  ['01', 0, 'make a public statement'],
  ['010', 0, 'make a statement not covered by a more specific code'],
  ['011', -0.1, 'refuse or decline to comment'],
  ['012', -0.4, 'comment pessimistically'],
  ['013', 0.4, 'comment optimistically'],
  ['014', 0, 'weigh or consider a policy option'],
  ['015', 0, 'acknowledge or claim responsibility'],
  ['016', -2, 'deny responsibility'],
  ['017', 0, 'perform a symbolic act'],
  ['018', 3.4, 'express empathy or condolence'],
  ['019', 3.4, 'express agreement or accord'],
  // 02 appeal
  ['02', 3, 'appeal'],
  ['020', 3, 'appeal or request, unspecified'],
  ['021', 3.4, 'appeal for material cooperation'],
  ['0211', 3.4, 'appeal for economic cooperation'],
  ['0212', 3.4, 'appeal for military cooperation'],
  ['0213', 3.4, 'appeal for judicial cooperation'],
  ['0214', 3.4, 'appeal for intelligence or information'],
  ['022', 3.2, 'appeal for diplomatic cooperation or policy support'],
  ['023', 3.4, 'appeal for aid'],
  ['0231', 3.4, 'appeal for economic aid'],
  ['0232', 3.4, 'appeal for military aid'],
  ['0233', 3.4, 'appeal for humanitarian aid'],
  ['0234', 3.4, 'appeal for protection or peacekeepers'],
  ['024', -0.3, 'appeal for political reform'],
  ['0241', -0.3, 'appeal for a change of leaders'],
  ['0242', -0.3, 'appeal for a change of policy'],
  ['0243', -0.3, 'appeal for rights'],
  ['0244', -0.3, 'appeal for a change of institutions or regime'],
  ['025', -0.3, 'appeal to the target to yield'],
  ['0251', -0.3, 'appeal to ease administrative sanctions'],
  ['0252', -0.3, 'appeal to ease the handling of political dissent'],
  ['0253', -0.3, 'appeal to release people or property'],
  ['0254', -0.3, 'appeal to ease economic sanctions, boycotts or embargoes'],
  ['0255', -0.3, 'appeal to admit international involvement other than mediation'],
  ['0256', -0.3, 'appeal to de-escalate fighting'],
  ['026', 4, 'appeal to others to meet or negotiate'],
  ['027', 4, 'appeal to others to settle a dispute'],
  ['028', 4, 'appeal to others to take up or accept mediation'],
  // 03 express intent to cooperate
  ['03', 4, 'express intent to cooperate'],
  ['030', 4, 'express intent to cooperate, unspecified'],
  ['031', 5.2, 'express intent to cooperate materially'],
  ['0311', 5.2, 'express intent to cooperate on the economy'],
  ['0312', 5.2, 'express intent to cooperate militarily'],
  ['0313', 5.2, 'express intent to cooperate on judicial matters'],
  ['0314', 5.2, 'express intent to cooperate on intelligence'],
  ['032', 4.5, 'express intent to cooperate diplomatically or back a policy'],
  ['033', 5.2, 'express intent to give material aid'],
  ['0331', 5.2, 'express intent to give economic aid'],
  ['0332', 5.2, 'express intent to give military aid'],
  ['0333', 5.2, 'express intent to give humanitarian aid'],
  ['0334', 6, 'express intent to give protection or peacekeepers'],
  ['034', 7, 'express intent to reform politically'],
  ['0341', 7, 'express intent to change leaders'],
  ['0342', 7, 'express intent to change policy'],
  ['0343', 7, 'express intent to grant rights'],
  ['0344', 7, 'express intent to change institutions or regime'],
  ['035', 7, 'express intent to yield'],
  ['0351', 7, 'express intent to ease administrative sanctions'],
  ['0352', 7, 'express intent to ease the handling of dissent'],
  ['0353', 7, 'express intent to release people or property'],
  ['0354', 7, 'express intent to ease economic sanctions, boycotts or embargoes'],
  ['0355', 7, 'express intent to admit international involvement other than mediation'],
  ['0356', 7, 'express intent to de-escalate fighting'],
  ['036', 4, 'express intent to meet or negotiate'],
  ['037', 5, 'express intent to settle a dispute'],
  ['038', 7, 'express intent to accept mediation'],
  ['039', 5, 'express intent to act as mediator'],
  // 04 consult
  ['04', 1, 'consult'],
  ['040', 1, 'consult, unspecified'],
  ['041', 1, 'talk by telephone'],
  ['042', 1.9, 'pay a visit'],
  ['043', 2.8, 'receive a visit'],
  ['044', 2.5, 'meet at a neutral or third location'],
  ['045', 5, 'mediate'],
  ['046', 7, 'negotiate'],
  // 05 engage in diplomatic cooperation
  ['05', 3.5, 'cooperate diplomatically'],
  ['050', 3.5, 'cooperate diplomatically, unspecified'],
  ['051', 3.4, 'praise or endorse'],
  ['052', 3.5, 'defend in words'],
  ['053', 3.8, 'rally support for'],
  ['054', 6, 'recognise diplomatically'],
  ['055', 7, 'apologise'],
  ['056', 7, 'forgive'],
  ['057', 8, 'sign a formal agreement'],
  // 06 engage in material cooperation
  ['06', 6, 'cooperate materially'],
  ['060', 6, 'cooperate materially, unspecified'],
  ['061', 6.4, 'cooperate on the economy'],
  ['062', 7.4, 'cooperate militarily'],
  ['063', 7.4, 'cooperate on judicial matters'],
  ['064', 7, 'share intelligence or information'],
  // 07 provide aid
  ['07', 7, 'give aid'],
  ['070', 7, 'give aid, unspecified'],
  ['071', 7.4, 'give economic aid'],
  ['072', 8.3, 'give military aid'],
  ['073', 7.4, 'give humanitarian aid'],
  ['074', 8.5, 'give protection or peacekeepers'],
  ['075', 7, 'grant asylum'],
  // 08 yield
  ['08', 5, 'yield'],
  ['080', 5, 'yield, unspecified'],
  ['081', 5, 'ease administrative sanctions'],
  ['0811', 5, 'ease limits on political freedoms'],
  ['0812', 5, 'lift a ban on parties or politicians'],
  ['0813', 5, 'lift or ease a curfew'],
  ['0814', 5, 'lift or ease a state of emergency or martial law'],
  ['082', 5, 'ease the handling of political dissent'],
  ['083', 5, 'give in to calls for political reform'],
  ['0831', 5, 'give in to calls for a change of leaders'],
  ['0832', 5, 'give in to calls for a change of policy'],
  ['0833', 5, 'give in to calls for rights'],
  ['0834', 5, 'give in to calls for a change of institutions or regime'],
  ['084', 7, 'return or release'],
  ['0841', 7, 'release or return people'],
  ['0842', 7, 'return property'],
  ['085', 7, 'ease economic sanctions, boycotts or embargoes'],
  ['086', 9, 'admit international involvement'],
  ['0861', 9, 'admit peacekeepers'],
  ['0862', 9, 'admit inspectors'],
  ['0863', 9, 'admit humanitarian access'],
  ['087', 9, 'de-escalate fighting'],
  ['0871', 9, 'declare a truce or ceasefire'],
  ['0872', 9, 'ease a military blockade'],
  ['0873', 9, 'demobilise armed forces'],
  ['0874', 10, 'retreat or surrender'],
  // 09 investigate
  ['09', -2, 'investigate'],
  ['090', -2, 'investigate, unspecified'],
  ['091', -2, 'investigate crime or corruption'],
  ['092', -2, 'investigate human rights abuses'],
  ['093', -2, 'investigate military action'],
  ['094', -2, 'investigate war crimes'],
  // 10 demand
  ['10', -5, 'demand'],
  ['100', -5, 'demand, unspecified'],
  ['101', -5, 'demand material cooperation'],
  ['1011', -5, 'demand economic cooperation'],
  ['1012', -5, 'demand military cooperation'],
  ['1013', -5, 'demand judicial cooperation'],
  ['1014', -5, 'demand intelligence cooperation'],
  ['102', -5, 'demand diplomatic cooperation or policy support'],
  ['103', -5, 'demand aid'],
  ['1031', -5, 'demand economic aid'],
  ['1032', -5, 'demand military aid'],
  ['1033', -5, 'demand humanitarian aid'],
  ['1034', -5, 'demand protection or peacekeepers'],
  ['104', -5, 'demand political reform'],
  ['1041', -5, 'demand a change of leaders'],
  ['1042', -5, 'demand a change of policy'],
  ['1043', -5, 'demand rights'],
  ['1044', -5, 'demand a change of institutions or regime'],
  ['105', -5, 'demand that the target yield'],
  ['1051', -5, 'demand eased administrative sanctions'],
  ['1052', -5, 'demand eased handling of dissent'],
  ['1053', -5, 'demand the release of people or property'],
  ['1054', -5, 'demand eased economic sanctions, boycotts or embargoes'],
  ['1055', -5, 'demand that international involvement other than mediation be admitted'],
  ['1056', -5, 'demand de-escalation of fighting'],
  ['106', -5, 'demand a meeting or negotiations'],
  ['107', -5, 'demand that a dispute be settled'],
  ['108', -5, 'demand mediation'],
  // 11 disapprove
  ['11', -2, 'disapprove'],
  ['110', -2, 'disapprove, unspecified'],
  ['111', -2, 'criticise or denounce'],
  ['112', -2, 'accuse'],
  ['1121', -2, 'accuse of crime or corruption'],
  ['1122', -2, 'accuse of human rights abuses'],
  ['1123', -2, 'accuse of aggression'],
  ['1124', -2, 'accuse of war crimes'],
  ['1125', -2, 'accuse of espionage or treason'],
  ['113', -2, 'rally opposition against'],
  ['114', -2, 'complain formally'],
  ['115', -2, 'sue or bring legal action against'],
  ['116', -2, 'find guilty or liable in law'],
  // 12 reject
  ['12', -4, 'reject'],
  ['120', -4, 'reject, unspecified'],
  ['121', -4, 'refuse material cooperation'],
  ['1211', -4, 'refuse economic cooperation'],
  ['1212', -4, 'refuse military cooperation'],
  ['1213', -4, 'refuse judicial cooperation'],
  ['1214', -4, 'refuse intelligence cooperation'],
  ['122', -4, 'refuse a request for material aid'],
  ['1221', -4, 'refuse a request for economic aid'],
  ['1222', -4, 'refuse a request for military aid'],
  ['1223', -4, 'refuse a request for humanitarian aid'],
  ['1224', -4, 'refuse a request for protection or peacekeepers'],
  ['123', -4, 'refuse a call for political reform'],
  ['1231', -4, 'refuse a call for a change of leaders'],
  ['1232', -4, 'refuse a call for a change of policy'],
  ['1233', -4, 'refuse a call for rights'],
  ['1234', -4, 'refuse a call for a change of institutions or regime'],
  ['124', -4, 'refuse to yield'],
  ['1241', -4, 'refuse to ease administrative sanctions'],
  ['1242', -4, 'refuse to ease the handling of dissent'],
  ['1243', -4, 'refuse to release people or property'],
  ['1244', -4, 'refuse to ease economic sanctions, boycotts or embargoes'],
  ['1245', -4, 'refuse to admit international involvement other than mediation'],
  ['1246', -4, 'refuse to de-escalate fighting'],
  ['125', -5, 'turn down a proposal to meet or negotiate'],
  ['126', -5, 'turn down mediation'],
  ['127', -5, 'turn down a plan or agreement to settle a dispute'],
  ['128', -5, 'defy norms or the law'],
  ['129', -5, 'veto'],
  // 13 threaten
  ['13', -6, 'threaten'],
  ['130', -4.4, 'threaten, unspecified'],
  ['131', -5.8, 'threaten without force'],
  ['1311', -5.8, 'threaten to cut or stop aid'],
  ['1312', -5.8, 'threaten sanctions, a boycott or an embargo'],
  ['1313', -5.8, 'threaten to downgrade or break relations'],
  ['132', -5.8, 'threaten administrative sanctions'],
  ['1321', -5.8, 'threaten to restrict political freedoms'],
  ['1322', -5.8, 'threaten to ban parties or politicians'],
  ['1323', -5.8, 'threaten a curfew'],
  ['1324', -5.8, 'threaten a state of emergency or martial law'],
  ['133', -5.8, 'threaten protest or political dissent'],
  ['134', -5.8, 'threaten to break off negotiations'],
  ['135', -5.8, 'threaten to break off mediation'],
  ['136', -7, 'threaten to end international involvement other than mediation'],
  ['137', -7, 'threaten repression'],
  ['138', -7, 'threaten military force'],
  ['1381', -7, 'threaten a blockade'],
  ['1382', -7, 'threaten to occupy territory'],
  ['1383', -7, 'threaten unconventional violence'],
  ['1384', -7, 'threaten a conventional attack'],
  ['1385', -7, 'threaten an attack with weapons of mass destruction'],
  ['139', -7, 'issue an ultimatum'],
  // 14 protest
  ['14', -6.5, 'protest'],
  ['140', -6.5, 'dissent politically, unspecified'],
  ['141', -6.5, 'demonstrate or rally'],
  ['1411', -6.5, 'demonstrate for a change of leaders'],
  ['1412', -6.5, 'demonstrate for a change of policy'],
  ['1413', -6.5, 'demonstrate for rights'],
  ['1414', -6.5, 'demonstrate for a change of institutions or regime'],
  ['142', -6.5, 'go on hunger strike'],
  ['1421', -6.5, 'go on hunger strike for a change of leaders'],
  ['1422', -6.5, 'go on hunger strike for a change of policy'],
  ['1423', -6.5, 'go on hunger strike for rights'],
  ['1424', -6.5, 'go on hunger strike for a change of institutions or regime'],
  ['143', -6.5, 'strike or boycott'],
  ['1431', -6.5, 'strike or boycott for a change of leaders'],
  ['1432', -6.5, 'strike or boycott for a change of policy'],
  ['1433', -6.5, 'strike or boycott for rights'],
  ['1434', -6.5, 'strike or boycott for a change of institutions or regime'],
  ['144', -7.5, 'block passage or obstruct'],
  ['1441', -7.5, 'block passage to press for a change of leaders'],
  ['1442', -7.5, 'block passage to press for a change of policy'],
  ['1443', -7.5, 'block passage to press for rights'],
  ['1444', -7.5, 'block passage to press for a change of institutions or regime'],
  ['145', -7.5, 'riot or protest violently'],
  ['1451', -7.5, 'riot for a change of leaders'],
  ['1452', -7.5, 'riot for a change of policy'],
  ['1453', -7.5, 'riot for rights'],
  ['1454', -7.5, 'riot for a change of institutions or regime'],
  // 15 exhibit force posture
  ['15', -7.2, 'show force'],
  ['150', -7.2, 'display military or police power'],
  ['151', -7.2, 'raise the alert level of the police'],
  ['152', -7.2, 'raise the alert level of the armed forces'],
  ['153', -7.2, 'mobilise or reinforce the police'],
  ['154', -7.2, 'mobilise or reinforce the armed forces'],
  // 16 reduce relations
  ['16', -4, 'reduce relations'],
  ['160', -4, 'reduce relations, unspecified'],
  ['161', -4, 'downgrade or break diplomatic relations'],
  ['162', -5.6, 'cut or stop material aid'],
  ['1621', -5.6, 'cut or stop economic aid'],
  ['1622', -5.6, 'cut or stop military aid'],
  ['1623', -5.6, 'cut or stop humanitarian aid'],
  ['163', -8, 'impose an embargo, boycott or sanctions'],
  ['164', -7, 'break off negotiations'],
  ['165', -6.5, 'break off mediation'],
  ['166', -7, 'expel or withdraw'],
  ['1661', -7, 'expel or withdraw peacekeepers'],
  ['1662', -7, 'expel or withdraw inspectors or observers'],
  ['1663', -7, 'expel or withdraw aid agencies'],
  // 17 coerce
  ['17', -7, 'coerce'],
  ['170', -7, 'coerce, unspecified'],
  ['171', -9.2, 'seize or damage property'],
  ['1711', -9.2, 'confiscate property'],
  ['1712', -9.2, 'destroy property'],
  ['172', -5, 'impose administrative sanctions'],
  ['1721', -5, 'restrict political freedoms'],
  ['1722', -5, 'ban parties or politicians'],
  ['1723', -5, 'impose a curfew'],
  ['1724', -5, 'impose a state of emergency or martial law'],
  ['173', -5, 'arrest, detain or charge'],
  ['174', -5, 'expel or deport individuals'],
  ['175', -9, 'repress violently'],
  ['176', -7, 'attack through computer networks'],
  // 18 assault
  ['18', -9, 'assault'],
  ['180', -9, 'use unconventional violence, unspecified'],
  ['181', -9, 'abduct, hijack or take hostages'],
  ['182', -9.5, 'assault physically'],
  ['1821', -9, 'assault sexually'],
  ['1822', -9, 'torture'],
  ['1823', -10, 'kill by physical assault'],
  ['183', -10, 'bomb outside military operations (suicide, car and other bombs)'],
  ['1831', -10, 'carry out a suicide bombing'],
  ['1832', -10, 'carry out a car bombing'],
  ['1833', -10, 'carry out a roadside bombing'],
  ['184', -8, 'use people as human shields'],
  ['185', -8, 'attempt an assassination'],
  ['186', -10, 'assassinate'],
  // 19 fight
  ['19', -10, 'fight'],
  ['190', -10, 'use conventional military force, unspecified'],
  ['191', -9.5, 'impose a blockade or restrict movement'],
  ['192', -9.5, 'occupy territory'],
  ['193', -10, 'fight with small arms and light weapons'],
  ['194', -10, 'fight with artillery and tanks'],
  ['195', -10, 'attack from the air'],
  ['1951', -10, 'attack with precision-guided air munitions'],
  ['1952', -10, 'attack with remotely piloted aircraft (drones)'],
  ['196', -9.5, 'break a ceasefire'],
  // 20 use unconventional mass violence
  ['20', -10, 'use unconventional mass violence'],
  ['200', -10, 'use unconventional mass violence, unspecified'],
  ['201', -9.5, 'expel people en masse'],
  ['202', -10, 'kill en masse'],
  ['203', -10, 'carry out ethnic cleansing'],
  ['204', -10, 'use weapons of mass destruction'],
  ['2041', -10, 'use chemical, biological or radiological weapons'],
  ['2042', -10, 'detonate a nuclear weapon'],
];

/** Codes we carry that the CAMEO 1.1b3 codebook lacks (used by PETRARCH2 or PLOVER). */
export const CAMEO_EXTENSION_CODES: ReadonlySet<string> = new Set(['1214', '176', '1951', '1952']);

export const CAMEO_CODES: ReadonlyMap<string, CameoCode> = new Map(
  ROWS.map(([code, goldstein, description]) => [code, { code, description, goldstein }]),
);

const CODE_SHAPE = /^\d{2,4}$/;

/** True for a string shaped like a CAMEO code (2 to 4 digits); says nothing about whether it exists. */
export function isCameoCodeShape(code: string): boolean {
  return CODE_SHAPE.test(code);
}

/** The parent of a code ("0874" → "087", "087" → "08"), or undefined for a root or a malformed code. */
export function cameoParent(code: string): string | undefined {
  return isCameoCodeShape(code) && code.length > 2 ? code.slice(0, -1) : undefined;
}

/** The root (cue category, "01"…"20") of a code, or undefined when the code is malformed or has no known root. */
export function cameoRoot(code: string): string | undefined {
  if (!isCameoCodeShape(code)) return undefined;
  const root = code.slice(0, 2);
  return CAMEO_CODES.has(root) ? root : undefined;
}

/** The code itself when known, else its nearest known ancestor ("1959" → "195"), else undefined. */
export function nearestKnownCameo(code: string): CameoCode | undefined {
  for (let current: string | undefined = code; current !== undefined; current = cameoParent(current)) {
    const known = CAMEO_CODES.get(current);
    if (known !== undefined) return known;
  }
  return undefined;
}

/** Goldstein value of a code, falling back to the nearest known parent; undefined when none is known. */
export function goldsteinOf(code: string): number | undefined {
  return nearestKnownCameo(code)?.goldstein;
}
