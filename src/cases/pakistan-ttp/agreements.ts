/**
 * Agreements of the `pakistan-ttp` case: the reference class of Pakistan's deals with militants
 * in the tribal areas and Swat (2004–2009), the Taliban-mediated Pakistan–TTP ceasefires of
 * 2021 and 2022, the Qatar–Türkiye-mediated Pakistan–Taliban government ceasefire of October
 * 2025 and its Istanbul follow-up, and two related frameworks (the 2007 Pakistan–Afghanistan
 * peace jirga and the 2020 US–Taliban agreement signed in Doha).
 *
 * Sourcing: PA-X rows (cited by AgtId) for the texts it holds, news reports and Wikipedia for
 * the rest. Notes on disagreements: PA-X's "Shakai Peace Agreement" (AgtId 1531, 5 July 2004)
 * is a later agreement with the Shakai valley tribes, not the April 2004 deal with Nek
 * Muhammad, so it is not cited for the latter; the April deal's day is not certain (given with
 * month precision) and it was reported as an unwritten understanding. Nek Muhammad was killed
 * on the evening of 17 June 2004 (TBIJ), reported on 18 June (Wikipedia): 17 June is kept.
 * The 2022 truce: the TTP statement called it indefinite; a jirga member quoted by Indian and
 * Pakistani media spoke of three months; the TTP statement is taken as the agreement. The seed
 * calls the 2022 truce one signed between Pakistan and the Taliban: it was an announced,
 * unwritten ceasefire between Pakistan and the TTP, with the Taliban as mediator.
 * End dates of the 2005–2009 deals, given only as precisely as the sources carry them: the
 * Miranshah accord was renounced by the North Waziristan Taliban shura in July 2007 (month: the
 * day of the shura's announcement was not confirmed against a source the case cites); the Swat
 * deal of May 2008 broke down in 2008 (year: reports place the renewed fighting from June to
 * July 2008, and the army's operation in Swat ran on until the February 2009 deal); the Malakand
 * accord ended in May 2009 (month: clashes resumed in late April, the army's Swat offensive began
 * in May; the ending is dated to the offensive). The Srarogha deal keeps no end date: Baitullah
 * Mehsud's spokesman was reported renouncing it in August 2007 while officials said it stood,
 * and no source the case cites settles the day, so the deal's fate stays unknown.
 * Provisions are summarised in our own words.
 */
import type { Agreement, Evidence } from '../../model/index.ts';
import { SEED_ID } from './sources.ts';

const src = (sourceId: string, claimedBy?: string): Evidence =>
  claimedBy === undefined ? { sourceId } : { sourceId, claimedBy };
const pax = (agtId: string): Evidence => ({
  sourceId: 'pax-peace-agreements',
  dataset: 'PA-X Peace Agreements Database',
  release: 'all agreements 1990–2020 (pax_all_agreements_data)',
  row: `AgtId=${agtId}`,
});

export const agreements: Agreement[] = [
  {
    id: 'agr-shakai-2004',
    name: 'Shakai agreement (South Waziristan)',
    kind: 'partial',
    parties: ['pakistan-army', 'nek-muhammad-wazir'],
    thirdParties: [],
    signed: '2004-04-24',
    signedPrecision: 'month',
    written: false,
    ended: {
      date: '2004-06-17',
      how: 'collapsed; the commander was killed in a US drone strike',
      by: ['cia'],
    },
    provisions: [
      'An amnesty for Nek Muhammad and his fighters in return for a pledge not to attack Pakistani forces or cross into Afghanistan.',
      'Foreign militants sheltering in South Waziristan were to be registered with the authorities.',
      'The army would release prisoners and pay compensation for losses in the spring 2004 operation.',
    ],
    status: 'draft',
    evidence: [src('wp-nek-muhammad-wazir'), src('tbij-2014-06-17-first-pakistan-drone-strike')],
  },
  {
    id: 'agr-srarogha-2005',
    name: 'Srarogha peace agreement (South Waziristan)',
    kind: 'partial',
    parties: ['pakistan-government', 'baitullah-mehsud'],
    thirdParties: [],
    signed: '2005-02-07',
    signedPrecision: 'day',
    written: true,
    ended: { date: null, how: 'collapsed; fighting with Baitullah Mehsud’s men resumed by 2007', by: [] },
    provisions: [
      'Baitullah Mehsud and his men would not attack government forces or shelter foreign militants.',
      'The government would not act against him for past activities.',
      'A committee of Mehsud tribal elders and a tribal jirga were party to the deal alongside Baitullah Mehsud.',
    ],
    status: 'reviewed',
    evidence: [pax('1532'), src('wp-pakistani-taliban')],
  },
  {
    id: 'agr-miranshah-2006',
    name: 'North Waziristan (Miranshah) accord',
    kind: 'peace',
    parties: ['pakistan-government', 'hafiz-gul-bahadur-group'],
    thirdParties: [],
    signed: '2006-09-05',
    signedPrecision: 'day',
    written: true,
    ended: {
      date: '2007-07-01',
      datePrecision: 'month',
      how: 'renounced by the local Taliban shura in July 2007, after the Lal Masjid operation',
      by: ['hafiz-gul-bahadur-group'],
    },
    provisions: [
      'The government would stop ground and air operations in North Waziristan and release detained militants.',
      'Local militants would stop attacks on security forces and on targets across the border in Afghanistan.',
      'Foreign militants were to leave the area or live peacefully under the law.',
    ],
    status: 'reviewed',
    evidence: [pax('1530'), src('wp-waziristan-accord')],
  },
  {
    id: 'agr-swat-2008',
    name: 'NWFP government–Swat Taliban agreement',
    kind: 'partial',
    parties: ['kp-government', 'ttp'],
    thirdParties: [],
    signed: '2008-05-21',
    signedPrecision: 'day',
    written: true,
    ended: {
      date: '2008-01-01',
      datePrecision: 'year',
      how: 'collapsed within weeks as fighting resumed in mid-2008',
      by: [],
    },
    provisions: [
      'An end to violence in Swat valley in return for a phased army pull-back.',
      'Steps towards Islamic law in the Malakand region.',
      'Militants to stop attacks on the state and its installations.',
    ],
    status: 'reviewed',
    evidence: [pax('734'), src('wp-second-battle-of-swat')],
  },
  {
    id: 'agr-malakand-2009',
    name: 'Malakand (Swat) accord and Nizam-e-Adl arrangement',
    kind: 'peace',
    parties: ['kp-government', 'tnsm'],
    thirdParties: [],
    signed: '2009-02-16',
    signedPrecision: 'day',
    written: true,
    ended: {
      date: '2009-05-01',
      datePrecision: 'month',
      how: 'collapsed as militants moved into Buner and clashes resumed in late April 2009; the army offensive in Swat (Operation Rah-e-Rast) followed in May',
      by: ['ttp'],
    },
    provisions: [
      'Sharia courts (Nizam-e-Adl) for Malakand division, enacted by regulation in April 2009.',
      'Sufi Muhammad’s TNSM would persuade the Swat Taliban under Fazlullah to stop fighting and disarm.',
      'A ceasefire in Swat, which the Swat Taliban announced as indefinite in late February 2009.',
    ],
    status: 'reviewed',
    evidence: [pax('735'), src('wp-second-battle-of-swat')],
  },
  {
    id: 'agr-pakistan-ttp-ceasefire-2021',
    name: 'Pakistan–TTP one-month ceasefire (November–December 2021)',
    kind: 'ceasefire',
    parties: ['pakistan-government', 'ttp'],
    thirdParties: [{ actorId: 'taliban-government', role: 'mediator' }],
    signed: '2021-11-08',
    signedPrecision: 'day',
    written: false,
    ended: { date: '2021-12-09', how: 'expired; the TTP refused to extend it', by: ['ttp'] },
    provisions: [
      'A complete ceasefire from 9 November to 9 December 2021, to be extended if the talks progressed.',
      'Negotiating committees on both sides, with the Islamic Emirate as mediator.',
      'According to the TTP only, the government had also promised to release 102 TTP prisoners; the TTP cited this promise and continued raids when it ended the truce.',
    ],
    status: 'reviewed',
    evidence: [
      src('thenews-2021-11-09-ttp-month-long-ceasefire'),
      src('brecorder-2021-11-10-ttp-one-month-ceasefire'),
      src('thenews-2021-12-10-ttp-refuses-to-extend-ceasefire'),
      src('stratnews-ttp-says-ceasefire-over', 'ttp'),
    ],
  },
  {
    id: 'agr-pakistan-ttp-ceasefire-2022',
    name: 'Pakistan–TTP indefinite ceasefire (June–November 2022)',
    kind: 'ceasefire',
    parties: ['pakistan-government', 'ttp'],
    thirdParties: [
      { actorId: 'taliban-government', role: 'mediator' },
      { actorId: 'taliban-government', role: 'host' },
      { actorId: 'sirajuddin-haqqani', role: 'mediator' },
    ],
    signed: '2022-06-02',
    signedPrecision: 'day',
    written: false,
    ended: {
      date: '2022-11-28',
      how: 'renounced by the TTP, which ordered attacks across Pakistan',
      by: ['ttp'],
    },
    provisions: [
      'An open-ended halt to attacks while talks continued in Kabul; it followed shorter truces in May 2022 (the last ran to 30 May).',
      'Talks to go on through the Afghan Taliban; the TTP’s demand to undo the merger of the former tribal areas with Khyber Pakhtunkhwa stayed unresolved.',
      'Duration: the TTP statement called it indefinite, while a member of the Pakistani jirga was quoted speaking of three months.',
    ],
    status: 'reviewed',
    evidence: [
      src('dawn-2022-06-03-ttp-confirms-ceasefire'),
      src('newsweekpk-2022-06-03-ttp-indefinite-ceasefire'),
      src('outlook-2022-06-04-three-month-ceasefire'),
      src('tribune-2022-06-18-afghan-taliban-confirm-ceasefire', 'taliban-government'),
      src('dawn-2022-11-28-ttp-ends-ceasefire'),
      { sourceId: SEED_ID, start: 1241, end: 1320, quote: 'withdrawal from the ceasefire agreement' },
    ],
  },
  {
    id: 'agr-doha-ceasefire-2025',
    name: 'Doha ceasefire between Pakistan and Afghanistan (October 2025)',
    kind: 'ceasefire',
    parties: ['pakistan-government', 'taliban-government'],
    thirdParties: [
      { actorId: 'qatar', role: 'host' },
      { actorId: 'qatar', role: 'mediator' },
      { actorId: 'turkey', role: 'mediator' },
    ],
    signed: '2025-10-19',
    signedPrecision: 'day',
    written: true,
    ended: null,
    provisions: [
      'An immediate ceasefire after a week of border fighting.',
      'Neither side to act with hostility against the other or to back groups that attack the other; each to respect the other’s territory.',
      'Mechanisms to consolidate peace, with follow-up meetings (Istanbul, from 25 October) to verify implementation.',
    ],
    status: 'reviewed',
    evidence: [
      src('kuna-2025-10-19-qatar-announces-ceasefire'),
      src('arabnews-2025-10-19-doha-ceasefire'),
      src('ariananews-2025-10-doha-ceasefire'),
    ],
  },
  {
    id: 'agr-istanbul-understanding-2025',
    name: 'Istanbul understanding on the Pakistan–Afghanistan ceasefire (October 2025)',
    kind: 'implementation',
    parties: ['pakistan-government', 'taliban-government'],
    thirdParties: [
      { actorId: 'turkey', role: 'host' },
      { actorId: 'turkey', role: 'mediator' },
      { actorId: 'qatar', role: 'mediator' },
    ],
    signed: '2025-10-30',
    signedPrecision: 'day',
    written: true,
    ended: null,
    provisions: [
      'The Doha ceasefire continues.',
      'A monitoring and verification mechanism to keep the peace and penalise the side that breaks it.',
      'Modalities to be settled at a principal-level meeting in Istanbul on 6 November 2025 (that round ended on 7 November without agreement; both sides said the ceasefire still held).',
      'Pakistan’s reading: the ceasefire depends on verifiable Afghan action against the TTP and the BLA.',
    ],
    status: 'reviewed',
    evidence: [
      src('trtworld-2025-10-30-istanbul-truce-continues'),
      src('arynews-2025-10-31-istanbul-interim-understanding', 'pakistan-government'),
      src('menafn-2025-11-09-peace-talks-collapse'),
    ],
  },
  {
    id: 'agr-pak-afghan-peace-jirga-2007',
    name: 'Joint declaration of the Pakistan–Afghanistan joint peace jirga',
    kind: 'framework',
    parties: ['pakistan-government', 'afghan-republic-government'],
    thirdParties: [],
    signed: '2007-08-12',
    signedPrecision: 'day',
    written: true,
    ended: null,
    provisions: [
      'A cross-border jirga of elders and officials of both countries declared a joint stand against terrorism and for continued jirga dialogue, including with the opposition.',
    ],
    status: 'reviewed',
    evidence: [pax('1070')],
  },
  {
    id: 'agr-us-taliban-doha-2020',
    name: 'Agreement for Bringing Peace to Afghanistan (US–Taliban, Doha)',
    kind: 'peace',
    parties: ['united-states', 'afghan-taliban'],
    thirdParties: [{ actorId: 'qatar', role: 'host' }],
    signed: '2020-02-29',
    signedPrecision: 'day',
    written: true,
    ended: null,
    provisions: [
      'Withdrawal of US and allied forces from Afghanistan on a timetable.',
      'Taliban guarantees that Afghan soil will not be used by groups such as al-Qaeda to threaten the US and its allies.',
      'Intra-Afghan negotiations and a ceasefire to be on their agenda.',
    ],
    status: 'reviewed',
    evidence: [pax('2271')],
  },
];
