// Turns an item into what the rules read: its sentences, title first, each with its lead weight,
// the vocabulary words, zone names and other terms it contains (one pass over its characters
// for all of them), and whether it tells history or what happened before a ceasefire began.
import { repairStrayEntities } from '../text/repair-stray-entities.js';
import { repairText } from '../text/repair-text.js';
import { withoutArabicMarks } from '../text/without-arabic-marks.js';
import { splitSentences } from '../text/sentences.js';
import { stripBoilerplate } from '../text/strip-boilerplate.js';
import {
  endsShortLivedTruceEarlier,
  givesEarlierYear,
  opensOnThePast,
  opensTimelineEntryEarlier,
  placesEventEarlier,
} from './earlier-time.js';
import { createDateReader } from './extract-date.js';
import { SINCE_RECENTLY } from './recent-day.js';
import { createTitleRepeatTest } from './title-repeat.js';
import type { Gazetteer, GazetteerMatch, SentenceGazetteerHits } from './gazetteer.js';
import { type LeadSettings, VOCABULARY_NAMES, type VocabularyName } from './ruleset-schema.js';
import type { TermScanner } from './term-matcher.js';

export interface WordHit {
  /** Bit i set when the word belongs to VOCABULARY_NAMES[i]. */
  mask: number;
  /** Index of the hit's first word in its sentence. */
  word: number;
  /** Index of its last word (hits may span several: "in defiance of"). */
  endWord: number;
  /** Where it is in the sentence's text. */
  start: number;
  end: number;
}

export interface ReadSentence {
  text: string;
  /** 0 for the title, then the count of substantial sentences up to this one. */
  position: number;
  /** How much the sentence counts: 1 in the lead, falling to 0 past it. */
  weight: number;
  hits: WordHit[];
  /** Union of the hits' masks. */
  mask: number;
  /** Zone names and agreement markers (read with the words, interpreted on first use). */
  readonly zones: SentenceGazetteerHits;
  /**
   * For each further matcher the reader scans with (weapons, severity terms, …), a bit mask of
   * its sets found in the sentence.
   */
  found: readonly number[];
  /** The further matchers' matches, in the order of the text. */
  further: readonly FurtherMatch[];
  /** The incident date the sentence gives or implies (read against the published date). */
  readonly date: string | null;
  /** Tells history ("previous truces", "weeks of fighting", a year before publication). */
  background: boolean;
  /** Places its action before a ceasefire ("shelling until the truce began"). */
  preTruce: boolean;
  /** Whether it tells of a truce still to begin ("as the May truce nears"). */
  truceAhead: boolean;
}

/** A match of a further matcher: its number among them, its sets, where it is. */
export interface FurtherMatch {
  matcher: number;
  sets: readonly number[];
  start: number;
  end: number;
}

export interface ReadItem {
  /** Sentences with a lead weight, title first. */
  lead: ReadSentence[];
  /** The first two sentences (the title counts): what the item says its news is. */
  headline: ReadSentence[];
  /** Ids of regimes whose agreement markers the article names anywhere (lead or further down). */
  markers(): ReadonlySet<string>;
  /**
   * The title names a periodic report ("Flash Update #6", "Weekly digest"): its headline is the
   * title alone, and every incident of the period it covers is its news.
   */
  periodic: boolean;
}

export interface ItemReader {
  /**
   * The item as the rules read it; null when a gate is set and no lead sentence passes it, or
   * when the item withdraws a story (it reports nothing).
   */
  read(input: { title: string | null; text: string; published?: string }): ReadItem | null;
}

/**
 * The scanner's matchers, by position: the vocabularies (sets in VOCABULARY_NAMES order), the
 * gazetteer's term sets, then any further ones, whose sets read as bits of ReadSentence.found.
 */
export const VOCABULARY_MATCHER = 0;
export const GAZETTEER_MATCHER = 1;
const FURTHER_MATCHERS = 2;

/** Characters of an item read at most: the lead and its context lie well within them. */
const MAX_TEXT_READ = 30_000;
/** Further sentences scanned only for agreement markers, past the end of the lead. */
const MARKER_SENTENCES_AFTER_LEAD = 24;
/**
 * Article characters and sentences read at most: room for the lead and the marker sentences
 * after it, even with short lines that do not count toward the lead.
 */
const MAX_ARTICLE_READ = 16_000;
const MAX_BODY_SENTENCES = 120;
/** Words from an agreement's verb to the connector that tells its backstory ("agreed … after"). */
const BACKSTORY_REACH = 12;
/** Connector-to-ceasefire distance, in words, that makes a sentence pre-truce. */
const PRE_TRUCE_WINDOW = 4;

// A hit's vocabularies are one 32-bit mask: a 33rd vocabulary would share a bit with the first.
if (VOCABULARY_NAMES.length > 32) throw new Error('at most 32 vocabularies fit a word mask');
export const VOCABULARY_BIT: Readonly<Record<VocabularyName, number>> = Object.fromEntries(
  VOCABULARY_NAMES.map((name, index) => [name, 1 << index]),
) as Record<VocabularyName, number>;
/** Words that say a truce was broken or ended: a sentence with one is news, whatever it recalls. */
const BREAKING_WORDS =
  VOCABULARY_BIT.breach |
  VOCABULARY_BIT.collapse |
  VOCABULARY_BIT.suspension |
  VOCABULARY_BIT.renunciation |
  VOCABULARY_BIT.resumption |
  VOCABULARY_BIT.despite;
/** Words of armed action or of its dead and wounded: what tells of an incident. */
export const ACTION_WORDS = VOCABULARY_BIT.armed | VOCABULARY_BIT.casualty;

/**
 * `scanner` holds the matchers in the order above; `furtherMatchers` is how many follow the
 * gazetteer. `gate`, when given, is a scanner of the terms without which nothing the item says
 * matters: an item whose lead has none of them is not read further (most news names no truce).
 */
export function createItemReader(
  scanner: TermScanner,
  gazetteer: Gazetteer,
  lead: LeadSettings,
  furtherMatchers = 0,
  gate?: TermScanner,
): ItemReader {
  const ceasefireBit = VOCABULARY_BIT.ceasefire;

  return {
    read({ title, text, published }) {
      // Undated, the item was written no earlier than the latest year it names: a sentence
      // that dates its event before that year tells history.
      const publishedYear = published
        ? Number(published.slice(0, 4)) || null
        : latestYearNamed(title, text.slice(0, MAX_TEXT_READ));
      // Undated, only the year is known: no month is compared.
      const publishedMonth =
        publishedYear === null
          ? null
          : { year: publishedYear, month: published ? Number(published.slice(5, 7)) || 0 : 0 };
      const body = bodySentences(text);
      const titleText = title ? asRead(title).trim() : '';
      // A notice that withdraws a story repeats what it takes back.
      if (WITHDRAWN_SLUG.test(titleText) || WITHDRAWAL_NOTICE.test(body[0] ?? '')) return null;
      const { texts, positions, further } = selectSentences(titleText, body, lead);
      // Scanned alone, a sentence holds a gate term wherever the full scanner finds one (at each
      // word start the gate's walk finds a match whenever one exists), so an item the gate
      // rejects has none of them for the rules either.
      if (
        gate &&
        !texts.some((sentenceText) => gate.findsAny(sentenceText, 0, sentenceText.length))
      ) {
        return null;
      }
      const dateOf = createDateReader(published);

      const sentences = texts.map((sentenceText, index): ReadSentence => {
        const sentence = new LeadSentence(sentenceText, gazetteer, furtherMatchers, dateOf);
        filling = sentence;
        scanner.scanRange(sentenceText, 0, sentenceText.length, fillSentence);
        const position = positions[index] ?? 0;
        sentence.position = position;
        // What a correction says an earlier version got wrong did not happen as told.
        sentence.weight = RETRACTED.test(sentenceText) ? 0 : leadWeight(position, lead);
        sentence.background =
          ((sentence.mask & VOCABULARY_BIT.background) !== 0 &&
            tellsHistory(sentence.hits, sentenceText)) ||
          givesEarlierYear(sentenceText, publishedYear) ||
          opensTimelineEntryEarlier(sentenceText, publishedMonth) ||
          opensOnThePast(sentenceText) ||
          endsShortLivedTruceEarlier(sentenceText, publishedMonth) ||
          // Only an incident is placed in time: a sentence with no armed or casualty word is not.
          ((sentence.mask & ACTION_WORDS) !== 0 &&
            placesEventEarlier(sentenceText, (sentence.mask & ceasefireBit) !== 0, publishedMonth));
        sentence.truceAhead = namesTruceAhead(sentence.hits, sentenceText);
        sentence.preTruce = sentence.truceAhead || isPreTruce(sentence.hits, sentenceText);
        return sentence;
      });
      let markers: Set<string> | undefined;
      const [first] = sentences;
      const periodic =
        titleText !== '' &&
        first !== undefined &&
        (first.mask & VOCABULARY_BIT.periodicReport) !== 0;
      return {
        lead: sentences,
        headline: periodic && first ? [first] : headlineOf(sentences, lead.minWords),
        periodic,
        markers() {
          markers ??= new Set([
            ...sentences.flatMap((sentence) => sentence.zones.markers),
            ...gazetteer.scanAll(further).flatMap((hits) => hits.markers),
          ]);
          return markers;
        },
      };
    },
  };
}

const YEAR_NAMED = /(?<![\d.,/:-])(?:19|20)\d\d(?![\d.,/:]\d)/g;

/** The latest year the title or text names, or null when they name none. */
function latestYearNamed(title: string | null, text: string): number | null {
  let latest: number | null = null;
  for (const part of [title ?? '', text]) {
    for (const [year] of part.matchAll(YEAR_NAMED)) {
      const value = Number(year);
      if (latest === null || value > latest) latest = value;
    }
  }
  return latest;
}

/**
 * The characters mis-decoded runs and Arabic marks go with (RUN_START_CHARACTERS and
 * ARABIC_LETTERS), and the rest of U+3000–U+FFEF: most texts hold none of them, and one scan for
 * all tells so where the mojibake repair and the mark removal would each read the text. The
 * ranges between the run-start ones are taken in too (the repairs leave their characters as they
 * are), as four ranges to test cost far less per character than eight.
 */
export const MAY_NEED_REPAIR = /[\u00c2-\u00f4\u0620-\u064a\u20ac\u3000-\uffef]/;

/** Text as the rules read it: its encoding damage repaired, Arabic without its vowel marks. */
function asRead(text: string): string {
  // Stray entities stand for ASCII and a space: repairing them neither makes nor hides such a
  // character, and without one there is nothing else to repair.
  if (!MAY_NEED_REPAIR.test(text)) return repairStrayEntities(text);
  return withoutArabicMarks(repairText(text));
}

/**
 * The sentences of an item's text as the reader takes them: mis-decoded text repaired,
 * boilerplate cut. Only the lead and the sentences after it read for markers are ever used: the
 * rest of a long page is neither cleaned nor split.
 */
export function bodySentences(text: string): string[] {
  const article = stripBoilerplate(asRead(text.slice(0, MAX_TEXT_READ)), {
    maxCharacters: MAX_ARTICLE_READ,
  });
  return splitSentences(article, MAX_BODY_SENTENCES);
}

/**
 * The title and the lead's sentences with their positions, and the sentences after the lead
 * that are still read for agreement markers ("the 2020 Moscow-brokered deal").
 */
function selectSentences(
  titleText: string,
  body: readonly string[],
  lead: LeadSettings,
): { texts: string[]; positions: number[]; further: string[] } {
  const repeatsTitle = createTitleRepeatTest(titleText);
  const texts: string[] = [];
  const positions: number[] = [];
  const further: string[] = [];
  if (titleText !== '') {
    texts.push(withoutAlertLabel(titleText));
    positions.push(0);
  }
  let position = 0;
  for (const told of body) {
    if (repeatsTitle(told)) continue;
    const sentence = position === 0 ? withoutAlertLabel(told) : told;
    if (hasWords(sentence, lead.minWords)) position += 1;
    if (position <= lead.lastSentence) {
      texts.push(sentence);
      positions.push(Math.max(position, 1));
    } else if (further.length < MARKER_SENTENCES_AFTER_LEAD) {
      further.push(sentence);
    } else {
      break;
    }
  }
  return { texts, positions, further };
}

/**
 * "BREAKING: …", "URGENT — …", "Breaking news: …": the label a wire alert opens on is no word of
 * its news ("breaking" is a breach word).
 */
const ALERT_LABEL =
  /^\W*(?:(?:BREAKING|URGENT|FLASH|JUST IN|ALERT)\b(?:\s+NEWS\b)?\s*[:|—–-]?|(?:Breaking|Urgent|Flash|Just in)(?:\s+news)?\s*[:|—–-])\s*/;

function withoutAlertLabel(text: string): string {
  const label = ALERT_LABEL.exec(text);
  return label === null || label[0].length === text.length ? text : text.slice(label[0].length);
}

function headlineOf(sentences: readonly ReadSentence[], minWords: number): ReadSentence[] {
  const headline: ReadSentence[] = [];
  for (const sentence of sentences) {
    if (headline.length === 2) break;
    if (sentence.position === 0 || hasWords(sentence.text, minWords)) headline.push(sentence);
  }
  return headline;
}

function leadWeight(position: number, lead: LeadSettings): number {
  if (position <= lead.fullWeightSentences) return 1;
  const span = lead.lastSentence - lead.fullWeightSentences;
  return span <= 0 ? 0 : Math.max(0, (lead.lastSentence - position) / span);
}

/** A lead sentence as the scanner fills it in; zones are interpreted on first use. */
class LeadSentence implements ReadSentence {
  position = 0;
  weight = 0;
  readonly hits: WordHit[] = [];
  mask = 0;
  readonly found: number[];
  readonly further: FurtherMatch[] = [];
  background = false;
  preTruce = false;
  truceAhead = false;
  private readonly places: GazetteerMatch[] = [];
  private interpreted: SentenceGazetteerHits | undefined;
  private dated: string | null | undefined;

  constructor(
    readonly text: string,
    private readonly gazetteer: Gazetteer,
    furtherMatchers: number,
    private readonly dateOf: (sentence: string) => string | null,
  ) {
    this.found = furtherMatchers === 0 ? [] : new Array<number>(furtherMatchers).fill(0);
  }

  get zones(): SentenceGazetteerHits {
    this.interpreted ??= this.gazetteer.hitsOf(this.text, this.places);
    return this.interpreted;
  }

  get date(): string | null {
    if (this.dated === undefined) this.dated = this.dateOf(this.text);
    return this.dated;
  }

  /** Whether the words at start..end are plural truces just after a "despite" connector. */
  private setAgainst(word: number, start: number, end: number): boolean {
    const connector = this.hits.at(-1);
    return (
      connector !== undefined &&
      (connector.mask & VOCABULARY_BIT.despite) !== 0 &&
      word - connector.endWord - 1 <= PLURAL_TRUCES_AFTER_CONNECTOR &&
      PLURAL_TRUCES.test(this.text.slice(start, end))
    );
  }

  /** Takes one match of the scan, by the matcher that found it. */
  add(
    matcher: number,
    start: number,
    end: number,
    sets: readonly number[],
    word: number,
    endWord: number,
  ): void {
    if (matcher === GAZETTEER_MATCHER) {
      this.places.push({ sets, start, end });
      return;
    }
    let mask = 0;
    for (const set of sets) mask |= 1 << set;
    if (matcher === VOCABULARY_MATCHER) {
      if (mask === 0) return;
      if ((mask & VOCABULARY_BIT.background) !== 0 && this.setAgainst(word, start, end)) {
        mask = (mask & ~VOCABULARY_BIT.background) | VOCABULARY_BIT.ceasefire;
      }
      this.hits.push({ mask, word, endWord, start, end });
      this.mask |= mask;
      return;
    }
    const index = matcher - FURTHER_MATCHERS;
    this.found[index] = (this.found[index] ?? 0) | mask;
    this.further.push({ matcher: index, sets, start, end });
  }
}

/** A wire's slug for a story taken back: "WITHDRAWN-Israeli tank fire kills three …". */
const WITHDRAWN_SLUG = /^(?:WITHDRAWN|KILL|ELIMINATE)\s*[-:–—]/;
/** "EDITORS: Please withdraw the story headlined …", "Please kill this story". */
const WITHDRAWAL_NOTICE =
  /^\W*(?:editors?\s*[:-]\s*)?please (?:withdraw|kill|eliminate|disregard) (?:the|this|our) (?:story|item|report|dispatch)\b/i;

/** "Correction: An earlier version of this story said the strike came after the truce began." */
const RETRACTED =
  /^(?:correction:\s*)?an earlier version of this (?:story|article|report|item|post)\b/i;

/**
 * Truces in the plural are mostly history ("previous truces failed"), but "fighting despite
 * truces announced by both sides" sets today's action against truces in force: each of them is
 * then a ceasefire word like "truce".
 */
const PLURAL_TRUCES = /^(?:truces|cease-?fires)$/i;
/** Words between a connector ("despite") and the truces it sets the action against. */
const PLURAL_TRUCES_AFTER_CONNECTOR = 2;

/** The sentence being scanned: one visitor serves every scan, without a closure each. */
let filling: LeadSentence | undefined;

function fillSentence(
  matcher: number,
  start: number,
  end: number,
  sets: readonly number[],
  word: number,
  endWord: number,
): void {
  filling?.add(matcher, start, end, sets, word, endWord);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

/** Words from what made or ended a truce ("agreed", "that ended") to a date that describes it. */
const TRUCE_DESCRIPTION_REACH = 6;

/**
 * A background word marks the sentence as history, unless it describes the truce the sentence
 * names ("despite the ceasefire that ended last year's war", "the truce agreed in Doha last
 * year", "a Russian-brokered agreement ended six weeks of war"): then it dates the truce, not the
 * news. A truce's breakdown told in between is what it dates ("a ceasefire signed in 2002 had
 * collapsed years earlier").
 */
function tellsHistory(hits: readonly WordHit[], text: string): boolean {
  return hits.some(
    (hit) =>
      (hit.mask & VOCABULARY_BIT.background) !== 0 &&
      !datesTruce(hits, hit, text) &&
      !countsTheseDays(text, hit) &&
      !toldAsCauseOfBreak(hits, hit) &&
      !latestOfSeries(text, hit) &&
      !hits.some(
        (made) =>
          (made.mask & (VOCABULARY_BIT.truceMade | VOCABULARY_BIT.backstory)) !== 0 &&
          made.endWord < hit.word &&
          hit.word - made.endWord <= TRUCE_DESCRIPTION_REACH &&
          !hits.some(
            (broken) =>
              (broken.mask & BREAKING_WORDS) !== 0 &&
              broken.word > made.endWord &&
              broken.word < hit.word,
          ) &&
          (hits.some(
            (truce) =>
              (truce.mask & VOCABULARY_BIT.ceasefire) !== 0 &&
              truce.endWord < made.word &&
              made.word - truce.endWord <= 2,
          ) ||
            endedByAgreementMade(hits, made, hit, text)),
      ),
  );
}

/** A truce or an agreement right after the word that made it: "a Russian-brokered agreement". */
const AGREEMENT_AFTER_MADE =
  /^\s+(?:(?:19|20)\d\d\s+)?(?:ceasefire|cease-fire|truce|agreement|deal|accord)\b/i;

/**
 * "since a Russian-brokered agreement ended six weeks of war": the agreement the word made, then
 * what it ended, which the background word tells.
 */
function endedByAgreementMade(
  hits: readonly WordHit[],
  made: WordHit,
  background: WordHit,
  text: string,
): boolean {
  return (
    AGREEMENT_AFTER_MADE.test(text.slice(made.end, made.end + 40)) &&
    hits.some(
      (ended) =>
        (ended.mask & VOCABULARY_BIT.ending) !== 0 &&
        ended.word > made.endWord &&
        ended.endWord < background.word,
    )
  );
}

/**
 * "At least 22 people were killed in two days of fighting", "have been killed since Sunday": a
 * toll over the last few days is today's news, not the history that weeks or years of fighting
 * tell.
 */
const THESE_DAYS =
  /\bin\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|several|a few|[2-5])\s+$/i;
const DAYS = /^days\b/i;
/** "have been killed since Sunday": a toll since a day of this week is today's news too. */
const SINCE_END = /\bsince$/i;
const RECENT_DAY = new RegExp(`^\\s+${SINCE_RECENTLY}`, 'i');

function countsTheseDays(text: string, background: WordHit): boolean {
  const told = text.slice(background.start, background.end);
  if (SINCE_END.test(told)) return RECENT_DAY.test(text.slice(background.end));
  return (
    DAYS.test(told) &&
    THESE_DAYS.test(text.slice(Math.max(0, background.start - 24), background.start))
  );
}

/**
 * "in violation of the ceasefire … since the UN-brokered truce of last year": the time right after
 * a truce is when it was made, not what the sentence tells.
 */
function datesTruce(hits: readonly WordHit[], background: WordHit, text: string): boolean {
  return hits.some(
    (truce) =>
      (truce.mask & VOCABULARY_BIT.ceasefire) !== 0 &&
      ((truce.endWord < background.word &&
        background.word - truce.endWord <= TRUCE_DATE_REACH &&
        !datesBreak(hits, truce, background, text) &&
        // "despite the truce then in force": what it says of the truce is that it was. A truce
        // is made on a day: years after it ("Режим тишины в последующие годы нарушался") are
        // when it was broken.
        !IN_FORCE_THEN_OR_YEARS.test(text.slice(background.start, background.end))) ||
        // "in violation of last year's ceasefire": the time the truce was made, told before it.
        (truce.word === background.endWord + 1 &&
          POSSESSIVE_END.test(text.slice(background.end, truce.start)))),
  );
}
/** What a time word before a truce ends on that makes it the truce's: "last year's ceasefire". */
const POSSESSIVE_END = /^['’]s\s+$/;
const IN_FORCE_THEN_OR_YEARS =
  /(?:\bthen in force|\bin (?:force|place) at the time|\byears|годы|роки)$/iu;

/**
 * "pulled out of the 2002 ceasefire a year ago": a time told with "ago" dates what was done to
 * the truce, when a word that broke or ended it stands before the truce.
 */
function datesBreak(
  hits: readonly WordHit[],
  truce: WordHit,
  background: WordHit,
  text: string,
): boolean {
  return (
    (AGO.test(text.slice(background.start, background.end)) ||
      // "les violations du cessez-le-feu enregistrées l'an dernier": the breaches recorded then.
      RECORDED_BETWEEN.test(text.slice(truce.end, background.start))) &&
    hits.some((broken) => (broken.mask & BREAKING_WORDS) !== 0 && broken.endWord < truce.word)
  );
}

/** A verb of recording between a truce and the time after it: the time is the breaches'. */
const RECORDED_BETWEEN =
  /^\s+(?:recorded|reported|registered|observed|committed|logged|enregistr[ée]e?s?|recens[ée]e?s?|signal[ée]e?s?|constat[ée]e?s?|commise?s?|registrad[oa]s?)\s+$/i;
const AGO = /\bago$/i;
/** Words from a truce to the time that dates it: "the truce of last year". */
const TRUCE_DATE_REACH = 2;

/**
 * "it was the latest in a series of incidents along the border in recent months": the news is the
 * latest of them, whatever time the series spans.
 */
const LATEST_OF_SERIES =
  /\bthe latest (?:in an? (?:series|string|spate|wave|run|number) of|of (?:several|many|a series of))\b[^.;:]*$/i;
/**
 * "in the most serious incident since the arrangement halted five days of fighting in July": the
 * news is ranked against the past the clause tells, and is not that past.
 */
const WORST_SINCE =
  /\bthe (?:most serious|worst|deadliest|bloodiest|heaviest|biggest|highest|largest) (?:[\p{L}-]+ ){0,3}since\b[^.;:]*$/iu;
/**
 * "the most serious since the five-day conflict in July, when at least 48 people were killed": a
 * clause that tells what happened then is history still.
 */
const SINCE_THEN_WHEN = /\bsince\b[^.;:]*,\s*when\b/i;
/** Characters before a background word that the ranking it ends may open in. */
const RANKED_REACH = 200;
/** Characters before a background word that the series it ends may open in. */
const LATEST_REACH = 100;
/** The word every such series opens on: most sentences lack it, and need no closer look. */
const LATEST = /latest/i;

function latestOfSeries(text: string, background: WordHit): boolean {
  const before = text.slice(Math.max(0, background.start - LATEST_REACH), background.start);
  return (
    (LATEST.test(before) && LATEST_OF_SERIES.test(before)) ||
    (text.includes('since') &&
      WORST_SINCE.test(
        text.slice(Math.max(0, background.start - RANKED_REACH), background.start),
      ) &&
      !SINCE_THEN_WHEN.test(text))
  );
}

/** Words from a truce's break to "after", and from "after" to what it tells. */
const CAUSE_REACH = 3;

/**
 * "the truce … had collapsed, after two days of fighting": what broke a truce, told after the
 * break, is the news of the break.
 */
function toldAsCauseOfBreak(hits: readonly WordHit[], background: WordHit): boolean {
  return hits.some(
    (connector) =>
      (connector.mask & VOCABULARY_BIT.backstory) !== 0 &&
      connector.endWord < background.word &&
      background.word - connector.endWord <= CAUSE_REACH &&
      hits.some(
        (broken) =>
          (broken.mask & BREAKING_WORDS) !== 0 &&
          broken.endWord < connector.word &&
          connector.word - broken.endWord <= CAUSE_REACH,
      ),
  );
}

/** "as the Kremlin's May truce nears", "ceasefire not due until August": a truce still ahead. */
function namesTruceAhead(hits: readonly WordHit[], text: string): boolean {
  return hits.some(
    (hit) =>
      (hit.mask & VOCABULARY_BIT.ceasefire) !== 0 &&
      (STILL_AHEAD.test(text.slice(hit.end, hit.end + 48)) ||
        // "Putin, Erdogan agree truce from midnight"; "despite a ceasefire from midnight" is one
        // in force.
        (FROM_MIDNIGHT.test(text.slice(hit.end, hit.end + 16)) &&
          AGREED_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)))),
  );
}

const FROM_MIDNIGHT = /^\s+from midnight\b/i;
const AGREED_BEFORE =
  /\b(?:agree[sd]?|accept(?:s|ed)?|announce[sd]?|declare[sd]?|order(?:s|ed)?|observe)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** What ends a clause: a later agreement's backstory is told within its own. */
const CLAUSE_BREAK = /[,;:()—–]/;

function isPreTruce(hits: readonly WordHit[], text: string): boolean {
  const before = VOCABULARY_BIT.beforeTruce;
  const ceasefire = VOCABULARY_BIT.ceasefire;
  if (toldAsBackstory(hits, text)) return true;
  return hits.some(
    (connector) =>
      (connector.mask & before) !== 0 &&
      hits.some(
        (hit) =>
          (hit.mask & ceasefire) !== 0 &&
          hit.word > connector.endWord &&
          hit.word - connector.endWord <= PRE_TRUCE_WINDOW,
      ),
  );
}

/** What follows a truce that has not begun. */
const STILL_AHEAD =
  /^\s+(?:(?:nears|draws near|approaches)(?!\s+(?:its\s+|the\s+)?(?:end|expiry|deadline|collapse|breaking point|last))|looms|(?:is|was)\s+(?:not\s+)?(?:due|set|scheduled)\s+to\s+(?:begin|start|take effect|come into force)|not due|(?:is\s+)?due to (?:begin|start|take effect)|to take effect|will (?:begin|start|take effect))\b/i;

/**
 * "The two countries agreed to stop fighting on July 28 after five days of clashes, which killed
 * more than 40 people": a sentence about a truce being agreed, whose fighting and dead all come
 * after the connector that tells what led to it, reports nothing that broke the truce.
 */
function toldAsBackstory(hits: readonly WordHit[], text: string): boolean {
  if (hits.some((hit) => (hit.mask & BREAKING_WORDS) !== 0)) return false;
  const frames = hits.filter((hit) => (hit.mask & VOCABULARY_BIT.truceMade) !== 0);
  const toldAfter = (made: WordHit, sameClause: boolean): boolean =>
    hits.some(
      (hit) =>
        (hit.mask & VOCABULARY_BIT.backstory) !== 0 &&
        hit.word > made.endWord &&
        hit.word - made.endWord <= BACKSTORY_REACH &&
        (!sameClause || !CLAUSE_BREAK.test(text.slice(made.end, hit.start))),
    );
  const [first, ...later] = frames;
  // The agreement the connector follows may come after another, in the connector's own clause
  // ("The accord, signed in October, had built on a ceasefire brokered in July after five days
  // of fighting").
  const frame =
    first && toldAfter(first, false) ? first : later.find((made) => toldAfter(made, true));
  if (!frame) return false;
  // Action told before the agreement is news of its own ("Shelling killed two, days after …").
  return !hits.some((hit) => (hit.mask & ACTION_WORDS) !== 0 && hit.word < frame.word);
}

/** True when the text has at least `count` words (stops counting there). */
function hasWords(text: string, count: number): boolean {
  let words = 0;
  let inSpace = true;
  for (let index = 0; index < text.length && words < count; index += 1) {
    const space = isSpace(text.charCodeAt(index));
    if (!space && inSpace) words += 1;
    inSpace = space;
  }
  return words >= count;
}
