/**
 * The documents and datasets the curated parts of the `pakistan-ttp` case cite (actors,
 * relations, agreements, negotiations): the seed analysis and its two editions, the four pages
 * it cites in its footnotes, the news reports, official pages and English Wikipedia articles
 * we checked facts against, and the public datasets whose rows we cite.
 *
 * Sourcing: titles, publishers, dates and URLs were taken from the seed's footnotes or read off
 * stored copies of the pages; where we were not sure of a field it is null and the grading
 * note says so. Every source is graded on the Admiralty scale (reliability A–F of the source,
 * credibility 1–6 of what we take from it) with the reason in `gradingNote`. Titles of the four
 * footnoted pages are written in the publishers' own sentence case. Wikipedia sources use the
 * shared `wp-<slug>` shape (same fields and grading note as `event-sources.ts`), so that a copy
 * listed in both files merges. Sources that `event-sources.ts` already lists (the Dawn reports of
 * 3 June and 28 November 2022, The News of 9 November 2021, Arab News and TRT World on the 2025
 * talks, Udaipur Kiran of 8 November 2025, the Wikipedia page on al-Zawahiri's killing) are cited
 * here by id and not repeated.
 */
import type { Source } from '../../model/index.ts';

export const SEED_ID = 'ankasam-2023-taliban-mediation';

const WIKIPEDIA_ACCESSED = '2026-11-25';

/** An English Wikipedia article, graded as a tertiary summary of press reports. */
function wikipedia(title: string, slug: string): Source {
  return {
    id: `wp-${slug}`,
    kind: 'article',
    title,
    author: null,
    publisher: 'Wikipedia',
    language: 'en',
    url: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}`,
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    editionOf: null,
    reliability: 'C',
    credibility: 3,
    contentHash: null,
    gradingNote:
      'Tertiary source summarising press reports; used for dates, places and figures, checked against the press where possible.',
  };
}

/** A news or official page; `published` null where the page's date was not certain. */
function page(
  fields: Omit<Source, 'editionOf' | 'contentHash' | 'kind'> & { kind?: Source['kind'] },
): Source {
  return { kind: 'article', editionOf: null, contentHash: null, ...fields };
}

/** A public dataset release cited by row. */
function dataset(fields: Omit<Source, 'kind' | 'editionOf' | 'contentHash' | 'language'>): Source {
  return { kind: 'dataset', language: 'en', editionOf: null, contentHash: null, ...fields };
}

export const sources: Source[] = [
  // --- The seed and its editions -------------------------------------------------------------
  {
    id: SEED_ID,
    kind: 'article',
    title: 'ANKASAM analysis: could the Taliban mediate between Pakistan and the TTP? (May 2023)',
    author: 'Doğacan Başaran',
    publisher: 'ANKASAM (Ankara Center for Crisis and Policy Studies)',
    language: 'en',
    url: null,
    published: null,
    accessed: null,
    editionOf: null,
    reliability: 'C',
    credibility: 4,
    contentHash: null,
    gradingNote:
      'Short opinion analysis by a Turkish think-tank researcher, May 2023, citing four web pages. Fair on the sequence of events, but opinionated and with slips: it calls the 2022 truce one signed between Pakistan and the Taliban (it was a verbal ceasefire between Pakistan and the TTP that the Afghan Taliban mediated), dates the al-Zawahiri strike 1 August 2022 (early 31 July Kabul time, announced 1 August US time), spells Bilawal and Muttaqi as Bilawel and Muttaki, and presents as fact a contested claim that the US uses these groups as proxies against China (stored only as a disputed relation claimed by this source). Title paraphrased: the article’s own title (the first line of the stored text) is a sentence of the seed and is not copied into the repository. Publication day unknown: its footnotes were accessed on 9 May 2023, so it appeared on or after that day; published is left null. URL not recorded.',
  },
  {
    id: 'ankasam-2023-taliban-mediation-tr',
    kind: 'article',
    title:
      'Turkish edition of the ANKASAM analysis of Taliban mediation between Pakistan and the TTP (title not recorded)',
    author: 'Doğacan Başaran',
    publisher: 'ANKASAM (Ankara Center for Crisis and Policy Studies)',
    language: 'tr',
    url: null,
    published: null,
    accessed: null,
    editionOf: SEED_ID,
    reliability: 'C',
    credibility: 4,
    contentHash: null,
    gradingNote:
      'Turkish edition announced on the English page; graded as the English analysis. Its exact title, URL and date were not read, so they are not recorded.',
  },
  {
    id: 'ankasam-2023-taliban-mediation-ru',
    kind: 'article',
    title:
      'Russian edition of the ANKASAM analysis of Taliban mediation between Pakistan and the TTP (title not recorded)',
    author: 'Doğacan Başaran',
    publisher: 'ANKASAM (Ankara Center for Crisis and Policy Studies)',
    language: 'ru',
    url: null,
    published: null,
    accessed: null,
    editionOf: SEED_ID,
    reliability: 'C',
    credibility: 4,
    contentHash: null,
    gradingNote:
      'Russian edition announced on the English page; graded as the English analysis. Its exact title, URL and date were not read, so they are not recorded.',
  },

  // --- The four pages the seed cites (footnotes [1]–[4], accessed 09.05.2023) ----------------
  page({
    id: 'reuters-2022-08-28-taliban-accuses-pakistan-drones',
    title: 'Taliban accuses Pakistan of allowing U.S. drones to use its airspace',
    author: null,
    publisher: 'Reuters',
    language: 'en',
    url: 'https://www.reuters.com/world/asia-pacific/taliban-accuses-pakistan-allowing-us-drones-use-its-airspace-2022-08-28/',
    published: '2022-08-28',
    accessed: '2023-05-09',
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'International wire service reporting a Taliban accusation; the report itself is reliable, the accusation is the Taliban’s claim (Pakistan denied it). Date from the URL; title as in the seed’s footnote [1].',
  }),
  page({
    id: 'stanford-mmp-ttp',
    title: 'Tehrik-i-Taliban Pakistan',
    author: null,
    publisher:
      'Stanford University, Center for International Security and Cooperation (Mapping Militant Organizations)',
    language: 'en',
    url: 'https://cisac.fsi.stanford.edu/mappingmilitants/profiles/tehrik-i-taliban-pakistan',
    published: null,
    accessed: '2023-05-09',
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Academic profile of the group compiled from open sources with references; reliable for leadership and history, less current than news. Cited as footnote [2] of the seed; revision date not recorded.',
  }),
  page({
    id: 'aljazeera-2023-05-07-china-pakistan-afghanistan-fms',
    title: 'China, Pakistan and Afghanistan FMs hold talks in Islamabad',
    author: null,
    publisher: 'Al Jazeera',
    language: 'en',
    url: 'https://www.aljazeera.com/news/2023/5/7/china-pakistan-and-afghanistan-fms-hold-talks-in-islamabad',
    published: '2023-05-07',
    accessed: '2023-05-09',
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Major international broadcaster reporting an official meeting; reliable on who met where. Date from the URL; cited as footnote [3] of the seed.',
  }),
  page({
    id: 'thenews-2023-05-08-muttaqi-urges-dialogue',
    title: 'Afghanistan’s Muttaqi urges Pakistan, TTP to hold dialogue as violence surges',
    author: null,
    publisher: 'The News International',
    language: 'en',
    url: 'https://www.thenews.com.pk/latest/1068266-afghanistans-muttaqi-urges-pakistan-ttp-sit-together-for-dialogue',
    published: null,
    accessed: '2023-05-09',
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Leading Pakistani daily reporting a public statement by the Taliban’s acting foreign minister. Title as given in the seed’s footnote [4] (the URL slug suggests the headline was later reworded); the seed dates the statement 8 May 2023, but the page’s own date was not read, so published is null.',
  }),

  // --- News and official pages on the 2021–2022 Pakistan–TTP talks ----------------------------
  page({
    id: 'tribunewired-2021-10-01-imran-khan-trt-ttp-talks',
    title: 'Afghan Taliban helping Pakistan to hold talks with some groups of TTP: PM Khan',
    author: null,
    publisher: 'Tribune Wired',
    language: 'en',
    url: 'https://www.tribunewired.com/2021/10/01/afghan-taliban-helping-pakistan-to-hold-talks-with-some-groups-of-ttp-pm-khan/',
    published: '2021-10-01',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'D',
    credibility: 2,
    gradingNote:
      'Small aggregator site summarising Imran Khan’s interview with TRT World; low reliability as an outlet, but what it reports (that the Afghan Taliban were mediating talks with some TTP groups) was widely reported at the time. Date from the URL.',
  }),
  page({
    id: 'afintl-2024-08-30-imran-khan-taliban-ttp',
    title: 'Former Pak PM Says Afghan Taliban Was Ready to Suppress TTP During His Tenure',
    author: null,
    publisher: 'Afghanistan International',
    language: 'en',
    url: 'https://afintl.com/en/202408306198',
    published: '2024-08-30',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 3,
    gradingNote:
      'London-based Afghan opposition-leaning channel reporting Imran Khan’s own account (2024) that ISI chief Faiz Hameed dealt with the Taliban over the TTP in 2021; a former party’s self-serving recollection. Date from the URL.',
  }),
  page({
    id: 'brecorder-2021-11-10-ttp-one-month-ceasefire',
    title: 'TTP asks fighters to observe one-month ceasefire',
    author: null,
    publisher: 'Business Recorder',
    language: 'en',
    url: 'https://www.brecorder.com/news/40132373/ttp-asks-fighters-to-observe-one-month-ceasefire',
    published: '2021-11-10',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Established Pakistani daily reporting the government announcement (information minister Fawad Chaudhry) and the TTP chief’s letter fixing the truce at 9 November–9 December 2021; both are statements of the parties.',
  }),
  page({
    id: 'thenews-2021-12-10-ttp-refuses-to-extend-ceasefire',
    title: 'TTP refuses to extend ceasefire',
    author: null,
    publisher: 'The News International',
    language: 'en',
    url: 'https://www.thenews.com.pk/print/915532-ttp-refuses-to-extend-ceasefire',
    published: '2021-12-10',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Leading Pakistani daily reporting the TTP’s refusal (audio message of Noor Wali Mehsud) to extend the truce that expired on 9 December 2021; the reasons given are the TTP’s claims.',
  }),
  page({
    id: 'stratnews-ttp-says-ceasefire-over',
    title: 'TTP Says Ceasefire with Pak Over',
    author: null,
    publisher: 'StratNews Global',
    language: 'en',
    url: 'https://stratnewsglobal.com/shortcuts/ttp-says-ceasefire-with-pak-over/',
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 3,
    gradingNote:
      'Indian news site, brief item on the TTP statement of December 2021 accusing Pakistan of not releasing 102 prisoners; the figure is the TTP’s claim. Page date not read.',
  }),
  page({
    id: 'tribune-2022-05-17-afghan-taliban-push-peace-deal',
    title: 'Afghan Taliban push for Pakistan-TTP peace deal',
    author: 'Kamran Yousaf',
    publisher: 'The Express Tribune',
    language: 'en',
    url: 'https://tribune.com.pk/story/2356916/afghan-taliban-push-for-pakistan-ttp-peace-deal',
    published: '2022-05-17',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 3,
    gradingNote:
      'Established Pakistani daily; its account of the Kabul round led by Lt Gen Faiz Hameed rests on Afghan journalists and on sources quoted by VOA, with no official confirmation at the time, hence credibility 3.',
  }),
  page({
    id: 'newsweekpk-2022-06-03-ttp-indefinite-ceasefire',
    title: 'TTP confirms indefinite ceasefire with government',
    author: null,
    publisher: 'Newsweek Pakistan',
    language: 'en',
    url: 'https://www.newsweekpakistan.com/ttp-confirms-indefinite-ceasefire-with-government/',
    published: '2022-06-03',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Pakistani news magazine summarising the TTP statement and reported TTP demands (reversal of the FATA merger, withdrawal of troops, return with weapons); the demands are as reported by local media.',
  }),
  page({
    id: 'outlook-2022-06-04-three-month-ceasefire',
    title: 'Taliban Facilitated 3 Month Ceasefire Announced In Pakistan’s Khyber Pakhtunkhwa',
    author: null,
    publisher: 'Outlook India',
    language: 'en',
    url: 'https://www.outlookindia.com/international/taliban-facilitated-3-month-ceasefire-announced-in-pakistan-s-khyber-pakhtunkhwa-news-200332',
    published: '2022-06-04',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 3,
    gradingNote:
      'Indian magazine relaying The News International and a jirga member: speaks of a 53-member jirga and a three-month truce, where the TTP statement (Dawn) spoke of a 57-member jirga and an indefinite ceasefire. Kept as the other side of that disagreement.',
  }),
  page({
    id: 'tribune-2022-06-18-afghan-taliban-confirm-ceasefire',
    title: 'Afghan Taliban confirm Pakistan-TTP ‘indefinite’ ceasefire',
    author: null,
    publisher: 'The Express Tribune (Anadolu Agency)',
    language: 'en',
    url: 'https://tribune.com.pk/story/2362180/afghan-taliban-confirm-pakistan-ttp-indefinite-ceasefire',
    published: '2022-06-18',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Agency report quoting Zabihullah Mujahid by email: the Islamic Emirate plays a mediating role and the two sides agreed an indefinite ceasefire. A party’s own statement, reliably reported.',
  }),
  page({
    id: 'dawn-2022-07-ulema-kabul-visit',
    title: 'Ulema look to prevail upon TTP during Kabul visit',
    author: null,
    publisher: 'Dawn',
    language: 'en',
    url: 'https://www.dawn.com/news/1701617/ulema-look-to-prevail-upon-ttp-during-kabul-visit',
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Pakistan’s paper of record on the eight-member delegation of clerics led by Mufti Taqi Usmani that reached Kabul on a Monday in late July 2022 (25 July 2022 per other reports); exact publication day not read.',
  }),

  // --- Pakistan–Afghanistan (Taliban government) talks, October–November 2025 ----------------
  page({
    id: 'kuna-2025-10-19-qatar-announces-ceasefire',
    title: 'Qatari Foreign Ministry Announces Ceasefire Between Pakistan, Afghanistan',
    author: null,
    publisher: 'Kuwait News Agency (KUNA), via MENAFN',
    language: 'en',
    url: 'https://menafn.com/1110215738/Qatari-Foreign-Ministry-Announces-Ceasefire-Between-Pakistan-Afghanistan',
    published: '2025-10-19',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'State news agency relaying the Qatari foreign ministry statement and Khawaja Asif’s confirmation: ceasefire agreed in Doha under Qatari and Turkish mediation, follow-up in Istanbul on 25 October.',
  }),
  page({
    id: 'ariananews-2025-10-doha-ceasefire',
    title: 'Afghanistan and Pakistan agree to immediate ceasefire after Doha talks',
    author: null,
    publisher: 'Ariana News',
    language: 'en',
    url: 'https://www.ariananews.af/afghanistan-and-pakistan-agree-to-immediate-ceasefire-after-doha-talks/',
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 2,
    gradingNote:
      'Kabul broadcaster working under Taliban rule; reports that the two defence ministers and Qatari and Turkish representatives signed the Doha agreement, and Zabihullah Mujahid’s summary of its terms. Consistent with Pakistani reports. Page date not read (October 2025).',
  }),
  page({
    id: 'globalpulse-2025-10-doha-ceasefire',
    title: 'Pakistan, Afghanistan agree to ‘immediate ceasefire’ in Qatar talks',
    author: null,
    publisher: 'Global Pulse',
    language: 'en',
    url: 'https://wp.globalpulseonline.com/pakistan-afghanistan-agree-to-immediate-ceasefire-in-qatar-talks',
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'D',
    credibility: 3,
    gradingNote:
      'Small news site rewriting wire copy; used only for the delegation heads in Doha (Mullah Mohammad Yaqoob; Pakistan’s delegation including the ISI chief), which other reports support in part.',
  }),
  page({
    id: 'arynews-2025-10-31-istanbul-interim-understanding',
    title: 'Istanbul Talks: Interim Understanding Reached, Paving Way for Regional Peace',
    author: null,
    publisher: 'ARY News',
    language: 'en',
    url: 'https://arynews.tv/pakistan-and-afghanistan-taliban-istabul-talks-oct-2025',
    published: '2025-10-31',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 3,
    gradingNote:
      'Pakistani private channel close to the official line; reports Pakistan’s reading of the 25–30 October Istanbul understanding (ceasefire conditional on verifiable action against the TTP and the BLA). Pakistan’s framing, not the joint text.',
  }),
  page({
    id: 'menafn-2025-11-09-peace-talks-collapse',
    title: 'Peace Talks Between Pakistan, Afghanistan Collapse',
    author: null,
    publisher: 'MENAFN',
    language: 'en',
    url: 'https://menafn.com/1110316081/Peace-Talks-Between-Pakistan-Afghanistan-Collapse',
    published: '2025-11-09',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 2,
    gradingNote:
      'Syndication service; quotes both sides on the failed third round in Istanbul: Khawaja Asif (no written agreement, deadlock) and Zabihullah Mujahid (Pakistan’s demands beyond Afghanistan’s capacity; ceasefire still observed).',
  }),
  page({
    id: 'dunya-2024-07-15-un-report-ttp-largest-group',
    title: 'UN report declares unabated TTP as largest terror group in Afghanistan',
    author: null,
    publisher: 'Dunya News',
    language: 'en',
    url: 'https://dunyanews.tv/en/Pakistan/824403-UN-reports-declares-unabated-TTP-as-largest-terror-group-in-Afghanistan',
    published: '2024-07-15',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 3,
    gradingNote:
      'Pakistani channel summarising the 15th report of the UN Analytical Support and Sanctions Monitoring Team (TTP the largest group in Afghanistan, over 6,000 fighters, Taliban unwilling to act). The report’s findings rest on member-state submissions; the summary leans to Pakistan’s reading.',
  }),

  // --- Groups, splits and designations --------------------------------------------------------
  page({
    id: 'samaa-2020-08-17-ttp-regroup',
    title: 'Pakistani Taliban regroup under Noor Wali Mehsud',
    author: null,
    publisher: 'Samaa TV',
    language: 'en',
    url: 'https://www.samaaenglish.tv/news/2106456',
    published: '2020-08-17',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 2,
    gradingNote:
      'Pakistani broadcaster reporting the TTP statement that Jamaat-ul-Ahrar and Hizb-ul-Ahrar rejoined and pledged allegiance to Noor Wali Mehsud, with background from the former TTP spokesman. The merger was confirmed by many outlets.',
  }),
  page({
    id: 'reuters-2011-07-29-un-adds-ttp-sanctions',
    title: 'U.N. adds Pakistani Taliban to sanctions list',
    author: null,
    publisher: 'Reuters',
    language: 'en',
    url: 'https://www.reuters.com/article/us-pakistan-taliban-un/u-n-adds-pakistani-taliban-to-sanctions-list-idUSTRE76S5MT20110729',
    published: '2011-07-29',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 1,
    gradingNote:
      'Wire report of the Security Council committee’s listing; confirmed by the UN’s own narrative summary.',
  }),
  page({
    id: 'un-1267-narrative-summary-ttp',
    kind: 'statement',
    title: 'Tehrik-e Taliban Pakistan (TTP): narrative summary of reasons for listing',
    author: null,
    publisher: 'United Nations Security Council, ISIL (Da’esh) and Al-Qaida Sanctions Committee',
    language: 'es',
    url: 'https://main.un.org/securitycouncil/es/sanctions/1267/aq_sanctions_list/summaries/entity/tehrik-e-taliban-pakistan-%28ttp%29',
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'A',
    credibility: 1,
    gradingNote:
      'The sanctions committee’s own page (Spanish version read): the TTP was listed on 29 July 2011 as associated with al-Qaida. Authoritative for the listing; its description of the group is the committee’s assessment.',
  }),
  page({
    id: 'devdiscourse-2025-08-11-bla-fto',
    title: 'US Declares Balochistan Liberation Army a Foreign Terrorist Organisation',
    author: null,
    publisher: 'Devdiscourse',
    language: 'en',
    url: 'https://www.devdiscourse.com/article/law-order/3537981-us-declares-balochistan-liberation-army-a-foreign-terrorist-organisation',
    published: '2025-08-11',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'C',
    credibility: 2,
    gradingNote:
      'News aggregator relaying the State Department announcement of 11 August 2025 (BLA and its alias the Majeed Brigade as FTO; SDGT since 2019); the same announcement is quoted verbatim by many outlets.',
  }),
  page({
    id: 'thenational-2020-noor-wali-un-sanctions',
    title: 'Pakistan’s Taliban leader placed on UN sanctions blacklist',
    author: null,
    publisher: 'The National',
    language: 'en',
    url: 'https://www.thenationalnews.com/world/asia/pakistan-s-taliban-leader-placed-on-un-sanctions-blacklist-1.1051275',
    published: null,
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Abu Dhabi daily reporting the UN listing of Noor Wali Mehsud (July 2020) and his earlier US designation; page date not read.',
  }),
  page({
    id: 'tbij-2014-06-17-first-pakistan-drone-strike',
    title: 'Ten years on: Eyewitnesses describe the aftermath of the first Pakistan drone strike',
    author: null,
    publisher: 'The Bureau of Investigative Journalism',
    language: 'en',
    url: 'https://www.thebureauinvestigates.com/stories/2014-06-17/ten-years-on-eyewitnesses-describe-the-aftermath-of-the-first-pakistan-drone-strike/',
    published: '2014-06-17',
    accessed: WIKIPEDIA_ACCESSED,
    reliability: 'B',
    credibility: 2,
    gradingNote:
      'Investigative newsroom that tracked drone strikes: the first CIA drone strike in Pakistan killed Nek Mohammed on the evening of 17 June 2004, weeks after the Shakai deal. Wikipedia gives 18 June (the day it was reported).',
  }),

  // --- English Wikipedia ----------------------------------------------------------------------
  wikipedia('Pakistani Taliban', 'pakistani-taliban'),
  wikipedia('Waziristan Accord', 'waziristan-accord'),
  wikipedia('Nek Muhammad Wazir', 'nek-muhammad-wazir'),
  wikipedia('Second Battle of Swat', 'second-battle-of-swat'),
  wikipedia('Jamaat-ul-Ahrar', 'jamaat-ul-ahrar'),
  wikipedia('Haqqani network', 'haqqani-network'),
  wikipedia('Hibatullah Akhundzada', 'hibatullah-akhundzada'),
  wikipedia('Balochistan Liberation Army', 'balochistan-liberation-army'),
  wikipedia('China–Pakistan Economic Corridor', 'china-pakistan-economic-corridor'),
  wikipedia('Islamic State – Khorasan Province', 'islamic-state-khorasan-province'),
  wikipedia('Al-Qaeda', 'al-qaeda'),
  // The dates of Afghan governments, for linking UCDP's one "Government of Afghanistan" by date.
  wikipedia('Islamic Emirate of Afghanistan (1996–2001)', 'islamic-emirate-of-afghanistan-1996-2001'),
  wikipedia('Afghan Interim Administration', 'afghan-interim-administration'),

  // --- Datasets --------------------------------------------------------------------------------
  dataset({
    id: 'pax-peace-agreements',
    title: 'PA-X Peace Agreements Database (all agreements, 1990–2020)',
    author: 'Christine Bell and Sanja Badanjak, University of Edinburgh',
    publisher: 'University of Edinburgh, Political Settlements Research Programme',
    url: null,
    published: null,
    accessed: null,
    reliability: 'A',
    credibility: 2,
    gradingNote:
      'Academic dataset of agreement texts with coded fields, cited by AgtId. Reliable on the existence, date and signatories of a text; for Pakistan its coverage of local deals is partial and one row (Shakai, 5 July 2004) is a later tribal agreement, not the April 2004 deal with Nek Muhammad.',
  }),
  dataset({
    id: 'ucdp-actor-list-22-1',
    title: 'UCDP Actor Dataset, version 22.1',
    author: 'Uppsala Conflict Data Program',
    publisher: 'Uppsala University, Department of Peace and Conflict Research',
    url: null,
    published: null,
    accessed: null,
    reliability: 'A',
    credibility: 2,
    gradingNote:
      'Standard academic conflict dataset; cited by ActorId for actor identities, splits and joinings. Coding decisions (such as treating Ahrar-ul-Hind and Jamaat-ul-Ahrar as one actor) are UCDP’s.',
  }),
  dataset({
    id: 'ucdp-prio-acd-22-1',
    title: 'UCDP/PRIO Armed Conflict Dataset, version 22.1',
    author: 'Uppsala Conflict Data Program and Peace Research Institute Oslo',
    publisher: 'Uppsala University, Department of Peace and Conflict Research',
    url: null,
    published: null,
    accessed: null,
    reliability: 'A',
    credibility: 1,
    gradingNote:
      'Standard academic dataset of state-based armed conflicts by year; cited by conflict id and year.',
  }),
  dataset({
    id: 'ucdp-nonstate-22-1',
    title: 'UCDP Non-State Conflict Dataset, version 22.1',
    author: 'Uppsala Conflict Data Program',
    publisher: 'Uppsala University, Department of Peace and Conflict Research',
    url: null,
    published: null,
    accessed: null,
    reliability: 'A',
    credibility: 2,
    gradingNote:
      'Standard academic dataset of fighting between non-state groups by year; cited by dyad id and year.',
  }),
];
