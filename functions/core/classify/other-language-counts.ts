// Death and injury counts written in Spanish, Portuguese, French, Italian, German, Russian,
// Ukrainian, Arabic and Turkish: the languages of the regimes' own press (Colombia, the Great
// Lakes, the Caucasus, Donbas, the Levant, Yemen, Sudan, Idlib) and of the agencies that
// translate it. Each
// language gives its number words, the words that hedge a count ("al menos", "не менее"), the
// words that say killed or injured and the auxiliaries between them; two shapes are read: the
// count first ("dos soldados murieron", "четверо военных погибли") and the verb first ("murieron
// dos soldados", "погибли шесть мирных жителей", "مقتل ثلاثة جنود"). A verb in the singular with
// no number counts one ("загинув чоловік").

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
};

/** Who the counted victims were, between commas: "entre ellas dos niños", "dont une femme". */
const ASIDE = '(?:\\s*,[^,;.!?]{1,60},)?';
/** Letters and digits of every script: Arabic punctuation ("،", "؛", "؟") ends a word. */
const LETTERS =
  'A-Za-z0-9\\u00c0-\\u060b\\u060d-\\u061a\\u061c-\\u061e\\u0620-\\u1fff\\u2c00-\\uffff';
const START = `(?<![${LETTERS}])`;
const END = `(?![${LETTERS}])`;
/** Where a count may start: after no letter, or after Arabic "و" (and) glued on before it. */
const COUNT_START = `(?:${START}|(?<=${START}و))`;
/** The characters DIGITS may open on, inside a character class. */
const DIGIT_OPENINGS = '\\d\\u0660-\\u0669';
/** A year is not a count. */
const DIGITS =
  '(?!(?:19|20)\\d\\d(?![\\d.,]))(?:\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+|\\d+)|(?![\\u0661\\u0662][\\u0669\\u0660][\\u0660-\\u0669]{2}(?![\\u0660-\\u0669]))[\\u0660-\\u0669]+';
/** Arabic-Indic digits ("٣") as ASCII ones. */
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;

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
      .replace(ARABIC_INDIC_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x660))
      .replace(/[.,\u00a0 ]/g, ''),
  );
  return Number.isFinite(digits) ? digits : null;
}

/**
 * Words that end a description of victims: numbers, joins, and the words of both measures ("10
 * sivil hayatını kaybetti, 34 kişi yaralandı" lists the dead, then the wounded, not 44 wounded).
 */
function descriptionStops(language: LanguageCounts, more: readonly string[]): string {
  return alternation([
    ...Object.keys(language.numbers),
    ...language.conjunctions,
    ...language.killed,
    ...language.injured,
    ...more,
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
  const verbsBefore = alternation([...language[measure], ...before[measure]]);
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
      `${START}(?:${verbsBefore})\\s+${noun}${qualifier}${number}${notTime}`,
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
