/**
 * Turkish templates of the brief (keys in the order of en.ts).
 *
 * Names: actor names arrive in the nominative and stay there. Turkish would attach case
 * endings to them ('Pakistan'ın', 'TTP'ye'), and the right ending depends on the name's last
 * vowel and on how an abbreviation is read, so the templates only put names where no ending is
 * needed: as the subject, before the postposition "ile", or after a label and a colon
 * ("Arabulucu: X"; "iddia eden: X").
 *
 * ICD-203 likelihood terms, as one scale on "ihtimal" so they read as steps of the same ladder:
 * almost no chance → neredeyse hiç şans yok; very unlikely → çok düşük ihtimal; unlikely →
 * düşük ihtimal; roughly even chance → yaklaşık eşit ihtimal; likely → yüksek ihtimal; very
 * likely → çok yüksek ihtimal; almost certain → neredeyse kesin. Analytic confidence is "analitik
 * güven" (düşük, orta, yüksek), kept apart from the likelihood term as in English.
 */
import { capitalise, intlFormats } from './intl.ts';
import { phraseWriter } from './phrase-writer.ts';
import { turkishPhrases } from './phrases-tr.ts';
import type { BriefStrings } from './strings.ts';

const LOCALE = 'tr-TR';
const { list, ...formats } = intlFormats(LOCALE);
const cap = (text: string) => capitalise(text, LOCALE);
const PHRASES = turkishPhrases(formats.number, list);

const PREDICATES: Readonly<Record<string, string>> = {
  'mediates-between': 'arabuluculuk yapıyor',
  harbours: 'barındırıyor',
  supports: 'destekliyor',
  'allied-with': 'müttefik',
  'hostile-to': 'düşman',
  'splinter-of': 'ayrılmış kol',
  'member-of': 'üyelik',
  leads: 'liderlik ediyor',
  influences: 'etkiliyor',
  designates: 'terör listesine alıyor',
  'negotiates-with': 'müzakere ediyor',
  funds: 'finanse ediyor',
  'sponsors-proxy': 'vekil olarak kullanıyor',
  'merged-into': 'birleşme',
};

export const tr: BriefStrings = {
  lang: 'tr',
  title: ({ mediator, a, b }) =>
    `${cap(mediator)}, ${a} ile ${b} arasında arabuluculuk yapabilir mi ve bundan ne sonuç çıkar?`,
  nameInText: ({ name }) => name,
  stamp: 'Makine tarafından hazırlanmış taslak; bir analist tarafından incelenmedi.',
  provenance: ({ caseId, asOf, version, generated, counts }) =>
    `Jirga ${version} ile ${caseId} vakasından, ${asOf} itibarıyla bilinenlerle hazırlandı (olay: ${counts.events}, ilişki: ${counts.relations}, anlaşma: ${counts.agreements}, müzakere: ${counts.negotiations}, kaynak: ${counts.sources}); oluşturulma tarihi: ${generated}.`,
  headings: {
    summary: 'Özet değerlendirme',
    background: 'Arka plan',
    parties: 'Taraflar ve arabulucu',
    dynamics: 'Son gelişmeler',
    mediator: 'Arabulucunun yapabilecekleri ve yapamayacakları',
    scenarios: 'Senaryolar',
    watch: 'İzlenmesi gerekenler',
    caveats: 'Çekinceler',
    notes: 'Notlar',
  },
  effects: {
    onset: 'Arabuluculuğun başlaması',
    agreement: 'Arabuluculuğun anlaşmayla sonuçlanması',
    durability: 'Anlaşmanın bir yıl ayakta kalması',
  },
  terms: {
    'almost no chance': 'neredeyse hiç şans yok',
    'very unlikely': 'çok düşük ihtimal',
    unlikely: 'düşük ihtimal',
    'roughly even chance': 'yaklaşık eşit ihtimal',
    likely: 'yüksek ihtimal',
    'very likely': 'çok yüksek ihtimal',
    'almost certain': 'neredeyse kesin',
  },
  confidence: { low: 'düşük', moderate: 'orta', high: 'yüksek' },
  ...formats,
  prospect: ({ effect, term, p, low, high }) => `${effect}: ${term} (${p}; aralık ${low} – ${high}).`,
  confidenceLine: ({ confidence }) => `Bu yargıya duyulan analitik güven: ${confidence}.`,
  noEstimate: ({ effect, reason }) => `${effect}: ${reason}.`,
  baseRate: ({ p, referenceClass }) => `Temel oran ${p}; referans sınıfı: ${referenceClass}.`,
  analogue: ({ name, outcome }) => `Benzer örnek: ${name}; sonuç: ${outcome}.`,
  agreement: ({ name, signed, ended, how }) =>
    `${name}: imza tarihi ${signed ?? 'bilinmiyor'}` +
    (how === null
      ? '; sona erdiğine dair kayıt yok.'
      : `; sona erdi${ended === null ? '' : ` (${ended})`}: ${how}.`),
  negotiation: ({ name, from, to, outcome }) =>
    `${name}: ${from === null ? '' : `başlangıç ${from}, `}${to === null ? 'hâlâ açık' : `bitiş ${to}`}` +
    (outcome === null ? '.' : `; sonuç: ${outcome}.`),
  mediatorFamily: ({ mediator, members }) =>
    members.length === 0
      ? `Arabulucu: ${mediator}.`
      : `Arabulucu: ${mediator}; onunla birlikte ele alınanlar: ${list(members)}.`,
  partyFamily: ({ party, members }) =>
    members.length === 0
      ? `Taraf: ${party}.`
      : `Taraf: ${party}; onunla birlikte ele alınanlar: ${list(members)}.`,
  tie: ({ x, y, kind, weight, from, to }) =>
    `${from} – ${to} döneminde ${x} ile ${y} arasındaki bağ ${kind === 'friendly' ? 'dostça' : kind === 'hostile' ? 'düşmanca' : 'ne dostça ne düşmanca'} idi (−1 ile +1 arasındaki ölçekte ağırlık ${weight}).`,
  triad: ({ balanced }) =>
    balanced
      ? 'Arabuluculuk üçgeni dengeli: üç bağ birbiriyle tutarlı.'
      : 'Arabuluculuk üçgeni dengesiz: arabulucu birbirine düşman iki taraftan biriyle dost ya da birbirine dost iki tarafa düşman; bu tür üçgenler değişmeye yatkındır.',
  relation: ({ summary }) => `${summary}.`,
  according: ({ claimant, summary }) => `${cap(claimant)} şunu ileri sürüyor: ${summary}.`,
  relationPlain: ({ subject, predicate, object }) =>
    `${cap(subject)} – ${object}: ${PREDICATES[predicate] ?? predicate}`,
  eventsWindow: ({ count, from, to, deaths }) =>
    `${from} – ${to} döneminde vakada arabulucuyu ya da tarafları içeren olay sayısı: ${count}` +
    (deaths === null ? '.' : `; ölü sayısı bilinen olaylarda en az ${deaths} kişi hayatını kaybetti.`),
  event: ({ date, summary, deaths }) =>
    `${date}: ${summary}${deaths === null ? '' : ` (en iyi tahminle ${deaths} ölü)`}.`,
  claim: ({ by, kind, date, about }) =>
    kind === 'claimed'
      ? `${cap(by)}, ${date} tarihli olayın sorumluluğunu üstlendi.`
      : kind === 'denied'
        ? `${cap(by)}, ${date} tarihli olaydaki sorumluluğu reddetti.`
        : `${cap(by)}, ${date} tarihli olayın sorumluluğunu başka bir aktöre yükledi${about === null ? '' : `: ${about}`}.`,
  toll: ({ by, date, deaths }) =>
    `${cap(by)}, ${date} tarihli olayda ölenlerin sayısını ${deaths} olarak açıkladı.`,
  can: 'Arabuluculuğun lehine olanlar',
  cannot: 'Aleyhine olanlar',
  indicatorNames: {
    'bargaining-range': 'Pazarlık aralığı (simülasyon)',
    spoilers: 'Bozguncular ve bölünmüşlük',
    sanctuary: 'Arabulucunun topraklarındaki sığınak',
    'third-party-stakes': 'Üçüncü tarafların çıkarları',
    'recognition-cost': 'Tanımanın bedeli',
    'episode-age': 'Çatışma döneminin süresi',
    'failed-agreements': 'Başarısız ateşkesler ve anlaşmalar',
    'agreement-strength': 'Son anlaşmanın gücü',
    'mediator-ties': 'Arabulucunun taraflarla bağları',
    'mediator-bias': 'Arabulucunun yanlılığı',
    'mediator-leverage': 'Arabulucunun etki gücü',
    'mediator-hostility': 'Arabulucu ile bir taraf arasındaki düşmanlık',
    'mediation-record': 'Arabulucunun geçmiş performansı',
    intensity: 'Çatışmanın yoğunluğu',
    'intensity-trend': 'Çatışmanın seyri',
    stalemate: 'Kilitlenme ve olgunluk',
    'rebel-strength': 'İsyancıların gücü',
  },
  contribution: ({ name, effect, delta, rationale }) =>
    `${name} (${effect}; log-bahis ölçeğinde ${delta}): ${rationale.replace(/\.$/, '')}.`,
  scenarioRun: ({ title, dimension, median, p10, p90, runs }) =>
    `“${title}” senaryosunda pazarlık, “${dimension}” ölçeğinde ${median} noktasında sonuçlanıyor (girdileri rastgele oynatılmış ${runs} çalıştırmada 10. ile 90. yüzdelik arası: ${p10} – ${p90}).`,
  scenarioZone: ({ label, probability }) => `${label}: çalıştırmaların payı ${probability}.`,
  scenarioMediation: ({ mediator, before, after }) =>
    `Arabuluculuk kaldıracı uygulandığında (arabulucu: ${mediator}) tahmin ${before} değerinden ${after} değerine kayıyor.`,
  scenarioConditional:
    'Bu sonuçlar uzman girdilerine (analistlerin belirlediği tutumlar, önem dereceleri ve güç kapasiteleri) bağlıdır; ölçüm değildir.',
  watch: ({ name, effect, score, confidence, rationale }) =>
    `${name} (${effect}; puan ${score}, güven ${confidence}): ${rationale.replace(/\.$/, '')}.`,
  disputed: ({ summary, claimant }) => `Tartışmalı: ${summary} (iddia eden: ${claimant}).`,
  figures: {
    eventsByMonth: ({ from, to, count }) =>
      `${from} – ${to} dönemindeki ${count} olayın PLOVER türüne göre aylık dağılımını gösteren çubuk grafik.`,
    eventsCaption:
      'Türe göre aylık olay sayısı (arabulucuyu ya da tarafları içeren, derlenmiş ve içe aktarılmış olaylar).',
    prospects: ({ lines }) => `Üç olasılığı aralıklarıyla gösteren grafik: ${lines.join('; ')}.`,
    prospectsCaption:
      'Olasılıklar: nokta tahmini ve aralık (temel oranın 10. ile 90. yüzdeliği, göstergelerle kaydırılmış).',
    prospectAlt: ({ effect, p, low, high }) => `${effect} ${p} (${low} – ${high})`,
    noEstimate: 'tahmin yok',
    fatalitiesByMonth: ({ from, to, incidents, series }) =>
      `${from} – ${to} döneminde ${incidents} olay üzerinden aylık ölü sayısını gösteren çubuk grafik; en iyi tahmin, bilindiği yerde alt ve üst sınırla; seriler: ${list(series)}.`,
    fatalitiesCaption:
      'Arabulucuyu ya da tarafları içeren olaylarda aylık ölü sayısı, en iyi tahmin (bıyıklar: bilindiği yerde alt ve üst sınır); her olay bir kez, en yüksek en iyi tahmini veren kaydın serisinde sayıldı.',
    series: {
      curated: 'derlenmiş olaylar',
      dataset: 'veri kümesi olayları',
      coded: 'makineyle kodlanmış olaylar',
    },
    range: 'alt – üst sınır',
    network: ({ from, to, nodes, friendly, hostile }) =>
      `${from} – ${to} döneminde ${nodes} aktörlük ağ: ${friendly} dostça bağ (düz çizgi) ve ${hostile} düşmanca bağ (kesikli çizgi).`,
    networkCaption: ({ from, to }) =>
      `${from} – ${to} döneminin işaretli aktör ağı: arabulucunun ve her tarafın ailesi tek düğüm olarak çizildi; düz çizgiler dostça, kesikli çizgiler düşmanca, kalın çizgiler daha güçlü bağlar.`,
    friendly: 'dostça',
    hostile: 'düşmanca',
    asTable: 'Bu baskıda şekil tablo olarak veriliyor; HTML ve PDF baskılarında çizili hâli var.',
    columns: {
      month: 'Ay',
      series: 'Seri',
      best: 'Ölü (en iyi tahmin)',
      range: 'Alt – üst sınır',
      pair: 'Aktörler',
      tie: 'Bağ',
      weight: 'Ağırlık',
    },
  },
  labels: {
    accessed: 'Erişim tarihi',
    release: 'sürüm',
    row: 'satır',
    computedOn: 'hesaplanma tarihi',
    figure: 'Şekil',
  },
  digest: {
    heading: ({ from, to }) => `${from} – ${to} arasında ne değişti`,
    nothing: ({ from, to }) =>
      `Vaka, ${from} – ${to} arasında yeni bir olay, ilişki ya da anlaşma kaydetmiyor; hiçbir gösterge değişmedi.`,
    events: ({ count, from, to, byType, deaths }) =>
      `${from} – ${to} arasında vakada ${count} yeni olay var: ${byType}` +
      (deaths === null
        ? '.'
        : deaths === 0
          ? '; ölü sayısı bilinen olaylarda ölen yok.'
          : `; ölü sayısı bilinen olaylarda en az ${deaths} ölü.`),
    typeCount: ({ type, count }) => `${count} ${type}`,
    eventPlain: ({ type, sources, targets }) => `${type} (yapan: ${sources}; hedef: ${targets})`,
    relationsHeading: 'İlişkiler ve anlaşmalar',
    relationStarted: ({ date, summary }) => `Başlangıç ${date}: ${summary.replace(/\.$/, '')}.`,
    relationEnded: ({ date, summary }) => `Bitiş ${date}: ${summary.replace(/\.$/, '')}.`,
    agreementSigned: ({ name, date }) => `Anlaşma yapıldı (${date}): ${name}.`,
    agreementEnded: ({ name, date, how }) =>
      `Anlaşma sona erdi (${date}): ${name}; ${how.replace(/\.$/, '')}.`,
    indicatorsHeading: 'Değişen göstergeler',
    indicator: ({ name, before, after, rationale }) =>
      `${name}: puan önce ${before}, şimdi ${after}; ${rationale.replace(/\.$/, '')}.`,
    noScore: 'yok',
    prospectsHeading: 'Değişen olasılıklar',
    prospect: ({ effect, before, after }) => `${effect}: ${before} değerinden ${after} değerine.`,
    contribution: ({ name, before, after }) =>
      `${name}: katkı önce ${before}, şimdi ${after} (log-olasılık oranı).`,
  },
  reviewed: ({ by, date }) => `İnceleyen: ${by}, ${date} (inceleyenin kendi beyanı).`,
  reviewRecord: ({ by, date, note }) =>
    ` İncelendi olarak işaretleyen: ${by}, ${date}${note === null ? '' : `; not: ${note}`}.`,
  assessment: phraseWriter(PHRASES, formats, () => tr.indicatorNames),
  quoted: 'Derlenmiş kayıtların özetleri kaydedildikleri gibi, İngilizce olarak aktarılmıştır.',
};
