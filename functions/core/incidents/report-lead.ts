// The part of a report kept for incident matching: the start of the text the classifier read,
// cleaned the same way, as whole sentences. News puts what happened, where and when first.
import { repairText } from '../text/repair-text.js';
import { splitSentences } from '../text/sentences.js';
import { stripBoilerplate } from '../text/strip-boilerplate.js';

/**
 * About the lead the classifier weighs fully (its first eight sentences), where the day and
 * place of the event are told; small enough to ride along on every stored violation.
 */
export const LEAD_MAX_CHARS = 2_000;
/** Pages carry their furniture before the article: read a little more than the lead to clean it. */
const TEXT_READ = 20_000;
// A blank line keeps each sentence apart when the lead is split again.
const SENTENCE_BREAK = '\n\n';

/** Whole sentences from the start of the text, the title left out, at most LEAD_MAX_CHARS. */
export function reportLead(text: string, title: string | null): string | undefined {
  const titleKey = comparable(title ?? '');
  const sentences = splitSentences(stripBoilerplate(repairText(text.slice(0, TEXT_READ))));
  const kept: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    if (titleKey !== '' && comparable(sentence) === titleKey) continue;
    const added = (kept.length > 0 ? SENTENCE_BREAK.length : 0) + sentence.length;
    if (length + added > LEAD_MAX_CHARS) {
      // A first sentence longer than the budget is cut at a word rather than lost.
      if (kept.length === 0) kept.push(cutAtWord(sentence, LEAD_MAX_CHARS));
      break;
    }
    kept.push(sentence);
    length += added;
  }
  const lead = kept.join(SENTENCE_BREAK);
  return lead === '' ? undefined : lead;
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
