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

/** Further sentences scanned only for agreement markers, past the end of the lead. */
const MARKER_SENTENCES_AFTER_LEAD = 24;
/** Connector-to-ceasefire distance, in words, that makes a sentence pre-truce. */
const PRE_TRUCE_WINDOW = 4;
const BACKGROUND_YEAR = /\b(?:in|since|during|until|of|from)\s+(?:the\s+)?(?:(?:autumn|spring|summer|winter|fall)\s+)?(?:of\s+)?((?:19|20)\d\d)\b/gi;

export const VOCABULARY_BIT: Readonly<Record<VocabularyName, number>> = Object.fromEntries(
  VOCABULARY_NAMES.map((name, index) => [name, 1 << index]),
) as Record<VocabularyName, number>;

export function createItemReader(
  vocabulary: TermMatcher,
  gazetteer: Gazetteer,
  lead: LeadSettings,
): ItemReader {
  const backgroundBit = VOCABULARY_BIT.background;

  function readSentence(text: string, position: number, publishedYear: number | null): ReadSentence {
    const hits = wordHits(vocabulary, text);
    const mask = hits.reduce((union, hit) => union | hit.mask, 0);
    let zones: SentenceGazetteerHits | undefined;
    return {
      text,
      position,
      weight: leadWeight(position, lead),
      hits,
      mask,
      get zones() {
        zones ??= gazetteer.scan(text);
        return zones;
      },
      background: (mask & backgroundBit) !== 0 || mentionsEarlierYear(text, publishedYear),
      preTruce: isPreTruce(hits),
    };
  }

  return {
    read({ title, text, published }) {
      const publishedYear = published ? Number(published.slice(0, 4)) || null : null;
      const body = splitSentences(stripBoilerplate(repairMojibake(text)));
      const titleText = title ? repairMojibake(title).trim() : '';
      const titleKey = comparable(titleText);
      const sentences: ReadSentence[] = [];
      const further: string[] = [];
      if (titleText !== '') sentences.push(readSentence(titleText, 0, publishedYear));

      let position = 0;
      for (const sentence of body) {
        if (titleKey !== '' && isTitleAgain(sentence, titleText, titleKey)) continue;
        if (wordCount(sentence) >= lead.minWords) position += 1;
        if (position > lead.lastSentence) {
          // Past the lead only the regime's markers are looked for ("the 2020 Moscow-brokered deal").
          if (further.length >= MARKER_SENTENCES_AFTER_LEAD) break;
          further.push(sentence);
          continue;
        }
        sentences.push(readSentence(sentence, Math.max(position, 1), publishedYear));
      }
      let markers: Set<string> | undefined;
      return {
        lead: sentences,
        headline: headlineOf(sentences, lead.minWords),
        markers() {
          markers ??= new Set([
            ...sentences.flatMap((sentence) => sentence.zones.markers),
            ...further.flatMap((sentence) => gazetteer.scan(sentence).markers),
          ]);
          return markers;
        },
      };
    },
  };
}

function headlineOf(sentences: readonly ReadSentence[], minWords: number): ReadSentence[] {
  const substantial = sentences.filter(
    (sentence) => sentence.position === 0 || wordCount(sentence.text) >= minWords,
  );
  return substantial.slice(0, 2);
}

function leadWeight(position: number, lead: LeadSettings): number {
  if (position <= lead.fullWeightSentences) return 1;
  const span = lead.lastSentence - lead.fullWeightSentences;
  return span <= 0 ? 0 : Math.max(0, (lead.lastSentence - position) / span);
}

/** The sentence's vocabulary hits, each with the index of the word it starts in. */
function wordHits(vocabulary: TermMatcher, text: string): WordHit[] {
  const hits: WordHit[] = [];
  let wordStarts = 0;
  let position = 0;
  let previousSpace = true;
  for (const hit of vocabulary.scan(text)) {
    for (; position <= hit.start; position += 1) {
      const space = isSpace(text.charCodeAt(position));
      if (!space && previousSpace) wordStarts += 1;
      previousSpace = space;
    }
    let mask = 0;
    for (const set of hit.sets) mask |= 1 << set;
    hits.push({ mask, word: wordStarts - 1, text: hit.text });
  }
  return hits;
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
          hit.word > connector.word &&
          hit.word - connector.word <= PRE_TRUCE_WINDOW,
      ),
  );
}

function mentionsEarlierYear(text: string, publishedYear: number | null): boolean {
  if (publishedYear === null) return false;
  for (const match of text.matchAll(BACKGROUND_YEAR)) {
    if (Number(match[1]) < publishedYear) return true;
  }
  return false;
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

function wordCount(text: string): number {
  let words = 0;
  let inSpace = true;
  for (let index = 0; index < text.length; index += 1) {
    const space = isSpace(text.charCodeAt(index));
    if (!space && inSpace) words += 1;
    inSpace = space;
  }
  return words;
}
