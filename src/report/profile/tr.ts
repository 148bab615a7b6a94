/**
 * Turkish templates of the actor profile (keys in the order of en.ts). As in the brief's
 * Turkish templates, actor names stay in the nominative: they stand as the subject, before
 * "ile", or after a label and a colon, so no case ending is needed.
 */
import { countryNames } from '../../actors/countries.ts';
import { tr as brief } from '../i18n/tr.ts';
import { capitalise, intlFormats } from '../i18n/intl.ts';
import type { ProfileStrings } from './strings.ts';

const LOCALE = 'tr-TR';
const { date, number } = intlFormats(LOCALE);
const cap = (text: string) => capitalise(text, LOCALE);
const stop = (text: string) => text.replace(/\.$/, '');

const ACTOR_KINDS: Readonly<Record<string, string>> = {
  state: 'devlet',
  government: 'hükümet',
  military: 'ordu',
  intelligence: 'istihbarat servisi',
  'armed-group': 'silahlı grup',
  faction: 'hizip',
  party: 'siyasi parti',
  igo: 'hükümetlerarası örgüt',
  ngo: 'sivil toplum kuruluşu',
  person: 'kişi',
  office: 'makam',
  project: 'proje',
};
const AGREEMENT_KINDS: Readonly<Record<string, string>> = {
  ceasefire: 'ateşkes',
  peace: 'barış anlaşması',
  framework: 'çerçeve anlaşma',
  partial: 'kısmi anlaşma',
  implementation: 'uygulama anlaşması',
  other: 'diğer',
};
const FIELDS: Readonly<Record<string, string>> = {
  date: 'tarih',
  fatalities: 'ölü sayısı',
  'fatalities.best': 'ölü sayısı (en iyi tahmin)',
  'location.name': 'yer',
};

export const tr: ProfileStrings = {
  lang: 'tr',
  title: ({ actor }) => `Aktör profili: ${actor}`,
  stamp: brief.stamp,
  reviewed: brief.reviewed,
  provenance: ({ caseId, asOf, version, generated }) =>
    `Jirga ${version} ile ${caseId} vakasından, ${asOf} itibarıyla bilinenlerle hazırlandı; oluşturulma tarihi: ${generated}.`,
  reviewRecord: brief.reviewRecord,
  headings: {
    names: 'Adlar ve diğer adlar',
    founding: 'Kuruluş',
    leaders: 'Liderler',
    goals: 'İdeoloji ve hedefler',
    strength: 'Güç',
    allies: 'Zaman içinde müttefikler ve rakipler',
    balance: 'Yıllara göre başkalarıyla olaylar',
    splits: 'Bölünmeler ve birleşmeler',
    attacks: 'Büyük saldırılar',
    designations: 'Terör listeleri',
    timeline: 'Zaman çizelgesi',
    notes: 'Notlar',
  },
  empty: {
    names: ({ actor }) => `Kayıtta kimliği dışında bir ad yok: ${actor}.`,
    founding: ({ actor }) =>
      `Vakada şu aktörün nasıl ya da ne zaman kurulduğuna dair kaynaklı kayıt yok: ${actor}.`,
    leaders: ({ actor }) => `Vakada şu aktörün liderliğine dair kaynaklı kayıt yok: ${actor}.`,
    goals: ({ actor }) =>
      `Vakada şu aktörün ideolojisine ya da hedeflerine dair kaynaklı bir ifade yok: ${actor}.`,
    strength: ({ actor }) =>
      `Vakada şu aktörün gücüne dair tahmin yok; tahmin yürütmek yerine burada hiçbir sayı verilmiyor: ${actor}.`,
    allies: ({ actor }) => `Vakada şu aktörün ittifakına ya da rekabetine dair kaynaklı kayıt yok: ${actor}.`,
    balance: ({ actor }) => `Vakada şu aktör ile başka bir aktör arasında olay yok: ${actor}.`,
    splits: ({ actor }) => `Vakada şu aktörü içeren kaynaklı bir bölünme ya da birleşme yok: ${actor}.`,
    attacks: ({ actor }) =>
      `Vakada ölü sayısı bilinen ve şu aktörün gerçekleştirdiği, üstlendiği, reddettiği ya da ona yüklenen bir olay yok: ${actor}.`,
    designations: ({ actor }) =>
      `Vakada şu aktörün terör listesine alındığına dair kaynaklı kayıt yok: ${actor}.`,
    timeline: ({ actor }) => `Vakada şu aktöre dair tarihli, kaynaklı kayıt yok: ${actor}.`,
  },
  method: {
    names:
      'Adlar, aktör kaydında dillere göre tutulduğu gibidir; kayıt her ad için kanıt tutmadığından bu bölümde dipnot yok.',
    goals:
      'Hedefler, aktörün müzakere turlarında ileri sürdüğü taleplerdir, turun kaynaklarının aktardığı biçimde; vakada aktörün kendi programı ya da ideoloji bildirisi yok.',
    balance:
      'Düşmanca ve işbirliğine dayalı olaylar, her olayın Goldstein yoğunluğunun işaretinden okunur; ortalama −10 ile +10 arasındaki ölçektedir.',
  },
  date,
  number: (x, digits = 1) => number(x, digits),
  period: ({ from, to }) =>
    from === null && to === null
      ? 'Tarihler kayıtlı değil'
      : from === null
        ? `Bitiş: ${to}`
        : to === null
          ? `Başlangıç: ${from}`
          : `${from} – ${to}`,
  names: ({ language, names }) => `${language}: ${names.join('; ')}`,
  identity: ({ kind, country }) => `Tür: ${kind}${country === null ? '' : `; ülke: ${country}`}.`,
  externalIds: ({ ids }) => `Diğer veri kümelerindeki kimlikler: ${ids.join(', ')}.`,
  dated: ({ period, text }) => `${period}: ${stop(text)}.`,
  according: ({ claimant, summary }) => `${cap(claimant)} şunu ileri sürüyor: ${stop(summary)}`,
  alliance: ({ side, counterpart, period, text }) =>
    `${side === 'ally' ? 'Müttefik' : 'Rakip'}: ${counterpart} (${period}). ${stop(text)}.`,
  reported: ({ summary }) => `Aktarılan: ${stop(summary)}`,
  relationPlain: brief.relationPlain,
  sentence: ({ text }) => `${stop(text)}.`,
  splinter: ({ child, parent }) => `Ayrılan: ${child}; ayrıldığı örgüt: ${parent}`,
  earliest: ({ date: day, text }) => `Vakadaki en eski tarihli kayıt (${day}): ${stop(text)}.`,
  leader: ({ name, role, period, summary }) =>
    `${name}${role === null ? '' : ` (${role})`}, ${period}` +
    (summary === null ? '.' : `: ${stop(summary)}.`),
  demand: ({ actor, date: day, negotiation, text }) =>
    `${day} tarihli turda (${negotiation}) talep eden: ${actor}; talep: ${stop(text)}.`,
  balance: ({ year, counterpart, hostile, cooperative, neutral, intensity }) =>
    `${year}, karşı taraf: ${counterpart}; düşmanca olay: ${hostile}, işbirliği olayı: ${cooperative}` +
    `${neutral === 0 ? '' : `, tarafsız olay: ${neutral}`}${intensity === null ? '' : ` (ortalama yoğunluk ${intensity})`}.`,
  attack: ({ date: day, summary, deaths, type }) =>
    `${day} (${type}; en iyi tahminle ${deaths} ölü): ${stop(summary)}.`,
  claim: ({ by, kind, about }) =>
    kind === 'claimed'
      ? `${cap(by)} sorumluluğu üstlendi.`
      : kind === 'denied'
        ? `${cap(by)} sorumluluğu reddetti.`
        : `${cap(by)} sorumluluğu başka bir aktöre yükledi${about === null ? '' : `: ${about}`}.`,
  toll: ({ by, deaths }) => `${cap(by)}, ölenlerin sayısını ${deaths} olarak açıkladı.`,
  dispute: ({ field, values, chosen, why }) =>
    `Kaynaklar şu alanda ayrışıyor: ${field} (${values.join(' ya da ')}); vakada kullanılan: ${chosen}; gerekçe: ${stop(why)}.`,
  designation: ({ authority, list, period }) => `${authority}: ${stop(list)} (${period}).`,
  event: ({ date: day, text }) => `${day}: ${stop(text)}.`,
  eventPlain: brief.digest.eventPlain,
  round: ({ negotiation, venue, outcome }) =>
    `Müzakere turu: ${negotiation}${venue === null ? '' : `; yer: ${venue}`}` +
    (outcome === null ? '' : `; sonuç: ${stop(outcome)}`),
  agreement: ({ name, kind }) => `Anlaşma yapıldı: ${name} (${kind})`,
  labels: brief.labels,
  actorKind: (kind) => ACTOR_KINDS[kind] ?? kind,
  agreementKind: (kind) => AGREEMENT_KINDS[kind] ?? kind,
  field: (field) => FIELDS[field] ?? field,
  country: (code) => countryNames(code)?.tr ?? code,
  quoted: brief.quoted,
};
