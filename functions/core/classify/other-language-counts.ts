// Death and injury counts written in Spanish, Portuguese, French, Italian, German, Russian,
// Ukrainian, Arabic, Turkish, Urdu, Hindi, Persian (Dari), Pashto, Tagalog, Hebrew, Polish,
// Romanian, Armenian, Georgian, Kurmanji Kurdish, Thai and Burmese: the languages of the regimes'
// own press (Colombia, the Great Lakes, the Caucasus, Donbas, the Levant, Yemen, Sudan, Idlib,
// Kashmir, the Durand Line, Mindanao, Karabakh, Gaza, northern Syria, the Deep South of Thailand,
// Myanmar) and of the agencies that translate it. Each
// language gives its number words, the words that hedge a count ("al menos", "не менее"), the
// words that say killed or injured and the auxiliaries between them; two shapes are read: the
// count first ("dos soldados murieron", "четверо военных погибли", "دو اہلکار شہید") and the verb
// first ("murieron dos soldados", "погибли шесть мирных жителей", "مقتل ثلاثة جنود", "Patay ang
// tatlong sundalo"). A verb in the singular with no number counts one ("загинув чоловік"). Thai
// and Burmese, which put no space between words, count people with a classifier after the number
// ("เสียชีวิต 1 ราย", "ငါးဦး သေဆုံး"): there the number and its classifier are the count.

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
  /**
   * Words after which a number is no count: Hebrew "יום שני" (Monday, the second day), where
   * "שני" is also two.
   */
  notCountAfter?: readonly string[];
  /**
   * The classifiers that count people after a number, in the languages that write no space
   * between words (Thai "ราย", Burmese "ဦး"): where given, a count is read as a number and one of
   * these, wherever it stands (see unspacedPatterns).
   */
  classifiers?: readonly string[];
  auxiliaries: readonly string[];
  /** Words that end a description of victims: "dos soldados murieron y otro resultó herido". */
  conjunctions: readonly string[];
  /** The conjunctions that join victims into one list: "deux civils et un militaire". */
  and: readonly string[];
  /**
   * Words a description of victims may run to before its verb (four where not given): more in a
   * language whose participle ends the clause.
   */
  victimWords?: number;
  /** Units of time: "murieron dos días después" counts days, not dead. */
  time: readonly string[];
  /** Months, as a day names them: "El 12 de marzo murieron tres soldados" counts three. */
  months: readonly string[];
}

/** A Romanian word as written with "ş" and "ţ" (cedilla) for "ș" and "ț" (comma below). */
function withCedilla(word: string): string {
  return word.replace(/ș/g, 'ş').replace(/ț/g, 'ţ');
}

/**
 * Turkish and Azerbaijani numbers, and each that begins with "i" also with the dotted capital
 * that opens a sentence ("İki"): no case-insensitive match takes "İ" for "i" (countOf reads it
 * back as "i").
 */
function withDottedCapitals(numbers: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(numbers).flatMap(([word, value]) =>
      word.startsWith('i')
        ? [
            [word, value],
            [`İ${word.slice(1)}`, value],
          ]
        : [[word, value]],
    ),
  );
}

/** Turkish tens and units, and each ten followed by a unit ("yirmi beş", 25). */
function turkishNumbers(): Record<string, number> {
  const units: Record<string, number> = {
    bir: 1,
    iki: 2,
    üç: 3,
    dört: 4,
    beş: 5,
    altı: 6,
    yedi: 7,
    sekiz: 8,
    dokuz: 9,
  };
  const tens: Record<string, number> = {
    on: 10,
    yirmi: 20,
    otuz: 30,
    kırk: 40,
    elli: 50,
    altmış: 60,
    yetmiş: 70,
    seksen: 80,
    doksan: 90,
  };
  const compounds = Object.entries(tens).flatMap(([ten, tenValue]) =>
    Object.entries(units).map(([unit, unitValue]) => [`${ten} ${unit}`, tenValue + unitValue]),
  );
  return { ...units, ...tens, ...Object.fromEntries(compounds), yüz: 100, onlarca: 12 };
}

/** Romanian words, and numbers, in both spellings. */
function withCedillas(words: readonly string[]): string[];
function withCedillas(numbers: Readonly<Record<string, number>>): Record<string, number>;
function withCedillas(
  words: readonly string[] | Readonly<Record<string, number>>,
): string[] | Record<string, number> {
  if (Array.isArray(words)) {
    return [...new Set((words as readonly string[]).flatMap((word) => [word, withCedilla(word)]))];
  }
  return Object.fromEntries(
    Object.entries(words).flatMap(([word, value]) => [
      [word, value],
      [withCedilla(word), value],
    ]),
  );
}

/**
 * The Thai numbers from one to ninety-nine, and a hundred: tens and units are written together,
 * "ยี่สิบห้า" (25), and one after the tens is "เอ็ด" ("สามสิบเอ็ด", 31).
 */
function thaiNumbers(): Record<string, number> {
  const units = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
  const numbers: Record<string, number> = { ร้อย: 100, หนึ่งร้อย: 100 };
  for (let tens = 0; tens <= 9; tens += 1) {
    const tensWord =
      tens === 0 ? '' : tens === 1 ? 'สิบ' : tens === 2 ? 'ยี่สิบ' : `${units[tens] ?? ''}สิบ`;
    for (let unit = 0; unit <= 9; unit += 1) {
      if (tens === 0 && unit === 0) continue;
      const unitWord = unit === 1 && tens > 0 ? 'เอ็ด' : (units[unit] ?? '');
      numbers[`${tensWord}${unitWord}`] = tens * 10 + unit;
    }
  }
  return numbers;
}

/**
 * The Burmese numbers from one to ninety-nine, and a hundred: ten is "ဆယ်", and takes the creaky
 * tone before a unit ("ဆယ့်ငါး", 15; "နှစ်ဆယ့်ငါး", 25).
 */
function burmeseNumbers(): Record<string, number> {
  const units = ['', 'တစ်', 'နှစ်', 'သုံး', 'လေး', 'ငါး', 'ခြောက်', 'ခုနစ်', 'ရှစ်', 'ကိုး'];
  const numbers: Record<string, number> = { တစ်ရာ: 100 };
  for (let tens = 0; tens <= 9; tens += 1) {
    // Ten is "ဆယ်" or "တစ်ဆယ်", and twenty "နှစ်ဆယ်".
    const tensWords = tens === 0 ? [''] : tens === 1 ? ['', 'တစ်'] : [units[tens] ?? ''];
    for (const tensWord of tensWords) {
      for (let unit = 0; unit <= 9; unit += 1) {
        if (tens === 0) {
          if (unit > 0) numbers[units[unit] ?? ''] = unit;
          continue;
        }
        const ten = unit === 0 ? 'ဆယ်' : 'ဆယ့်';
        numbers[`${tensWord}${ten}${units[unit] ?? ''}`] = tens * 10 + unit;
      }
    }
  }
  return numbers;
}

/**
 * The solar months of Afghanistan, which Dari and Pashto share ("جدی" as Dari writes it; Pashto
 * adds its own "جدي").
 */
const AFGHAN_SOLAR_MONTHS = [
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
];

/** Arabic singular nouns for a victim: a soldier, a civilian, a child, a person, … */
const ARABIC_SINGULAR_VICTIMS = [
  'جندي',
  'مدني',
  'طفل',
  'طفلة',
  'شخص',
  'مواطن',
  'مواطنة',
  'امرأة',
  'عنصر',
  'مقاتل',
  'ضابط',
  'شاب',
  'رجل',
  'صياد',
  'مزارع',
  'راع',
];

/** Each noun of killing or wounding before each singular victim, counting one. */
function singularVictims(nouns: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    nouns.flatMap((noun) => ARABIC_SINGULAR_VICTIMS.map((victim) => [`${noun} ${victim}`, 1])),
  );
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
    // "el asesinato de cuatro menores", "la muerte de dos soldados": the killing of a count.
    beforeCount: {
      killed: [
        'asesinato de',
        'muerte de',
        'masacre de',
        // "matan a 25 personas", "mató a dos soldados".
        'matan a',
        'mató a',
        'mataron a',
        'matando a',
      ],
      injured: ['hieren a', 'hirió a', 'hirieron a', 'hiriendo a'],
    },
    single: { killed: ['murió', 'falleció'], injured: [] },
    auxiliaries: ['fueron', 'han sido', 'habían sido', 'resultaron', 'resultó', 'quedaron'],
    // "una emboscada en la que murieron tres soldados": the clause that tells the dead ends the
    // description before it.
    conjunctions: [
      'y',
      'e',
      'o',
      'pero',
      'mientras',
      'en la que',
      'en el que',
      'en los que',
      'en las que',
      'donde',
    ],
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
    killed: [
      'uccisi',
      'uccise',
      'ucciso',
      'uccisa',
      'morti',
      'morto',
      'morta',
      'deceduti',
      'hanno perso la vita',
    ],
    injured: ['feriti', 'ferite', 'ferito', 'ferita'],
    single: {
      killed: [
        'è morto',
        'è morta',
        'è rimasto ucciso',
        'è rimasta uccisa',
        'è stato ucciso',
        'è stata uccisa',
        'ha perso la vita',
      ],
      injured: ['è rimasto ferito', 'è rimasta ferita', 'è stato ferito', 'è stata ferita'],
    },
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
    // The participle ends the clause: "Zwei Soldaten bei Gefecht mit MILF-Kämpfern auf Basilan
    // getötet".
    victimWords: 8,
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
  tr: {
    numbers: withDottedCapitals(turkishNumbers()),
    qualifiers: ['en az', 'yaklaşık'],
    killed: [
      'hayatını kaybetti',
      'hayatını kaybettiğini',
      'hayatını kaybetmişti',
      'hayatını kaybettiği',
      'öldü',
      'öldüğü',
      'öldüğünü',
      'öldürüldü',
      'öldürüldüğü',
      'öldürüldüğünü',
      'şehit olduğu',
      'şehit olduğunu',
      'şehit oldu',
      'şehit düştü',
      'can verdi',
      'ölü',
    ],
    injured: ['yaralandı', 'yaralı', 'yaralandığı', 'yaralandığını'],
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
  // Azerbaijani, as Baku's ministries and agencies write it: "üç hərbi qulluqçu şəhid olub".
  az: {
    numbers: withDottedCapitals({
      bir: 1,
      iki: 2,
      üç: 3,
      dörd: 4,
      beş: 5,
      altı: 6,
      yeddi: 7,
      səkkiz: 8,
      doqquz: 9,
      on: 10,
      iyirmi: 20,
      otuz: 30,
      qırx: 40,
      əlli: 50,
      onlarla: 12,
    }),
    qualifiers: ['ən azı', 'azı', 'təxminən'],
    killed: [
      'şəhid olub',
      'şəhid oldu',
      'şəhid olublar',
      'şəhid olmuşdur',
      'həlak olub',
      'həlak oldu',
      'həlak olublar',
      'öldürülüb',
      'öldürüldü',
    ],
    injured: ['yaralanıb', 'yaralandı', 'yaralanıblar', 'yaralı'],
    // "əsgər Elvin Məmmədli şəhid olub": one, where no number is told.
    single: { killed: ['şəhid olub', 'şəhid oldu', 'həlak olub'], injured: [] },
    auxiliaries: [],
    conjunctions: ['və', 'amma'],
    and: ['və'],
    time: ['gün', 'saat', 'həftə', 'ay', 'il'],
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avqust',
      'sentyabr',
      'oktyabr',
      'noyabr',
      'dekabr',
    ],
  },
  // Arabic glues "and" and "with" onto the word after, so those forms are listed as words of
  // their own; tanween is written on some words and not others, so both spellings are listed.
  // Verbal nouns ("مقتل", the killing of) come before the count, plural nouns ("قتلى") after.
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
      // The teens, a unit and ten written apart: "أربعة عشر مدنياً" (fourteen civilians).
      'أحد عشر': 11,
      'إحدى عشرة': 11,
      'اثنا عشر': 12,
      'اثني عشر': 12,
      'ثلاثة عشر': 13,
      'ثلاث عشرة': 13,
      'أربعة عشر': 14,
      'أربع عشرة': 14,
      'خمسة عشر': 15,
      'خمس عشرة': 15,
      'ستة عشر': 16,
      'ست عشرة': 16,
      'سبعة عشر': 17,
      'سبع عشرة': 17,
      'ثمانية عشر': 18,
      'ثماني عشرة': 18,
      'تسعة عشر': 19,
      'تسع عشرة': 19,
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
      مواطنان: 2,
    },
    qualifiers: ['ما لا يقل عن', 'أكثر من', 'اكثر من', 'نحو', 'حوالي', 'قرابة'],
    countAfterNoun: true,
    counted: {
      // The indefinite singular is one: "سقوط شهيد وإصابة اثنين" (a martyr fell, two were hurt).
      // The killing or wounding of one, told by a noun and a singular victim: "مقتل جندي"
      // (the killing of a soldier), "إصابة مدني" (the wounding of a civilian).
      killed: {
        شهيد: 1,
        قتيل: 1,
        شهيدان: 2,
        شهيدين: 2,
        قتيلان: 2,
        قتيلين: 2,
        ...singularVictims(['مقتل', 'استشهاد']),
      },
      injured: { جريح: 1, جريحان: 2, جريحين: 2, مصابان: 2, ...singularVictims(['إصابة']) },
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
      // The verb before its subject stays singular: "استشهد ثلاثة مواطنين".
      'استشهد',
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
    // The singular verb ("شہید ہو گیا", was martyred), and one person named as martyred in a
    // headline ("خاتون شہید", woman martyred) or by a woman's name ("… بی بی شہید").
    single: {
      killed: [
        'شہید ہو گیا',
        'شہید ہوگیا',
        'شہید ہو گئی',
        'شہید ہوگئی',
        'جاں بحق ہو گیا',
        'جاں بحق ہوگیا',
        'جاں بحق ہو گئی',
        'جاں بحق ہوگئی',
        'ہلاک ہو گیا',
        'ہلاک ہوگیا',
        'خاتون شہید',
        'شہری شہید',
        'جوان شہید',
        'سپاہی شہید',
        'اہلکار شہید',
        'بی بی شہید',
      ],
      injured: ['زخمی ہو گیا', 'زخمی ہوگیا', 'زخمی ہو گئی', 'زخمی ہوگئی'],
    },
    verbFinal: true,
    neighbours: ['fa', 'ps'],
    auxiliaries: [],
    conjunctions: ['اور', 'یا', 'لیکن', 'مگر', 'جبکہ'],
    and: ['اور'],
    // "60 سالہ شہری": a 60-year-old civilian, one of them.
    time: [
      'دن',
      'دنوں',
      'روز',
      'گھنٹے',
      'گھنٹوں',
      'ہفتے',
      'ہفتوں',
      'ماہ',
      'مہینے',
      'سال',
      'سالہ',
      'برس',
    ],
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
      // "60 वर्षीय नागरिक": a 60-year-old civilian.
      'वर्षीय',
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
    killed: [
      'کشته',
      'جان باختند',
      'جان باخته',
      'جان باخت',
      // Martyred, as Iranian media tell the deaths of their side's allies.
      'به شهادت رسیدند',
      'به شهادت رسیده',
      'به شهادت رسید',
      'شهید شدند',
      'شهید شد',
    ],
    injured: ['زخمی', 'مجروح'],
    // "کشته شدن دو سرباز" (the killing of two soldiers), "شهادت سه نفر" (the martyrdom of three),
    // as headlines put it.
    beforeCount: {
      killed: ['کشته شدن', 'کشته‌شدن', 'شهادت'],
      injured: ['زخمی شدن', 'زخمی‌شدن', 'مجروح شدن', 'مجروح‌شدن'],
    },
    verbFinal: true,
    neighbours: ['ur', 'ps'],
    auxiliaries: [],
    conjunctions: ['و', 'یا', 'اما', 'ولی'],
    and: ['و'],
    // "۶۰ ساله": sixty years old.
    time: ['روز', 'شب', 'ساعت', 'هفته', 'ماه', 'سال', 'ساله'],
    // The solar months of Afghanistan, those of Iran, and the Gregorian ones.
    months: [
      ...AFGHAN_SOLAR_MONTHS,
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
      ...AFGHAN_SOLAR_MONTHS,
      'جدي',
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
  // Hebrew glues "and", "the" and "in" onto the word after: "ושלושה נפצעו" (and three were
  // wounded) is read as a count after "ו", as Arabic "و" is (see COUNT_START); months are listed
  // with the "ב" (in) that dates take ("ב-7 באוקטובר"). "And" glued on joins no list.
  he: {
    numbers: {
      אחד: 1,
      אחת: 1,
      שניים: 2,
      שני: 2,
      שתיים: 2,
      שתי: 2,
      שלושה: 3,
      שלוש: 3,
      שלושת: 3,
      ארבעה: 4,
      ארבע: 4,
      ארבעת: 4,
      חמישה: 5,
      חמש: 5,
      חמשת: 5,
      שישה: 6,
      שש: 6,
      ששת: 6,
      שבעה: 7,
      שבע: 7,
      שבעת: 7,
      שמונה: 8,
      שמונת: 8,
      תשעה: 9,
      תשע: 9,
      תשעת: 9,
      עשרה: 10,
      עשר: 10,
      עשרת: 10,
      'אחד עשר': 11,
      'אחת עשרה': 11,
      'שנים עשר': 12,
      'שניים עשר': 12,
      'שתים עשרה': 12,
      'חמישה עשר': 15,
      'חמש עשרה': 15,
      עשרים: 20,
      שלושים: 30,
      ארבעים: 40,
      חמישים: 50,
      מאה: 100,
      עשרות: 12,
      // "השניים חוסלו": the two were eliminated.
      השניים: 2,
      השלושה: 3,
      הארבעה: 4,
    },
    qualifiers: ['לפחות', 'כמעט'],
    killed: ['נהרגו', 'נהרג', 'נהרגה', 'הרוגים', 'נרצחו', 'נרצח', 'נרצחה', 'חוסלו', 'וחוסלו'],
    injured: ['נפצעו', 'נפצע', 'נפצעה', 'פצועים'],
    // "חיסלו את שלושת המחבלים": the forces eliminated the three gunmen.
    beforeCount: {
      killed: ['חיסלו את', 'וחיסלו את', 'חיסל את', 'וחיסל את', 'הרגו את', 'והרגו את'],
      injured: [],
    },
    // One eliminated, one killed: "וחיסלו אותו" (and eliminated him), "הרוג אחד" (one dead).
    single: {
      killed: ['נהרג', 'נהרגה', 'חוסל', 'וחוסל', 'חיסלו אותו', 'וחיסלו אותו', 'הרוג אחד'],
      injured: ['נפצע', 'נפצעה'],
    },
    // "ביום שני" is on Monday, day two of the week: no count.
    notCountAfter: ['יום', 'ביום'],
    auxiliaries: [],
    conjunctions: ['או', 'אך', 'אבל', 'בעוד', 'ואילו'],
    and: [],
    time: ['ימים', 'יום', 'שעות', 'שעה', 'שבועות', 'שבוע', 'חודשים', 'חודש', 'שנים', 'שנה'],
    months: [
      'ינואר',
      'פברואר',
      'מרץ',
      'אפריל',
      'מאי',
      'יוני',
      'יולי',
      'אוגוסט',
      'ספטמבר',
      'אוקטובר',
      'נובמבר',
      'דצמבר',
    ].flatMap((month) => [month, `ב${month}`]),
  },
  // Polish numerals decline, and the forms are many: "dwaj żołnierze", "dwóch żołnierzy", "dwie
  // kobiety", "pięciu cywilów".
  pl: {
    numbers: {
      jeden: 1,
      jedna: 1,
      jednego: 1,
      dwaj: 2,
      dwóch: 2,
      dwie: 2,
      dwa: 2,
      dwoje: 2,
      trzej: 3,
      trzech: 3,
      trzy: 3,
      troje: 3,
      czterej: 4,
      czterech: 4,
      cztery: 4,
      pięć: 5,
      pięciu: 5,
      sześć: 6,
      sześciu: 6,
      siedem: 7,
      siedmiu: 7,
      osiem: 8,
      ośmiu: 8,
      dziewięć: 9,
      dziewięciu: 9,
      dziesięć: 10,
      dziesięciu: 10,
      jedenaście: 11,
      jedenastu: 11,
      dwanaście: 12,
      dwunastu: 12,
      piętnaście: 15,
      piętnastu: 15,
      dwadzieścia: 20,
      dwudziestu: 20,
      trzydzieści: 30,
      trzydziestu: 30,
      czterdzieści: 40,
      czterdziestu: 40,
      pięćdziesiąt: 50,
      pięćdziesięciu: 50,
      sto: 100,
      stu: 100,
      dziesiątki: 12,
    },
    qualifiers: ['co najmniej', 'przynajmniej', 'ponad', 'około', 'blisko', 'niemal'],
    killed: [
      'zginęło',
      'zginęli',
      'zginęły',
      'zginął',
      'zginęła',
      'zabitych',
      'zabici',
      'zabity',
      'zabita',
      'zabito',
      'zmarło',
      'zmarli',
      'zmarł',
      'zmarła',
      'poległo',
      'polegli',
      'poległ',
      'nie żyje',
      'nie żyją',
      'stracili życie',
      'straciło życie',
    ],
    injured: [
      'rannych',
      'ranni',
      'ranny',
      'ranna',
      'ranne',
      'poszkodowanych',
      'poszkodowani',
      'odnieśli obrażenia',
      'odniosło obrażenia',
    ],
    single: { killed: ['zginął', 'zginęła', 'zmarł', 'zmarła', 'poległ'], injured: [] },
    // "trzech zostało ciężko rannych" (three were badly wounded).
    auxiliaries: [
      'zostało',
      'zostali',
      'zostały',
      'został',
      'została',
      'są',
      'jest',
      'ciężko',
      'lekko',
    ],
    conjunctions: ['i', 'a', 'oraz', 'lub', 'albo', 'ale', 'zaś', 'natomiast'],
    and: ['i', 'oraz'],
    time: [
      'dni',
      'dnia',
      'godzin',
      'godziny',
      'tygodni',
      'tygodnie',
      'miesięcy',
      'miesiące',
      'lat',
      'lata',
      'roku',
    ],
    months: [
      'stycznia',
      'lutego',
      'marca',
      'kwietnia',
      'maja',
      'czerwca',
      'lipca',
      'sierpnia',
      'września',
      'października',
      'listopada',
      'grudnia',
    ],
  },
  // Romanian is written with "ș" and "ț" (comma below) and with the older "ş" and "ţ" (cedilla):
  // withCedillas gives both. Not "un" and "o" (one), which are the articles too ("într-o
  // confruntare au fost uciși trei").
  ro: {
    numbers: withCedillas({
      unul: 1,
      doi: 2,
      două: 2,
      trei: 3,
      patru: 4,
      cinci: 5,
      șase: 6,
      șapte: 7,
      opt: 8,
      nouă: 9,
      zece: 10,
      unsprezece: 11,
      doisprezece: 12,
      douăsprezece: 12,
      treisprezece: 13,
      paisprezece: 14,
      cincisprezece: 15,
      douăzeci: 20,
      treizeci: 30,
      patruzeci: 40,
      cincizeci: 50,
      'o sută': 100,
      zeci: 12,
    }),
    qualifiers: withCedillas([
      'cel puțin',
      'peste',
      'aproximativ',
      'circa',
      'aproape',
      'în jur de',
    ]),
    killed: withCedillas([
      'uciși',
      'ucisi',
      'ucis',
      'ucisă',
      'ucise',
      'morți',
      'au murit',
      'a murit',
      'decedați',
      'au decedat',
      'și-au pierdut viața',
    ]),
    injured: withCedillas(['răniți', 'raniti', 'rănit', 'rănită', 'rănite']),
    single: {
      killed: withCedillas(['a fost ucis', 'a fost ucisă', 'a murit']),
      injured: withCedillas(['a fost rănit', 'a fost rănită']),
    },
    // "trei au fost grav răniți" (three were badly wounded).
    auxiliaries: withCedillas(['au fost', 'a fost', 'fuseseră', 'sunt', 'grav', 'ușor']),
    conjunctions: withCedillas(['și', 'si', 'iar', 'sau', 'dar', 'însă']),
    and: withCedillas(['și', 'si']),
    time: withCedillas(['zile', 'zi', 'ore', 'oră', 'săptămâni', 'luni', 'ani']),
    months: [
      'ianuarie',
      'februarie',
      'martie',
      'aprilie',
      'mai',
      'iunie',
      'iulie',
      'august',
      'septembrie',
      'octombrie',
      'noiembrie',
      'decembrie',
    ],
  },
  // Armenian puts the verb last and its auxiliary after it ("զոհվել է", has died): a count after
  // the verb alone opens the next clause, one after verb and auxiliary is its own. A count
  // standing for its noun takes the article "-ը": "երեքը" (the three).
  hy: {
    numbers: {
      մեկ: 1,
      մեկը: 1,
      երկու: 2,
      երկուսը: 2,
      երեք: 3,
      երեքը: 3,
      չորս: 4,
      չորսը: 4,
      հինգ: 5,
      հինգը: 5,
      վեց: 6,
      վեցը: 6,
      յոթ: 7,
      յոթը: 7,
      ութ: 8,
      ութը: 8,
      ինը: 9,
      տաս: 10,
      տասը: 10,
      տասնմեկ: 11,
      տասներկու: 12,
      տասներեք: 13,
      տասնչորս: 14,
      տասնհինգ: 15,
      տասնվեց: 16,
      տասնյոթ: 17,
      տասնութ: 18,
      տասնինը: 19,
      քսան: 20,
      երեսուն: 30,
      քառասուն: 40,
      հիսուն: 50,
      հարյուր: 100,
      տասնյակ: 12,
    },
    qualifiers: ['առնվազն', 'ավելի քան', 'մոտ', 'շուրջ'],
    killed: [
      'զոհվել',
      'զոհվեց',
      'զոհվեցին',
      'զոհված',
      'սպանվել',
      'սպանվեց',
      'սպանվեցին',
      'սպանված',
      'մահացել',
      'մահացան',
    ],
    injured: [
      'վիրավորվել',
      'վիրավորվեց',
      'վիրավորվեցին',
      'վիրավորված',
      'վիրավորներ',
      'վիրավոր',
      'վիրավորում է ստացել',
      'վիրավորում են ստացել',
      'վիրավորում ստացել',
    ],
    beforeCount: {
      killed: ['զոհվել է', 'զոհվել են', 'սպանվել է', 'սպանվել են'],
      injured: ['վիրավորվել է', 'վիրավորվել են', 'վիրավորում է ստացել', 'վիրավորում են ստացել'],
    },
    // The verb stays singular after a number ("երկու զինծառայող զոհվել է"): alone, it counts one
    // ("գյուղացի է զոհվել", a villager was killed).
    single: {
      killed: ['զոհվել է', 'է զոհվել', 'զոհվեց', 'սպանվել է', 'է սպանվել', 'սպանվեց'],
      injured: ['վիրավորվել է', 'է վիրավորվել', 'վիրավորվեց'],
    },
    verbFinal: true,
    auxiliaries: [],
    conjunctions: ['և', 'եւ', 'ու', 'կամ', 'բայց', 'իսկ', 'մինչդեռ'],
    and: ['և', 'եւ', 'ու'],
    time: [
      'օր',
      'օրեր',
      'օրվա',
      'ժամ',
      'ժամեր',
      'ժամվա',
      'շաբաթ',
      'ամիս',
      'ամսվա',
      'տարի',
      'տարվա',
    ],
    // The day follows its month in the genitive ("մարտի 12-ին"), and the nominative names it.
    months: [
      'հունվար',
      'փետրվար',
      'մարտ',
      'ապրիլ',
      'մայիս',
      'հունիս',
      'հուլիս',
      'օգոստոս',
      'սեպտեմբեր',
      'հոկտեմբեր',
      'նոյեմբեր',
      'դեկտեմբեր',
    ].flatMap((month) => [month, `${month}ի`]),
  },
  // Georgian drops a number's final "ი" before a noun in other cases than the nominative ("ორ
  // ჯარისკაცს", to two soldiers), and its verb stays singular after a number ("ორი ჯარისკაცი
  // დაიღუპა").
  ka: {
    numbers: {
      ერთი: 1,
      ერთ: 1,
      ორი: 2,
      ორ: 2,
      სამი: 3,
      სამ: 3,
      ოთხი: 4,
      ოთხ: 4,
      ხუთი: 5,
      ხუთ: 5,
      ექვსი: 6,
      ექვს: 6,
      შვიდი: 7,
      შვიდ: 7,
      რვა: 8,
      ცხრა: 9,
      ათი: 10,
      ათ: 10,
      თერთმეტი: 11,
      თორმეტი: 12,
      ცამეტი: 13,
      თოთხმეტი: 14,
      თხუთმეტი: 15,
      თექვსმეტი: 16,
      ჩვიდმეტი: 17,
      თვრამეტი: 18,
      ცხრამეტი: 19,
      ოცი: 20,
      ოცდაათი: 30,
      ორმოცი: 40,
      ორმოცდაათი: 50,
      ასი: 100,
      ათობით: 12,
    },
    qualifiers: ['სულ მცირე', 'დაახლოებით', 'მინიმუმ'],
    killed: [
      'დაიღუპა',
      'დაიღუპნენ',
      'დაღუპული',
      'დაღუპულია',
      'მოკლეს',
      'მოკლული',
      'მოკლულია',
      'გარდაიცვალა',
      'გარდაიცვალნენ',
    ],
    injured: [
      'დაიჭრა',
      'დაიჭრნენ',
      'დაჭრილი',
      'დაჭრილია',
      'დაშავდა',
      'დაშავდნენ',
      'დაშავებული',
      'დაშავებულია',
    ],
    single: { killed: ['დაიღუპა', 'გარდაიცვალა'], injured: ['დაიჭრა', 'დაშავდა'] },
    auxiliaries: [],
    conjunctions: ['და', 'ან', 'მაგრამ', 'ხოლო'],
    and: ['და'],
    time: [
      'დღე',
      'დღის',
      'დღეში',
      'საათი',
      'საათის',
      'საათში',
      'კვირა',
      'კვირის',
      'თვე',
      'თვის',
      'თვეში',
      'წელი',
      'წლის',
      'წელს',
    ],
    // Dates name the day, then the month in the dative: "12 მარტს".
    months: [
      'იანვარს',
      'თებერვალს',
      'მარტს',
      'აპრილს',
      'მაისს',
      'ივნისს',
      'ივლისს',
      'აგვისტოს',
      'სექტემბერს',
      'ოქტომბერს',
      'ნოემბერს',
      'დეკემბერს',
    ],
  },
  // Kurmanji, in Latin letters, puts the verb last: "du şervan hatin kuştin" (two fighters were
  // killed).
  ku: {
    numbers: {
      yek: 1,
      yekî: 1,
      du: 2,
      dudu: 2,
      sê: 3,
      sisê: 3,
      çar: 4,
      pênc: 5,
      şeş: 6,
      heft: 7,
      heşt: 8,
      neh: 9,
      deh: 10,
      yanzdeh: 11,
      diwanzdeh: 12,
      sêzdeh: 13,
      çardeh: 14,
      panzdeh: 15,
      şanzdeh: 16,
      hevdeh: 17,
      hejdeh: 18,
      nozdeh: 19,
      bîst: 20,
      sî: 30,
      çil: 40,
      pêncî: 50,
      sed: 100,
      'bi dehan': 12,
    },
    qualifiers: ['herî kêm', 'kêmtirîn', 'nêzî', 'zêdetirî', 'bêtirî', 'bi qasî'],
    killed: [
      'hatin kuştin',
      'hatine kuştin',
      'hat kuştin',
      'kuştin',
      'jiyana xwe ji dest dan',
      'şehîd bûn',
      'şehîd ketin',
    ],
    injured: ['birîndar bûn', 'birîndar bûne', 'birîndar bû', 'hatin birîndarkirin', 'birîndar'],
    single: { killed: ['hat kuştin'], injured: ['birîndar bû'] },
    verbFinal: true,
    auxiliaries: [],
    conjunctions: ['û', 'an', 'yan', 'lê'],
    and: ['û'],
    time: ['roj', 'rojan', 'saet', 'saetan', 'hefte', 'heftiyan', 'meh', 'mehan', 'sal', 'salan'],
    months: [
      'Çile',
      'Sibat',
      'Adar',
      'Nîsan',
      'Gulan',
      'Hezîran',
      'Tîrmeh',
      'Tebax',
      'Îlon',
      'Cotmeh',
      'Mijdar',
      'Kanûn',
    ],
  },
  // Sorani Kurdish, in the Arabic script: "سێ هاووڵاتیی مەدەنی گیانیان لەدەستدا" (three civilians
  // lost their lives).
  ckb: {
    numbers: {
      یەک: 1,
      دوو: 2,
      سێ: 3,
      چوار: 4,
      پێنج: 5,
      شەش: 6,
      حەوت: 7,
      هەشت: 8,
      نۆ: 9,
      دە: 10,
      یازدە: 11,
      دوازدە: 12,
      سیازدە: 13,
      چواردە: 14,
      پازدە: 15,
      شازدە: 16,
      حەڤدە: 17,
      هەژدە: 18,
      نۆزدە: 19,
      بیست: 20,
      سی: 30,
      چل: 40,
      پەنجا: 50,
      سەد: 100,
      دەیان: 12,
    },
    qualifiers: ['لانیکەم', 'لانی کەم', 'نزیکەی', 'زیاتر لە'],
    killed: [
      'کوژران',
      'کوژراون',
      'کوژرا',
      'گیانیان لەدەستدا',
      'گیانیان لە دەستدا',
      'گیانی لەدەستدا',
      'شەهید بوون',
      'شەهیدبوون',
    ],
    injured: ['برینداربوون', 'بریندار بوون', 'برینداربوو', 'بریندار بوو', 'بریندارکران', 'بریندار'],
    verbFinal: true,
    neighbours: ['fa', 'ur', 'ps'],
    auxiliaries: [],
    conjunctions: ['و', 'یان', 'بەڵام'],
    and: ['و'],
    time: ['ڕۆژ', 'ڕۆژان', 'کاتژمێر', 'هەفتە', 'مانگ', 'ساڵ', 'ساڵان'],
    months: [
      'کانوونی',
      'شوبات',
      'ئازار',
      'نیسان',
      'ئایار',
      'حوزەیران',
      'تەممووز',
      'ئاب',
      'ئەیلوول',
      'تشرینی',
    ],
  },
  // Amharic: "ሁለት ሰዎች ተገድለዋል" (two people were killed), and the reported form a statement
  // takes, "ሁለት ሰላማዊ ሰዎች መገደላቸውን" (that two civilians were killed).
  am: {
    numbers: {
      አንድ: 1,
      ሁለት: 2,
      ሦስት: 3,
      ሶስት: 3,
      አራት: 4,
      አምስት: 5,
      ስድስት: 6,
      ሰባት: 7,
      ስምንት: 8,
      ዘጠኝ: 9,
      አሥር: 10,
      አስር: 10,
      ሃያ: 20,
      ሠላሳ: 30,
      ሰላሳ: 30,
      አርባ: 40,
      ሃምሳ: 50,
      መቶ: 100,
    },
    qualifiers: ['ቢያንስ'],
    killed: [
      'ተገድለዋል',
      'ተገድሏል',
      'ተገደሉ',
      'ተገደለ',
      'መገደላቸውን',
      'መገደላቸውንና',
      'መገደሉን',
      'ሞተዋል',
      'ሞቱ',
      'ሕይወታቸው አልፏል',
      'ህይወታቸው አልፏል',
      'ሕይወታቸውን አጥተዋል',
    ],
    injured: ['ቆስለዋል', 'ቆስሏል', 'ቆሰሉ', 'መቁሰላቸውን', 'መቁሰላቸውንና'],
    verbFinal: true,
    auxiliaries: [],
    conjunctions: ['እና', 'ወይም', 'ግን'],
    and: ['እና'],
    time: ['ቀን', 'ቀናት', 'ሰዓት', 'ሳምንት', 'ወር', 'ዓመት', 'ዓመታት', 'አመት'],
    months: [
      'መስከረም',
      'ጥቅምት',
      'ኅዳር',
      'ህዳር',
      'ታኅሣሥ',
      'ታህሳስ',
      'ጥር',
      'የካቲት',
      'መጋቢት',
      'ሚያዝያ',
      'ግንቦት',
      'ሰኔ',
      'ሐምሌ',
      'ነሐሴ',
    ],
  },
  // Tigrinya: "ሰለስተ ሲቪላውያን ከም ዝተቐትሉን" (that three civilians were killed, and …): the verb
  // takes "ከም" (that) before it and "-ን" (and) after.
  ti: {
    numbers: {
      ሓደ: 1,
      ክልተ: 2,
      ሰለስተ: 3,
      ኣርባዕተ: 4,
      ሓሙሽተ: 5,
      ሽዱሽተ: 6,
      ሸውዓተ: 7,
      ሸሞንተ: 8,
      ትሽዓተ: 9,
      ዓሰርተ: 10,
      ዕስራ: 20,
      ሰላሳ: 30,
      ኣርብዓ: 40,
      ሓምሳ: 50,
      ሚእቲ: 100,
    },
    qualifiers: ['እንተወሓደ'],
    killed: [
      'ተቐቲሎም',
      'ተቐቲሉ',
      'ዝተቐትሉ',
      'ዝተቐትሉን',
      'ሞይቶም',
      'ሞይቱ',
      'ዝሞቱ',
      'ዝሞቱን',
      'ህይወቶም ሰኣኑ',
      'ህይወቶም ስኢኖም',
    ],
    injured: ['ቆሲሎም', 'ቆሲሉ', 'ዝቖሰሉ', 'ዝቖሰሉን', 'ዝቆሰሉ', 'ዝቆሰሉን'],
    verbFinal: true,
    auxiliaries: ['ከም'],
    conjunctions: ['ወይ', 'ግን'],
    and: [],
    time: ['መዓልቲ', 'መዓልታት', 'ሰዓት', 'ሰሙን', 'ወርሒ', 'ዓመት', 'ዓመታት'],
    months: [
      'ጥሪ',
      'ለካቲት',
      'መጋቢት',
      'ሚያዝያ',
      'ግንቦት',
      'ሰነ',
      'ሓምለ',
      'ነሓሰ',
      'መስከረም',
      'ጥቅምቲ',
      'ሕዳር',
      'ታሕሳስ',
    ],
  },
  // Somali: "ugu yaraan shan qof ayaa lagu dilay" (at least five people were killed), the verb
  // after the focus word "ayaa".
  so: {
    numbers: {
      hal: 1,
      kow: 1,
      laba: 2,
      saddex: 3,
      afar: 4,
      shan: 5,
      lix: 6,
      toddoba: 7,
      siddeed: 8,
      sagaal: 9,
      toban: 10,
      labaatan: 20,
      soddon: 30,
      afartan: 40,
      konton: 50,
      boqol: 100,
      tobanaan: 12,
    },
    qualifiers: ['ugu yaraan', 'ku dhawaad', 'in ka badan'],
    killed: ['lagu dilay', 'la dilay', 'ku dhinteen', 'ku dhintay', 'dhinteen', 'dhintay'],
    injured: [
      'lagu dhaawacay',
      'la dhaawacay',
      'ku dhaawacmeen',
      'ku dhaawacmay',
      'dhaawacmeen',
      'dhaawacmay',
    ],
    verbFinal: true,
    auxiliaries: ['ayaa', 'ayay', 'ayuu'],
    conjunctions: ['iyo', 'ama', 'laakiin', 'balse'],
    and: ['iyo'],
    time: ['maalin', 'maalmood', 'saacad', 'saacadood', 'toddobaad', 'bil', 'bilood', 'sano'],
    months: [
      'Janaayo',
      'Febraayo',
      'Maarso',
      'Abriil',
      'Maajo',
      'Juun',
      'Luulyo',
      'Agoosto',
      'Sebtembar',
      'Oktoobar',
      'Nofembar',
      'Desembar',
    ],
  },
  // Thai writes no space between words, and counts people with a classifier after the number:
  // "เสียชีวิต 1 ราย" (dead: one case), "ทหารพรานเจ็บ 2 นาย" (two rangers hurt). See
  // unspacedPatterns. The classifier keeps days and dates out of a count: the units of time and
  // the months are listed as the other languages list them.
  th: {
    numbers: thaiNumbers(),
    qualifiers: ['อย่างน้อย', 'ไม่ต่ำกว่า', 'มากกว่า', 'กว่า', 'ประมาณ', 'เกือบ'],
    killed: ['เสียชีวิต', 'เสียชีวิตแล้ว'],
    injured: ['บาดเจ็บ', 'เจ็บ', 'บาดเจ็บสาหัส', 'เจ็บสาหัส', 'บาดเจ็บเล็กน้อย'],
    classifiers: ['ราย', 'คน', 'นาย', 'ศพ'],
    // "ทหาร 2 นายได้รับบาดเจ็บ" (two soldiers received injuries), "ถูกยิงเสียชีวิต" (shot dead).
    auxiliaries: ['ได้รับ', 'ถูกยิง'],
    conjunctions: ['และ', 'หรือ', 'แต่'],
    and: ['และ'],
    time: ['วัน', 'ชั่วโมง', 'สัปดาห์', 'เดือน', 'ปี'],
    months: [
      'มกราคม',
      'กุมภาพันธ์',
      'มีนาคม',
      'เมษายน',
      'พฤษภาคม',
      'มิถุนายน',
      'กรกฎาคม',
      'สิงหาคม',
      'กันยายน',
      'ตุลาคม',
      'พฤศจิกายน',
      'ธันวาคม',
    ],
  },
  // Khmer, like Thai, writes words without spaces and counts people with a classifier after the
  // number, before or after the verb ("ស្លាប់ ៤ នាក់", four died; "២ នាក់ស្លាប់", two died); "ម្នាក់"
  // (one person) is one with the classifier run together, so its first letters count one.
  km: {
    numbers: {
      ម្: 1,
      មួយ: 1,
      ពីរ: 2,
      បី: 3,
      បួន: 4,
      ប្រាំ: 5,
      ប្រាំមួយ: 6,
      ប្រាំពីរ: 7,
      ប្រាំបី: 8,
      ប្រាំបួន: 9,
      ដប់: 10,
    },
    qualifiers: ['យ៉ាងហោចណាស់', 'ជាង', 'ប្រហែល'],
    killed: ['ស្លាប់', 'បាត់បង់ជីវិត'],
    injured: ['របួស'],
    classifiers: ['នាក់', 'រូប'],
    auxiliaries: [],
    conjunctions: ['និង', 'ឬ'],
    and: ['និង'],
    time: ['ថ្ងៃ', 'ម៉ោង', 'សប្តាហ៍', 'ខែ', 'ឆ្នាំ'],
    months: [
      'មករា',
      'កុម្ភៈ',
      'មីនា',
      'មេសា',
      'ឧសភា',
      'មិថុនា',
      'កក្កដា',
      'សីហា',
      'កញ្ញា',
      'តុលា',
      'វិច្ឆិកា',
      'ធ្នូ',
    ],
  },
  // Burmese, like Thai, writes words without spaces and counts people with a classifier
  // ("ငါးဦး", five persons); the verb ends the clause ("ငါးဦး သေဆုံး", five died), and before a
  // count stands only the noun of those it befell ("သေဆုံးသူ ၅ ဦး", the dead: five).
  my: {
    numbers: burmeseNumbers(),
    qualifiers: ['အနည်းဆုံး'],
    killed: ['သေဆုံး', 'ကျဆုံး'],
    injured: ['ဒဏ်ရာ'],
    beforeCount: {
      killed: ['သေဆုံးသူ', 'ကျဆုံးသူ'],
      injured: ['ဒဏ်ရာရသူ', 'ဒဏ်ရာရရှိသူ'],
    },
    verbFinal: true,
    classifiers: ['ဦး', 'ယောက်'],
    auxiliaries: [],
    conjunctions: ['နှင့်', 'နဲ့'],
    and: ['နှင့်', 'နဲ့'],
    time: ['ရက်', 'နာရီ', 'ပတ်', 'လ'],
    months: [
      'ဇန်နဝါရီ',
      'ဖေဖော်ဝါရီ',
      'မတ်',
      'ဧပြီ',
      'မေ',
      'ဇွန်',
      'ဇူလိုင်',
      'ဩဂုတ်',
      'စက်တင်ဘာ',
      'အောက်တိုဘာ',
      'နိုဝင်ဘာ',
      'ဒီဇင်ဘာ',
    ],
  },
};

/**
 * Who the counted victims were, between commas (Latin or Arabic): "entre ellas dos niños", "dont
 * une femme", "از جمله سه کودک" (among them three children).
 */
const ASIDE = '(?:\\s*[,،][^,،;؛.!?؟]{1,60}[,،])?';
/**
 * Letters and digits of every script: the Armenian comma "՝" and full stop "։", Arabic
 * punctuation ("،", "؛", "؟"), the Urdu full stop "۔", the Devanagari danda "।", the Burmese
 * "၊" and "။" and the Ethiopic marks ("፡", "።", "፣") end a word.
 */
const LETTERS =
  'A-Za-z0-9\\u00c0-\\u055c\\u055e-\\u0588\\u058a-\\u060b\\u060d-\\u061a\\u061c-\\u061e\\u0620-\\u06d3\\u06d5-\\u0963\\u0966-\\u1049\\u104c-\\u135f\\u1369-\\u1fff\\u2c00-\\uffff';
const START = `(?<![${LETTERS}])`;
const END = `(?![${LETTERS}])`;
/**
 * Where a count may start: after no letter, or after Arabic "و" (and) or "ب" (of, by: "أفاد
 * بمقتل شخص") or Hebrew "ו" (and) glued on before it, which Hebrew joins to digits with a hyphen
 * or maqaf ("ו-3").
 */
const COUNT_START = `(?:${START}|(?<=${START}[وب])|(?<=${START}ו[-\u05be]?))`;
/**
 * The digits of other scripts, in order: Arabic-Indic ("٣"), Persian and Urdu ("۳"), Devanagari
 * ("३"), Thai ("๓") and Burmese ("၃").
 */
const SCRIPT_DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0xe50, 0x1040, 0x17e0];
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
  // Turkish and Azerbaijani "İ" lower-cases to "i" and a combining dot.
  const lower = written
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/\s+/g, ' ');
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
  if (language.classifiers !== undefined) {
    return unspacedPatterns(language, measure, language.classifiers);
  }
  const verbs = alternation(language[measure]);
  const notAfter =
    language.notCountAfter === undefined
      ? ''
      : `(?<!${START}(?:${alternation(language.notCountAfter)})\\s+)`;
  // An age is no count: "58-річний", "15-летний".
  const number = `${notAfter}(?<n>${DIGITS}|${alternation(Object.keys(language.numbers))})${END}(?![-‐][${LETTERS}])`;
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
  const victims = `(?:\\s+(?!(?:${stops})${END})[${LETTERS}'’-]+){0,${language.victimWords ?? 4}}?`;
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
 * The patterns of a language that writes no space between words, and counts people with a
 * classifier after the number (Thai, Burmese): the number and its classifier are the count, read
 * after a word of the measure ("บาดเจ็บ 3 ราย", "သေဆုံးသူ ၅ ဦး") or before one ("ทหาร 2
 * นายเสียชีวิต", "ငါးဦး သေဆုံး"). No boundary of words is looked for, as none is written.
 */
function unspacedPatterns(
  language: LanguageCounts,
  measure: Measure,
  classifiers: readonly string[],
): OtherLanguageCountPattern[] {
  const numberWords = alternation(Object.keys(language.numbers));
  const qualifier = `(?:(?:${alternation(language.qualifiers)})\\s*)?`;
  const counted = `${qualifier}(?<n>${DIGITS}|${numberWords})\\s*(?:${alternation(classifiers)})`;
  const before = language.beforeCount ?? { killed: [], injured: [] };
  const wordsBefore = language.verbFinal
    ? before[measure]
    : [...language[measure], ...before[measure]];
  const everyWord = [...language.killed, ...language.injured, ...before.killed, ...before.injured];
  // A count after a word of either measure is that word's: in "เสียชีวิต 1 ราย บาดเจ็บ 3 ราย" one
  // died and three were hurt, not one. Nor does a count open inside a number: "ยี่สิบห้า" (25) is
  // not "ห้า" (5), nor "12" "2".
  const ownCount = `(?<!(?:${alternation(everyWord)})\\s*${qualifier})(?<![${DIGIT_OPENINGS}]|${numberWords})`;
  const opening = `(?=[${DIGIT_OPENINGS}${openings([...language.qualifiers, ...Object.keys(language.numbers)])}])`;
  const auxiliaries =
    language.auxiliaries.length > 0 ? `(?:(?:${alternation(language.auxiliaries)})\\s*)?` : '';
  const sources = [
    `${opening}${ownCount}${counted}\\s*${auxiliaries}(?:${alternation(language[measure])})`,
    ...(wordsBefore.length === 0 ? [] : [`(?:${alternation(wordsBefore)})\\s*${counted}`]),
  ];
  const keys = [...language[measure], ...before[measure]].map(keyOf);
  return sources.map((source) => ({
    regex: new RegExp(source, 'g'),
    keys,
    count: (match) => countOf(language.numbers, match.groups?.n ?? ''),
  }));
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
