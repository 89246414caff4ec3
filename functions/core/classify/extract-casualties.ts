// Death and injury counts of an incident, from the sentences that report it. Counts given for
// different victims in one sentence add up ("three police officers were killed … two troops also
// died" = 5); across sentences the largest total wins, since outlets restate tolls as they grow,
// except that tolls of different sides or kinds of victim add up ("one Indian soldier was
// killed." … "Two Pakistani soldiers died." = 3; "three of its fighters were killed" … "two
// government soldiers died" = 5). Vague amounts follow ACLED's conservative reading ("dozens" =
// 12).

import { datelineLength } from './dateline.js';
import { MONTH_NAMES } from './extract-date.js';
import { withoutRelativeAsides } from './relative-aside.js';
import { SINCE_RECENTLY, WEEKDAY } from './recent-day.js';
import { wordTrie } from './word-trie.js';
import { WordSets, type WordsFound } from './word-sets.js';
import {
  type Measure,
  otherLanguageCountKeys,
  otherLanguageCountPatterns,
} from './other-language-counts.js';
import { UNSPACED_LETTER } from '../text/unspaced-scripts.js';

export interface Casualties {
  killed: number | null;
  injured: number | null;
}

/**
 * The words the count patterns need, and words the tests before them need: every sentence is
 * searched for all of them at once, in lower case.
 */
const NEEDED_WORDS = new WordSets();

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const VAGUE: Record<string, number> = {
  'a dozen': 12,
  dozen: 12,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
};

const UNIT_WORDS = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${TEN_WORDS})(?:[-\\s](?:${UNIT_WORDS}))?|(?:${UNIT_WORDS})(?:\\s+hundred)?|a dozen|dozens|scores|hundreds|thousands|another)`;
// "A ceasefire announced a day earlier" counts no victim: a truce is never one, nor a weapon or
// what it struck ("a drone struck a group …, and three others died").
const ARTICLE =
  '(?:a|an)(?!\\s+(?:dozen|number|few|lot|total|handful|series|wave|barrage|day|week|ceasefire|cease-fire|truce|drone|strike|airstrike|air|missile|rocket|shell|mortar|bomb|blast|explosion|grenade|group|crowd)\\b)';
const QUALIFIER =
  '(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|a total of|another|all)\\s+)?';
/** Not inside a word or number. */
const START = "(?<![A-Za-z0-9\\u00c0-\\uffff:.,/'’-])";
/**
 * START read as the character before the match (`before`), or the text's start. A pattern that
 * opens on a lookbehind and then a lookahead is tried at every character; one that opens on a
 * character read is tried only where such a character is, which is several times faster for
 * the patterns that open on any count.
 */
const AFTER_START = "(?:^|(?<before>[^A-Za-z0-9\\u00c0-\\uffff:.,/'’-]))";
/** A month's name, as the case-blind expressions read it. */
const MONTH = MONTH_NAMES.join('|');
/** Not the day after a month: "the March 28 quake killed …" counts no 28. */
const NOT_A_DAY = '(?<!\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s)';
const END = '(?![A-Za-z0-9\\u00c0-\\uffff])';
/** What makes a number an age: "9-year-old", "60 years old". */
const AGE_TAIL = '(?:-(?:year|month|week|day)s?-old|\\s+(?:years?|months?)\\s+old\\b)';
/** "violated the ceasefire six times": a count of times, not of people. */
const TIMES_TAIL = '\\s+times\\b';
/** The end of a count: a number that gives an age or how many times counts no one. */
const COUNT_END = `(?![A-Za-z0-9\\u00c0-\\uffff]|${AGE_TAIL}|${TIMES_TAIL})`;
/**
 * A number's first word or digits. Followed by COUNT_END, it matches just where NUMBER followed
 * by COUNT_END does ("twenty-one" and "1,500" are counts from their first word or digits on), so
 * a lookaround that only asks whether a count stands somewhere reads it instead, and its words
 * share their beginnings (see `wordTrie`).
 */
const NUMBER_WORDS = [
  ...Object.keys(TENS),
  ...Object.keys(UNITS),
  ...['a dozen', 'dozens', 'scores', 'hundreds', 'thousands', 'another'],
];
const NUMBER_START = `(?:\\d+|${wordTrie(NUMBER_WORDS)})`;
/**
 * Words that end a list of victims ("police officers from Karabakh"): verbs, joins, numbers, as
 * NUMBER_START reads them. This is tried at every word of every list: one tree of words.
 */
const STOP_WORDS = `(?:\\d+|${wordTrie([
  ...['and', 'or', 'while', 'but', 'as', 'when', 'after', 'that', 'which', 'who', 'whose'],
  ...['where', 'to', 'be', 'been', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'by'],
  ...['against', 'during', 'since', 'said', 'says', 'told', 'aged', 'became', 'become'],
  ...['becomes', 'killed', 'killing', 'wounded', 'wounding', 'injured', 'injuring', 'died'],
  ...['dead', 'including'],
  ...NUMBER_WORDS,
])})`;
/** "three members of one family": a household is described, not counted. */
const OF_ONE_FAMILY = '(?<=\\b(?:of|from)\\s)one\\s+(?:family|household)\\b';
/**
 * A word of the victims' description; a lone dash or bracket is not one. A number that gives an
 * age describes ("a 62-year-old man", "a 60 years old man").
 */
const VICTIM_WORD = `(?!(?!${OF_ONE_FAMILY})${STOP_WORDS}(?![A-Za-z0-9\\u00c0-\\uffff]|${AGE_TAIL}))(?![-'’()]+(?:[\\s,]|$))[A-Za-z0-9\\u00c0-\\uffff'’()\\-]+,?`;
/**
 * One person named by a relation or role, who counts as one: "their mother", "its rider", "her
 * adult son". Only nouns that cannot be plural; "the" only before a role, since "the soldier
 * killed two" names a killer.
 */
const KIN =
  '(?:mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|grandson|granddaughter|grandchild|uncle|aunt|nephew|niece|cousin|fiancée?|child|baby|infant)';
const ROLE =
  '(?:driver|rider|pilot|co-pilot|passenger|occupant|shepherd|farmer|fisherman|owner|imam|commander|guard|operator|employee|worker)';
const ONE_PERSON = `(?:(?:their|his|her|its)\\s+(?:(?:\\d+${AGE_TAIL}|[a-z0-9-]+)\\s+)?(?:${KIN}|${ROLE})|the\\s+${ROLE})`;
/** A part of each word of KIN and ROLE: a sentence without one names no ONE_PERSON. */
const ONE_PERSON_WORD_PARTS = [
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'sister',
  'child',
  'uncle',
  'aunt',
  'nephew',
  'niece',
  'cousin',
  'fianc',
  'baby',
  'infant',
  'driver',
  'rider',
  'pilot',
  'passenger',
  'occupant',
  'shepherd',
  'farmer',
  'fisherman',
  'owner',
  'imam',
  'commander',
  'guard',
  'operator',
  'employee',
  'worker',
];
/**
 * Words of a victim's description a count may take: "three members of the Moro Islamic
 * Liberation Front".
 */
const VICTIM_WORDS = `(?:\\s+${VICTIM_WORD}){0,12}`;
/** "a father and his two sons": a possessive may come before a later item's number. */
const POSSESSIVE = '(?:(?:his|her|their|its)\\s+)?';
/**
 * More of the same victims, with no count of their own: "21 members of government forces and
 * allied militias".
 */
const AND_MORE = `(?:\\s+and\\s+(?!${POSSESSIVE}${QUALIFIER}(?:${NUMBER_START}|${ARTICLE})${COUNT_END}|${ONE_PERSON}${END})(?:${VICTIM_WORD})(?:\\s+${VICTIM_WORD}){0,2})?`;
/** One count and whom it counts: "at least two Azerbaijani soldiers", "a jawan". */
const ITEM = `${QUALIFIER}(?:${NUMBER}|${ARTICLE})${COUNT_END}${VICTIM_WORDS}${AND_MORE}`;
/**
 * The victims' ages ("two boys aged six and 10 years"), blanked before a sentence is counted:
 * they describe the victims and count none of them.
 */
const AGES = new RegExp(
  `,?\\s*\\baged\\s+(?:about\\s+|around\\s+|nearly\\s+)?${NUMBER}(?:(?:,\\s*|\\s+and\\s+)${NUMBER})*(?:\\s+years(?:\\s+old)?)?,?`,
  'gi',
);
/** A later victim of a list, who may be one person named by relation: "… and their mother". */
const JOINED_ITEM = `(?:${POSSESSIVE}${ITEM}|${ONE_PERSON}${END})`;
/** Counts for different victims in one breath: "one Thai soldier and four Cambodian civilians". */
const LIST = `(?<list>${ITEM}(?:,?\\s+(?:and|as well as)\\s+${JOINED_ITEM})*)`;
/** A toll is a number: "the toll rose to a record" counts nobody. */
const TOLL_LIST = `(?<list>${QUALIFIER}${NUMBER}${COUNT_END}${VICTIM_WORDS})`;
const LIST_JOIN = new RegExp(
  `,?\\s+(?:and|as well as)\\s+(?=${POSSESSIVE}${QUALIFIER}(?:${NUMBER_START}|${ARTICLE})${COUNT_END}|${ONE_PERSON}${END})|,\\s+(?=${ONE_PERSON}${END})`,
  'i',
);
/**
 * Where an aside that names the victims one by one begins, after a comma or a dash: "three
 * civilians, a man and two of his children, were killed", "two civilians – a woman and a child –".
 */
const APPOSITIVE_START = new RegExp(
  `(?:,|\\s[–—])\\s+(?=${POSSESSIVE}${QUALIFIER}(?:${NUMBER_START}|${ARTICLE})${COUNT_END}|${ONE_PERSON}${END})`,
  'i',
);
/**
 * Where an aside that names some of the victims begins: "four civilians, among them a woman and
 * a child" is four, however many the aside names.
 */
/** What opens an aside that names some of the victims. */
const SUBSET_OPENER = '(?:among them|among whom|including)';
const SUBSET_START = new RegExp(
  `(?:,|\\s[–—])\\s+${SUBSET_OPENER}\\s+(?=${POSSESSIVE}${QUALIFIER}(?:${NUMBER_START}|${ARTICLE})${COUNT_END}|${ONE_PERSON}${END})`,
  'i',
);
/** What a list of victims opens on, looked for before the costlier tests behind it. */
const LEADING = `${QUALIFIER}(?:${NUMBER_START}|${ARTICLE})${COUNT_END}`;
/**
 * The victims who were killed are the verb's subject, never a preposition's object: in "two
 * fighters from a unit … were killed", "a unit" was not.
 */
const NOT_IN_PHRASE =
  '(?<!\\b(?:from|of|with|in|at|on|near|by|for|into|under|to|between|among)\\s+)';
/** Whom an active verb names right after it: "killed a father", "killed two soldiers". */
const OBJECT = `(?:${POSSESSIVE}${QUALIFIER}(?:${NUMBER_START}|${ARTICLE})${COUNT_END}|${ONE_PERSON}${END})`;
const LEADING_COUNT = new RegExp(
  `^(?:${POSSESSIVE}${QUALIFIER}(?<n>${NUMBER}|${ARTICLE})${COUNT_END}|(?<one>${ONE_PERSON})${END})`,
  'i',
);
/**
 * An aside between the victims and the verb: "two civilians – a woman and a child – were
 * killed", "a dozen people, among them soldiers and civilians, were killed", "eight civilians,
 * three of them children, were killed", "12 civilians,
 * including two children, were killed" (who are among the 12), "a woman who was
 * selling tea at the base were killed" (then a verb of being must follow).
 */
const ASIDE =
  '(?:[–—(][^–—()]{1,60}[–—)],?\\s+|(?:among them|[a-z]+ of them|mostly|aged|including)\\s[^,;.()–—]{1,60},\\s+|who\\s+(?:(?!(?:killed|wounded|injured|died)\\b)[^,;.()–—]){1,60}?\\s+(?=(?:were|was|had been|have been|has been)\\s))?';
/** "had" only before a verb that is not active: "33 soldiers had died", never "had killed". */
const AUXILIARY_WORD =
  '(?:were|was|have been|had been|has been|are|is|been|got|reportedly|reported|also|already|later|all|both|(?:shot|stabbed|beaten)\\s+and|ha(?:d|ve|s)(?=\\s+(?:(?:also|reportedly|since)\\s+)?(?:died|perished|lost)\\b))\\s+';
/**
 * "four servicemen fell": people who fell died (translated news says so), where shells and prices
 * fall too; so only after a word for people, and before the clause ends or "in action". The word
 * for people is looked for behind "fell" once "fell" is read, not behind every place tried.
 */
const FELL =
  'fell(?<=\\b(?:soldiers?|servicem[ae]n|troops|fighters|civilians|people|policem[ae]n|officers|guards|defenders|militiam[ae]n)\\sfell)(?=\\s*(?:[,.;:]|$)|\\s+(?:in (?:action|battle|combat)|heroically)\\b)';
const KILLED_WORDS = `(?:killed|dead|died|slain|shot dead|martyred|lost (?:their |his |her )?li(?:f|v)es?|${FELL}|perished|deaths|fatalities|mortally wounded|fatally wounded|embraced shahadat|embrace shahadat|embraced martyrdom|attained martyrdom|attains martyrdom|succumbed to (?:his|her|their) (?:injuries|wounds))`;
const INJURED_WORDS = '(?:wounded|injured|hurt|hospitali[sz]ed|injuries)';
/**
 * A part of each phrase of KILLED_WORDS (INJURED_WORDS), in lower case: a sentence without one
 * has none of them.
 */
const KILLED_WORD_PARTS = [
  'killed',
  'dead',
  'died',
  'slain',
  'martyr',
  'lost ',
  'fell',
  'perished',
  'deaths',
  'fatalities',
  'mortally',
  'fatally',
  'shahadat',
  'succumbed',
];
const INJURED_WORD_PARTS = ['wounded', 'injured', 'hurt', 'hospitali', 'injuries'];
/** "one soldier from each side" is two; "14 fighters from both sides" counts both sides already. */
const EACH_SIDE: WordGuarded = {
  words: NEEDED_WORDS.add(['each side', 'either side']),
  regex: /^[^.;]{0,40}?\b(?:from|on|of) (?:each|either) side\b/i,
};

/**
 * A count pattern and words one of which it needs, checked cheaply before the pattern runs. The
 * English patterns capture a list of victims; those of other languages give their count.
 */
interface CountPattern {
  regex: RegExp;
  keys: readonly string[];
  /**
   * ASCII words one of which, in lower case, every match holds: a pattern that needs a verb after
   * the victims is not run where only "killing" gave it its key.
   */
  matchWords?: readonly string[];
  count?: (match: RegExpExecArray) => number | null;
  /**
   * Whether it reads English: it runs only where an English stem is found, a pattern of another
   * language only where a word of those languages is.
   */
  english: boolean;
  /**
   * Whether its count is the sentence's whole toll, the others' included ("a third soldier
   * died" after "two soldiers were killed").
   */
  statesTotal?: boolean;
}

interface CompiledPattern extends CountPattern {
  statesTotal: boolean;
  /** Its keys' set in NEEDED_WORDS. */
  keySet: number;
  /** Its match words' set in NEEDED_WORDS; its keys' if it has none. */
  matchWordSet: number;
}

function compiled({
  regex,
  keys,
  matchWords,
  count,
  english,
  statesTotal = false,
}: CountPattern): CompiledPattern {
  const keySet = NEEDED_WORDS.add(keys);
  const matchWordSet = matchWords === undefined ? keySet : NEEDED_WORDS.add(matchWords);
  // One shape for every pattern, whatever the shape it was built in: the loop that runs them
  // reads their fields fast.
  return { regex, keys, matchWords, count, english, statesTotal, keySet, matchWordSet };
}

/**
 * "Pak violates ceasefire in Poonch; Army jawan killed", "Teenage girl killed in strike": a
 * headline's bare singular noun, opening it or a clause of it, is one victim. Only capitalised
 * words may describe it ("The soldier killed two" names a killer), and no object may follow.
 */
const BARE_PERSONS = [
  'jawan',
  'sepoy',
  'soldier',
  'serviceman',
  'civilian',
  'woman',
  'girl',
  'boy',
  'child',
  'teenager',
  'farmer',
  'shepherd',
  'policeman',
  'villager',
  'porter',
  'fisherman',
  'student',
  'paramedic',
  'journalist',
  'man',
  'worker',
  'resident',
  'driver',
  'guard',
  'conscript',
  'marine',
  'sailor',
  'herder',
  'teacher',
  'nurse',
  'medic',
  'volunteer',
  'militiaman',
  'peacekeeper',
  'commander',
];
/** "Jawan" or "jawan": the first letter in either case. */
const BARE_PERSON = `(?:${BARE_PERSONS.map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`).join('|')})`;
const HEADLINE_ONE: CountPattern = {
  regex: new RegExp(
    `(?:^|[;:|,]\\s*|\\s[-–—]\\s+)(?:(?!(?:The|A|An|This|That|Every|No)\\s)\\p{Lu}[\\p{L}'’-]*\\s+){0,2}${BARE_PERSON}\\s+(?:killed|dies|died|martyred|shot dead|attains martyrdom|attained martyrdom)(?![\\p{L}\\d])(?!\\s+(?:\\d|an?\\b|the\\b|his\\b|her\\b|their\\b|its\\b|one\\b|two\\b|three\\b))`,
    'gu',
  ),
  keys: ['kill', 'die', 'martyr', 'shot dead'],
  matchWords: BARE_PERSONS,
  count: () => 1,
  english: true,
};

/**
 * "Israeli fire kills man in Rafah", "Sniper kills teenage girl": a headline's one victim, told
 * without an article.
 */
const HEADLINE_KILLS_ONE: CountPattern = {
  regex: new RegExp(
    `${START}(?:kills|shoots\\s+dead)\\s+(?:[\\p{L}'’-]+\\s+)?${BARE_PERSON}(?![\\p{L}\\d])`,
    'gu',
  ),
  keys: ['kills', 'shoots dead'],
  matchWords: BARE_PERSONS,
  count: () => 1,
  english: true,
};

/**
 * "She was killed when a shell hit her kitchen", "he died on the way to hospital": the one person
 * the story is about, named in a sentence before.
 */
const ONE_NAMED_BEFORE: CountPattern = {
  regex: new RegExp(
    `(?:^|[.;:]\\s+|,\\s+(?:but|and|where|as)\\s+|\\b(?:and|where|when|after|before)\\s+)(?:he|she)\\s+(?:(?:was|had been|has been)\\s+(?:(?:fatally|reportedly|later)\\s+)?(?:killed|shot dead|martyred)|(?:later\\s+)?died)\\b`,
    'gi',
  ),
  keys: ['he ', 'she '],
  matchWords: ['killed', 'shot dead', 'martyred', 'died'],
  count: () => 1,
  english: true,
};

/**
 * "Thamilselvan was killed with five other rebels", "killed together with four of his
 * companions": one named victim and the others counted with him. A counted subject ("two soldiers
 * were killed with three others") is read by the count before the verb, which takes the verb
 * first.
 */
const KILLED_WITH_OTHERS: CountPattern = {
  regex: new RegExp(
    `${START}(?:killed|died|slain)\\s+(?:together\\s+|along\\s+)?with\\s+${QUALIFIER}(?<n>${NUMBER})\\s+(?:others?|other\\s+[a-z]+|of\\s+(?:his|her|their)\\s+[a-z]+)${END}`,
    'gi',
  ),
  keys: ['killed with', 'died with', 'slain with', 'together with', 'along with'],
  count: (match) => {
    const others = parseCount(match.groups?.n ?? '');
    return others === null ? null : others + 1;
  },
  english: true,
};

const ORDINALS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
/**
 * "Second child dies after shelling", "A sixth, the children's grandmother, died later", "a
 * third soldier died of his wounds": the one who died last tells how many have died.
 */
const ORDINAL_DEATH: CountPattern = {
  regex: new RegExp(
    `${START}(?:(?:a|the)\\s+)?(?<n>${Object.keys(ORDINALS).join('|')})(?:\\s+[\\p{L}-]+)?(?:\\s*,[^,;.]{1,100},)?\\s+(?:(?:has|had|have|later|also|subsequently|since)\\s+)*(?:died|dies|succumbed|(?:was|has been) killed)(?![\\p{L}])`,
    'giu',
  ),
  keys: Object.keys(ORDINALS),
  matchWords: ['died', 'dies', 'succumbed', 'killed'],
  count: (match) => ORDINALS[(match.groups?.n ?? '').toLowerCase()] ?? null,
  english: true,
  statesTotal: true,
};

/**
 * "He was killed on Tuesday, along with his 17-year-old nephew": one killed and the relative
 * killed with him, two.
 */
const KILLED_WITH_KIN: CountPattern = {
  regex: new RegExp(
    `${START}(?:he|she)\\s+was\\s+killed\\b[^.;]{0,40}?,?\\s+(?:along|together)\\s+with\\s+(?:his|her)\\s+(?:[\\w-]+\\s+){0,2}?${KIN}${END}`,
    'gi',
  ),
  keys: ['along with', 'together with'],
  count: () => 2,
  english: true,
};

const KILLED_KEYS = [
  'kill',
  'dead',
  'died',
  'slain',
  'martyr',
  'lost ',
  'fell',
  'perish',
  'death',
  'fatalit',
  'mortally',
  'fatally',
  'shahadat',
  'succumb',
];
const INJURED_KEYS = ['wound', 'injur', 'hurt', 'hospitali'];

function patterns(measure: Measure): CompiledPattern[] {
  const verbs = measure === 'killed' ? KILLED_WORDS : INJURED_WORDS;
  const verbKeys = measure === 'killed' ? KILLED_KEYS : INJURED_KEYS;
  const verbParts = measure === 'killed' ? KILLED_WORD_PARTS : INJURED_WORD_PARTS;
  const active =
    measure === 'killed'
      ? '(?:killed|killing|kills|kill|shot\\s+dead|shooting\\s+dead|shoots\\s+dead)'
      : '(?:wounded|wounding|injured|injuring|injuries to)';
  const sources: [string, readonly string[], (readonly string[])?][] = [
    // "three police officers were killed", "25 dead", "one killed in action"
    // A bare verb with an object after it is active: "a strike on a house killed a father".
    // A count with no verb after it opens no list: the costly list is not tried there.
    [
      `${AFTER_START}(?=${LEADING})${NOT_A_DAY}${NOT_IN_PHRASE}(?=[^]*?${verbs})${LIST},?\\s+${ASIDE}(?:(?:${AUXILIARY_WORD}){1,3}${verbs}|${verbs}(?!\\s+${OBJECT}))${END}`,
      verbKeys,
      verbParts,
    ],
    // "killing one soldier from each side", "killed five civilians", "killing a jawan"; not the
    // noun ("calling the killing a breach of the truce")
    [
      `${START}(?<!\\b(?:the|this|its|his|her|their)\\s+)${active}\\s+${LIST}`,
      measure === 'killed' ? ['kill', 'dead'] : ['wound', 'injur'],
    ],
    // "killing its rider", "wounded the driver"
    [
      `${START}${active}\\s+(?<list>${ONE_PERSON})${END}`,
      measure === 'killed' ? ['kill', 'dead'] : ['wound', 'injur'],
      ONE_PERSON_WORD_PARTS,
    ],
    // "the driver was killed", "his son died": with "was" only, as "the driver killed" is active
    [
      `${START}(?<list>${ONE_PERSON})\\s+(?:(?:was|has been|had been|is)\\s+(?:(?:reportedly|also|later)\\s+)?${verbs}${measure === 'killed' ? '|died|perished' : ''})${END}`,
      verbKeys,
      ONE_PERSON_WORD_PARTS,
    ],
    // "left ten people dead"
    [`${START}(?:left|leaving)\\s+${LIST}\\s+${verbs}${END}`, ['left', 'leaving'], verbParts],
    ...(measure === 'killed'
      ? ([
          // "the killing of four minors", "the deaths of two soldiers", "the death of a woman",
          // "the fatal shooting of a Georgian man", "resulted in the martyrdom of two civilians"
          [
            `${START}(?:killing|murder|deaths?|massacre|fatal shooting|martyrdom)\\s+of\\s+${LIST}`,
            [' of '],
            ['killing', 'murder', 'death', 'massacre', 'fatal shooting', 'martyrdom'],
          ],
          // "a private of the army became a shahid", "three became martyrs"
          [
            `${AFTER_START}(?=${LEADING})${NOT_A_DAY}${NOT_IN_PHRASE}${LIST},?\\s+(?:became|have become|has become)\\s+(?:a\\s+)?(?:shahids?|martyrs?)${END}`,
            ['shahid', 'martyr'],
          ],
          // "42 martyrs in a series of raids", "one martyr": a count of martyrs counts the dead;
          // the count must name them itself ("a nurse at Al-Aqsa Martyrs Hospital" counts nobody).
          [
            `${AFTER_START}${NOT_A_DAY}(?<list>${QUALIFIER}${NUMBER})\\s+(?:martyrs?|shahids?)${END}`,
            ['martyr', 'shahid'],
          ],
          // "buried seven people", "the funerals of three soldiers": the dead, told by their burial;
          // a number must count them ("buried a shell" counts nobody). Bodies and remains are
          // not (they are handed over and recovered long after), nor an avalanche "burying"
          // soldiers, who may be dug out alive.
          [
            `${START}(?:buried|bury|buries|(?:the )?funerals? of)\\s+${TOLL_LIST}`,
            ['buried', 'bury', 'buries', 'funeral'],
          ],
          // "He was one of three civilians killed": the count of the dead the one was among.
          [
            `${START}(?:was|is)\\s+(?:one|among)\\s+(?:of\\s+)?(?:the\\s+)?${TOLL_LIST}\\s+(?:(?:who\\s+(?:were|had been)\\s+)?killed|who died|dead)${END}`,
            ['one of', 'among'],
            ['killed', 'died', 'dead'],
          ],
          // "claimed more than 6,500 lives"
          [`${START}claim(?:ed|ing|s)\\s+(?:the lives of\\s+)?${LIST}`, ['claim']],
          // "the death toll rose to 25", "bringing the toll to three", "Toll … rises to three"
          [
            `${START}(?:death |casualty )?toll\\s+(?:[A-Za-z\\u00c0-\\uffff'’-]+\\s+){0,6}?(?:to|at|of|reached|hit|is|was)\\s+${TOLL_LIST}`,
            ['toll'],
          ],
          // "In an update it raised the figure to 359", "raised its count of servicemen killed since
          // the fighting erupted to 37": a toll revised, told by its figure.
          [
            `${START}(?:raised|raising|revised|revising|updated|updating)\\s+(?:the|its|that)\\s+(?:figure|count|tally)(?:\\s+of(?:\\s+[A-Za-z\\u00c0-\\uffff'’-]+){1,10}?)?\\s+(?:up(?:wards?)?\\s+)?to\\s+${TOLL_LIST}`,
            ['figure', 'count', 'tally'],
          ],
          // "eliminated a Hezbollah terrorist", "eliminated two militants": how an army tells its
          // killings; only of fighters, as "eliminated a threat" kills no one.
          [
            `${START}eliminat(?:ed|ing)\\s+(?<list>${QUALIFIER}(?:${NUMBER}|${ARTICLE})${COUNT_END}(?:\\s+[A-Za-z\\u00c0-\\uffff'’-]+){0,3}?\\s+(?:terrorists?|militants?|operatives?|gunm[ae]n|commanders?|fighters?))${END}`,
            ['eliminat'],
          ],
          // "put its own losses at a dozen servicemen": a side's losses, as its army counts them
          [
            `${START}(?:put|puts|putting)\\s+(?:its|their)\\s+(?:own\\s+)?(?:(?:military|army|human|combat)\\s+)?losses\\s+at\\s+${TOLL_LIST}`,
            ['losses'],
          ],
          // "raising the number of dead to four", "the total number of civilians killed to five"
          [
            `${START}number of (?:[a-z]+\\s+){0,2}?(?:dead|killed|deaths|fatalities)\\s+(?:[a-z]+\\s+){0,3}?(?:to|at)\\s+${TOLL_LIST}`,
            ['number of'],
          ],
        ] as [string, readonly string[]][])
      : []),
  ];
  return [
    // Before the lists, which would read "a third soldier" as one.
    ...(measure === 'killed' ? [ORDINAL_DEATH] : []),
    ...sources.map(([source, keys, matchWords]) => ({
      regex: new RegExp(source, 'gi'),
      keys,
      matchWords,
      english: true,
    })),
    ...(measure === 'killed'
      ? [HEADLINE_ONE, HEADLINE_KILLS_ONE, KILLED_WITH_OTHERS, KILLED_WITH_KIN, ONE_NAMED_BEFORE]
      : []),
    ...otherLanguageCountPatterns(measure).map((pattern) => ({ ...pattern, english: false })),
  ].map(compiled);
}

const KILLED_PATTERNS = patterns('killed');
const INJURED_PATTERNS = patterns('injured');
/**
 * "No casualties" in the other languages read: "пострадавших нет", "sin víctimas", "aucune
 * victime", "keine Verletzten", "لا إصابات".
 */
const NONE_IN_OTHER_LANGUAGE =
  '|(?:пострадавших|жертв|погибших) нет|без (?:жертв|потерь)|постраждалих немає|без втрат|sin (?:víctimas|heridos)|no (?:hubo|se registraron) (?:víctimas|heridos)|sem (?:vítimas|feridos)|(?:aucune|pas de) (?:victime|blessé)|sans faire de victimes?|keine (?:Opfer|Verletzten|Toten)|(?:niemand|keiner) (?:wurde )?(?:verletzt|getötet)|verletzt wurde [^.;]{0,60}niemand|senza (?:vittime|feriti)|(?:دون|بدون) (?:وقوع )?(?:إصابات|خسائر بشرية)|لا إصابات';
/** Nobody hurt: then nobody killed either. */
const NONE_HURT =
  '|\\b(?:no one|nobody) (?:was|had been|has been) (?:hurt|injured|wounded|harmed)\\b|\\bno (?:soldiers?|civilians?|troops|personnel|servicemen|people|peacekeepers?) (?:was|were) (?:hurt|injured|wounded|harmed)\\b|\\bno losses among (?:the |our )?(?:personnel|servicemen|troops|soldiers)\\b|\\b(?:has|have|had|suffered|sustained|reported) no losses\\b|\\bno (?:injuries|one was hurt)\\b|\\b(?:wounding|injuring|hurting|harming) (?:no one|nobody)\\b|\\bwithout (?:injuring|hurting|harming) anyone\\b';
const NONE_KILLED = new RegExp(
  `\\b(?:no (?:one|(?:[a-z-]+\\s+)?(?:civilians?|soldiers?|people|personnel|troops|servicemen)|lives?)|nobody)\\b[^.;]{0,20}?\\b(?:killed|died|dead|lost)\\b|\\bno (?:[a-z-]+\\s+)?(?:casualties|deaths|fatalities|victims)\\b|\\bno loss of life\\b|\\bwithout (?:casualties|loss of life)\\b|\\bneither side (?:reported|suffered) (?:any )?(?:casualties|deaths|fatalities|losses)\\b${NONE_HURT}${NONE_IN_OTHER_LANGUAGE}`,
  'i',
);
const NONE_INJURED = new RegExp(
  `\\bno (?:one|civilians?|soldiers?|people|personnel|troops|servicemen)\\b[^.;]{0,20}?\\b(?:injured|wounded|hurt)\\b|\\bno (?:casualties|injuries|victims)\\b|\\bwithout casualties\\b|\\bneither side (?:reported|suffered) (?:any )?(?:casualties|injuries)\\b${NONE_HURT}${NONE_IN_OTHER_LANGUAGE}`,
  'i',
);

/**
 * A word of each phrase of NONE_KILLED and NONE_INJURED: a sentence without one denies nothing,
 * and need not be read for a denial.
 */
const DENIAL_WORDS = NEEDED_WORDS.add([
  'no one',
  'nobody',
  'no civilian',
  'no soldier',
  'no people',
  'no personnel',
  'no troops',
  'no servicemen',
  'no peacekeeper',
  // "no Thai soldiers were killed": a word may stand between, and then the verb is there.
  'killed',
  'died',
  'dead',
  'lost',
  'no li',
  'no injuries',
  'casualties',
  'deaths',
  'fatalities',
  'victim',
  'loss',
  'without',
  'neither side',
  ' нет',
  'без ',
  'немає',
  'sin ',
  'víctimas',
  'heridos',
  'sem ',
  'victime',
  'blessé',
  'sans faire',
  'keine ',
  'niemand',
  'keiner',
  'senza',
  'دون ',
  'لا إصابات',
]);

/** Whether the sentence says nobody was killed or hurt ("no casualties", "nobody was hurt"). */
export function saysNoneKilled(sentence: string): boolean {
  return mayDeny(sentence) && NONE_KILLED.test(sentence);
}

/**
 * Every "none" phrase holds one of these words or is written in Cyrillic or Arabic letters: a
 * cheap test before the long expressions. The words share their beginnings (see `wordTrie`): the
 * test is run on most sentences.
 */
const MAY_DENY = new RegExp(
  `\\b${wordTrie([
    ...['no', 'nobody', 'neither', 'without', 'sin', 'sem', 'pas', 'sans', 'aucune', 'keine'],
    ...['niemand', 'keiner', 'senza'],
  ])}\\b|[\\u0400-\\u04ff\\u0600-\\u06ff]`,
  'i',
);

function mayDeny(sentence: string): boolean {
  return MAY_DENY.test(sentence);
}

export interface CasualtyOptions {
  /** Year of publication: a sentence naming an earlier year tells an old toll and is skipped. */
  publishedYear?: number;
}

const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * A disaster or an epidemic named just before a count ("the quake, which killed more than 3,600
 * people", "Cholera: 410 suspected cases and 5 deaths") makes it the disaster's toll, not the
 * incident's; relief sent after one ("a convoy of earthquake relief") or a truce called for one
 * is no disaster.
 */
const NATURAL_DISASTER: WordGuarded = {
  words: NEEDED_WORDS.add([
    'quake',
    'flood',
    'cyclone',
    'hurricane',
    'typhoon',
    'landslide',
    'tsunami',
    'drought',
    'famine',
    'avalanche',
    'cholera',
    'covid',
    'coronavirus',
    'measles',
    'malaria',
    'dengue',
    'ebola',
    'mpox',
    'epidemic',
    'pandemic',
    'terremoto',
    'sismo',
    'seísmo',
    'séisme',
    'tremblement de terre',
    'inondation',
    'inundaciones',
    'erdbeben',
    'deprem',
    'землетрус',
    'землетрясени',
    'زلزال',
  ]),
  regex:
    /(?:\b(?:earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|landslides?|tsunamis?|droughts?|famine|avalanches?|cholera|covid-?19|covid(?!-)|coronavirus|measles|malaria|dengue|ebola|mpox|epidemics?|pandemic|terremotos?|sismos?|seísmos?|séismes?|tremblement de terre|inondations?|inundaciones|Erdbeben|deprem)\b|землетрясени|землетрус|زلزال)(?!\s+(?:relief|aid|response|survivors|victims|cease-?fire|truce))/i,
};
const DISASTER_REACH = 60;
/** "More than 3,500 people are reported dead from the 28 March earthquake". */
const DISASTER_AFTER = new RegExp(
  `^\\s+(?:from|in|by|during)\\s+(?:the\\s+)?(?:[\\p{L}\\d'’-]+\\s+){0,3}?${NATURAL_DISASTER.regex.source}`,
  'iu',
);
/**
 * "…to focus on the coronavirus, after two soldiers were killed in an encounter": deaths whose
 * armed cause follows them are not the disaster's named before them.
 */
const ARMED_CAUSE_AFTER =
  /^\s+(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:encounter|ambush|attack|clash|shelling|shoot-?out|gun-?fight|fire-?fight|fighting|air-?strike|drone|bomb|blast|explosion|gunfire|mortar|artillery|rocket|missile|raid|sniper)/iu;
/**
 * A day's toll ("five soldiers had been killed and 25 wounded in the past 24 hours"): the
 * incident's when nothing else counts it, but a wider figure beside a count of the incident's own
 * victims ("two brothers were killed … the ministry said three people had been killed in the past
 * 24 hours"). Its "no casualties" counts nobody: a quiet day is no toll of the incident.
 */
const DAILY_TOLL: WordGuarded = {
  words: NEEDED_WORDS.add(['24 hours', '48 hours', '72 hours']),
  regex: /\b(?:in|over|during) the (?:past|last|previous) (?:24|48|72) hours\b/i,
};
/**
 * Before "since": "the deadliest day since the truce began" ranks the day, it counts no period.
 * (A lookbehind: it reads back only from a "since" that is found.)
 */
const NOT_SUPERLATIVE =
  '(?<!\\b(?:deadliest|bloodiest|highest|worst|heaviest|largest|biggest)\\b[^.;]{0,50}\\bsince)';
/**
 * A running total ("dozens have been killed near the line since the agreement took effect",
 * "500 violations since the beginning of the year, killing dozens", "1,400 violations this year, in
 * which 15 civilians have been martyred", "fighting erupted on April 15
 * and has killed hundreds", "throughout the four-day military campaign", "the overall death toll"):
 * not the incident's toll. A truce "in force since the start of the month" dates the truce, not
 * the dead; fighting that "had killed at least 19 … since Wednesday" is this week's, and "the
 * fighting that left more than 4,000 people dead" a war's.
 */
const CUMULATIVE: WordGuarded = {
  words: NEEDED_WORDS.add([
    'been killed',
    'been wounded',
    'been injured',
    'has killed',
    'have killed',
    'had killed',
    'has died',
    'have died',
    'had died',
    'has left',
    'have left',
    'since the beginning',
    'since the start',
    'since the cease',
    'since the truce',
    'since the agreement',
    'since the deal',
    'since the arrangement',
    'this year',
    'this month',
    // "since Oct. 29, when …": a month after "since" opens the clause.
    ...['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map(
      (month) => `since ${month}`,
    ),
    '-day ',
    '-week ',
    '-month ',
    // A war's or a conflict's toll, or one since a year: "a war in which 30,000 were killed",
    // "the conflict has killed more than 800", "killed in Idlib since early 2020", "between
    // 2013 and 2018".
    'fighting that',
    'fighting which',
    'hostilities that',
    'hostilities which',
    'war in which',
    'war that',
    'war which',
    'conflict in which',
    'conflict that',
    'conflict which',
    'conflict has',
    'war has',
    'fighting has',
    'since 19',
    'since 20',
    'since early',
    'since late',
    'since mid',
    'between 19',
    'between 20',
    // "in February alone"
    ' alone',
    // "the truce that ended two days of fighting in which 300 died"
    'ended ',
    'ending ',
    'ends ',
    'halted ',
    // "the overall death toll at more than 800"
    'overall',
    'cumulative',
    // "more than 300 people have been killed over that period"
    'period',
  ]),
  regex: new RegExp(
    [
      String.raw`\b(?:ha(?:ve|s) been (?:killed|wounded|injured)|ha(?:ve|s) (?:killed|died))\b(?:(?!\bsince\b)[^.;]){0,80}\bsince\b${NOT_SUPERLATIVE}(?!\s+(?:${SINCE_RECENTLY}|the (?:shelling|attacks?|offensive|fighting|strikes?|bombardment|assault|raids?|clashes|truce|ceasefire|cease-fire|pause) (?:began|started|erupted|ended|expired|collapsed)(?:\s+at\s+[\d:.]+(?:\s*[ap]\.?m\.?)?)?\s+(?:this (?:morning|afternoon|evening)|today|overnight|at dawn|on ${WEEKDAY})))`,
      String.raw`\bhad (?:been (?:killed(?: or maimed)?|wounded|injured)|killed|died)\b[^.;]{0,80}\bsince${NOT_SUPERLATIVE} (?:the (?:truce|cease-?fire|agreement|deal)\b|(?:${MONTH})\b)`,
      /\bsince the (?:beginning|start) of\b(?<!\b(?:in force|in effect|in place|held|holding|observed)\b[^.;,]{0,30}since the (?:beginning|start) of)/
        .source,
      /\bso far this year\b/.source,
      /\b(?:this|last) (?:year|month)\b,\s+(?:killing|leaving)\b/.source,
      /\bha(?:ve|s) (?:been (?:killed|wounded|injured)|died)(?: so far)? this (?:year|month)\b/
        .source,
      /\bthis (?:year|month)\b[^.;]{0,80}\bha(?:ve|s) (?:been (?:killed|martyred|wounded|injured)|died)\b/
        .source,
      /\b(?:erupted|began|broke out|started)\b[^.;]{0,60}\bha(?:ve|s) (?:killed|left)\b/.source,
      /\bha(?:ve|s) (?:been killed|died) in the (?:conflict|war|fighting)\b/.source,
      /^\W*since the (?:cease-?fire|truce|agreement|deal|arrangement|cessation of hostilities)\b/
        .source,
      /\b(?:killed|died|dead|wounded|injured) since the (?:cease-?fire|truce|agreement|deal|arrangement|cessation of hostilities)\b/
        .source,
      // "since the ceasefire took effect on October 10, a total of 412 people have been killed"
      // (not since a truce collapsed: that toll is the fighting's after it).
      /\bsince the (?:cease-?fire|truce|agreement|deal|arrangement)\b(?!\s+(?:collapsed|ended|broke|expired|lapsed|was (?:broken|scrapped)))[^.;]{0,60}\bha(?:ve|s) been (?:killed|wounded|injured)\b/
        .source,
      /\b(?:in|over|during|throughout) the (?:[\w-]+\s+)?[\w-]+-(?:day|week|month) (?:[\w-]+\s+)?(?:war|campaign|conflict|offensive|fighting|escalation|hostilities|clashes)\b/
        .source,
      /\bsince (?:(?:early|late|mid)[\s-]+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2})?|last (?:week|month|year)|the (?:spring|summer|autumn|fall|winter))(?:,? (?:19|20)\d\d)?,? when\b/
        .source,
      /\b(?:war|conflict),?\s+(?:in which|that|which)\b[^.;]{0,100}\b(?:killed|died|dead)\b/.source,
      // "were killed in the region in February alone": a month's or a year's toll
      String.raw`\b(?:in|during)\s+(?:${MONTH}|(?:19|20)\d\d|(?:that|the same|this|last)\s+(?:month|year|week))\s+alone\b`,
      // "the truce that ended two days of fighting in which nearly 300 soldiers died"
      /\b(?:ended|ending|ends|halted)\s+(?:[\w-]+\s+){0,4}?(?:fighting|war|hostilities|clashes)\b[^.;]{0,60}\b(?:killed|died|dead)\b/
        .source,
      /\b(?:fighting|hostilities)\s+(?:that|which)\s+(?:had\s+)?(?:left|killed|claimed)\s+(?:(?:more than|over|nearly|about|some|at least)\s+)?\d{1,3},\d{3}\b/
        .source,
      String.raw`\b(?:war|conflict|fighting)\s+ha(?:s|d|ve)\s+(?:so far\s+|now\s+|already\s+)?(?:killed|left)\b(?![^.;]{0,80}\bsince\s+${SINCE_RECENTLY})`,
      String.raw`\b(?:killed|died|dead|deaths)\b[^.;]{0,60}\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:19|20)\d\d|(?:${MONTH})(?!\s+\d))\b`,
      /\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b/.source,
      /\b(?:overall|cumulative) (?:death |casualty )?toll\b/.source,
      /\bha(?:ve|s) been (?:killed|wounded|injured)\b[^.;]{0,80}\b(?:over|during|in|throughout) (?:that|this|the same) period\b/
        .source,
      String.raw`\bsince (?:${MONTH})\b[^.;]{0,100}\b(?:that|which) ha(?:s|ve) (?:left|killed|claimed)\b`,
    ].join('|'),
    'i',
  ),
};
/**
 * "The incident comes less than two weeks after two Indian soldiers were killed", "strikes, which
 * came two weeks after the killing of 26 people", "The firing, reported from posts in Uri, came
 * two days after militants killed 26": a sentence that sets the news after an earlier incident
 * tells that one's toll.
 */
const EARLIER_INCIDENT: WordGuarded = {
  words: NEEDED_WORDS.add(['comes ', 'came ']),
  regex: new RegExp(
    `^\\W*(?:the|this|it|its)\\b[^.;,]{0,40}?(?:,[^.;]{0,100}?,\\s*)?\\b(?:comes?|came)\\s+(?:(?:less|more) than\\s+|just\\s+|only\\s+|barely\\s+|nearly\\s+|almost\\s+|about\\s+)?(?:(?:${NUMBER}|an?|several|a few)\\s+(?:days?|weeks?|months?)\\s+after\\b|(?:(?:${NUMBER}|several|a few)\\s+)?hours\\s+after\\b(?=[^.;]*\\b(?:killing|killed|dead|died)\\b))|\\b(?:comes?|came)\\s+(?:(?:${NUMBER}|an?|several|a few)\\s+)?(?:days?|weeks?|months?)\\s+after\\s+the\\s+(?:killings?|deaths|massacre|murders?)\\s+of\\b`,
    'i',
  ),
};
/**
 * The same in the other languages: "since the truce took effect" or "since the start of the
 * year", opening a count of the period ("Dall'entrata in vigore della tregua, oltre 90 …"), or
 * since a war began ("mahigit 40,000 katao na ang namatay … mula nang magsimula ito").
 */
const CUMULATIVE_IN_OTHER_LANGUAGE: WordGuarded = {
  words: NEEDED_WORDS.add([
    'dall',
    'desde',
    'depuis',
    'seit',
    'с начала',
    'с момента',
    'з початку',
    'з моменту',
    'منذ',
    'mula ',
    'с 20',
    'с 19',
  ]),
  regex:
    /(?:^|[\s(«"])(?:dall[’']entrata in vigore|dall[’']inizio|desde (?:la entrada en vigor|el inicio|el comienzo|principios)|depuis (?:l[’']entrée en vigueur|le début)|seit (?:Beginn|Inkrafttreten|Jahresbeginn)|desde (?:a entrada em vigor|o início)|с (?:начала|момента вступления)|з (?:початку|моменту набуття)|منذ (?:بدء|بداية|دخول)|mula (?:nang|noong) (?:magsimula|ipatupad)|mula sa simula|(?:seit|depuis|desde|dal|с|з|منذ)\s+(?:(?:19|20)\d\d|عام\s+(?:19|20)\d\d)\b)/i,
};

/**
 * A sentence that states the whole toll: "bringing the toll to 23", "raising the number of dead
 * to four", "four deaths in total". Its count is the toll, and what other sentences add or tell
 * in parts is already in it.
 */
const STATES_TOTAL: WordGuarded = {
  words: NEEDED_WORDS.add([
    'toll',
    'number of',
    'in total',
    'in all',
    'altogether',
    // "rising figures through the day: 32 dead by mid-morning, 109 by the afternoon, …": each
    // figure restates the one before.
    'rising figures',
    'rising toll',
    'by mid',
    'by noon',
    'by midday',
    'by the morning',
    'by the afternoon',
    'by the evening',
    'by evening',
    'by nightfall',
    // "raised the figure to 359": a toll revised. A side's "count of servicemen killed" raised
    // to 37 is that side's, no total of all.
    'figure',
    'count',
    'tally',
  ]),
  regex:
    /\b(?:(?:raised|raising|revised|revising|updated|updating)\s+(?:the|its|that)\s+(?:figure|count|tally)\s+(?:up(?:wards?)?\s+)?to\s|(?:death |casualty )?toll\s+(?!among\b)(?:[\p{L}'’-]+\s+){0,6}?(?:to|at|reached|hit|stands at|stood at)\s|number of (?:[\p{L}-]+\s+){0,2}?(?:dead|killed|deaths|fatalities)\s|in total\b|in all\b|altogether\b|rising (?:figures|tolls?)\b|\d\s+(?:(?:dead|killed)\s+)?by (?:mid-?morning|noon|midday|the (?:morning|afternoon|evening)|evening|nightfall)\b)/iu,
};
/**
 * A figure the item says was wrong: "Correction: An earlier version of this story said five
 * people were killed".
 */
const CORRECTED_FIGURE: WordGuarded = {
  words: NEEDED_WORDS.add(['earlier', 'initially', 'previously', 'wrongly', 'incorrectly']),
  regex:
    /\b(?:an earlier version of this (?:story|article|report)|(?:had )?(?:initially|earlier|previously|wrongly|incorrectly) (?:said|reported|stated))\b/i,
};

/** Killed and injured for the incident the sentences report; null where none gives a count. */
export function extractCasualties(
  sentences: readonly string[],
  options: CasualtyOptions = {},
): Casualties {
  const read = sentences.map((sentence) =>
    // "BOGOTA, Dec 12 - A soldier was killed": the dateline's day is no count.
    readSentence(sentence.slice(datelineLength(sentence))),
  );
  // A sentence that may neither count nor deny changes no toll: whether it tells the current one
  // is asked only of the others.
  const current = read.filter(
    (sentence) =>
      (sentence.english || sentence.otherLanguage || mayHold(sentence, DENIAL_WORDS)) &&
      tellsCurrentToll(sentence, options.publishedYear),
  );
  const daily = read.filter(
    (sentence) =>
      sentence.english &&
      matchesGuarded(sentence, DAILY_TOLL, sentence.told) &&
      tellsCurrentToll(sentence, options.publishedYear, true),
  );
  const killed =
    largestTotal(current, KILLED_PATTERNS, NONE_KILLED, ALSO_KILLED) ??
    largestTotal(daily, KILLED_PATTERNS, null, ALSO_KILLED) ??
    namedDead(current);
  const injured =
    largestTotal(current, INJURED_PATTERNS, NONE_INJURED, ALSO_INJURED) ??
    largestTotal(daily, INJURED_PATTERNS, null, ALSO_INJURED);
  // "A contract serviceman was wounded": a count of the wounded and no word of any death says
  // nobody died, but not in text whose words run together: there a word of death may be any
  // compound, and the few known say too little.
  const noneDied =
    killed === null &&
    injured !== null &&
    injured > 0 &&
    !read.some((sentence) => UNSPACED_LETTER.test(sentence.told)) &&
    !read.some(
      (sentence) =>
        TELLS_OF_DEATH.test(sentence.told.replace(ANIMALS_KILLED, '')) &&
        tellsCurrentToll(sentence, options.publishedYear),
    );
  return { killed: noneDied ? 0 : killed, injured };
}

/** Words the name of one of the dead never follows: "under the Stockholm Agreement died". */
const NOT_BEFORE_A_NAME =
  'in|at|on|of|from|to|by|with|near|for|under|into|the|and|or|across|between|over|during|after|before|since';
/** Capitalised words that open a sentence but name no one. */
const NO_NAME = 'He|She|It|They|One|This|That|Who|Nobody|Everyone|Someone|No|The|A|An';
/**
 * "Mykola Hnatiuk, 71, who was bringing the basket home, was killed", "Amjad was killed
 * immediately", "Hassan Fares (39), father of four, who was martyred": a person named as killed
 * is one. Read only where no count is told, so that a victim named after a count ("two were
 * killed; one of them, Ali, 45, …") is not counted twice; each name once.
 */
const NAMED_PERSON_DIED = new RegExp(
  // The name opens the sentence or follows a comma or a word that describes the person ("its son
  // Hassan Fares"); an age and an aside may stand between it and the verb.
  `(?<=^|[,;:(—–]\\s*|(?:^|[\\s(])\\p{Ll}[\\p{Ll}'’-]*\\s+)(?<!\\b(?:${NOT_BEFORE_A_NAME})\\s+)(?!(?:${NO_NAME})\\s)` +
    `(?<name>\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})` +
    `(?:,\\s*\\d{1,3},|\\s*\\(\\d{1,3}\\),?)?(?:\\s+[^,;.]{0,60},)?(?:\\s+who\\s+[^,;.]{0,100},)?` +
    `\\s+(?:who\\s+)?(?:was\\s+(?:(?:reportedly|also|later|immediately|instantly)\\s+)?(?:killed|shot dead|martyred)|died)(?![\\p{L}])`,
  'gu',
);

function namedDead(sentences: readonly ReadSentence[]): number | null {
  const names = new Set<string>();
  for (const sentence of sentences) {
    if (!sentence.english) continue;
    for (const match of sentence.told.matchAll(NAMED_PERSON_DIED)) {
      const name = match.groups?.name;
      if (name) names.add(name);
    }
  }
  return names.size > 0 ? names.size : null;
}

/**
 * Whether the sentence tells the toll as it stands now, not one of an earlier year, a day's
 * (unless `countsDaily`), a figure corrected since or a running total.
 */
function tellsCurrentToll(
  sentence: ReadSentence,
  publishedYear: number | undefined,
  countsDaily = false,
): boolean {
  return (
    !namesEarlierYear(sentence.told, publishedYear) &&
    (countsDaily || !matchesGuarded(sentence, DAILY_TOLL, sentence.told)) &&
    !matchesGuarded(sentence, CORRECTED_FIGURE, sentence.told) &&
    !matchesGuarded(sentence, CUMULATIVE, sentence.told) &&
    !matchesGuarded(sentence, EARLIER_INCIDENT, sentence.told) &&
    !matchesGuarded(sentence, CUMULATIVE_IN_OTHER_LANGUAGE, sentence.told)
  );
}

/** Words of the scripts that glue nothing onto a word, which are read whole. */
const WHOLE_WORD = /^[\p{Script=Latin}\p{Script=Devanagari}]/u;
/** A word of death in any language read, with or without a count. */
const WORDS_OF_DEATH = otherLanguageCountKeys(['killed']);
const TELLS_OF_DEATH = new RegExp(
  [
    '\\b(?:kill|dead|die[ds]?\\b|death|slain|martyr|shahadat|perish|fatal|bod(?:y|ies)\\b|corpses?\\b|lost (?:their|his|her) li)',
    // Latin and Devanagari words whole: French "mort" is no death in "mortar", nor Hindi "मारे"
    // (killed) in "हमारे" (our). The letters around them are tested once for all of them, not once for
    // each, which is many times faster.
    `(?<![\\p{L}])(?:${WORDS_OF_DEATH.filter((key) => WHOLE_WORD.test(key)).join('|')})(?![\\p{L}])`,
    // Arabic-script ones stay stems, as prefixes glue onto them ("وقتل").
    ...WORDS_OF_DEATH.filter((key) => !WHOLE_WORD.test(key)),
  ].join('|'),
  'iu',
);

/** Words for an agreement, which a year before or after may date. */
const AGREEMENT_WORDS =
  'cease-?fires?|truces?|agreements?|deals?|accords?|understandings?|armistices?';
/**
 * What follows a year that names an agreement, not the time of the toll: "the 2021 ceasefire
 * understanding", "the 2020 Moscow-brokered deal", "the 2015 peace agreement".
 */
const AGREEMENT_AFTER = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*|\\p{L}+-[\\p{L}-]+)\\s+){0,2}(?:${AGREEMENT_WORDS}|peace)\\b`,
  'iu',
);

/** "born in" before a year, and the Russian and Ukrainian "year of birth" after one. */
const BORN_BEFORE = /\bborn\s+in\s+$/i;
const BIRTH_YEAR_AFTER = /^\s*(?:года\s+рождения|г\.\s*р\.|року\s+народження|р\.\s*н\.)/i;
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[\p{L}\d]+\s+){0,2}$/iu;
/**
 * "despite the ceasefire agreed by Russia and Turkey in March 2020", "a violation of the ceasefire
 * agreement of 12 August 2008": a year that dates the truce dates no incident.
 */
const TRUCE_DATED_BEFORE = new RegExp(
  `\\b(?:${AGREEMENT_WORDS})(?:\\s+(?:(?:that|which)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:agreed|signed|brokered|reached|declared)\\b[^.;,]{0,50}?)?\\s+(?:in|of)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:\\d{1,2}\\s+)?(?:\\p{L}+\\s+)?(?:\\d{1,2},?\\s+)?$`,
  'iu',
);

function namesEarlierYear(sentence: string, publishedYear: number | undefined): boolean {
  if (publishedYear === undefined) return false;
  // Cutting the asides leaves no year that was not there: a sentence without one names none.
  if (sentence.search(YEAR) < 0) return false;
  const told = withoutRelativeAsides(sentence);
  for (const match of told.matchAll(YEAR)) {
    if (Number(match[0]) >= publishedYear) continue;
    // "in force since August 2023": the start of the period the news falls in.
    const before = told.slice(0, match.index);
    if (SINCE_BEFORE.test(before) || TRUCE_DATED_BEFORE.test(before)) continue;
    // "a man born in 1958", "мужчина 1958 года рождения": a victim's year of birth.
    if (BORN_BEFORE.test(before) || BIRTH_YEAR_AFTER.test(told.slice(match.index + 4))) continue;
    if (!AGREEMENT_AFTER.test(told.slice(match.index + match[0].length))) return true;
  }
  return false;
}

/**
 * Victims a sentence opens on as added to those counted before it: "Two soldiers also died in
 * clashes" after "at least 27 civilians were killed" makes 29 ("the army also said 27 were
 * killed" restates).
 */
const ALSO_WORDS = NEEDED_WORDS.add([
  'also',
  'بھی',
  'نیز',
  'também',
  'también',
  'anche',
  'auch',
  'ebenfalls',
  'aussi',
  'également',
]);
/**
 * "also" beside a word of death in the other languages read: "4 شہری بھی جاں بحق ہوئے", "dois
 * civis também morreram", "sono morti anche due civili", "wurden ebenfalls getötet".
 */
const ALSO_KILLED_IN_OTHER_LANGUAGE =
  '(?:^|\\s)(?:بھی\\s+(?:شہید|جاں\\s+بحق|ہلاک)|نیز\\s+(?:کشته|جان\\s+باخت|به\\s+شهادت))|\\b(?:também\\s+(?:morreram|morreu|foram\\s+mort[oa]s|perderam\\s+a\\s+vida)|también\\s+(?:murieron|murió|fueron\\s+asesinad[oa]s|perdieron\\s+la\\s+vida)|(?:morti|uccisi|mort[oa]|ucciso)\\s+anche|anche\\s+(?:morti|uccisi)|(?:auch|ebenfalls)\\s+(?:getötet|ums\\s+Leben)|(?:aussi|également)\\s+(?:été\\s+)?(?:tué|mort)e?s?)(?![\\p{L}])';
const ALSO_KILLED: WordGuarded = {
  words: ALSO_WORDS,
  regex: new RegExp(
    `^\\W*(?:[\\p{L}\\d'’-]+\\s+){1,6}(?:also\\s+(?:died|perished|lost their lives)|(?:were|was|have been|had been)\\s+also\\s+killed)\\b|${ALSO_KILLED_IN_OTHER_LANGUAGE}`,
    'iu',
  ),
};
const ALSO_INJURED: WordGuarded = {
  words: ALSO_WORDS,
  regex:
    /^\W*(?:[\p{L}\d'’-]+\s+){1,6}(?:(?:were|was|have been|had been)\s+)?also\s+(?:wounded|injured)\b/iu,
};

/**
 * A sentence as the killed and the injured are both counted in it: what either reads is read
 * once.
 */
interface ReadSentence {
  /** As told: the phrases that deny, add to or state a toll read it. */
  told: string;
  /**
   * With the victims' ages blanked, not cut, so that every offset into the sentence stays where
   * it was: the count patterns read it.
   */
  text: string;
  /** The sets of NEEDED_WORDS that `text` in lower case holds a word of. */
  found: WordsFound;
  /**
   * Whether a set of NEEDED_WORDS not found may yet be matched by an expression that needs one:
   * where the sentence has a character of odd case (see `hasOddCase`), or its ages were blanked.
   */
  mayHideWords: boolean;
  /** Whether a stem of the English count patterns is in it. */
  english: boolean;
  /** Whether a word of the other languages' count patterns is in it. */
  otherLanguage: boolean;
  /** Whether it may say nobody was killed or hurt, once asked (see `mayDenyIn`). */
  mayDeny?: boolean;
}

function readSentence(told: string): ReadSentence {
  let text = told;
  let found = NEEDED_WORDS.find(told);
  const { oddCase } = found;
  if (found.has(AGED)) {
    text = told.replace(AGES, (ages) => ' '.repeat(ages.length));
    found = NEEDED_WORDS.find(text);
  }
  return {
    told,
    text,
    found,
    mayHideWords: oddCase || text !== told,
    // MAY_COUNT finds an (ASCII) stem just where one is in lower case, but for odd case.
    english: found.has(ENGLISH_STEMS) && (!oddCase || MAY_COUNT.test(text)),
    otherLanguage: found.has(OTHER_LANGUAGE_WORDS),
  };
}

/** Whether the sentence as told may hold a word of a set of NEEDED_WORDS. */
function mayHold(sentence: ReadSentence, words: number): boolean {
  return sentence.found.has(words) || sentence.mayHideWords;
}

/** "aged", found just where /aged/i finds it: no odd-case character lower-cases to its letters. */
const AGED = NEEDED_WORDS.add(['aged']);

/**
 * Whether the sentence may say nobody was killed or hurt: it holds a word of the "none" phrases
 * and one of DENIAL_WORDS, which the one pass found. Asked only where it matters.
 */
function mayDenyIn(sentence: ReadSentence): boolean {
  sentence.mayDeny ??= mayHold(sentence, DENIAL_WORDS) && mayDeny(sentence.told);
  return sentence.mayDeny;
}

/**
 * An expression and words one of which each of its matches holds: a set of NEEDED_WORDS, found
 * with the rest, so that in a sentence where none is the expression need not run. With the
 * flags i and u, the words are ASCII (see `hasOddCase`).
 */
interface WordGuarded {
  words: number;
  regex: RegExp;
}

/**
 * Whether `pattern` matches `text`, which is the sentence as told, as the count patterns read it,
 * or a part of that.
 */
function matchesGuarded(sentence: ReadSentence, pattern: WordGuarded, text: string): boolean {
  return mayHold(sentence, pattern.words) && pattern.regex.test(text);
}

/** How close below a loose figure an exact one must be to tell the same dead. */
const NEAR_EXACT = 0.75;

function largestTotal(
  sentences: readonly ReadSentence[],
  list: readonly CompiledPattern[],
  /** The "none" phrases read where a sentence counts no one; null where none is to be read. */
  none: RegExp | null,
  also: WordGuarded,
): number | null {
  let best: number | null = null;
  // Every sentence's total, and the counts of each that name their victims' side or kind.
  const totals: number[] = [];
  const parts: TollPart[][] = [];
  // Counts of victims added to the rest: summed apart, as no other sentence restates them.
  let added = 0;
  let statedTotal = false;
  const approximate: { counted: SentenceCount; states: boolean }[] = [];
  const take = (counted: SentenceCount, states: boolean): void => {
    const total = states ? counted.largest : counted.total;
    if (best === null || total > best) best = total;
    totals.push(total);
    if (states) statedTotal = true;
    else parts.push(counted.parts);
  };
  for (const sentence of sentences) {
    const counted = sentenceTotal(sentence, list);
    if (counted === null) {
      if (best === null && none !== null && mayDenyIn(sentence) && none.test(sentence.told)) {
        best = 0;
      }
      continue;
    }
    if (matchesGuarded(sentence, also, sentence.told)) {
      added += counted.total;
      continue;
    }
    // "One of the injured had died, bringing the toll to five": the toll, not six.
    const states = matchesGuarded(sentence, STATES_TOTAL, sentence.told);
    if (counted.approximate) approximate.push({ counted, states });
    else take(counted, states);
  }
  // "Nearly 20 dead" beside "the toll at 19": a figure told loosely yields to an exact one near
  // it, which tells the same dead.
  for (const { counted, states } of approximate) {
    const loose = states ? counted.largest : counted.total;
    const told = totals.some((total) => total < loose && total >= loose * NEAR_EXACT);
    if (!told) take(counted, states);
  }
  if (best === null) return added > 0 ? added : null;
  if (statedTotal) return best;
  // "Five dead" … "Three soldiers were killed." … "Two others were also killed": the added victims
  // and another count make up a toll told before, and are that toll.
  if (added > 0 && totals.some((total) => total + added === best)) return best;
  return Math.max(best, partsTotal(parts) ?? 0) + added;
}

/**
 * The sum of a toll told in parts, or null when the parts name one group of victims only. The
 * parts are given by sentence. Each group's largest count over the sentences is taken, as outlets
 * restate a count as it grows. Groups are the named sides, split by kind when every count of the
 * side names one ("two Pakistani soldiers", "three Pakistani civilians"), then the kinds of
 * victims no side is named for ("three of its fighters", "two government soldiers"). A kind
 * counted for a named side, or any count of a side that names no kind ("33 Palestinians"), may
 * hold the unnamed counts of that kind: those are left out.
 */
function partsTotal(partsBySentence: readonly (readonly TollPart[])[]): number | null {
  // Two groups take two parts at least.
  let partCount = 0;
  for (const parts of partsBySentence) partCount += parts.length;
  if (partCount < 2) return null;
  const sidesWithoutKind = new Set<string>();
  const kindsOfSides = new Set<string>();
  for (const part of partsBySentence.flat()) {
    if (part.side === undefined) continue;
    if (part.kind === undefined) sidesWithoutKind.add(part.side);
    else kindsOfSides.add(part.kind);
  }
  const groupOf = (part: TollPart): string | undefined => {
    if (part.side !== undefined) {
      return `${part.side}/${sidesWithoutKind.has(part.side) ? '' : (part.kind ?? '')}`;
    }
    if (part.kind === undefined || sidesWithoutKind.size > 0 || kindsOfSides.has(part.kind)) {
      return undefined;
    }
    return `/${part.kind}`;
  };
  const largest = new Map<string, number>();
  for (const parts of partsBySentence) {
    // "Two soldiers were killed, and a third soldier died of his wounds": one group, summed.
    const inSentence = new Map<string, number>();
    for (const part of parts) {
      const group = groupOf(part);
      if (group !== undefined) inSentence.set(group, (inSentence.get(group) ?? 0) + part.count);
    }
    for (const [group, count] of inSentence) {
      largest.set(group, Math.max(largest.get(group) ?? 0, count));
    }
  }
  if (largest.size < 2) return null;
  let total = 0;
  for (const count of largest.values()) total += count;
  return total;
}

/** Every English count pattern ends or starts on one of these stems: a cheap test before them. */
const COUNT_STEMS = [
  'kill',
  'dead',
  'die',
  'death',
  'wound',
  'injur',
  'hurt',
  'slain',
  'martyr',
  'shahid',
  'lives',
  'life',
  'fatalit',
  'toll',
  'perish',
  'massacre',
  'murder',
  'hospitali',
  'fell',
  'buri',
  'bury',
  'funeral',
  'losses',
  'eliminat',
  'fatal shooting',
];
const MAY_COUNT = new RegExp(COUNT_STEMS.join('|'), 'i');
const ENGLISH_STEMS = NEEDED_WORDS.add(COUNT_STEMS);
/**
 * The same test for the patterns of other languages, in the lower-case sentence, where each of
 * them looks for its own words, which are among these.
 */
const OTHER_LANGUAGE_WORDS = NEEDED_WORDS.add(otherLanguageCountKeys());
const SAID_AFTER = /^\s+(?:said|says|say|told|reported|claimed)\b/;
// What comes before a place is looked for by a lookbehind at it (see `follows`).
const AGE_AFTER_NAME = /(?<=\p{Lu}[\p{L}'’.-]*,\s*)/uy;
/**
 * "the wounded soldier, 20, died", "the boy's brother, 7, and a cousin, 12": an age between commas
 * after a person.
 */
const AGE_AFTER_PERSON =
  /(?<=\b(?:soldier|serviceman|man|woman|boy|girl|civilian|farmer|shepherd|driver|resident|villager|teenager|student|worker|brother|sister|son|daughter|cousin|nephew|niece|father|mother|uncle|aunt|grandson|granddaughter|grandfather|grandmother|wife|husband),\s*)/iy;
const NO_BEFORE = /(?<=\bno\s+)/iy;
/** A qualifier that tells a count loosely. */
const LOOSE_QUALIFIER = /^\s*(?:nearly|almost|about|around|some|up to|as many as)\s/i;
const LOOSE_BEFORE = /(?<=\b(?:nearly|almost|about|around|some|up to|as many as)\s+)/iy;
const RANGE_BEFORE = /(?<=\bbetween\s+[\w,]+\s+and\s+)/iy;
const ANIMAL =
  '(?:(?:heads? of\\s+)?cattle|cows?|goats?|sheep|buffalo(?:e?s)?|livestock|animals?|donkeys?|horses?|mules?|camels?|oxen|bulls?|dogs?)\\b';
const ANIMALS = new RegExp(`^\\s*${ANIMAL}`, 'i');
const ANIMALS_BEFORE_DEATH = new RegExp(
  `${ANIMAL}\\s+(?:were|was|have been|had been|lay)\\s+(?:also\\s+)?$`,
  'i',
);

/** Whether the text before a word of death names animals as the dead ("the two cows were"). */
export function animalsDiedBefore(textBefore: string): boolean {
  return ANIMALS_BEFORE_DEATH.test(textBefore);
}

/** "Two cows were also killed": a death that tells of no person's. */
const ANIMALS_KILLED = new RegExp(
  `${ANIMAL}\\s+(?:were|was|have been|had been)\\s+(?:also\\s+)?(?:killed|dead)\\b`,
  'gi',
);
/** "on the Pakistani side": the side of a sentence's count that does not name it itself. */
const SIDE_PHRASE = /\b(?:on|from) the (\p{Lu}[\p{L}-]*) side\b/u;
const SIDE_PHRASE_WORDS = NEEDED_WORDS.add([' side']);
const CAPITALISED = /^\p{Lu}/u;
/** "pakistan" and "pakistani", "israel" and "israeli": one side. */
const SIDE_KEY_LENGTH = 5;
/** An army named by its initials is its country's side: "two IDF soldiers" are Israeli. */
const SIDE_ALIASES: Readonly<Record<string, string>> = {
  idf: 'israe',
  endf: 'ethio',
  saf: 'sudan',
};

/**
 * A count that says whose dead it counts: a side ("two Pakistani soldiers"), a kind of victim
 * ("three of its fighters"), or both.
 */
interface TollPart {
  count: number;
  side: string | undefined;
  kind: string | undefined;
}

interface SentenceCount {
  total: number;
  /** The largest of its counts. */
  largest: number;
  /** Its counts, when each names a side or a kind of victim; else none. */
  parts: TollPart[];
  /** Whether every count of it is told loosely ("nearly 20", "about a dozen"). */
  approximate: boolean;
}

/**
 * Kinds of victim that are different people: fighters counted in one sentence and soldiers in
 * another are two parts of a toll, where two counts of civilians may be one restated.
 */
const VICTIM_KIND = new RegExp(
  [
    '\\b(?:(?<police>police(?:m[ae]n|wom[ae]n)?|gendarmes?|constables?)',
    '(?<forces>soldiers?|troops?|servicem[ae]n|service ?members?|personnel|jawans?|sepoys?|reservists?|marines?|paratroopers?|sailors?|airmen|guardsmen|border guards?|rangers?|conscripts?|army|forces)',
    '(?<fighters>fighters?|rebels?|insurgents?|militants?|militiam[ae]n|militias?|guerrill?as?|jihadists?|combatants?|gunm[ae]n|armed m[ae]n|attackers?|separatists?|terrorists?|infiltrators?)',
    '(?<civilians>civilians?|residents?|villagers?|farmers?|child(?:ren)?|boys?|girls?|wom[ae]n|m[ae]n|teenagers?|students?|pupils|shepherds?|fisherm[ae]n|workers?|journalists?|medics?|paramedics?|infants?|bab(?:y|ies)|worshippers|pilgrims|passengers?|relatives|minors?|mothers?|fathers?|sons?|daughters?|wife|wives|husbands?))\\b',
  ].join('|'),
  'gi',
);

/** The groups of VICTIM_KIND, in its order. */
const VICTIM_KINDS = ['police', 'forces', 'fighters', 'civilians'] as const;

/**
 * A capitalised kind word beside another capitalised word is part of a name: "Citizen Armed
 * Forces", "Civilian Volunteer Organization".
 */
const NAME_BEFORE = /(?<=\p{Lu}[\p{L}'’.-]*\s+)/uy;
const NAME_AFTER = /^\s+\p{Lu}/u;
/** "one of his men": a side's own people, of no kind the word tells. */
const POSSESSIVE_BEFORE = /(?<=\b(?:his|her|their|its|our)\s+)/iy;

/**
 * The kind of victims a count names: the first kind word of its description that is not part of
 * a name.
 */
function kindOf(victims: string): string | undefined {
  VICTIM_KIND.lastIndex = 0;
  for (let match = VICTIM_KIND.exec(victims); match; match = VICTIM_KIND.exec(victims)) {
    if (
      CAPITALISED.test(match[0]) &&
      (follows(NAME_BEFORE, victims, match.index) ||
        NAME_AFTER.test(victims.slice(match.index + match[0].length)))
    ) {
      continue;
    }
    const kind = kindGroup(match.groups ?? {});
    if (
      kind === 'civilians' &&
      /^m[ae]n$/i.test(match[0]) &&
      follows(POSSESSIVE_BEFORE, victims, match.index)
    ) {
      return undefined;
    }
    return kind;
  }
  return undefined;
}

/** "19 people, including children": an aside that names some of them, with no count. */
const SUBSET_ASIDE = new RegExp(
  `^\\s*,?\\s*(?:${SUBSET_OPENER}|mostly)\\s+([^,;.()–—]{1,40})`,
  'i',
);

/** The kind of victims the aside after a count names some of. */
function subsetKind(after: string): string | undefined {
  const aside = SUBSET_ASIDE.exec(after)?.[1];
  return aside === undefined ? undefined : kindOf(aside);
}

/** The one group of VICTIM_KIND a match has, asked by name rather than by listing them all. */
function kindGroup(groups: Record<string, string | undefined>): string | undefined {
  for (const kind of VICTIM_KINDS) if (groups[kind] !== undefined) return kind;
  return undefined;
}

/**
 * Whether `text` up to `index` ends as `lookbehind` (a sticky pattern of one lookbehind) says:
 * read backwards from `index`, not over all the text before it as `$` on a copy would be.
 */
function follows(lookbehind: RegExp, text: string, index: number): boolean {
  lookbehind.lastIndex = index;
  return lookbehind.test(text);
}

/**
 * "Two fighters were killed in an exchange of fire between forces aligned with the government and
 * units of the LNA", "in a gunfight between rival forces": the count is of both sides.
 */
const BETWEEN_SIDES: WordGuarded = {
  words: NEEDED_WORDS.add(['between', 'among', 'both sides', 'both forces']),
  regex:
    /(?<!\b(?:cease-?fire|truce|agreement|deal|accord|talks|border|peace|understanding)\s)\bbetween\s[^.;]{1,80}?\sand\s|\b(?:between|among) (?:rival|the two|both|opposing)\b|\b(?:from|on) both (?:sides|forces)\b/i,
};
/** "the two soldiers": a count that refers back to victims already counted. */
const THE_BEFORE = /(?<=\bthe\s+)/iy;

/** The count an item of a list of victims opens on: "two of his children" is 2, "his wife" 1. */
function itemCount(item: string): number | null {
  const leading = LEADING_COUNT.exec(item);
  return leading?.groups?.one ? 1 : parseCount(leading?.groups?.n ?? '');
}

/**
 * The items of a list without an aside that only says who the first count's victims were:
 * "three civilians, a man and two of his children" is three; in "two men, a 51-year-old and his
 * nephew, and a Syrian worker" the aside makes up the two and the worker is a third.
 */
function withoutRestatement(items: string[]): string[] {
  const [first, ...rest] = items;
  if (first === undefined || rest.length === 0) return items;
  const subset = SUBSET_START.exec(first);
  if (subset) {
    // The match stops where the aside's first count begins.
    const head = first.slice(0, subset.index);
    const headCount = itemCount(head);
    const named = [first.slice(subset.index + subset[0].length), ...rest];
    const total = named.reduce((sum, item) => sum + (itemCount(item) ?? 0), 0);
    if (headCount !== null && total <= headCount) return [head];
  }
  const comma = first.search(APPOSITIVE_START);
  if (comma < 0) return items;
  const head = first.slice(0, comma);
  const headCount = itemCount(head);
  if (headCount === null) return items;
  const named = [first.slice(comma).replace(/^(?:,|\s[–—])\s+/, ''), ...rest];
  let total = 0;
  for (let index = 0; index < named.length; index += 1) {
    total += itemCount(named[index] ?? '') ?? 0;
    if (total === headCount) return [head, ...named.slice(index + 1)];
    if (total > headCount) break;
  }
  return items;
}

/** The sum of the counts in one sentence, each place counted once, or null when it gives none. */
function sentenceTotal(read: ReadSentence, list: readonly CompiledPattern[]): SentenceCount | null {
  const { text: sentence, found, english, otherLanguage } = read;
  if (!english && !otherLanguage) return null;
  const taken: [number, number][] = [];
  let total: number | null = null;
  let largest = 0;
  let parts: TollPart[] = [];
  let unsided = 0;
  // The count an ordinal tells ("a third soldier died"): the sentence's total, not a part of it.
  let ordinal = 0;
  let exactCounts = 0;
  let looseCounts = 0;
  // Each count summed and where it stands, for a total the others break down.
  const counts: CountAt[] = [];
  for (const pattern of list) {
    const { regex } = pattern;
    if (!(pattern.english ? english : otherLanguage)) continue;
    if (!found.has(pattern.keySet) || !found.has(pattern.matchWordSet)) continue;
    regex.lastIndex = 0;
    for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
      // A pattern that opens on AFTER_START holds the character before the count: it ends on a
      // letter, so the next match cannot open at its end.
      const start = match.index + (match.groups?.before === undefined ? 0 : 1);
      const end = match.index + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const after = sentence.slice(end, end + DISASTER_REACH);
      if (
        (matchesGuarded(
          read,
          NATURAL_DISASTER,
          sentence.slice(Math.max(0, start - DISASTER_REACH), end),
        ) &&
          !ARMED_CAUSE_AFTER.test(after)) ||
        DISASTER_AFTER.test(after)
      ) {
        continue;
      }
      if (pattern.count) {
        const count = pattern.count(match);
        if (count === null) continue;
        taken.push([start, end]);
        exactCounts += 1;
        if (pattern.statesTotal) {
          ordinal = Math.max(ordinal, count);
          continue;
        }
        total = (total ?? 0) + count;
        counts.push({ at: start, count, match: start });
        largest = Math.max(largest, count);
        unsided += 1;
        continue;
      }
      const listText = match.groups?.list ?? '';
      const listStart = match.index + match[0].indexOf(listText);
      let sum: number | null = null;
      let offset = 0;
      for (const item of withoutRestatement(listText.split(LIST_JOIN))) {
        const at = listText.indexOf(item, offset);
        offset = at + item.length;
        const leading = LEADING_COUNT.exec(item);
        const count = leading?.groups?.one ? 1 : parseCount(leading?.groups?.n ?? '');
        if (count === null) continue;
        // "Two cows were also killed": livestock is no toll.
        if (ANIMALS.test(item.slice(leading?.[0].length ?? 0))) continue;
        const itemStart = listStart + at;
        // "no one was killed" denies; the "none" phrases read it.
        if (follows(NO_BEFORE, sentence, itemStart)) continue;
        // "between nine and 12 dead": a range is no count of the dead, its upper end least.
        if (follows(RANGE_BEFORE, sentence, itemStart)) continue;
        // "Reynaldo Abaño, 42, died on the spot", "Hameeda Bibi, 55 years, …": an age between
        // commas after a name.
        if (
          (follows(AGE_AFTER_NAME, sentence, itemStart) ||
            follows(AGE_AFTER_PERSON, sentence, itemStart)) &&
          /^\d+(?:\s+years?)?\s*,/.test(sentence.slice(itemStart))
        ) {
          continue;
        }
        // "killing seven people, residents and a resistance group said": a source, no victim
        // ("killing 90 people, health officials said" counts: the source is past a comma).
        if (!item.includes(',') && SAID_AFTER.test(sentence.slice(itemStart + item.length))) {
          continue;
        }
        if (LOOSE_QUALIFIER.test(item) || follows(LOOSE_BEFORE, sentence, itemStart)) {
          looseCounts += 1;
        } else exactCounts += 1;
        const after = sentence.slice(itemStart, itemStart + 60);
        const eachSide = matchesGuarded(read, EACH_SIDE, after);
        sum = (sum ?? 0) + (eachSide ? count * 2 : count);
        counts.push({ at: itemStart, count: eachSide ? count * 2 : count, match: start });
        if (eachSide || follows(THE_BEFORE, sentence, itemStart)) {
          unsided += 1;
          continue;
        }
        const victims = item.slice(leading?.[0].length ?? 0);
        const namedSide = sideOf(victims);
        const speakersSide =
          namedSide === undefined
            ? speakersOwnSide(sentence.slice(0, itemStart), victims)
            : undefined;
        const side = namedSide ?? speakersSide;
        // "the toll among government troops … at 37": the kind told before the count.
        const kind =
          kindOf(item) ??
          kindOf(sentence.slice(start, listStart)) ??
          subsetKind(sentence.slice(itemStart + item.length)) ??
          (speakersSide !== undefined && ARMED_GROUP_SIDES.has(speakersSide)
            ? 'fighters'
            : undefined);
        if (side !== undefined || kind !== undefined) parts.push({ count, side, kind });
        else unsided += 1;
      }
      if (sum === null) continue;
      taken.push([start, end]);
      total = (total ?? 0) + sum;
      largest = Math.max(largest, sum);
    }
  }
  if (ordinal > (total ?? 0)) {
    // "Two soldiers were killed, and a third soldier died": the third of the soldiers counted.
    const [continued] = parts;
    if (continued !== undefined && parts.length === 1 && unsided === 0) {
      continued.count += ordinal - (total ?? 0);
    } else unsided += 1;
    total = ordinal;
    largest = Math.max(largest, ordinal);
  }
  if (total === null) return null;
  if (breaksDownLargest(sentence, counts)) total = largest;
  // One count and "on the X side" elsewhere in the sentence: the count is that side's.
  const [only] = parts;
  const phrase =
    parts.length + unsided === 1 && only?.side === undefined && mayHold(read, SIDE_PHRASE_WORDS)
      ? SIDE_PHRASE.exec(sentence)?.[1]
      : undefined;
  if (phrase) {
    const side = phrase.toLowerCase().slice(0, SIDE_KEY_LENGTH);
    parts = [{ count: total, side, kind: only?.kind }];
  } else if (unsided > 0 || matchesGuarded(read, BETWEEN_SIDES, sentence)) {
    // A sentence that also counts victims of no named side or kind tells no part of a toll; nor
    // does one that counts the dead of a fight between two sides.
    parts = [];
  }
  return { total, largest, parts, approximate: looseCounts > 0 && exactCounts === 0 };
}

/** What opens the parts of a total told first: a colon, a dash, "including", "among them". */
const BREAKDOWN_OPENER = /[:;(—–]|\b(?:including|among (?:them|whom)|of (?:them|whom))\b/i;

interface CountAt {
  at: number;
  count: number;
  /** Where the match it was read in starts: the counts of one list share it. */
  match: number;
}

/**
 * "At least 14 people have been killed: Thailand says four of its soldiers have died, while
 * Cambodia reports ten deaths": a count told first that the two or more after a colon, a dash or
 * "including" add up to is their total; in one list with them, or simply before them, it is a
 * part ("five civilians, two soldiers and three militiamen").
 */
function breaksDownLargest(sentence: string, counts: readonly CountAt[]): boolean {
  if (counts.length < 3) return false;
  const [first, ...rest] = [...counts].sort((a, b) => a.at - b.at);
  const [second] = rest;
  if (
    first === undefined ||
    second === undefined ||
    rest.some((count) => count.match === first.match) ||
    !BREAKDOWN_OPENER.test(sentence.slice(first.at, second.at))
  ) {
    return false;
  }
  let sum = 0;
  for (const { count } of rest) sum += count;
  return sum === first.count;
}

/**
 * Whose dead a count names: a capitalised word right after the count and before the noun ("two
 * Pakistani soldiers", "three Pakistan Army soldiers"), keyed by its first letters so that the
 * country and its adjective are one side.
 */
function sideOf(victims: string): string | undefined {
  // The first two words, as splitting the trimmed text at spaces gives them, without the rest.
  const words = FIRST_WORDS.exec(victims);
  const first = words?.[1];
  const next = words?.[2];
  if (!first || !CAPITALISED.test(first) || /[,;:]$/.test(first)) return undefined;
  // A lone capitalised word is the side's people ("33 Palestinians") only in the plural.
  if (!next && !/s$/.test(first)) return undefined;
  const key = first.toLowerCase().slice(0, SIDE_KEY_LENGTH);
  return SIDE_ALIASES[key] ?? key;
}

const FIRST_WORDS = /^\s*(\S+)(?:\s+(\S+))?/;

/** "50 of its soldiers", "12 of their fighters": a side's count of its own dead. */
const OWN_DEAD = /^\s*of\s+(?:its|their)\s/i;
/** Capitalised words of an institution's name that follow the side it belongs to. */
const INSTITUTION_WORD =
  '(?:Defen[cs]e|Foreign|Interior|Ministry|Army|Armed|Forces|Military|General|Staff|Border|Guard|Service|Command|Office|Government|Press)';
/**
 * "Baku said", "Azerbaijan's defence ministry said that", "the Azerbaijani Defence Ministry said",
 * "the Karabakh Armenian defence army said": who gives the count, ending the text before it (its
 * last capitalised word but an institution's).
 */
const SPEAKER = `(?<![\\p{L}'’])(\\p{Lu}[\\p{L}-]+)(?:['’]s)?(?:\\s+(?:\\p{Ll}[\\p{L}-]*|${INSTITUTION_WORD}(?![\\p{L}]))){0,4}?\\s+`;
const SPEAKER_BEFORE = new RegExp(
  `${SPEAKER}(?:said|says|reported|announced|admitted|acknowledged|confirmed)\\s+(?:(?:late\\s+|early\\s+)?on\\s+\\p{Lu}\\p{Ll}+day\\s+)?(?:that\\s+)?$`,
  'u',
);
/** "Armenia put its military losses at 49 dead": a side's count of its own dead, its own word. */
const OWN_LOSSES_BEFORE = new RegExp(
  `${SPEAKER}(?:put|puts|putting|gave|gives|giving)\\s+(?:its|their)\\s+(?:own\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:losses|toll|dead)\\s+(?:at|as)\\s+$`,
  'u',
);
/**
 * Armed groups that give counts of their own dead ("The MILF said three of its members had
 * died"), by the first letters of the name: their members, of no kind the word tells, are
 * fighters.
 */
const ARMED_GROUPS = [
  'milf',
  'npa',
  'hamas',
  'hezbo',
  'houth',
  'talib',
  'ttp',
  'm23',
  'rsf',
  'farc',
  'eln',
  'tplf',
  'hts',
] as const;
const ARMED_GROUP_SIDES: ReadonlySet<string> = new Set(ARMED_GROUPS);
/**
 * The sides a count of its own dead may be given by, by the first letters of the name, the
 * people, the capital or the army that speaks for each (as sideOf keys them): a place or person
 * that names no side gives a count of no side.
 */
const SPEAKER_SIDES: Readonly<Record<string, string>> = {
  ...SIDE_ALIASES,
  ...Object.fromEntries(ARMED_GROUPS.map((group) => [group, group])),
  azerb: 'azerb',
  baku: 'azerb',
  armen: 'armen',
  yerev: 'armen',
  ukrai: 'ukrai',
  kyiv: 'ukrai',
  kiev: 'ukrai',
  russi: 'russi',
  mosco: 'russi',
  kreml: 'russi',
  pakis: 'pakis',
  islam: 'pakis',
  rawal: 'pakis',
  india: 'india',
  delhi: 'india',
  afgha: 'afgha',
  kabul: 'afgha',
  iran: 'iran',
  irani: 'iran',
  tehra: 'iran',
  israe: 'israe',
  jerus: 'israe',
  leban: 'leban',
  beiru: 'leban',
  thai: 'thai',
  thail: 'thai',
  bangk: 'thai',
  cambo: 'cambo',
  penh: 'cambo',
  georg: 'georg',
  tbili: 'georg',
  sudan: 'sudan',
  khart: 'sudan',
  ethio: 'ethio',
  ababa: 'ethio',
  eritr: 'eritr',
  asmar: 'eritr',
  congo: 'congo',
  kinsh: 'congo',
  rwand: 'rwand',
  kigal: 'rwand',
  syria: 'syria',
  damas: 'syria',
  yemen: 'yemen',
};

/**
 * The side of a count of a side's own dead ("Baku said 50 of its soldiers had died"): the side
 * that gives it, so that each side's count of its own dead adds to the other's.
 */
function speakersOwnSide(before: string, victims: string): string | undefined {
  const speaker =
    OWN_LOSSES_BEFORE.exec(before)?.[1] ??
    (OWN_DEAD.test(victims) || kindOf(victims) === 'forces'
      ? SPEAKER_BEFORE.exec(before)?.[1]
      : undefined);
  return speaker === undefined
    ? undefined
    : SPEAKER_SIDES[speaker.toLowerCase().slice(0, SIDE_KEY_LENGTH)];
}

const DIGITS_ONLY = /^\d+$/;
const YEAR_LIKE = /^(?:19|20)\d\d$/;

/** A number as written ("21", "6,500", "twenty-one", "a dozen", "a"), or null for a year. */
export function parseCount(text: string): number | null {
  // Digits alone, the commonest count, need no lower case and no spaces squeezed.
  if (DIGITS_ONLY.test(text)) return YEAR_LIKE.test(text) ? null : Number(text);
  const lower = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (lower === 'a' || lower === 'an' || lower === 'another') return 1;
  const vague = VAGUE[lower];
  if (vague !== undefined) return vague;
  if (/^\d/.test(lower)) {
    if (YEAR_LIKE.test(lower)) return null;
    return Number(lower.replace(/,/g, ''));
  }
  const hundred = /^(\w+) hundred$/.exec(lower);
  if (hundred) return (UNITS[hundred[1] ?? ''] ?? 1) * 100;
  const [first, second] = lower.split(/[-\s]/);
  const tens = TENS[first ?? ''];
  if (tens !== undefined) return tens + (UNITS[second ?? ''] ?? 0);
  return UNITS[first ?? ''] ?? null;
}
