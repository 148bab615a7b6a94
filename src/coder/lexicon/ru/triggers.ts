/**
 * Our first Russian PLOVER trigger lexicon: stems with their ending classes left open
 * ("встрет" covers "встретился", "встретились", "встреча"; "напал" the past of "напасть"),
 * negation cues ("не", "ни"), genitive month stems ("январ-" … "декабр-") and the case endings
 * that mark a target. Thin on purpose: the core types of the founding case only.
 */
import { stem, type StemLexicon, type StemTrigger } from '../stem-entry.ts';

export const RUSSIAN_TRIGGERS: readonly StemTrigger[] = [
  // CONSULT
  stem('встреч', '040', { reciprocal: true }),
  stem('встрет', '040', { reciprocal: true }),
  stem('переговор', '046', { reciprocal: true }),
  stem('провел переговор', '046', { reciprocal: true }),
  stem('посет', '042'),
  stem('визит', '042'),
  stem('посредни', '045'),
  // AGREE
  stem('договорил', '030', { reciprocal: true }),
  stem('соглас', '030', { reciprocal: true }),
  stem('соглашени', '057', { reciprocal: true }),
  stem('пообещал', '030'),
  // REQUEST
  stem('потребова', '100'),
  stem('требова', '100'),
  stem('призвал', '100'),
  stem('призыв', '100'),
  // REJECT
  stem('отверг', '120'),
  stem('отказал', '120'),
  // ACCUSE
  stem('обвин', '112'),
  stem('осудил', '111'),
  // THREATEN
  stem('пригрози', '130'),
  stem('угрож', '130'),
  stem('угроз', '130'),
  // ASSAULT
  stem('напал', '190'),
  stem('напад', '190'),
  stem('атак', '190'),
  stem('удар', '190'),
  stem('обстрел', '194'),
  stem('убил', '190'),
  stem('убит', '190'),
  stem('столкновени', '190', { reciprocal: true }),
  // COERCE
  stem('арест', '173'),
  stem('задерж', '173'),
  // MOBILIZE
  stem('мобилиз', '154'),
  stem('разверну', '154'),
  // AID
  stem('помощ', '070'),
  // SANCTION
  stem('санкци', '163'),
  // CONCEDE
  stem('перемири', '0871', { reciprocal: true }),
  stem('прекращени огня', '0871', { reciprocal: true }),
  stem('освобод', '0841'),
];

export const RUSSIAN: StemLexicon = {
  language: 'ru',
  lower: (word) => word.toLowerCase().replace(/ё/gu, 'е'),
  triggers: RUSSIAN_TRIGGERS,
  isNegation: (word) => word === 'не' || word === 'ни',
  coordinators: new Set(['и']),
  months: [
    'январ',
    'феврал',
    'март',
    'апрел',
    'ма',
    'июн',
    'июл',
    'август',
    'сентябр',
    'октябр',
    'ноябр',
    'декабр',
  ],
  targetPostpositions: [],
  possessedTargetEndings: [],
  placeEndings: [],
  placePrepositions: ['в', 'во'],
  order: 'svo',
  // Accusative, dative, instrumental and prepositional endings of a name or a country.
  targetEndings: ['у', 'ю', 'а', 'я', 'ом', 'ем', 'ой', 'ей', 'е', 'и'],
};
