// The words that show a sentence tells of the violent event itself ("killed", "shelling",
// "ambush"), and the words that show it tells of what someone said or planned about it ("said",
// "accused", "talks"). Incident matching reads a report's places and days only where it speaks of
// the event, so that "Russia said Monday" or "the Lachin corridor, blocked last month" in the same
// article does not count as where or when the event happened.

const EVENT_WORD =
  /^(?:kill\w*|died|dies|dying|dead\w*|deaths?|wound\w*|injur\w*|casualt\w*|shot|shots|shoot\w*|gunfire|gunfights?|gunm[ae]n|fire|fired|fires|firing|shell|shells|shelled|shelling|strikes?|struck|airstrikes?|attack\w*|clash\w*|ambush\w*|fighting|fought|hostilities|skirmish\w*|incidents?|explosions?|blasts?|explod\w*|raids?|bomb\w*|mortars?|artillery|drones?|rockets?|missiles?|snipers?|grenades?|violat\w*|breach\w*|assault\w*|offensive|landmines?|martyr\w*|massacre\w*)$/;

const REPORTING_WORDS = new Set([
  'said',
  'says',
  'say',
  'saying',
  'told',
  'tells',
  'tell',
  'accused',
  'accuses',
  'accusing',
  'accuse',
  'called',
  'calls',
  'calling',
  'urged',
  'urges',
  'urging',
  'asked',
  'asks',
  'asking',
  'appealed',
  'appeals',
  'requested',
  'voiced',
  'welcomed',
  'rejected',
  'responded',
  'replied',
  'pledged',
  'promised',
  'announced',
  'announces',
  'announcing',
  'declared',
  'stated',
  'statement',
  'statements',
  'added',
  'adds',
  'confirmed',
  'confirms',
  'claimed',
  'claims',
  'denied',
  'denies',
  'dismissed',
  'warned',
  'warns',
  'expressed',
  'condemned',
  'condemns',
  'blamed',
  'blames',
  'demanded',
  'insisted',
  'noted',
  'wrote',
  'tweeted',
  'posted',
  'commented',
  'commentary',
  'briefing',
  'briefed',
  'interview',
  // Plans and agreements: "talks on Sunday", "the truce took effect on Monday".
  'meeting',
  'meet',
  'meets',
  'met',
  'talks',
  'summit',
  'session',
  'visit',
  'visited',
  'vote',
  'deadline',
  'effect',
  'signed',
  'agreed',
]);

/** A sentence cut at commas, brackets, quotes and dashes, each part as its words. */
export type Clauses = string[][];

const CLAUSE_BREAK = /[,;:()[\]"“”«»\u2014\u2013]|\s-{1,2}\s|--/;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

export function clausesOf(sentence: string): Clauses {
  // "cease-fire" would otherwise read as the word "fire".
  const text = sentence.replace(/\bcease[\s-]+fire/gi, 'ceasefire');
  return text
    .split(CLAUSE_BREAK)
    .map((clause) => clause.match(WORD) ?? [])
    .filter((clause) => clause.length > 0);
}

/** The word as compared with the lists: lower case, without a possessive "'s". */
export function bareWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

export function isEventWord(word: string): boolean {
  return EVENT_WORD.test(bareWord(word));
}

export function isReportingWord(word: string): boolean {
  return REPORTING_WORDS.has(bareWord(word));
}

/** Whether the sentence speaks of violence at all. */
export function tellsOfEvent(sentence: string): boolean {
  return clausesOf(sentence).some((clause) => clause.some(isEventWord));
}
