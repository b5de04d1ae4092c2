// Turkish words for reading claims: what befell the people counted ("hayatını kaybetti",
// "yaralandı", "gözaltına alındı"), who they were, who says so ("'e göre", "açıkladı", "dedi"), how
// sure, and the claimants Turkish reports name, under the English gazetteer's canonical names.
// Stems ("yaral*") take the case and verb endings; an ending after an apostrophe is a word of its own.
import type { ClaimWords } from "../claim-words.js";

/** Case endings written after an apostrophe ("AFAD'ın", "Bakanlığı'na"): passed over between a source and its cue. */
const CASE_ENDINGS = [
  "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "a", "e", "ya", "ye", "na", "ne", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü",
  "dan", "den", "tan", "ten", "ndan", "nden", "da", "de", "ta", "te", "nda", "nde",
];

export const turkishClaimWords: ClaimWords = {
  clitics: [],
  metrics: {
    "öldü*": "killed", "öldürül*": "killed", "ölü*": "killed", "ölen*": "killed", "ölmüş*": "killed", "hayatını kayb*": "killed", "hayatlarını kayb*": "killed",
    "yaşamını yitir*": "killed", "yaşamlarını yitir*": "killed", "hayatını yitir*": "killed", "hayatlarını yitir*": "killed", "can verdi*": "killed", "can veren*": "killed",
    "can kayb*": "killed", "canını kayb*": "killed", "şehit*": "killed", "cansız beden*": "killed", "ceset*": "killed", "cenaze*": "killed", "hayatını kaybed*": "killed",
    "yaral*": "injured",
    "gözaltı*": "detained", "tutukla*": "detained", "tutuklu*": "detained", "tutuklan*": "detained", "yakalan*": "detained", "gözaltında*": "detained",
    "idam edil*": "executed", "idam*": "executed", "asıldı*": "executed", "infaz edil*": "executed",
    "idam cezası*": "sentenced_to_death", "idama mahkum*": "sentenced_to_death", "idama mahkûm*": "sentenced_to_death", "ölüm cezası*": "sentenced_to_death",
    "ölüm cezasına*": "sentenced_to_death", "idam kararı*": "sentenced_to_death",
    "kayıp": "missing", "kaybol*": "missing", "enkaz altında*": "missing", "haber alınamayan*": "missing", "akıbeti bilinmeyen*": "missing", "kayıplar": "missing",
    "yerinden edil*": "displaced", "yerinden olmuş*": "displaced", "evsiz*": "displaced", "göç etmek zorunda*": "displaced", "tahliye edil*": "displaced",
    "evlerini terk*": "displaced", "evlerini kayb*": "displaced", "barınaksız*": "displaced", "yurtlarından edil*": "displaced", "yerinden edilmiş*": "displaced",
  },
  metricJoiners: ["ve", "veya", "ya da", "ile"],
  conjunctions: ["ve", "veya", "ile"],
  conjunctionEndsMetricAfter: false,
  populations: {
    "protestocu*": "protesters", "gösterici*": "protesters", "eylemci*": "protesters",
    "güvenlik güçleri*": "security_forces", "güvenlik görevlisi*": "security_forces", "güvenlik personeli*": "security_forces", "polis*": "security_forces",
    "asker*": "security_forces", "jandarma*": "security_forces", "subay*": "security_forces", "er": "security_forces",
    "çocuk*": "children", "reşit olmayan*": "children", "bebek*": "children",
    "kadın*": "women",
    "sivil*": "civilians",
    "gazeteci*": "other", "doktor*": "other", "avukat*": "other", "sağlık çalışanı*": "other", "gönüllü*": "other", "erkek*": "other", "yaşlı*": "other", "öğrenci*": "other", "işçi*": "other",
  },
  personCounters: ["kişi*", "vatandaş*", "insan*", "kişinin"],
  notPeople: [
    "yıl*", "yaşında*", "yaşındaki*", "yaşlarında*", "gün*", "ay", "aylık", "ayda", "ayı", "hafta*", "saat*", "dakika*", "saniye*",
    "il", "ilde", "ilin", "ili", "ilçe*", "şehir*", "kent*", "köy*", "mahalle*", "bina*", "ev", "evi", "evin", "konut*", "km", "kilometre*", "metre*",
    "dolar*", "lira*", "euro*", "avro*", "aile*", "hane*", "hastane*", "kez", "defa", "sefer", "kat", "katı", "büyüklüğünde*", "şiddetinde*", "video*", "görüntü*",
    "ton*", "çadır*", "konteyner*", "puan*", "derece*", "milyar*",
  ],
  notPeopleBefore: ["yüzde", "madde", "saat"],
  attributionBefore: [],
  attributionAfter: [
    "göre", "açıkladı*", "açıklamasında*", "açıklamada*", "bildirdi*", "bildirildi*", "duyurdu*", "dedi", "belirtti*", "kaydetti*", "aktardı*", "ifade etti*",
    "söyledi*", "paylaştı*", "doğruladı*", "teyit etti*", "raporunda*", "verilerine göre", "tarafından",
  ],
  sourceNoise: [
    ...CASE_ENDINGS, "açıklamasına", "verilerine", "raporuna", "son", "açıkladığı", "paylaştığı", "yaptığı", "güncel", "resmi", "yazılı", "tarafından",
    "bilgilere", "açıklanan", "yayımladığı", "sosyal", "medya", "hesabından",
  ],
  sourceStops: ["ve", "ile", "bu", "o", "da", "de", "ise", "ki", "en", "az", "yaklaşık", "toplam", "şu", "ana", "kadar"],
  namesCapitalised: true,
  sourcePrefixes: [],
  sourceAnaphors: ["bakanlık*", "kurum*", "örgüt*", "ajans*", "kuruluş*", "açıklamaya", "verilere", "rapora", "açıklama"],
  statuses: {
    "doğrula*": "verified", "teyit*": "verified", "kesinleş*": "verified", "belgele*": "verified", "kimliği tespit*": "verified", "kimlikleri tespit*": "verified",
    "doğrulanmamış*": "under_review", "doğrulanmadı*": "under_review", "teyit edilmemiş*": "under_review", "teyit edilmedi*": "under_review", "inceleniyor": "under_review",
    "incelenmekte*": "under_review", "doğrulama süreci*": "under_review", "doğrulama çalışmaları*": "under_review", "kesinleşmemiş*": "under_review", "inceleme altında*": "under_review",
    "tahmin*": "estimate", "muhtemelen": "estimate", "olabilir*": "estimate", "sanılıyor": "estimate", "düşünülüyor": "estimate", "öngör*": "estimate",
    "bulabilir*": "estimate", "aşabilir*": "estimate", "çıkabilir*": "estimate", "olası*": "estimate", "tahmini": "estimate",
  },
  partOpeners: ["bunların", "bunlardan", "aralarında", "arasında", "içinde", "dahil"],
  periodStartsBefore: [],
  periodStartsAfter: ["beri", "bu yana", "itibaren", "başlayan"],
  yearWords: ["yıl*"],
  claimants: [
    { name: "AFAD", kind: "government", aliases: ["afad", "afet ve acil durum yönetimi başkanlığı", "afet ve acil durum yönetimi"] },
    { name: "health ministry", kind: "government", aliases: ["sağlık bakanlığı*", "sağlık bakanı"] },
    { name: "interior ministry", kind: "government", aliases: ["içişleri bakanlığı*", "içişleri bakanı"] },
    { name: "justice ministry", kind: "government", aliases: ["adalet bakanlığı*", "adalet bakanı"] },
    { name: "Red Crescent", kind: "ngo", aliases: ["kızılay", "türk kızılay*", "kızılay*"] },
    { name: "Anadolu", kind: "media", aliases: ["anadolu ajansı*", "aa"] },
    { name: "United Nations", kind: "intergovernmental", aliases: ["birleşmiş milletler", "bm"] },
    { name: "OCHA", kind: "intergovernmental", aliases: ["bm insani işler koordinasyon ofisi*", "insani işler koordinasyon ofisi*"] },
    { name: "UNHCR", kind: "intergovernmental", aliases: ["bm mülteciler yüksek komiserliği*", "mülteciler yüksek komiserliği*"] },
    { name: "World Health Organization", kind: "intergovernmental", aliases: ["dünya sağlık örgütü*", "dsö"] },
    { name: "UNICEF", kind: "intergovernmental", aliases: ["unicef"] },
    { name: "International Organization for Migration", kind: "intergovernmental", aliases: ["uluslararası göç örgütü*", "iom"] },
    { name: "White Helmets", kind: "ngo", aliases: ["beyaz baretliler*", "suriye sivil savunma*"] },
    { name: "Syrian Observatory for Human Rights", kind: "ngo", aliases: ["suriye insan hakları gözlemevi*"] },
    { name: "Amnesty International", kind: "ngo", aliases: ["uluslararası af örgütü*", "af örgütü*"] },
    { name: "Human Rights Watch", kind: "ngo", aliases: ["insan hakları izleme örgütü*"] },
    { name: "HRANA", kind: "ngo", aliases: ["hrana"] },
    { name: "USGS", kind: "government", aliases: ["abd jeoloji araştırmaları kurumu*"] },
  ],
  claimantKinds: {
    "bakanlığı*": "government", "bakan*": "government", "valilik*": "government", "vali*": "government", "belediye*": "government", "kaymakam*": "government",
    "cumhurbaşkanı*": "government", "hükümet*": "government", "yetkili*": "government", "sözcü*": "government", "başkanlığı*": "government", "savcılığı*": "government",
    "derneği*": "ngo", "vakfı*": "ngo", "örgütü*": "ngo", "platformu*": "ngo", "ajansı*": "media", "gazetesi*": "media", "kaynaklar*": "anonymous", "tanıklar*": "anonymous",
  },
};
