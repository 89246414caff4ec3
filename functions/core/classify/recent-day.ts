// The words that place an event within the day or so before an item was written: this week's
// weekday, "yesterday", "last night", "since dawn". The toll, freshness and background readings
// share them, as regular-expression sources, so that a day one of them knows, all of them know.

/** A weekday's name: in the news, one of the week the item was written in. */
export const WEEKDAY = '(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day';

/** The hours just past, named from today: "yesterday", "last night", "this morning". */
export const HOURS_JUST_PAST = '(?:yesterday|last\\s+night|this\\s+(?:morning|afternoon|evening))';

/**
 * What "since" names to count only this week's dead or this week's fighting: "since Sunday",
 * "since early Tuesday", "since dawn", "since the weekend".
 */
export const SINCE_RECENTLY = `(?:(?:early|late)\\s+)?(?:on\\s+)?(?:${WEEKDAY}|${HOURS_JUST_PAST}|dawn|midnight|the\\s+(?:morning|weekend))\\b`;
