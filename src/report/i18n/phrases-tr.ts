/**
 * Turkish templates of the assessment's phrases (rationales, reasons, caveats, reference
 * classes), one per key of `src/assess/phrases-en.ts`. Actor names stay in the nominative, after
 * a colon or as a subject, as in `tr.ts`; counts stand after a label so no plural is needed.
 */
import type { PhraseKey } from '../../assess/phrases-en.ts';
import type { PhraseTemplate } from '../../assess/phrase.ts';
import { signedScore } from './phrase-writer.ts';

/** A sentence from the data without its closing full stop, for use inside a sentence. */
const stop = (text: string) => text.replace(/\.$/, '');

/** What the templates need from the language module: its number format and its list. */
export function turkishPhrases(
  number: (x: number, digits?: number) => string,
  list: (items: string[]) => string,
): Record<PhraseKey, PhraseTemplate> {
  const signed = signedScore(number, 'bilinmiyor');
  const ORIGINS: Record<string, string> = {
    curated: 'derlenmiş',
    dataset: 'veri kümesinden',
    coded: 'makineyle kodlanmış',
  };
  return {
    'reason.no-scenario': () => 'pazarlık senaryosu verilmedi (--scenario)',
    'reason.scenario-lacks-actor': (r) =>
      `${r.text('scenario')} senaryosunda şu tarafın aktörü yok: ${r.actor('party')}`,
    'reason.no-registry': () => 'silahlı grupları ayırt edecek bir aktör kaydı yok',
    'reason.no-spoiler-record': (r) =>
      `kayıtlarda son bir yılda şu tarafa yönelik saldırı yok: ${r.actor('a')}; şu taraftan ayrılmış bir grup da yok: ${r.actor('b')}`,
    'reason.no-sanctuary-record': (r) =>
      `barındırma ilişkisi yok ve arabulucunun topraklarında şu aktörü içeren olay yok: ${r.actor('b')}`,
    'reason.no-outside-power': () =>
      'kayıtlarda taraflar ya da arabulucu üzerinde etkide bulunan bir dış güç yok',
    'reason.not-in-registry': (r) => `şu aktör kayıtta yok: ${r.actor('b')}`,
    'reason.no-fighting': () => 'kayıtlarda taraflar arasında çatışma yok',
    'reason.no-agreement-with-armed': (r) =>
      `kayıtlarda şu taraf ile silahlı gruplar arasında anlaşma yok: ${r.actor('a')}`,
    'reason.no-agreement-between': (r) =>
      `kayıtlarda ${r.actor('a')} ile ${r.actor('b')} arasında anlaşma yok`,
    'reason.no-mediator-link': () =>
      'arabulucuyu taraflardan herhangi birine bağlayan bir ilişki ya da olay yok',
    'reason.mediator-tie-unknown': (r) => `arabulucunun şu tarafla bağı bilinmiyor: ${r.actor('party')}`,
    'reason.no-leverage': () =>
      'kayıtlarda arabulucunun elinde tutup bir tarafın ihtiyaç duyduğu bir şey yok',
    'reason.no-mediator-events': () => 'son bir yılda arabulucuyu içeren olay yok',
    'reason.no-mediation-record': () => 'arabulucunun kayıtlı bir arabuluculuğu yok',
    'reason.no-fighting-360': () => 'son 360 günde taraflar arasında çatışma yok',
    'reason.no-fighting-year': () => 'son bir yılda taraflar arasında çatışma yok',
    'reason.no-fighting-or-statements': () => 'son bir yılda taraflar arasında ne çatışma ne de açıklama var',
    'reason.stalemate-undirected': (r) =>
      `son bir yıldaki çatışma olayları (${r.num('count')}) kimin kime zarar verdiğini söylemeyen bir veri kümesinden geliyor ve tarafların kayıtlı bir açıklaması yok`,
    'reason.rebel-undirected': (r) =>
      `son bir yıldaki çatışma olayları (${r.num('count')}) kimin saldırdığını değil yalnızca iki tarafı kaydeden bir veri kümesinden geliyor (${r.texts('datasets').join(', ')})`,

    'rationale.no-value': (r) => `Değer yok: ${r.phrase('reason')}.`,
    'rationale.bargaining-range': (r) => {
      const run =
        r.maybe('mediator') === null
          ? 'girdiler belirlendiği gibi'
          : `arabuluculuk kaldıracıyla (arabulucu: ${r.actor('mediator')}; kaldıraç olmadan fark %${r.num('gapWithout', 0)})`;
      const zone = r.maybe('zone');
      return `${r.text('scenario')} senaryosunda (${run}) taraflar arasındaki fark ölçeğin %${r.num('gap', 0)} kadarı (tahmin ${r.num('forecast', 1)}${zone === null ? '' : `, bölge ${zone}`}): ${r.flag('rangeExists') ? 'ikisinin de kabul edebileceği bir aralık var' : 'kabul edebilecekleri şeyler örtüşmüyor'}; sonuç ölçüme değil uzman girdilerine bağlıdır${r.maybe('setOn') === null ? '' : ` (girdiler ${r.date('setOn')} tarihinde, değerlendirme tarihinden sonra belirlendi)`}.`;
    },
    'rationale.spoilers': (r) =>
      `Görüşmelerin dışında kalıp son bir yılda bir tarafa saldıran ya da diğerinden ayrılan silahlı grup sayısı: ${r.num('count')} (saldırıya uğrayan: ${r.actor('a')}; ayrılınan: ${r.actor('b')}; gruplar: ${list(r.actors('groups')) || 'yok'}): ${r.count('count') > 0 ? 'bozguncular tarafların sürdürdüğü bir anlaşmayı bozabilir' : 'kayıtlı bozguncu yok'}.`,
    'rationale.sanctuary': (r) => {
      const claimants = r.actors('claimants');
      return `Kanıtlanmış barındırma ilişkisi: ${r.num('facts')}; iddia edilen: ${r.num('claims')}${claimants.length > 0 ? ` (iddia eden: ${list(claimants)})` : ''}; son bir yılda arabulucunun topraklarında şu aktörü içeren olay sayısı: ${r.num('onTerritory')} (${r.actor('b')}); güvenli bir arka üs, silahlı tarafın anlaşmayı beklemeden zaman kazanmasını sağlar.`;
    },
    'rationale.third-party-stakes': (r) =>
      `Taraflar ya da arabulucu üzerinde etkide bulunan dış güçler: ${list(r.actors('powers'))} (son bir yılda olay: ${r.num('acts')}; süregelen çıkar: ${r.num('stakes')}); çıkarı olan dış güçler görüşmeler için baskı yapar.`,
    'rationale.recognition-cost': (r) =>
      `Yürürlükteki terör listesi kararları (listeleyen: ${r.actor('a')}; listelenen: ${r.actor('b')}): ${r.num('designations')}; son bir yılda görüşmeyi reddetme: ${r.num('refusals')}; ${r.flag('barred') ? 'listedeki bir grupla görüşmek hükümete meşruiyet kaybettirir' : 'kayıtlarda görüşmelere resmî bir engel yok'}.`,
    'rationale.episode-age-fighting': (r) =>
      `Kayıtlardaki çatışma ${r.date('start')} tarihinde, ${r.num('months', 0)} ay önce başladı; uzun süren savaşlarda arabuluculuğa daha sık başvurulur.`,
    'rationale.episode-age-ended': (r) =>
      `Şimdiki dönem, taraflar arasındaki son anlaşmanın ${r.date('ended')} tarihinde sona ermesiyle, ${r.num('months', 0)} ay önce başladı.`,
    'rationale.failed-agreements': (r) =>
      `${r.actor('a')} ile silahlı gruplar arasındaki anlaşmalar: ${r.num('deals')}; sona eren: ${r.num('ended')} (bitiren taraf ${r.actor('b')} olan: ${r.num('endedByB')}${r.flag('someEndsUnknown') ? '; bazılarının bitiş tarihi bilinmiyor' : ''}); çöküş geçmişi her yeni anlaşmayı zayıflatır.`,
    'rationale.agreement-strength': (r) => {
      const signed = r.maybe('signed');
      return `Son anlaşma (${r.text('name')}, ${signed === null ? 'tarih bilinmiyor' : r.date('signed')}) ${r.flag('written') ? 'yazılı' : 'sözlü'} idi, ${r.flag('monitored') ? 'garantörü ya da izleme mekanizması vardı' : 'garantörü ya da izleme mekanizması yoktu'}; hüküm sayısı: ${r.num('provisions')}; ${r.flag('weak') ? 'Fortna’nın bozulmaya yatkın bulduğu türden zayıf koşullar' : 'daha uzun ömürlü olan türden koşullar'}.`;
    },
    'rationale.mediator-ties': (r) =>
      `Arabulucunun bağları: ${r.actor('a')} ile ${signed(r, 'tieA')} (${r.phrase('restsOnA')}), ${r.actor('b')} ile ${signed(r, 'tieB')} (${r.phrase('restsOnB')}); ${r.flag('close') ? 'yakın bağlar arabulucuya iki tarafın da güvendiği bilgiyi sağlar' : 'zayıf ya da düşmanca bağlar arabulucunun bildiklerini ve ona söylenenleri sınırlar'}.`,
    'rationale.mediator-bias': (r) => {
      const toward = r.text('toward');
      const why =
        toward === 'rebels'
          ? '; isyancılara yakın bir arabulucu isyancılar için inandırıcıdır ama hükümete verdiği güvenceler zayıftır'
          : toward === 'government'
            ? '; hükümete yakın bir arabulucu isyancıların taahhüt sorununu hafifletir'
            : '';
      return `Arabulucunun yakın durduğu taraf: ${r.maybe('leans') === null ? 'hiçbiri' : r.actor('leans')} (${signed(r, 'bias')}; dayanak: ${r.flag('onRelations') ? 'derlenmiş ilişkiler' : 'kısmen olay sayıları'})${why}.`;
    },
    'rationale.mediator-leverage': (r) =>
      `Sığınak ${r.num('sanctuary', 2)}${r.flag('claimsOnly') ? ' (yalnızca iddialar)' : ''}, ideoloji ${r.num('ideology', 2)}, ticaret ${r.num('trade', 2)}, sınır ${r.num('border', 2)}: etki gücü anlaşmaya ulaşmayı kolaylaştırır (Beardsley), ama ona dayanan anlaşmalar etki çekildiğinde zayıflar.`,
    'rationale.mediator-hostility': (r) =>
      `Son bir yılda arabulucu ile taraflar arasındaki düşmanca olaylar: ${r.num('events')} (${r.actor('a')} ile: ${r.num('towardA')}); düşmanca ilişkiler: ${r.num('relations')}; ${r.flag('hostile') ? 'arabulucuyla arası açık bir taraf onu kabul etmekte yavaş davranır' : 'önünde açık bir düşmanlık yok'}.`,
    'rationale.mediation-record': (r) =>
      `Arabuluculuk süreçleri: ${r.num('processes')}; aracılıkla varılan anlaşmalar: ${r.num('brokered')}; yürürlükte kalanlar: ${r.num('held')}; ${r.flag('poor') ? 'bu tarafları tanıyan ama anlaşmaları ayakta kalmamış bir arabulucu' : 'anlaşmaları ayakta kalmış bir arabulucu'}.`,
    'rationale.intensity-none': () =>
      'Son 180 günde taraflar arasında çatışma yok: arabulucu arama baskısı az.',
    'rationale.intensity': (r) =>
      `Son 180 günde taraflar arasındaki çatışma: ${r.phrase('series')}; ölü: ${r.num('deaths')} (ölü sayısı bilinmeyen olay: ${r.num('unknown')}); şiddet, arabulucu arayışı ihtimalini artırır.`,
    'rationale.trend-rose': (r) =>
      `Çatışma arttı (şimdi ${r.phrase('recent')}, önceki dönemde ${r.phrase('previous')}): tırmanan şiddet görüşmelerin başarı şansını düşürür.`,
    'rationale.trend-fell': (r) =>
      `Çatışma azaldı ya da aynı kaldı (şimdi ${r.phrase('recent')}, önceki dönemde ${r.phrase('previous')}): daha sakin bir dönem görüşmelere yardım eder.`,
    'rationale.stalemate': (r) =>
      `İki tarafın da zarar görmesi: ${r.phrase('hurting')}; tarafların kendi sözleri: görüşmeden yana ${r.num('pro')}, karşı ${r.num('against')}; ${r.flag('ripe') ? 'olgun bir anın işaretleri' : 'tarafların acı veren bir kilitlenme gördüğüne dair işaret yok'}.`,
    'rationale.rebel-strength': (r) =>
      `Son bir yılda ${r.actor('a')} ile ${r.actor('b')} arasındaki şiddet olayları: ${r.num('total')}; bunlardan ${r.actor('b')} tarafının gerçekleştirdikleri: ${r.num('byB')}; yer sayısı: ${r.num('places')}; ${r.flag('strong') ? 'güçlü bir silahlı taraf; Clayton bunun uzlaşma şansını artırdığını buluyor' : 'daha zayıf bir silahlı taraf; pazarlıkta elinde daha az koz var'}.`,

    'tie.relations': () => 'ilişkiler',
    'tie.events': () => 'olaylar',
    'tie.relations and events': () => 'ilişkiler ve olaylar',
    'tie.nothing': () => 'dayanak yok',
    'hurting.unknown': (r) => `bilinmiyor (yönü belirtilmemiş veri kümesi olayı: ${r.num('undirected')})`,
    'hurting.yes': (r) => `evet (denklik ${r.num('parity', 2)})`,
    'hurting.no': () => 'hayır',
    'series.none': () => 'olay yok',
    'series.some': (r) =>
      `${r.num('count')} olay (${ORIGINS[r.text('origin')] ?? r.text('origin')})${r.flag('partial') ? ' (veri kümesi örneğinden ya da kesitinden)' : ''}${r.count('setAside') > 0 ? ` (başka kökenli ${r.num('setAside')} olay dışarıda bırakıldı)` : ''}`,

    'caveat.thin': (r) => `Kapsam sınırlı, güven yarıya indirildi: ${list(r.indicators('indicators'))}.`,
    'caveat.no-value': (r) => `Değer yok: ${r.phrases('missing').join('; ')}.`,
    'caveat.missing': (r) => `${r.indicator('indicator')} (${r.phrase('reason')})`,
    'caveat.drafts': (r) =>
      `Dışarıda bırakılan taslak kayıt: ${r.num('count')} (saymak için --include-drafts).`,
    'caveat.partial': (r) =>
      `Veri kümesi satırları bir örnekten ya da kesitten geliyor (${r.texts('releases').join(', ')}): bunlardan çıkan sayılar kaydın tamamı değildir ve serileri sınırlı kapsamlı sayıldı.`,
    'caveat.curated-only': () =>
      'Olayların tümü derlenmiş: sayılar şiddetin eksiksiz kaydını değil, vaka için seçilen olayları anlatır.',
    'caveat.no-reference': () =>
      'Hiçbir referans veri kümesi okunmadı: olasılıklar yalnızca vakanın kendi benzer örneklerine dayanıyor ya da hiç tahmin verilmiyor.',
    'caveat.bargaining': (r) =>
      `Pazarlık aralığı ${r.text('scenario')} senaryosundan geliyor ve ölçümlere değil, uzman girdilerine (analistlerin belirlediği tutumlar, önem dereceleri, kapasiteler) bağlıdır.${r.maybe('setOn') === null ? '' : ` Girdiler ${r.date('setOn')} tarihinde, değerlendirme tarihinden sonra belirlendi; bu yüzden aralık ${r.date('asOf')} itibarıyla bir yargı değildir.`}`,
    'caveat.weights': () =>
      'Göstergelerin olasılıklar üzerindeki ağırlıkları verilerden kestirilmedi; açıkça belirtilmiş bir yargıdır (log-bahis ölçeğinde 0,5 × puan × güven).',

    'prospect.no-estimate': (r) => `kalibre edilmiş tahmin yok: ${r.phrase('missing')}`,
    'missing.onset': () =>
      'arabuluculuğun başlaması için bir referans oranı (CWM dönemleri) gerekiyor ve bu oran elde değildi',
    'missing.agreement': () =>
      'arabulucunun bu taraflarla kayıtlı daha önceki bir süreci yok ve hiçbir referans veri kümesi arabuluculuk sonuçlarını kodlamıyor',
    'missing.durability': () =>
      'sonucu bilinen daha önceki anlaşma yok ve referans oranı (UCDP barış anlaşmaları) yok',
    'class.pooled': (r) =>
      `${r.phrase('reference')}; vakadaki adı geçen benzer örneklerle birleştirildi (${r.num('analogues')})`,
    'class.analogues': (r) => `vakadaki adı geçen benzer örnekler (${r.num('analogues')}), Laplace kuralı`,
    'class.cwm-all': () => 'iç savaş dönemleri, 1946–2013 (CWM)',
    'class.cwm-country': (r) => `iç savaş dönemleri, ülke: ${r.text('country')} (CWM)`,
    'class.ucdp-ceasefires': (r) =>
      `ateşkes hükmü içeren${r.flag('thirdParty') ? ', adı geçen bir üçüncü tarafı olan' : ''} ve ${r.date('cutoff')} tarihine kadar imzalanmış barış anlaşmaları (UCDP PA)`,

    // Analogues: names from the data, outcomes in Turkish (a deal's "how" is quoted data).
    'analogue.process': (r) => r.text('name'),
    'analogue.deal': (r) =>
      `${r.text('name')} (${r.maybe('signed') === null ? 'tarihsiz' : r.date('signed')})`,
    'outcome.yielded': (r) => `imzalanan anlaşma: ${r.texts('agreements').join('; ')}`,
    'outcome.no-agreement-yet': () => 'henüz anlaşma yok',
    'outcome.in-force': () => 'yürürlükte',
    'outcome.ended': (r) => {
      const when =
        r.maybe('date') === null ? 'bitiş tarihi bilinmiyor' : `bitiş: ${r.period('date', 'precision')}`;
      const by = r.actors('by');
      return `${stop(r.text('how'))} (${when})${by.length > 0 ? `; sona erdiren: ${list(by)}` : ''}`;
    },
  };
}
