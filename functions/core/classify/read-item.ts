// Turns an item into what the rules read: its sentences, title first, each with its lead weight,
// the vocabulary words and zone names it contains (one scan of each), and whether it tells
// history or what happened before a ceasefire began.
import { repairMojibake } from '../text/repair-mojibake.js';
import { splitSentences } from '../text/sentences.js';
import { stripBoilerplate } from '../text/strip-boilerplate.js';
import type { Gazetteer, SentenceGazetteerHits } from './gazetteer.js';
import { type LeadSettings, VOCABULARY_NAMES, type VocabularyName } from './ruleset-schema.js';
import type { TermMatcher } from './term-matcher.js';

export interface WordHit {
  /** Bit i set when the word belongs to VOCABULARY_NAMES[i]. */
  mask: number;
  /** Index of the hit's first word in its sentence. */
  word: number;
  /** Index of its last word (hits may span several: "in defiance of"). */
  endWord: number;
  text: string;
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
  /** Zone names and agreement markers, scanned on first use: most items never need them. */
  readonly zones: SentenceGazetteerHits;
  /** Tells history ("previous truces", "weeks of fighting", a year before publication). */
  background: boolean;
  /** Places its action before a ceasefire ("shelling until the truce began"). */
  preTruce: boolean;
}

export interface ReadItem {
  /** Sentences with a lead weight, title first. */
  lead: ReadSentence[];
  /** The first two sentences (the title counts): what the item says its news is. */
  headline: ReadSentence[];
  /** Ids of regimes whose agreement markers the article names anywhere (lead or further down). */
  markers(): ReadonlySet<string>;
}

export interface ItemReader {
  read(input: { title: string | null; text: string; published?: string }): ReadItem;
}

/** Characters of an item read at most: the lead and its context lie well within them. */
const MAX_TEXT_READ = 30_000;
/** Further sentences scanned only for agreement markers, past the end of the lead. */
const MARKER_SENTENCES_AFTER_LEAD = 24;
/** Connector-to-ceasefire distance, in words, that makes a sentence pre-truce. */
const PRE_TRUCE_WINDOW = 4;
/** A sentence opening on an earlier year ("In 2020, …", "Since 2014 …") tells history. */
const BACKGROUND_YEAR =
  /^\W*(?:in|since|during|until|from|back in|by|after)\s+(?:the\s+)?(?:(?:autumn|spring|summer|winter|fall|early|late|end)\s+)?(?:of\s+)?((?:19|20)\d\d)\b/i;

export const VOCABULARY_BIT: Readonly<Record<VocabularyName, number>> = Object.fromEntries(
  VOCABULARY_NAMES.map((name, index) => [name, 1 << index]),
) as Record<VocabularyName, number>;

export function createItemReader(
  vocabulary: TermMatcher,
  gazetteer: Gazetteer,
  lead: LeadSettings,
): ItemReader {
  const backgroundBit = VOCABULARY_BIT.background;

  return {
    read({ title, text, published }) {
      const publishedYear = published ? Number(published.slice(0, 4)) || null : null;
      const body = splitSentences(stripBoilerplate(repairMojibake(text.slice(0, MAX_TEXT_READ))));
      const titleText = title ? repairMojibake(title).trim() : '';
      const { texts, positions, further } = selectSentences(titleText, body, lead);

      // One scan of the whole lead; zone names only when a rule first asks for them.
      const hitsBySentence = sentenceHits(vocabulary, texts);
      let zonesBySentence: SentenceGazetteerHits[] | undefined;
      const zonesOf = (index: number): SentenceGazetteerHits => {
        zonesBySentence ??= gazetteer.scanAll(texts);
        return zonesBySentence[index] ?? { zones: [], markers: [] };
      };
      const sentences = texts.map((sentenceText, index): ReadSentence => {
        const hits = hitsBySentence[index] ?? [];
        const mask = hits.reduce((union, hit) => union | hit.mask, 0);
        const sentencePosition = positions[index] ?? 0;
        return {
          text: sentenceText,
          position: sentencePosition,
          weight: leadWeight(sentencePosition, lead),
          hits,
          mask,
          get zones() {
            return zonesOf(index);
          },
          background:
            (mask & backgroundBit) !== 0 || mentionsEarlierYear(sentenceText, publishedYear),
          preTruce: isPreTruce(hits),
        };
      });
      let markers: Set<string> | undefined;
      return {
        lead: sentences,
        headline: headlineOf(sentences, lead.minWords),
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

/**
 * The title and the lead's sentences with their positions, and the sentences after the lead
 * that are still read for agreement markers ("the 2020 Moscow-brokered deal").
 */
function selectSentences(
  titleText: string,
  body: readonly string[],
  lead: LeadSettings,
): { texts: string[]; positions: number[]; further: string[] } {
  const titleKey = comparable(titleText);
  const texts: string[] = [];
  const positions: number[] = [];
  const further: string[] = [];
  if (titleText !== '') {
    texts.push(titleText);
    positions.push(0);
  }
  let position = 0;
  for (const sentence of body) {
    if (titleKey !== '' && isTitleAgain(sentence, titleText, titleKey)) continue;
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

function headlineOf(sentences: readonly ReadSentence[], minWords: number): ReadSentence[] {
  const substantial = sentences.filter(
    (sentence) => sentence.position === 0 || hasWords(sentence.text, minWords),
  );
  return substantial.slice(0, 2);
}

function leadWeight(position: number, lead: LeadSettings): number {
  if (position <= lead.fullWeightSentences) return 1;
  const span = lead.lastSentence - lead.fullWeightSentences;
  return span <= 0 ? 0 : Math.max(0, (lead.lastSentence - position) / span);
}

/** Each sentence's vocabulary hits, from one scan of them all, with the word each starts in. */
function sentenceHits(vocabulary: TermMatcher, texts: readonly string[]): WordHit[][] {
  return vocabulary.scanEach(texts).map((hits, index) => {
    const text = texts[index] ?? '';
    let wordStarts = 0;
    let position = 0;
    let previousSpace = true;
    return hits.map((hit) => {
      for (; position <= hit.start; position += 1) {
        const space = isSpace(text.charCodeAt(position));
        if (!space && previousSpace) wordStarts += 1;
        previousSpace = space;
      }
      let mask = 0;
      for (const set of hit.sets) mask |= 1 << set;
      const word = wordStarts - 1;
      return { mask, word, endWord: word + innerSpaces(hit.text), text: hit.text };
    });
  });
}

function innerSpaces(text: string): number {
  let runs = 0;
  for (let index = 1; index < text.length; index += 1) {
    if (isSpace(text.charCodeAt(index)) && !isSpace(text.charCodeAt(index - 1))) runs += 1;
  }
  return runs;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0;
}

function isPreTruce(hits: readonly WordHit[]): boolean {
  const before = VOCABULARY_BIT.beforeTruce;
  const ceasefire = VOCABULARY_BIT.ceasefire;
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

function mentionsEarlierYear(text: string, publishedYear: number | null): boolean {
  if (publishedYear === null) return false;
  const year = BACKGROUND_YEAR.exec(text)?.[1];
  return year !== undefined && Number(year) < publishedYear;
}

/** A body line repeating the title (pages often print it again), compared without punctuation. */
function isTitleAgain(sentence: string, title: string, titleKey: string): boolean {
  return Math.abs(sentence.length - title.length) <= 12 && comparable(sentence) === titleKey;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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
