// The dateline that opens wire copy ("KYIV, March 26 (Reuters) - …", "КИЕВ, 26 марта —"): it
// says where the report was filed, which is often not where the event it reports took place.

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const CAPITALISED_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** One to four capitalised words, joined by spaces or slashes ("TEHRAN/JERUSALEM", "GAZA CITY"). */
const PLACE = `${CAPITALISED_WORD}(?:[ /]${CAPITALISED_WORD}){0,3}`;
const UPPER_PLACE = "\\p{Lu}[\\p{Lu}'’.-]+(?:[ /]\\p{Lu}[\\p{Lu}'’.-]*){0,3}";
/**
 * "March 26", or the day first as most languages and British English write it: "26 марта",
 * "12 mars 2024", "26 May".
 */
const DATE = `(?:${MONTH}\\.? \\d{1,2}(?:,? \\d{4})?|\\d{1,2}\\.? (?:\\p{Ll}+|${MONTH})\\.?(?: \\d{4})?)`;
const AGENCY = '\\([^()]{1,30}\\)';
const DASH = '\\s*[-–—]+\\s+';
/**
 * A place in capitals, or a place followed by a date or an agency, then a dash: an ordinary
 * sentence seldom opens like that.
 */
const DATELINE = new RegExp(
  `^\\s*(?:${UPPER_PLACE}(?:,\\s*${PLACE})?(?:,\\s*${DATE})?(?:\\s*${AGENCY})?` +
    `|${PLACE}(?:,\\s*${PLACE})?(?:,\\s*${DATE}(?:\\s*${AGENCY})?|\\s*${AGENCY}))${DASH}`,
  'u',
);

/**
 * A dateline ends on a dash and a space: a sentence without one has none, found with a scan far
 * cheaper than trying the dateline's capitalised words at the start of every sentence.
 */
const DASH_THEN_SPACE = /[-–—]\s/;

/** Characters of the dateline that opens `sentence`, or 0 when it has none. */
export function datelineLength(sentence: string): number {
  if (!DASH_THEN_SPACE.test(sentence)) return 0;
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}
