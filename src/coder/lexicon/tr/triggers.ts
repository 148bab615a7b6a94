/**
 * Our first Turkish PLOVER trigger lexicon: verb and noun stems (matched at the start of a
 * word, so "görüş" covers "görüştü", "görüşmeler", "görüşmedi"), the negation cues ("değil",
 * the verb negation -me/-ma after a trigger stem), month names and the case endings that mark
 * a target. Thin on purpose: the core types of the founding case only.
 */
import { stem, type StemLexicon, type StemTrigger } from '../stem-entry.ts';

export const TURKISH_TRIGGERS: readonly StemTrigger[] = [
  // CONSULT
  stem('görüş', '040', { reciprocal: true }),
  stem('bir araya gel', '040', { reciprocal: true }),
  stem('müzakere', '046', { reciprocal: true }),
  stem('ziyaret', '042'),
  stem('arabulucu', '045'),
  // AGREE (signing a formal agreement is SUPPORT, as CAMEO 057 converts to PLOVER)
  stem('anlaşma imzala', '057', { reciprocal: true }),
  stem('antlaşma imzala', '057', { reciprocal: true }),
  stem('imzala', '057', { reciprocal: true }),
  stem('anlaş', '030', { reciprocal: true }),
  stem('uzlaş', '030', { reciprocal: true }),
  stem('kabul et', '030'),
  stem('söz ver', '030'),
  // REQUEST
  stem('talep', '100'),
  stem('çağrı', '100'),
  stem('çağır', '100'),
  stem('iste', '100'),
  // REJECT
  stem('redd', '120'),
  stem('geri çevir', '120'),
  // ACCUSE
  stem('suçla', '112'),
  stem('kına', '111'),
  // THREATEN
  stem('tehdit', '130'),
  stem('uyar', '130'),
  // ASSAULT
  stem('saldır', '190'),
  stem('bombala', '183'),
  stem('öldür', '190'),
  stem('çatış', '190', { reciprocal: true }),
  // COERCE
  stem('tutukla', '173'),
  stem('gözaltı', '173'),
  stem('sınır dışı', '174'),
  // MOBILIZE
  stem('konuşlandır', '154'),
  stem('seferber', '154'),
  // AID
  stem('yardım', '070'),
  // SUPPORT and COOPERATE
  stem('destek', '051'),
  stem('işbirliği', '060', { reciprocal: true }),
  // PROTEST
  stem('protesto', '140'),
  stem('gösteri düzenle', '141'),
  // SANCTION
  stem('yaptırım', '163'),
  // CONCEDE
  stem('ateşkes', '0871', { reciprocal: true }),
  stem('serbest bırak', '0841'),
];

const TURKISH_MONTHS = [
  'ocak',
  'şubat',
  'mart',
  'nisan',
  'mayıs',
  'haziran',
  'temmuz',
  'ağustos',
  'eylül',
  'ekim',
  'kasım',
  'aralık',
];

/** The verb negation right after a stem: past "-medi", aorist "-mez", future "-meyecek", progressive "-miyor", reported "-memiş". */
const NEGATIVE_SUFFIX = /^m(?:edi|adı|ez|az|eyecek|ayacak|iyor|ıyor|uyor|üyor|emiş|amış)/u;

/** Turkish names of the places the gazetteer knows in English (the region's, and venues). */
const TURKISH_PLACES: Readonly<Record<string, string>> = {
  İslamabad: 'Islamabad',
  Ravalpindi: 'Rawalpindi',
  Lahor: 'Lahore',
  Karaçi: 'Karachi',
  Peşaver: 'Peshawar',
  Ketta: 'Quetta',
  Bannu: 'Bannu',
  'Kuzey Veziristan': 'North Waziristan',
  'Güney Veziristan': 'South Waziristan',
  Veziristan: 'Waziristan',
  Hayber: 'Khyber',
  'Hayber Pahtunhva': 'Khyber Pakhtunkhwa',
  Belucistan: 'Balochistan',
  Pencap: 'Punjab',
  Kabil: 'Kabul',
  Kandahar: 'Kandahar',
  Herat: 'Herat',
  Celalabad: 'Jalalabad',
  Host: 'Khost',
  Nangarhar: 'Nangarhar',
  Kunar: 'Kunar',
  Paktika: 'Paktika',
  Paktiya: 'Paktia',
  Doha: 'Doha',
  Pekin: 'Beijing',
  Vaşington: 'Washington',
  Tahran: 'Tehran',
  Moskova: 'Moscow',
  'Yeni Delhi': 'New Delhi',
  Ankara: 'Ankara',
  İstanbul: 'Istanbul',
  Riyad: 'Riyadh',
  Taşkent: 'Tashkent',
  Duşanbe: 'Dushanbe',
  Cenevre: 'Geneva',
  Londra: 'London',
  Kiev: 'Kyiv',
};

/** Future "-(y)acak/-(y)ecek", with person and copula endings: read as not having happened. */
const FUTURE = /(?:acak|ecek)(?:tır|tir|lar|ler|ları|leri)?$/u;

export const TURKISH: StemLexicon = {
  language: 'tr',
  lower: (word) => word.toLocaleLowerCase('tr'),
  triggers: TURKISH_TRIGGERS,
  isNegation: (word) => word === 'değil' || word.startsWith('değil'),
  negatedForm: (word, stem) => word.startsWith(stem) && NEGATIVE_SUFFIX.test(word.slice(stem.length)),
  coordinators: new Set(['ve']),
  months: TURKISH_MONTHS,
  yearWords: ['yıl'],
  sinceWords: ['beri', 'itibaren'],
  targetPostpositions: ['ile'],
  // Dative, accusative or comitative of a possessed noun: "Pakistan ordusuna", "TTP'nin
  // taleplerini", "Taliban yetkilileriyle" (the suffixed "ile", as after a name).
  possessedTargetEndings: [
    'ına',
    'ine',
    'una',
    'üne',
    'ını',
    'ini',
    'unu',
    'ünü',
    'ıyla',
    'iyle',
    'uyla',
    'üyle',
  ],
  placeEndings: ['da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'daki', 'deki', 'taki', 'teki'],
  placePrepositions: [],
  order: 'sov',
  placeNames: TURKISH_PLACES,
  agents: [
    { stems: 'güvenlik güç', sector: 'COP' },
    { stems: 'polis', sector: 'COP' },
    { stems: 'asker', sector: 'MIL' },
    { stems: 'ordu', sector: 'MIL' },
    { stems: 'militan', sector: 'REB' },
    { stems: 'hükümet', sector: 'GOV' },
    { stems: 'kişi', sector: 'CVL' },
    { stems: 'gösterici', sector: 'CVL' },
    { stems: 'halk', sector: 'CVL' },
  ],
  // Plural, then dative or accusative, or a possessive before them: "militanlara", "askerleri", "ordusuna".
  agentTargetRest: /^(?:lar|ler)?(?:y?[aeıiuü]|s?[ıiuü]n[aeıiuü])$/u,
  // A compound's head always carries the possessive ("güvenlik güçleri"): a case must follow it.
  agentCompoundTargetRest: /^(?:lar|ler)?s?[ıiuü]n[aeıiuü]$/u,
  // The possessive of "Pakistan ordusu", "TTP militanları", "Afganistan hükümeti", perhaps with a case after it.
  agentPossessedRest: /^(?:s?[ıiuü]|ları|leri)(?:n[aeıiuü]|n[ıiuü]n|n(?:da|de|ta|te|dan|den))?$/u,
  modalCues: ['planl', 'niyet', 'hazırlan', 'bekleni'],
  futureForm: (word) => FUTURE.test(word),
  lightVerbs: ['et', 'yap', 'ver', 'bulun', 'düzenle', 'uygula', 'gönder'],
  passive: {
    // The passive "-(ı)l-/-(ı)n-" right after the stem, then a tense: "öldürüldü", "tutuklandı".
    form: (word, stem) =>
      word.startsWith(stem) &&
      /^(?:ıl|il|ul|ül|ın|in|un|ün|l|n)(?:d|t|m|ıyor|iyor|uyor|üyor|acak|ecek)/u.test(
        word.slice(stem.length),
      ),
    agentEndings: [],
    agentPostpositions: ['tarafından'],
  },
  between: { words: ['arasında', 'arasındaki'], side: 'after' },
  genitiveEndings: ['ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün'],
  verbalNoun: (word) =>
    /m(?:ak|ek)(?:la|le|tan|ten)$|m(?:as|es)ı?i?n(?:ı|i|a|e)$|m(?:ay|ey)(?:ı|i|a|e)$/u.test(word),
  // After the apostrophe of a proper name: dative -(y)e/-(y)a, accusative -(y)ı/i/u/ü, comitative -(y)la/-(y)le.
  targetEndings: [
    'e',
    'a',
    'ye',
    'ya',
    'ı',
    'i',
    'u',
    'ü',
    'yı',
    'yi',
    'yu',
    'yü',
    'la',
    'le',
    'yla',
    'yle',
    'na',
    'ne',
    'nı',
    'ni',
    'nu',
    'nü',
  ],
};
