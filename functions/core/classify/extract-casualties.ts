// Death and injury counts of an incident, from the sentences that report it. Counts given for
// different victims in one sentence add up ("three police officers were killed … two troops also
// died" = 5); across sentences the largest total wins, since outlets restate tolls as they grow.
// Vague amounts follow ACLED's conservative reading ("dozens" = 12).

export interface Casualties {
  killed: number | null;
  injured: number | null;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const VAGUE: Record<string, number> = {
  'a dozen': 12, dozen: 12, dozens: 12, scores: 20, hundreds: 100, thousands: 1000,
};

const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${TEN_WORDS})(?:[-\\s](?:${UNIT_WORDS}))?|(?:${UNIT_WORDS})(?:\\s+hundred)?|a dozen|dozens|scores|hundreds|thousands|another)`;
const ARTICLE = '(?:a|an)(?!\\s+dozen)';
const QUALIFIER =
  '(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|a total of|another)\\s+)?';
const START = "(?<![A-Za-z0-9\\u00c0-\\uffff:.,/'’-])";
const END = '(?![A-Za-z0-9\\u00c0-\\uffff])';
/** Words between a number and its verb: the victims ("police officers from Karabakh"). */
const STOP_WORDS = `(?:and|or|while|but|as|when|after|killed|killing|wounded|wounding|injured|injuring|died|dead|including|${NUMBER})`;
const victims = (max: number): string =>
  `(?:(?!${STOP_WORDS}${END})[A-Za-z0-9\\u00c0-\\uffff'’()\\-]+,?\\s+){0,${max}}?`;
const AUXILIARY =
  '(?:(?:were|was|have been|had been|has been|are|is|been|got|reportedly|also|later|all|both)\\s+){0,3}';
const KILLED_WORDS =
  '(?:killed|dead|died|slain|shot dead|martyred|lost their lives|lost his life|lost her life|perished|deaths|fatalities)';
const INJURED_WORDS = '(?:wounded|injured|hurt|hospitali[sz]ed|injuries)';
const EACH_SIDE = /^[^.;]{0,40}?\b(?:from|on|of) (?:each|either|both) sides?\b/i;

function patterns(measure: 'killed' | 'injured'): RegExp[] {
  const verbs = measure === 'killed' ? KILLED_WORDS : INJURED_WORDS;
  const active =
    measure === 'killed'
      ? '(?:killed|killing|kills|kill)'
      : '(?:wounded|wounding|injured|injuring|injuries to)';
  const sources = [
    // "three police officers were killed", "25 dead", "one killed in action"
    `${START}${QUALIFIER}(?<n>${NUMBER})\\s+${victims(6)}${AUXILIARY}${verbs}${END}`,
    // "a Ukrainian soldier was killed"
    `${START}(?<n>${ARTICLE})\\s+${victims(3)}${AUXILIARY}${verbs}${END}`,
    // "killing one soldier from each side", "killed five civilians"
    `${START}${active}\\s+${QUALIFIER}(?<n>${NUMBER})${END}`,
    // "left ten people dead"
    `${START}(?:left|leaving)\\s+${QUALIFIER}(?<n>${NUMBER})\\s+${victims(4)}${verbs}${END}`,
    ...(measure === 'killed'
      ? [
          // "claimed more than 6,500 lives"
          `${START}claim(?:ed|ing|s)\\s+(?:the lives of\\s+)?${QUALIFIER}(?<n>${NUMBER})${END}`,
          // "the death toll rose to 25"
          `${START}death toll\\s+(?:[a-z\\u00c0-\\uffff]+\\s+){0,3}?(?:to|at|of|reached|is|was)\\s+${QUALIFIER}(?<n>${NUMBER})${END}`,
        ]
      : []),
  ];
  return sources.map((source) => new RegExp(source, 'gi'));
}

const KILLED_PATTERNS = patterns('killed');
const INJURED_PATTERNS = patterns('injured');
const NONE_KILLED =
  /\bno (?:one|civilians?|soldiers?|people|personnel|troops|servicemen|lives?)\b[^.;]{0,20}?\b(?:killed|died|dead|lost)\b|\bno (?:casualties|deaths|fatalities|victims|loss of life)\b|\bwithout (?:casualties|loss of life)\b/i;
const NONE_INJURED =
  /\bno (?:one|civilians?|soldiers?|people|personnel|troops|servicemen)\b[^.;]{0,20}?\b(?:injured|wounded|hurt)\b|\bno (?:casualties|injuries|victims)\b|\bwithout casualties\b/i;

/** Killed and injured for the incident the sentences report; null where none gives a count. */
export function extractCasualties(sentences: readonly string[]): Casualties {
  return {
    killed: largestTotal(sentences, KILLED_PATTERNS, NONE_KILLED),
    injured: largestTotal(sentences, INJURED_PATTERNS, NONE_INJURED),
  };
}

function largestTotal(sentences: readonly string[], list: RegExp[], none: RegExp): number | null {
  let best: number | null = null;
  for (const sentence of sentences) {
    const total = sentenceTotal(sentence, list);
    if (total !== null && (best === null || total > best)) best = total;
    else if (total === null && best === null && none.test(sentence)) best = 0;
  }
  return best;
}

/** The sum of distinct counts in one sentence, or null when it gives none. */
function sentenceTotal(sentence: string, list: RegExp[]): number | null {
  const counted = new Map<number, number>();
  for (const regex of list) {
    regex.lastIndex = 0;
    for (let match = regex.exec(sentence); match; match = regex.exec(sentence)) {
      const numberText = match.groups?.n;
      if (numberText === undefined) continue;
      const at = match.index + match[0].lastIndexOf(numberText);
      if (counted.has(at)) continue;
      const value = parseCount(numberText);
      if (value === null) continue;
      const rest = sentence.slice(match.index + match[0].length);
      counted.set(at, EACH_SIDE.test(rest) || EACH_SIDE.test(match[0]) ? value * 2 : value);
    }
  }
  if (counted.size === 0) return null;
  let total = 0;
  for (const value of counted.values()) total += value;
  return total;
}

/** A number as written ("21", "6,500", "twenty-one", "a dozen", "a"), or null for a year. */
export function parseCount(text: string): number | null {
  const lower = text.toLowerCase().trim().replace(/\s+/g, ' ');
  if (lower === 'a' || lower === 'an' || lower === 'another') return 1;
  const vague = VAGUE[lower];
  if (vague !== undefined) return vague;
  if (/^\d/.test(lower)) {
    if (/^(?:19|20)\d\d$/.test(lower)) return null;
    return Number(lower.replace(/,/g, ''));
  }
  const hundred = /^(\w+) hundred$/.exec(lower);
  if (hundred) return (UNITS[hundred[1] ?? ''] ?? 1) * 100;
  const [first, second] = lower.split(/[-\s]/);
  const tens = TENS[first ?? ''];
  if (tens !== undefined) return tens + (UNITS[second ?? ''] ?? 0);
  return UNITS[first ?? ''] ?? null;
}
