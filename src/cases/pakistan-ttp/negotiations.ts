/**
 * Negotiations of the `pakistan-ttp` case: Pakistan's talks with the TTP hosted and mediated by
 * the Afghan Taliban (October 2021 – November 2022), and the Pakistan–Taliban government talks
 * mediated by Qatar and Türkiye in Doha and Istanbul (October–November 2025), round by round.
 *
 * Sourcing: news reports listed in `sources.ts` and `event-sources.ts`. Much of the 2021–2022
 * process was never confirmed officially: where a round rests on unnamed sources or on one
 * side's statement, the evidence says whose claim it is. The size of the June 2022 jirga is
 * reported as 57 (Dawn, from the TTP statement and jirga members) and as 53 (The News, relayed
 * by Outlook India); both figures are kept in the delegation text. Delegation members are
 * registry ids where the person has one, otherwise names as the source gives them.
 */
import type { Evidence, Negotiation } from '../../model/index.ts';

const src = (sourceId: string, claimedBy?: string): Evidence =>
  claimedBy === undefined ? { sourceId } : { sourceId, claimedBy };

export const negotiations: Negotiation[] = [
  {
    id: 'neg-pakistan-ttp-2021-2022',
    name: 'Pakistan–TTP talks under Afghan Taliban mediation (2021–2022)',
    parties: ['pakistan-government', 'ttp'],
    mediators: ['taliban-government', 'sirajuddin-haqqani'],
    from: '2021-10-01',
    to: '2022-11-28',
    outcome:
      'Two truces (9 November – 9 December 2021; indefinite from 2 June 2022) but no settlement: the TTP would not drop its demand to undo the merger of the former tribal areas with Khyber Pakhtunkhwa, which Pakistan called non-negotiable, and it called off the ceasefire on 28 November 2022.',
    status: 'reviewed',
    rounds: [
      {
        date: '2021-10-01',
        datePrecision: 'month',
        venue: 'Afghanistan (place not disclosed)',
        hosts: ['taliban-government'],
        mediators: ['taliban-government'],
        delegations: [
          { actorId: 'isi', members: ['faiz-hameed'] },
          { actorId: 'ttp', members: [] },
        ],
        demands: [
          {
            by: 'pakistan-government',
            text: 'TTP groups to lay down their arms in return for a pardon (Imran Khan, early October 2021).',
            evidence: [src('tribunewired-2021-10-01-imran-khan-trt-ttp-talks')],
          },
          {
            by: 'pakistan-government',
            text: 'Any deal to stay within Pakistan’s constitution and law (information minister, 8 November 2021).',
            evidence: [src('brecorder-2021-11-10-ttp-one-month-ceasefire')],
          },
          {
            by: 'ttp',
            text: 'Release of 102 TTP prisoners, handed over through the Islamic Emirate (the TTP’s account of what was agreed).',
            evidence: [src('stratnews-ttp-says-ceasefire-over', 'ttp')],
          },
        ],
        outcome:
          'A one-month ceasefire announced by Pakistan on 8 November and by the TTP for 9 November – 9 December 2021; the TTP refused to extend it, saying promises were not kept.',
        evidence: [
          src('tribunewired-2021-10-01-imran-khan-trt-ttp-talks'),
          src('afintl-2024-08-30-imran-khan-taliban-ttp', 'imran-khan'),
          src('thenews-2021-11-09-ttp-month-long-ceasefire'),
          src('brecorder-2021-11-10-ttp-one-month-ceasefire'),
          src('thenews-2021-12-10-ttp-refuses-to-extend-ceasefire'),
        ],
      },
      {
        date: '2022-05-16',
        datePrecision: 'day',
        venue: 'Kabul',
        hosts: ['taliban-government'],
        mediators: ['sirajuddin-haqqani', 'haqqani-network'],
        delegations: [
          { actorId: 'pakistan-army', members: ['faiz-hameed'] },
          { actorId: 'ttp', members: [] },
        ],
        demands: [],
        outcome:
          'Talks resumed after months of attacks and Pakistani air strikes; the TTP prolonged its truce to 30 May 2022. No official confirmation at the time.',
        evidence: [
          src('tribune-2022-05-17-afghan-taliban-push-peace-deal'),
          src('dawn-2022-06-03-ttp-confirms-ceasefire'),
        ],
      },
      {
        date: '2022-06-01',
        datePrecision: 'day',
        venue: 'Kabul',
        hosts: ['taliban-government'],
        mediators: ['taliban-government', 'sirajuddin-haqqani'],
        delegations: [
          {
            actorId: 'pakistan-government',
            members: [
              'government-sponsored grand jirga of tribal elders and ulema from Khyber Pakhtunkhwa (57 members per Dawn; 53 per The News)',
            ],
          },
          { actorId: 'ttp', members: [] },
        ],
        demands: [
          {
            by: 'ttp',
            text: 'Reverse the 2018 merger of the former tribal areas (FATA) with Khyber Pakhtunkhwa.',
            evidence: [src('dawn-2022-06-03-ttp-confirms-ceasefire')],
          },
          {
            by: 'ttp',
            text: 'Withdraw most army troops from the tribal districts.',
            evidence: [src('newsweekpk-2022-06-03-ttp-indefinite-ceasefire')],
          },
          {
            by: 'ttp',
            text: 'Let TTP members return to Pakistan keeping their weapons.',
            evidence: [
              src('newsweekpk-2022-06-03-ttp-indefinite-ceasefire'),
              src('outlook-2022-06-04-three-month-ceasefire'),
            ],
          },
          {
            by: 'pakistan-government',
            text: 'The merger of the former tribal areas with Khyber Pakhtunkhwa is not open to negotiation.',
            evidence: [src('dawn-2022-07-ulema-kabul-visit')],
          },
        ],
        outcome:
          'After two days of talks the TTP announced an indefinite ceasefire late on 2 June 2022; deadlock on the merger. Zabihullah Mujahid later confirmed the Islamic Emirate’s mediating role.',
        evidence: [
          src('dawn-2022-06-03-ttp-confirms-ceasefire'),
          src('newsweekpk-2022-06-03-ttp-indefinite-ceasefire'),
          src('outlook-2022-06-04-three-month-ceasefire'),
          src('tribune-2022-06-18-afghan-taliban-confirm-ceasefire', 'taliban-government'),
        ],
      },
      {
        date: '2022-07-25',
        datePrecision: 'day',
        venue: 'Kabul',
        hosts: ['taliban-government'],
        mediators: ['taliban-government'],
        delegations: [
          {
            actorId: 'pakistan-government',
            members: [
              'Mufti Taqi Usmani',
              'Qari Hanif Jalandhari',
              'Talha Mahmood',
              'other clerics of the eight-member delegation',
            ],
          },
          { actorId: 'ttp', members: ['noor-wali-mehsud'] },
        ],
        demands: [
          {
            by: 'ttp',
            text: 'Reversal of the merger of the former tribal areas remains the primary demand (Noor Wali Mehsud).',
            evidence: [src('dawn-2022-07-ulema-kabul-visit')],
          },
        ],
        outcome:
          'Clerics tried to persuade the TTP to soften its terms and keep the truce, and sought the Taliban leaders’ help; no breakthrough followed, and the TTP ended the ceasefire on 28 November 2022.',
        evidence: [src('dawn-2022-07-ulema-kabul-visit'), src('dawn-2022-11-28-ttp-ends-ceasefire')],
      },
    ],
    evidence: [
      src('dawn-2022-06-03-ttp-confirms-ceasefire'),
      src('dawn-2022-11-28-ttp-ends-ceasefire'),
      {
        sourceId: 'ankasam-2023-taliban-mediation',
        start: 1701,
        end: 1763,
        quote: 'the Taliban was the mediator',
      },
    ],
  },
  {
    id: 'neg-pakistan-taliban-government-2025',
    name: 'Pakistan–Afghanistan talks in Doha and Istanbul (October–November 2025)',
    parties: ['pakistan-government', 'taliban-government'],
    mediators: ['qatar', 'turkey'],
    from: '2025-10-18',
    to: '2025-11-07',
    outcome:
      'A ceasefire signed in Doha on 19 October 2025 and an understanding in Istanbul on 30 October to keep it and build a monitoring mechanism; the third round (6–7 November) ended in deadlock over Pakistan’s demand for written, verifiable action against the TTP. Both sides said the ceasefire still held.',
    status: 'reviewed',
    rounds: [
      {
        date: '2025-10-18',
        datePrecision: 'day',
        venue: 'Doha',
        hosts: ['qatar'],
        mediators: ['qatar', 'turkey'],
        delegations: [
          { actorId: 'pakistan-government', members: ['khawaja-asif', 'asim-malik'] },
          { actorId: 'taliban-government', members: ['mohammad-yaqoob'] },
        ],
        demands: [
          {
            by: 'pakistan-government',
            text: 'An end to attacks on Pakistan from Afghan soil.',
            evidence: [
              src('kuna-2025-10-19-qatar-announces-ceasefire'),
              src('arabnews-2025-10-19-doha-ceasefire'),
            ],
          },
        ],
        outcome:
          'Immediate ceasefire, announced by Qatar early on 19 October and signed by both defence ministers with Qatari and Turkish representatives; follow-up set for Istanbul on 25 October.',
        evidence: [
          src('kuna-2025-10-19-qatar-announces-ceasefire'),
          src('arabnews-2025-10-19-doha-ceasefire'),
          src('ariananews-2025-10-doha-ceasefire'),
          src('globalpulse-2025-10-doha-ceasefire'),
        ],
      },
      {
        date: '2025-10-25',
        datePrecision: 'day',
        venue: 'Istanbul',
        hosts: ['turkey'],
        mediators: ['turkey', 'qatar'],
        delegations: [],
        demands: [
          {
            by: 'pakistan-government',
            text: 'Clear, verifiable and effective Afghan action against the TTP and the BLA as the condition of the ceasefire.',
            evidence: [src('arynews-2025-10-31-istanbul-interim-understanding', 'pakistan-government')],
          },
        ],
        outcome:
          'After six days and a near collapse, a joint statement on 30 October: the ceasefire continues, a monitoring and verification mechanism with penalties is to be set up, and principals meet again on 6 November.',
        evidence: [
          src('trtworld-2025-10-30-istanbul-truce-continues'),
          src('arynews-2025-10-31-istanbul-interim-understanding', 'pakistan-government'),
        ],
      },
      {
        date: '2025-11-06',
        datePrecision: 'day',
        venue: 'Istanbul',
        hosts: ['turkey'],
        mediators: ['turkey', 'qatar'],
        delegations: [
          { actorId: 'pakistan-government', members: ['asim-malik'] },
          { actorId: 'taliban-government', members: ['abdul-haq-wasiq'] },
        ],
        demands: [
          {
            by: 'pakistan-government',
            text: 'A written, verifiable commitment that Afghan territory will not be used for attacks on Pakistan.',
            evidence: [src('menafn-2025-11-09-peace-talks-collapse', 'khawaja-asif')],
          },
          {
            by: 'taliban-government',
            text: 'Rejected being made answerable for Pakistan’s internal security, which it called beyond its capacity; offered verbal assurances.',
            evidence: [src('menafn-2025-11-09-peace-talks-collapse', 'zabihullah-mujahid')],
          },
        ],
        outcome:
          'Deadlock; Pakistan’s defence minister declared the talks over on 7 November with no next round set, while both sides said they would keep the ceasefire.',
        evidence: [
          src('menafn-2025-11-09-peace-talks-collapse'),
          src('udaipurkiran-2025-11-08-istanbul-no-breakthrough'),
        ],
      },
    ],
    evidence: [
      src('kuna-2025-10-19-qatar-announces-ceasefire'),
      src('trtworld-2025-10-30-istanbul-truce-continues'),
      src('menafn-2025-11-09-peace-talks-collapse'),
    ],
  },
];
