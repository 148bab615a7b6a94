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
  // AGREE
  stem('anlaş', '030', { reciprocal: true }),
  stem('uzlaş', '030', { reciprocal: true }),
  stem('kabul et', '030'),
  stem('söz ver', '030'),
  // REQUEST
  stem('talep', '100'),
  stem('çağrı', '100'),
  stem('iste', '100'),
  // REJECT
  stem('redd', '120'),
  stem('geri çevir', '120'),
  // ACCUSE
  stem('suçla', '112'),
  stem('kına', '111'),
  // THREATEN
  stem('tehdit', '130'),
  // ASSAULT
  stem('saldır', '190'),
  stem('bombala', '183'),
  stem('öldür', '190'),
  stem('çatış', '190', { reciprocal: true }),
  // COERCE
  stem('tutukla', '173'),
  stem('gözaltı', '173'),
  // MOBILIZE
  stem('konuşlandır', '154'),
  stem('seferber', '154'),
  // AID
  stem('yardım', '070'),
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

export const TURKISH: StemLexicon = {
  language: 'tr',
  lower: (word) => word.toLocaleLowerCase('tr'),
  triggers: TURKISH_TRIGGERS,
  isNegation: (word) => word === 'değil' || word.startsWith('değil'),
  negatedForm: (word, stem) => word.startsWith(stem) && NEGATIVE_SUFFIX.test(word.slice(stem.length)),
  coordinators: new Set(['ve']),
  months: TURKISH_MONTHS,
  targetPostpositions: ['ile'],
  // Dative or accusative of a possessed noun: "Pakistan ordusuna", "TTP'nin taleplerini".
  possessedTargetEndings: ['ına', 'ine', 'una', 'üne', 'ını', 'ini', 'unu', 'ünü'],
  placeEndings: ['da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten'],
  placePrepositions: [],
  order: 'sov',
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
