// Death and injury counts written in Spanish, Portuguese, French, Italian, German, Russian,
// Ukrainian, Arabic, Turkish, Urdu, Hindi, Persian (Dari), Pashto and Tagalog: the languages of
// the regimes' own press (Colombia, the Great Lakes, the Caucasus, Donbas, the Levant, Yemen,
// Sudan, Idlib, Kashmir, the Durand Line, Mindanao) and of the agencies that translate it. Each
// language gives its number words, the words that hedge a count ("al menos", "не менее"), the
// words that say killed or injured and the auxiliaries between them; two shapes are read: the
// count first ("dos soldados murieron", "четверо военных погибли", "دو اہلکار شہید") and the verb
// first ("murieron dos soldados", "погибли шесть мирных жителей", "مقتل ثلاثة جنود", "Patay ang
// tatlong sundalo"). A verb in the singular with no number counts one ("загинув чоловік").

export type Measure = 'killed' | 'injured';

interface LanguageCounts {
  numbers: Readonly<Record<string, number>>;
  qualifiers: readonly string[];
  killed: readonly string[];
  injured: readonly string[];
  /** Words that say killed or injured only before the count: Arabic "مقتل" (the killing of). */
  beforeCount?: Readonly<Record<Measure, readonly string[]>>;
  /** Nouns that carry their own count: Arabic duals, "شهيدان" (two killed). */
  counted?: Readonly<Record<Measure, Readonly<Record<string, number>>>>;
  /** Verbs in the singular, which count one when no number follows: "погиб военный". */
  single?: Readonly<Record<Measure, readonly string[]>>;
  /** Whether a count may follow its noun: Arabic "مقتل مدنيين اثنين" (two civilians killed). */
  countAfterNoun?: boolean;
  /**
   * Whether the verb ends the clause, as in Urdu, Hindi, Persian and Pashto: a count after it
   * opens the next clause ("دو سرباز کشته، سه تن زخمی"), so only beforeCount words are read
   * before a count.
   */
  verbFinal?: boolean;
  /**
   * Languages written in the same script, whose words that say killed or injured also end a
   * description of victims: Urdu and Persian share "زخمی", so in "دو سرباز کشته و یک زخمی" the
   * Urdu reading must stop at the Persian "کشته" rather than count two wounded.
   */
  neighbours?: readonly string[];
  auxiliaries: readonly string[];
  /** Words that end a description of victims: "dos soldados murieron y otro resultó herido". */
  conjunctions: readonly string[];
  /** The conjunctions that join victims into one list: "deux civils et un militaire". */
  and: readonly string[];
  /** Units of time: "murieron dos días después" counts days, not dead. */
  time: readonly string[];
  /** Months, as a day names them: "El 12 de marzo murieron tres soldados" counts three. */
  months: readonly string[];
}

const LANGUAGES: Readonly<Record<string, LanguageCounts>> = {
  es: {
    numbers: {
      un: 1,
      uno: 1,
      una: 1,
      otro: 1,
      otra: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      once: 11,
      doce: 12,
      quince: 15,
      veinte: 20,
      treinta: 30,
      cuarenta: 40,
      cincuenta: 50,
      cien: 100,
      decenas: 12,
    },
    qualifiers: ['al menos', 'por lo menos', 'más de', 'cerca de', 'alrededor de', 'unos', 'unas'],
    killed: [
      'muertos',
      'muertas',
      'muerto',
      'muerta',
      'murieron',
      'murió',
      'fallecidos',
      'fallecidas',
      'fallecieron',
      'falleció',
      'asesinados',
      'asesinadas',
      'asesinado',
      'asesinada',
      'abatidos',
      'perdieron la vida',
      'perdió la vida',
    ],
    injured: ['heridos', 'heridas', 'herido', 'herida', 'lesionados'],
    single: { killed: ['murió', 'falleció'], injured: [] },
    auxiliaries: ['fueron', 'han sido', 'habían sido', 'resultaron', 'resultó', 'quedaron'],
    conjunctions: ['y', 'e', 'o', 'pero', 'mientras'],
    and: ['y', 'e'],
    time: ['días', 'dias', 'horas', 'semanas', 'meses', 'años'],
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'setiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
  },
  pt: {
    numbers: {
      um: 1,
      uma: 1,
      outro: 1,
      outra: 1,
      dois: 2,
      duas: 2,
      três: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      doze: 12,
      vinte: 20,
      dezenas: 12,
    },
    qualifiers: ['pelo menos', 'mais de', 'cerca de'],
    killed: ['mortos', 'mortas', 'morreram', 'morreu', 'assassinados', 'perderam a vida'],
    injured: ['feridos', 'feridas', 'ferido', 'ferida'],
    beforeCount: {
      killed: ['matou', 'mataram', 'matando'],
      injured: ['feriu', 'feriram', 'ferindo'],
    },
    auxiliaries: ['foram', 'ficaram', 'ficou'],
    conjunctions: ['e', 'ou', 'mas', 'enquanto'],
    and: ['e'],
    time: ['dias', 'horas', 'semanas', 'meses', 'anos'],
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
  },
  fr: {
    numbers: {
      un: 1,
      une: 1,
      deux: 2,
      trois: 3,
      quatre: 4,
      cinq: 5,
      six: 6,
      sept: 7,
      huit: 8,
      neuf: 9,
      dix: 10,
      onze: 11,
      douze: 12,
      quinze: 15,
      vingt: 20,
      trente: 30,
      cinquante: 50,
      cent: 100,
      'une dizaine': 10,
      'une vingtaine': 20,
      dizaines: 12,
    },
    qualifiers: ['au moins', 'plus de', 'près de', 'environ'],
    killed: [
      'tués',
      'tuées',
      'tué',
      'tuée',
      'morts',
      'mortes',
      'décédés',
      'ont péri',
      'ont perdu la vie',
      'a perdu la vie',
      'ont trouvé la mort',
    ],
    injured: ['blessés', 'blessées', 'blessé', 'blessée'],
    beforeCount: { killed: ['tuant'], injured: ['blessant'] },
    single: { killed: ['tué', 'tuée'], injured: ['blessé', 'blessée'] },
    // "un mort dans une frappe": the singular noun after "un" only, as "mort" alone is "death"
    // and its letters open "mortar".
    counted: { killed: { 'un mort': 1 }, injured: {} },
    auxiliaries: ['ont été', 'a été', 'avaient été', 'auraient été', 'sont', 'été'],
    conjunctions: ['et', 'ou', 'mais', 'tandis'],
    and: ['et'],
    time: ['jours', 'heures', 'semaines', 'mois', 'ans', 'années'],
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
  },
  it: {
    numbers: {
      un: 1,
      uno: 1,
      una: 1,
      due: 2,
      tre: 3,
      quattro: 4,
      cinque: 5,
      sei: 6,
      sette: 7,
      otto: 8,
      nove: 9,
      dieci: 10,
      dodici: 12,
      venti: 20,
      decine: 12,
    },
    qualifiers: ['almeno', 'più di', 'circa'],
    killed: ['uccisi', 'uccise', 'ucciso', 'uccisa', 'morti', 'deceduti', 'hanno perso la vita'],
    injured: ['feriti', 'ferite', 'ferito', 'ferita'],
    auxiliaries: ['sono stati', 'sono state', 'sono rimasti', 'sono rimaste', 'è stato', 'sono'],
    conjunctions: ['e', 'ed', 'o', 'ma', 'mentre'],
    and: ['e', 'ed'],
    time: ['giorni', 'ore', 'settimane', 'mesi', 'anni'],
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
  },
  de: {
    numbers: {
      ein: 1,
      eine: 1,
      einen: 1,
      zwei: 2,
      drei: 3,
      vier: 4,
      fünf: 5,
      sechs: 6,
      sieben: 7,
      acht: 8,
      neun: 9,
      zehn: 10,
      zwölf: 12,
      zwanzig: 20,
      dutzende: 12,
    },
    qualifiers: ['mindestens', 'mehr als', 'rund', 'etwa'],
    // "Tote" after a count is German news ("mindestens 178 Tote"); an English "tote bag" is not
    // counted in a report of fighting.
    killed: ['getötet', 'Tote', 'Toten', 'starben', 'ums Leben gekommen', 'kamen ums Leben'],
    injured: ['verletzt', 'verwundet', 'Verletzte', 'Verletzten'],
    auxiliaries: ['wurden', 'sind', 'seien', 'worden'],
    conjunctions: ['und', 'oder', 'aber', 'während'],
    and: ['und'],
    time: ['Tage', 'Tagen', 'Stunden', 'Wochen', 'Monate', 'Jahre'],
    months: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
  },
  ru: {
    numbers: {
      один: 1,
      одна: 1,
      одного: 1,
      два: 2,
      две: 2,
      двое: 2,
      три: 3,
      трое: 3,
      четыре: 4,
      четверо: 4,
      пять: 5,
      пятеро: 5,
      шесть: 6,
      шестеро: 6,
      семь: 7,
      семеро: 7,
      восемь: 8,
      девять: 9,
      десять: 10,
      двенадцать: 12,
      двадцать: 20,
      десятки: 12,
    },
    qualifiers: ['не менее', 'по меньшей мере', 'как минимум', 'более', 'около'],
    killed: ['погибли', 'погиб', 'погибла', 'убиты', 'убит', 'убита', 'скончались'],
    single: {
      killed: ['погиб', 'погибла', 'убит', 'убита', 'скончался'],
      injured: ['ранен', 'ранена'],
    },
    injured: ['ранены', 'ранен', 'ранена', 'получили ранения', 'пострадали'],
    auxiliaries: ['были', 'был', 'была'],
    conjunctions: ['и', 'а', 'но', 'или', 'еще', 'ещё'],
    and: ['и'],
    time: ['дня', 'дней', 'часа', 'часов', 'недели', 'недель', 'месяцев', 'лет', 'года'],
    months: [
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ],
  },
  uk: {
    numbers: {
      один: 1,
      одна: 1,
      одного: 1,
      два: 2,
      дві: 2,
      двоє: 2,
      три: 3,
      троє: 3,
      чотири: 4,
      четверо: 4,
      "п'ять": 5,
      'п’ять': 5,
      "п'ятеро": 5,
      'п’ятеро': 5,
      шість: 6,
      шестеро: 6,
      сім: 7,
      семеро: 7,
      вісім: 8,
      "дев'ять": 9,
      'дев’ять': 9,
      десять: 10,
      дванадцять: 12,
      двадцять: 20,
      десятки: 12,
    },
    qualifiers: ['щонайменше', 'не менше', 'понад', 'близько', 'як мінімум'],
    killed: ['загинули', 'загинуло', 'загинув', 'загинула', 'вбиті', 'вбито', 'убиті', 'убито'],
    injured: [
      'поранені',
      'поранено',
      'дістали поранення',
      'отримали поранення',
      'травмовані',
      'постраждали',
      'постраждало',
    ],
    single: { killed: ['загинув', 'загинула'], injured: ['поранений', 'поранена'] },
    auxiliaries: ['були', 'був', 'була'],
    conjunctions: ['і', 'й', 'та', 'а', 'але', 'або', 'ще'],
    and: ['і', 'й', 'та'],
    time: ['дні', 'днів', 'години', 'годин', 'тижні', 'тижнів', 'місяців', 'років', 'роки'],
    months: [
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
    ],
  },
  // Arabic glues "and" and "with" onto the word after, so those forms are listed as words of
  // their own; tanween is written on some words and not others, so both spellings are listed.
  // Verbal nouns ("مقتل", the killing of) come before the count, plural nouns ("قتلى") after.
  tr: {
    numbers: {
      bir: 1,
      iki: 2,
      üç: 3,
      dört: 4,
      beş: 5,
      altı: 6,
      yedi: 7,
      sekiz: 8,
      dokuz: 9,
      on: 10,
      yirmi: 20,
      otuz: 30,
      kırk: 40,
      elli: 50,
      onlarca: 12,
    },
    qualifiers: ['en az', 'yaklaşık'],
    killed: [
      'hayatını kaybetti',
      'hayatını kaybettiğini',
      'hayatını kaybetmişti',
      'öldü',
      'öldürüldü',
      'şehit oldu',
      'şehit düştü',
      'can verdi',
      'ölü',
    ],
    injured: ['yaralandı', 'yaralı', 'yaralandığını'],
    auxiliaries: [],
    conjunctions: ['ve', 'veya', 'ama'],
    and: ['ve'],
    time: ['gün', 'saat', 'hafta', 'ay', 'yıl'],
    months: [
      'Ocak',
      'Şubat',
      'Mart',
      'Nisan',
      'Mayıs',
      'Haziran',
      'Temmuz',
      'Ağustos',
      'Eylül',
      'Ekim',
      'Kasım',
      'Aralık',
    ],
  },
  ar: {
    numbers: {
      واحد: 1,
      واحدة: 1,
      آخر: 1,
      اثنان: 2,
      اثنين: 2,
      اثنتان: 2,
      اثنتين: 2,
      ثلاثة: 3,
      ثلاث: 3,
      أربعة: 4,
      اربعة: 4,
      أربع: 4,
      خمسة: 5,
      خمس: 5,
      ستة: 6,
      ست: 6,
      سبعة: 7,
      سبع: 7,
      ثمانية: 8,
      ثماني: 8,
      تسعة: 9,
      تسع: 9,
      عشرة: 10,
      عشر: 10,
      عشرين: 20,
      عشرون: 20,
      ثلاثين: 30,
      أربعين: 40,
      خمسين: 50,
      مئة: 100,
      مائة: 100,
      عشرات: 12,
      // Duals carry their count in the noun: "قتل شخصان" (two persons were killed). Only forms
      // that no plural shares: "مدنيين" is two civilians or many.
      شخصان: 2,
      شخصين: 2,
      جنديان: 2,
      جنديين: 2,
      مدنيان: 2,
      طفلان: 2,
      طفلين: 2,
      رجلان: 2,
      رجلين: 2,
      امرأتان: 2,
      امرأتين: 2,
      شقيقان: 2,
      شقيقين: 2,
      عنصران: 2,
      عنصرين: 2,
      شابان: 2,
      شابين: 2,
    },
    qualifiers: ['ما لا يقل عن', 'أكثر من', 'اكثر من', 'نحو', 'حوالي', 'قرابة'],
    countAfterNoun: true,
    counted: {
      // The indefinite singular is one: "سقوط شهيد وإصابة اثنين" (a martyr fell, two were hurt).
      killed: { شهيد: 1, قتيل: 1, شهيدان: 2, شهيدين: 2, قتيلان: 2, قتيلين: 2 },
      injured: { جريح: 1, جريحان: 2, جريحين: 2, مصابان: 2 },
    },
    beforeCount: {
      killed: ['مقتل', 'بمقتل', 'ومقتل', 'استشهاد', 'باستشهاد', 'واستشهاد'],
      injured: ['إصابة', 'بإصابة', 'وإصابة', 'اصابة', 'واصابة', 'جرح', 'وجرح'],
    },
    killed: [
      'قتل',
      'قُتل',
      'قتلا',
      'قُتلا',
      'قتلى',
      'قتيلا',
      'قتيلاً',
      'شهداء',
      'شهيدا',
      'شهيداً',
      'لقوا حتفهم',
      'قتلوا',
      'استشهدوا',
    ],
    injured: ['جرحى', 'جريحا', 'جريحاً', 'مصابين', 'أصيبوا', 'اصيبوا'],
    auxiliaries: [],
    conjunctions: ['أو', 'لكن', 'بينما'],
    and: [],
    time: ['أيام', 'ايام', 'يوم', 'ساعات', 'ساعة', 'أسابيع', 'اسابيع', 'أشهر', 'اشهر', 'سنوات'],
    months: [
      'يناير',
      'فبراير',
      'مارس',
      'أبريل',
      'ابريل',
      'مايو',
      'يونيو',
      'يوليو',
      'أغسطس',
      'اغسطس',
      'سبتمبر',
      'أكتوبر',
      'اكتوبر',
      'نوفمبر',
      'ديسمبر',
    ],
  },
  // Urdu writes "ہ" (U+06C1) where Persian and Arabic write "ه", and Urdu and Persian write "ی"
  // (U+06CC) where Arabic writes "ي": few words are spelled alike, but "زخمی" (wounded) is both
  // Urdu and Persian.
  ur: {
    numbers: {
      ایک: 1,
      دو: 2,
      تین: 3,
      چار: 4,
      پانچ: 5,
      چھ: 6,
      چھے: 6,
      سات: 7,
      آٹھ: 8,
      نو: 9,
      دس: 10,
      گیارہ: 11,
      بارہ: 12,
      تیرہ: 13,
      چودہ: 14,
      پندرہ: 15,
      سولہ: 16,
      سترہ: 17,
      اٹھارہ: 18,
      انیس: 19,
      بیس: 20,
      تیس: 30,
      چالیس: 40,
      پچاس: 50,
      ساٹھ: 60,
      ستر: 70,
      // Not "اسی" (eighty), which is also "that same": "اسی دوران" (meanwhile).
      نوے: 90,
      سو: 100,
      درجنوں: 12,
    },
    qualifiers: ['کم از کم', 'تقریباً', 'تقریبا', 'لگ بھگ'],
    killed: ['شہید', 'جاں بحق', 'ہلاک'],
    injured: ['زخمی'],
    verbFinal: true,
    neighbours: ['fa', 'ps'],
    auxiliaries: [],
    conjunctions: ['اور', 'یا', 'لیکن', 'مگر', 'جبکہ'],
    and: ['اور'],
    time: ['دن', 'دنوں', 'روز', 'گھنٹے', 'گھنٹوں', 'ہفتے', 'ہفتوں', 'ماہ', 'مہینے', 'سال', 'برس'],
    months: [
      'جنوری',
      'فروری',
      'مارچ',
      'اپریل',
      'مئی',
      'جون',
      'جولائی',
      'اگست',
      'ستمبر',
      'اکتوبر',
      'نومبر',
      'دسمبر',
    ],
  },
  hi: {
    numbers: {
      एक: 1,
      दो: 2,
      तीन: 3,
      चार: 4,
      पांच: 5,
      पाँच: 5,
      छह: 6,
      छः: 6,
      सात: 7,
      आठ: 8,
      नौ: 9,
      दस: 10,
      ग्यारह: 11,
      बारह: 12,
      तेरह: 13,
      चौदह: 14,
      पंद्रह: 15,
      पन्द्रह: 15,
      सोलह: 16,
      सत्रह: 17,
      अठारह: 18,
      उन्नीस: 19,
      बीस: 20,
      तीस: 30,
      चालीस: 40,
      पचास: 50,
      साठ: 60,
      सत्तर: 70,
      अस्सी: 80,
      नब्बे: 90,
      सौ: 100,
      दर्जनों: 12,
    },
    qualifiers: ['कम से कम', 'लगभग', 'करीब', 'क़रीब', 'तकरीबन'],
    // "तीन लोगों की मौत" (the death of three people) is how Hindi news tells most tolls.
    killed: ['शहीद', 'मारे गए', 'मारे गये', 'मारा गया', 'की मौत'],
    injured: ['घायल', 'जख्मी', 'ज़ख्मी'],
    verbFinal: true,
    auxiliaries: [],
    conjunctions: ['और', 'तथा', 'व', 'या', 'लेकिन', 'जबकि'],
    and: ['और', 'तथा', 'व'],
    time: [
      'दिन',
      'दिनों',
      'घंटे',
      'घंटों',
      'हफ्ते',
      'सप्ताह',
      'महीने',
      'महीनों',
      'साल',
      'सालों',
      'वर्ष',
      'वर्षों',
    ],
    months: [
      'जनवरी',
      'फरवरी',
      'मार्च',
      'अप्रैल',
      'मई',
      'जून',
      'जुलाई',
      'अगस्त',
      'सितंबर',
      'सितम्बर',
      'अक्टूबर',
      'नवंबर',
      'नवम्बर',
      'दिसंबर',
      'दिसम्बर',
    ],
  },
  // Persian joins a word's parts with the zero-width non-joiner (U+200C), which news also
  // leaves out or writes as a space: "دست‌کم" and "دست کم" (at least) are one word.
  fa: {
    numbers: {
      یک: 1,
      دو: 2,
      سه: 3,
      چهار: 4,
      پنج: 5,
      شش: 6,
      هفت: 7,
      هشت: 8,
      // Nine is "نه" as the classifier reads it, without vowel marks, though it is also "no":
      // before victims and a word for killed it is the count far more often than "neither".
      نه: 9,
      نُه: 9,
      ده: 10,
      یازده: 11,
      دوازده: 12,
      سیزده: 13,
      چهارده: 14,
      پانزده: 15,
      شانزده: 16,
      هفده: 17,
      هجده: 18,
      هیجده: 18,
      نوزده: 19,
      بیست: 20,
      سی: 30,
      چهل: 40,
      پنجاه: 50,
      شصت: 60,
      هفتاد: 70,
      هشتاد: 80,
      نود: 90,
      صد: 100,
      ده‌ها: 12,
    },
    qualifiers: ['دست‌کم', 'دست کم', 'حداقل', 'بیش از', 'نزدیک به', 'حدود'],
    killed: ['کشته', 'جان باختند', 'جان باخته'],
    injured: ['زخمی', 'مجروح'],
    // "کشته شدن دو سرباز" (the killing of two soldiers), as headlines put it.
    beforeCount: {
      killed: ['کشته شدن', 'کشته‌شدن'],
      injured: ['زخمی شدن', 'زخمی‌شدن', 'مجروح شدن', 'مجروح‌شدن'],
    },
    verbFinal: true,
    neighbours: ['ur', 'ps'],
    auxiliaries: [],
    conjunctions: ['و', 'یا', 'اما', 'ولی'],
    and: ['و'],
    time: ['روز', 'شب', 'ساعت', 'هفته', 'ماه', 'سال'],
    // The solar months of Afghanistan, those of Iran, and the Gregorian ones.
    months: [
      'حمل',
      'ثور',
      'جوزا',
      'سرطان',
      'اسد',
      'سنبله',
      'میزان',
      'عقرب',
      'قوس',
      'جدی',
      'دلو',
      'حوت',
      'فروردین',
      'اردیبهشت',
      'خرداد',
      'تیر',
      'مرداد',
      'شهریور',
      'مهر',
      'آبان',
      'آذر',
      'دی',
      'بهمن',
      'اسفند',
      'ژانویه',
      'فوریه',
      'مارس',
      'آوریل',
      'مه',
      'ژوئن',
      'ژوئیه',
      'اوت',
      'سپتامبر',
      'اکتبر',
      'نوامبر',
      'دسامبر',
    ],
  },
  // Pashto writes final "ي" (U+064A) and "ې" (U+06D0) apart from "ی" (U+06CC): "ملکي"
  // (civilian), "ټپیان" (the wounded).
  ps: {
    numbers: {
      یو: 1,
      یوه: 1,
      دوه: 2,
      دوو: 2,
      درې: 3,
      دری: 3,
      څلور: 4,
      پنځه: 5,
      شپږ: 6,
      اووه: 7,
      اته: 8,
      نهه: 9,
      لس: 10,
      یوولس: 11,
      دولس: 12,
      دیارلس: 13,
      څوارلس: 14,
      پنځلس: 15,
      شپاړس: 16,
      اوولس: 17,
      اتلس: 18,
      نولس: 19,
      شل: 20,
      دېرش: 30,
      دیرش: 30,
      څلوېښت: 40,
      پنځوس: 50,
      شپېته: 60,
      اویا: 70,
      اتیا: 80,
      // Not "نوي" (ninety), which is also "new".
      سل: 100,
      لسګونه: 12,
      لسګونو: 12,
    },
    qualifiers: ['لږ تر لږه', 'شاوخوا', 'نږدې'],
    // "ووژل شول" (were killed), "وژلي دي" (have killed), "وژل" (the killing of).
    killed: ['ووژل', 'وژل', 'وژلي', 'وژلې'],
    injured: ['ټپي', 'ټپیان'],
    verbFinal: true,
    neighbours: ['ur', 'fa'],
    auxiliaries: [],
    conjunctions: ['او', 'یا', 'خو', 'مګر'],
    and: ['او'],
    time: [
      'ورځ',
      'ورځې',
      'ورځو',
      'ورځني',
      'شپې',
      'ساعته',
      'ساعتونه',
      'اونۍ',
      'اوونۍ',
      'میاشت',
      'میاشتې',
      'کال',
      'کاله',
      'کلونه',
    ],
    months: [
      'حمل',
      'ثور',
      'جوزا',
      'سرطان',
      'اسد',
      'سنبله',
      'میزان',
      'عقرب',
      'قوس',
      'جدي',
      'دلو',
      'حوت',
      'جنوري',
      'فبروري',
      'مارچ',
      'اپرېل',
      'مې',
      'جون',
      'جولای',
      'اګست',
      'سپتمبر',
      'اکتوبر',
      'نومبر',
      'دسمبر',
    ],
  },
  // Tagalog glues the linker "-ng" onto a number before its noun ("tatlong sundalo", three
  // soldiers), and puts "ang" between a verb and its subject ("Patay ang tatlong sundalo").
  tl: {
    numbers: {
      isa: 1,
      isang: 1,
      dalawa: 2,
      dalawang: 2,
      tatlo: 3,
      tatlong: 3,
      apat: 4,
      lima: 5,
      limang: 5,
      anim: 6,
      pito: 7,
      pitong: 7,
      walo: 8,
      walong: 8,
      siyam: 9,
      sampu: 10,
      sampung: 10,
      'labing-isa': 11,
      'labing-isang': 11,
      labindalawa: 12,
      labindalawang: 12,
      labintatlo: 13,
      labintatlong: 13,
      'labing-apat': 14,
      labinlima: 15,
      labinlimang: 15,
      'labing-anim': 16,
      labimpito: 17,
      labimpitong: 17,
      labingwalo: 18,
      labingwalong: 18,
      labinsiyam: 19,
      dalawampu: 20,
      dalawampung: 20,
      tatlumpu: 30,
      tatlumpung: 30,
      apatnapu: 40,
      apatnapung: 40,
      limampu: 50,
      limampung: 50,
      sandaan: 100,
      isandaan: 100,
    },
    qualifiers: ['hindi bababa sa', 'mahigit sa', 'mahigit', 'halos', 'humigit-kumulang', 'mga'],
    killed: ['patay', 'nasawi', 'namatay', 'napatay', 'pinatay'],
    injured: ['sugatan', 'nasugatan'],
    beforeCount: {
      killed: ['patay ang', 'nasawi ang', 'namatay ang', 'napatay ang', 'pinatay ang'],
      injured: ['sugatan ang', 'nasugatan ang'],
    },
    auxiliaries: [],
    conjunctions: ['at', 'o', 'pero', 'ngunit', 'subalit', 'habang'],
    and: ['at'],
    time: ['araw', 'oras', 'linggo', 'buwan', 'taon'],
    months: [
      'Enero',
      'Pebrero',
      'Marso',
      'Abril',
      'Mayo',
      'Hunyo',
      'Hulyo',
      'Agosto',
      'Setyembre',
      'Oktubre',
      'Nobyembre',
      'Disyembre',
    ],
  },
};

/** Who the counted victims were, between commas: "entre ellas dos niños", "dont une femme". */
const ASIDE = '(?:\\s*,[^,;.!?]{1,60},)?';
/**
 * Letters and digits of every script: Arabic punctuation ("،", "؛", "؟"), the Urdu full stop "۔"
 * and the Devanagari danda "।" end a word.
 */
const LETTERS =
  'A-Za-z0-9\\u00c0-\\u060b\\u060d-\\u061a\\u061c-\\u061e\\u0620-\\u06d3\\u06d5-\\u0963\\u0966-\\u1fff\\u2c00-\\uffff';
const START = `(?<![${LETTERS}])`;
const END = `(?![${LETTERS}])`;
/** Where a count may start: after no letter, or after Arabic "و" (and) glued on before it. */
const COUNT_START = `(?:${START}|(?<=${START}و))`;
/** The digits of other scripts: Arabic-Indic ("٣"), Persian and Urdu ("۳"), Devanagari ("३"). */
const SCRIPT_DIGIT_ZEROS = [0x660, 0x6f0, 0x966];
/** A digit of the script whose zero is `zero`, as a regular expression writes it. */
function scriptDigit(zero: number, value: number): string {
  return `\\u${(zero + value).toString(16).padStart(4, '0')}`;
}
/** A script's ten digits, inside a character class. */
function digitRange(zero: number): string {
  return `${scriptDigit(zero, 0)}-${scriptDigit(zero, 9)}`;
}
/** The characters DIGITS may open on, inside a character class. */
const DIGIT_OPENINGS = `\\d${SCRIPT_DIGIT_ZEROS.map(digitRange).join('')}`;
/**
 * Digits of another script; a year is not a count, nor is one of the Persian solar calendar
 * ("۱۴۰۳"), which Persian digits write.
 */
function scriptDigits(zero: number): string {
  const digit = (value: number): string => scriptDigit(zero, value);
  const any = `[${digitRange(zero)}]`;
  const solar = zero === 0x6f0 ? `|${digit(1)}[${digit(3)}${digit(4)}]` : '';
  return `(?!(?:[${digit(1)}${digit(2)}][${digit(9)}${digit(0)}]${solar})${any}{2}(?!${any}))${any}+`;
}
/** A count in digits, ASCII or another script's: a year is not one. */
const DIGITS = [
  '(?!(?:19|20)\\d\\d(?![\\d.,]))(?:\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+|\\d+)',
  ...SCRIPT_DIGIT_ZEROS.map(scriptDigits),
].join('|');
/** Digits of another script, made ASCII ones by countOf. */
const SCRIPT_DIGIT = new RegExp(`[${SCRIPT_DIGIT_ZEROS.map(digitRange).join('')}]`, 'g');

/** The characters the words open on, inside a character class. */
function openings(words: readonly string[]): string {
  return [...new Set(words.map((word) => word.charAt(0)))]
    .map((character) => character.replace(/[\\\]^-]/g, '\\$&'))
    .join('');
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/\s+/g, '\\s+'))
    .join('|');
}

export interface OtherLanguageCountPattern {
  regex: RegExp;
  /** Words one of which a sentence needs for the pattern to match, lower case. */
  keys: readonly string[];
  /** The count the match gives. */
  count(match: RegExpExecArray): number | null;
}

/** The longest word of a phrase, lower case: "ont péri" is looked for as "péri", not "ont". */
function keyOf(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(' ')
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

function countOf(numbers: Readonly<Record<string, number>>, written: string): number | null {
  const lower = written.toLowerCase().replace(/\s+/g, ' ');
  const word = numbers[lower];
  if (word !== undefined) return word;
  const digits = Number(
    lower
      .replace(SCRIPT_DIGIT, (digit) => {
        const code = digit.charCodeAt(0);
        const zero = SCRIPT_DIGIT_ZEROS.findLast((first) => code >= first) ?? 0;
        return String(code - zero);
      })
      .replace(/[.,\u00a0 ]/g, ''),
  );
  return Number.isFinite(digits) ? digits : null;
}

/**
 * Words that end a description of victims: numbers, joins, and the words of both measures ("10
 * sivil hayatını kaybetti, 34 kişi yaralandı" lists the dead, then the wounded, not 44 wounded).
 */
function descriptionStops(language: LanguageCounts, more: readonly string[]): string {
  const neighbours = (language.neighbours ?? []).flatMap((code) => {
    const neighbour = LANGUAGES[code];
    return neighbour === undefined ? [] : [...neighbour.killed, ...neighbour.injured];
  });
  return alternation([
    ...new Set([
      ...Object.keys(language.numbers),
      ...language.conjunctions,
      ...language.killed,
      ...language.injured,
      ...neighbours,
      ...more,
    ]),
  ]);
}

function languagePatterns(language: LanguageCounts, measure: Measure): OtherLanguageCountPattern[] {
  const verbs = alternation(language[measure]);
  // An age is no count: "58-річний", "15-летний".
  const number = `(?<n>${DIGITS}|${alternation(Object.keys(language.numbers))})${END}(?![-‐][${LETTERS}])`;
  const qualifier = `(?:(?:${alternation(language.qualifiers)})\\s+)?`;
  // The character a count opens on, read before COUNT_START, whose look at the letters around a
  // place is far slower: so that is taken only where a count may open, not at every character.
  const opening = `(?=[${DIGIT_OPENINGS}${openings([...language.qualifiers, ...Object.keys(language.numbers)])}])`;
  const auxiliaries =
    language.auxiliaries.length > 0 ? `(?:(?:${alternation(language.auxiliaries)})\\s+){0,2}` : '';
  // Neither a span of time ("dos días") nor a day of a month ("12 de marzo", "7 апреля").
  const notTime = `(?!\\s+(?:(?:de|del|di)\\s+)?(?:${alternation([...language.time, ...language.months])})${END})`;
  const before = language.beforeCount ?? { killed: [], injured: [] };
  // A word of the victims' description, up to four ("suoi militari", "мирных жителей"): not a
  // number, a join, nor a word that says killed or injured.
  const stops = descriptionStops(language, [...before.killed, ...before.injured]);
  const victims = `(?:\\s+(?!(?:${stops})${END})[${LETTERS}'’-]+){0,4}?`;
  const noun = language.countAfterNoun ? `(?:(?!${stops}${END})[${LETTERS}]+\\s+)?` : '';
  const wordsBefore = language.verbFinal
    ? before[measure]
    : [...language[measure], ...before[measure]];
  const keys = [...language[measure], ...before[measure]].map(keyOf);
  const count = (match: RegExpExecArray): number | null =>
    countOf(language.numbers, match.groups?.n ?? '');
  const patterns: OtherLanguageCountPattern[] = [
    // A list first, so that its counts are summed before any one of them is read alone.
    ...(language.and.length === 0
      ? []
      : [listPattern(language, measure, { opening, number, qualifier, notTime, auxiliaries })]),
    ...[
      // "dos soldados murieron", "au moins cinq civils ont été tués", "و30 جريحا", and with an
      // aside between commas: "trois civils, dont une femme, ont été tués"
      `${opening}${COUNT_START}${qualifier}${number}${notTime}${victims}${ASIDE}\\s+${auxiliaries}(?:${verbs})${END}`,
      // "murieron dos soldados", "погибли шесть мирных жителей", "مقتل ثلاثة جنود"
      ...(wordsBefore.length === 0
        ? []
        : [`${START}(?:${alternation(wordsBefore)})\\s+${noun}${qualifier}${number}${notTime}`]),
    ].map((source) => ({ regex: new RegExp(source, 'gi'), keys, count })),
  ];
  const counted = language.counted?.[measure] ?? {};
  if (Object.keys(counted).length > 0) {
    patterns.push({
      // "Un mort" opens a headline as often as "un mort" follows a colon.
      regex: new RegExp(
        `(?=[${openings(Object.keys(counted))}])${COUNT_START}(?<n>${alternation(Object.keys(counted))})${END}`,
        'gi',
      ),
      keys: Object.keys(counted),
      count: (match) => counted[(match.groups?.n ?? '').toLowerCase()] ?? null,
    });
  }
  const single = language.single?.[measure] ?? [];
  if (single.length === 0) return patterns;
  // "загинув 58-річний чоловік", "военный погиб": one, when the patterns above found no number.
  return [
    ...patterns,
    {
      regex: new RegExp(
        `${START}(?:${alternation(single)})${END}(?!\\s+${qualifier}${number}${notTime})`,
        'gi',
      ),
      keys: single.map(keyOf),
      count: () => 1,
    },
  ];
}

/**
 * Victims counted in one list before one verb, summed: "tres militares, dos civiles y un niño
 * murieron" counts six, "deux civils et un militaire des Forces armées de la RDC (FARDC) ont été
 * tués" three. The last victims may be described at length, as a unit and its abbreviation often
 * are. The patterns' parts (number, qualifier, …) are those of the language's other patterns.
 */
function listPattern(
  language: LanguageCounts,
  measure: Measure,
  {
    opening,
    number,
    qualifier,
    notTime,
    auxiliaries,
  }: { opening: string; number: string; qualifier: string; notTime: string; auxiliaries: string },
): OtherLanguageCountPattern {
  const stops = descriptionStops(language, language.auxiliaries);
  const victims = (most: number): string =>
    `(?:\\s+(?!(?:${stops})${END})[${LETTERS}'’()-]+){1,${most}}?`;
  const join = `(?:,|\\s+(?:${alternation(language.and)}))\\s+`;
  const unnamed = number.replace('(?<n>', '(?:');
  const item = (most: number): string => `${qualifier}${unnamed}${notTime}${victims(most)}`;
  // "Murieron dos soldados y un civil resultó herido": the first count is the verb's before it.
  const afterVerb = `(?<!(?:${alternation([...language.killed, ...language.injured])})\\s+)`;
  const regex = new RegExp(
    `${opening}${COUNT_START}${afterVerb}(?<list>${item(4)}(?:${join}${item(4)})*${join}${item(8)}),?\\s+${auxiliaries}(?:${alternation(language[measure])})${END}`,
    'gi',
  );
  const leading = new RegExp(`^${qualifier}${number}`, 'i');
  const parts = new RegExp(join, 'i');
  return {
    regex,
    keys: language[measure].map(keyOf),
    count(match) {
      let total: number | null = null;
      for (const part of (match.groups?.list ?? '').split(parts)) {
        const written = leading.exec(part)?.groups?.n;
        const count = written === undefined ? null : countOf(language.numbers, written);
        if (count === null) return null;
        total = (total ?? 0) + count;
      }
      return total;
    },
  };
}

/** The count patterns of every language, for killed or injured. */
export function otherLanguageCountPatterns(measure: Measure): OtherLanguageCountPattern[] {
  return Object.values(LANGUAGES).flatMap((language) => languagePatterns(language, measure));
}

/** Every word that says killed or injured in these languages (or one of them), lower case. */
export function otherLanguageCountKeys(
  measures: readonly Measure[] = ['killed', 'injured'],
): string[] {
  return [
    ...new Set(
      Object.values(LANGUAGES).flatMap((language) =>
        measures
          .flatMap((measure) => [
            ...language[measure],
            ...(language.beforeCount?.[measure] ?? []),
            ...Object.keys(language.counted?.[measure] ?? {}),
            ...(language.single?.[measure] ?? []),
          ])
          .map(keyOf),
      ),
    ),
  ];
}
