// Names for the synthetic victim lists, as data: each in Persian script and one common Latin
// spelling, from which the generator derives the other spellings lists use.
export type NamePair = readonly [persian: string, latin: string];

export const MALE_NAMES: NamePair[] = [
  ["محمد", "Mohammad"], ["علی", "Ali"], ["حسین", "Hossein"], ["رضا", "Reza"], ["مهدی", "Mahdi"], ["امیر", "Amir"],
  ["حسن", "Hassan"], ["عرفان", "Erfan"], ["جواد", "Javad"], ["کاظم", "Kazem"], ["ابوالفضل", "Abolfazl"], ["مصطفی", "Mostafa"],
  ["یوسف", "Yousef"], ["سعید", "Saeed"], ["مجید", "Majid"], ["حمید", "Hamid"], ["وحید", "Vahid"], ["هادی", "Hadi"],
  ["امید", "Omid"], ["پویا", "Pouya"], ["نوید", "Navid"], ["سجاد", "Sajjad"], ["میلاد", "Milad"], ["آرمان", "Arman"],
  ["بهنام", "Behnam"], ["کیان", "Kian"], ["فرهاد", "Farhad"], ["داوود", "Davoud"], ["ابراهیم", "Ebrahim"], ["اسماعیل", "Esmail"],
  ["قاسم", "Ghasem"], ["عباس", "Abbas"], ["جعفر", "Jafar"], ["صادق", "Sadegh"], ["باقر", "Bagher"], ["محسن", "Mohsen"],
  ["مرتضی", "Morteza"], ["عبدالله", "Abdollah"], ["شهرام", "Shahram"], ["خسرو", "Khosrow"], ["سیاوش", "Siavash"], ["بهروز", "Behrouz"],
  ["منصور", "Mansour"], ["نیما", "Nima"], ["آرش", "Arash"], ["پیمان", "Peyman"], ["کوروش", "Kourosh"], ["رحیم", "Rahim"],
  ["کریم", "Karim"], ["طاها", "Taha"], ["یاسین", "Yasin"], ["اکبر", "Akbar"], ["مهران", "Mehran"], ["سینا", "Sina"],
  ["پدرام", "Pedram"], ["روزبه", "Roozbeh"], ["فرزاد", "Farzad"], ["بابک", "Babak"], ["رامین", "Ramin"], ["اصغر", "Asghar"],
];

export const MALE_COMPOUND_STARTS: NamePair[] = [["محمد", "Mohammad"], ["علی", "Ali"], ["امیر", "Amir"]];
export const MALE_COMPOUND_ENDS: NamePair[] = [["رضا", "Reza"], ["حسین", "Hossein"], ["مهدی", "Mahdi"], ["جواد", "Javad"], ["علی", "Ali"], ["صادق", "Sadegh"]];

export const FEMALE_NAMES: NamePair[] = [
  ["فاطمه", "Fatemeh"], ["زهرا", "Zahra"], ["مریم", "Maryam"], ["زینب", "Zeinab"], ["سارا", "Sara"], ["نگین", "Negin"],
  ["مهسا", "Mahsa"], ["نیکا", "Nika"], ["حدیث", "Hadis"], ["غزاله", "Ghazaleh"], ["سمیه", "Somayeh"], ["معصومه", "Masoumeh"],
  ["لیلا", "Leila"], ["نرگس", "Narges"], ["الهه", "Elaheh"], ["مینو", "Minoo"], ["شیرین", "Shirin"], ["پریسا", "Parisa"],
  ["آیدا", "Aida"], ["سحر", "Sahar"], ["رقیه", "Roghayeh"], ["طاهره", "Tahereh"], ["مهناز", "Mahnaz"], ["ژینا", "Zhina"],
  ["آزاده", "Azadeh"], ["یاسمن", "Yasaman"], ["فرشته", "Fereshteh"], ["نازنین", "Nazanin"], ["ستاره", "Setareh"], ["مهتاب", "Mahtab"],
  ["پروین", "Parvin"], ["شیوا", "Shiva"], ["نسرین", "Nasrin"], ["هانیه", "Haniyeh"], ["کوثر", "Kowsar"], ["راضیه", "Raziyeh"],
];

export const SURNAMES: NamePair[] = [
  ["احمدی", "Ahmadi"], ["محمدی", "Mohammadi"], ["حسینی", "Hosseini"], ["رضایی", "Rezaei"], ["کریمی", "Karimi"], ["موسوی", "Mousavi"],
  ["جعفری", "Jafari"], ["رحیمی", "Rahimi"], ["حیدری", "Heidari"], ["کاظمی", "Kazemi"], ["قاسمی", "Ghasemi"], ["صادقی", "Sadeghi"],
  ["هاشمی", "Hashemi"], ["اکبری", "Akbari"], ["عباسی", "Abbasi"], ["نوری", "Nouri"], ["امینی", "Amini"], ["سلیمانی", "Soleimani"],
  ["زارعی", "Zarei"], ["یوسفی", "Yousefi"], ["نظری", "Nazari"], ["قربانی", "Ghorbani"], ["طاهری", "Taheri"], ["مرادی", "Moradi"],
  ["نجفی", "Najafi"], ["شریفی", "Sharifi"], ["باقری", "Bagheri"], ["سعیدی", "Saeedi"], ["ملکی", "Maleki"], ["فرهادی", "Farhadi"],
  ["اسدی", "Asadi"], ["خسروی", "Khosravi"], ["بهرامی", "Bahrami"], ["شجاعی", "Shojaei"], ["توکلی", "Tavakoli"], ["جمشیدی", "Jamshidi"],
  ["کرمی", "Karami"], ["عزیزی", "Azizi"], ["میرزایی", "Mirzaei"], ["شیرازی", "Shirazi"], ["تهرانی", "Tehrani"], ["اصفهانی", "Esfahani"],
  ["دهقان", "Dehghan"], ["کشاورز", "Keshavarz"], ["رستمی", "Rostami"], ["افشار", "Afshar"], ["مختاری", "Mokhtari"], ["قنبری", "Ghanbari"],
  ["یزدانی", "Yazdani"], ["فتحی", "Fathi"], ["ابراهیمی", "Ebrahimi"], ["اسماعیلی", "Esmaili"], ["سلطانی", "Soltani"], ["صالحی", "Salehi"],
  ["پاکزاد", "Pakzad"], ["عبدی", "Abdi"], ["زمانی", "Zamani"], ["کیانی", "Kiani"], ["بابایی", "Babaei"], ["نادری", "Naderi"],
  ["فلاحی", "Fallahi"], ["شکوهی", "Shokouhi"], ["ولی‌پور", "Valipour"], ["منصوری", "Mansouri"], ["پناهی", "Panahi"], ["کرد", "Kord"],
  ["بلوچ", "Baluch"], ["ریگی", "Rigi"], ["شهبخش", "Shahbakhsh"], ["درویشی", "Darvishi"], ["خلیلی", "Khalili"], ["غلامی", "Gholami"],
];

/** Surnames built from a name: "X-zadeh" (child of X) and "X-pour", joined in one word or with a ZWNJ. */
export const SURNAME_SUFFIXES: NamePair[] = [["زاده", "zadeh"], ["پور", "pour"], ["نژاد", "nejad"]];
