import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../functions/core/text/sentences.js';

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(splitSentences('The shelling stopped. Was anyone hurt? Nobody knows!')).toEqual([
      'The shelling stopped.',
      'Was anyone hurt?',
      'Nobody knows!',
    ]);
  });

  it('keeps abbreviated titles, months and initials inside the sentence', () => {
    const text =
      'Gov. Lena Marsh spoke on Dec. 2, 2020, in the capital. Lt. Col. Arman Petrosyan and Donald J. Lane attended. The F.W. Johnson school closed.';
    expect(splitSentences(text)).toEqual([
      'Gov. Lena Marsh spoke on Dec. 2, 2020, in the capital.',
      'Lt. Col. Arman Petrosyan and Donald J. Lane attended.',
      'The F.W. Johnson school closed.',
    ]);
  });

  it('keeps "U.S." inside a sentence unless a sentence opening follows', () => {
    expect(splitSentences('He met the U.S. Senior Adviser on Monday.')).toEqual([
      'He met the U.S. Senior Adviser on Monday.',
    ]);
    expect(splitSentences('Aid came from the U.S. The convoy left at dawn.')).toEqual([
      'Aid came from the U.S.',
      'The convoy left at dawn.',
    ]);
  });

  it('ends a sentence after a closing quote and not inside a quoted question', () => {
    const text =
      '"We will respond," the ministry said. "Is this a truce?" he asked. Talks resume today.';
    expect(splitSentences(text)).toEqual([
      '"We will respond," the ministry said.',
      '"Is this a truce?" he asked.',
      'Talks resume today.',
    ]);
  });

  it('splits on typographic quotes too', () => {
    expect(splitSentences('The army called it “an ambush.” Two officers died.')).toEqual([
      'The army called it “an ambush.”',
      'Two officers died.',
    ]);
  });

  it('treats line breaks as sentence ends', () => {
    expect(
      splitSentences('Headline without a stop\nThe body starts here.\n\nA new paragraph.'),
    ).toEqual(['Headline without a stop', 'The body starts here.', 'A new paragraph.']);
  });

  it('joins lines hard-wrapped in the middle of a sentence', () => {
    const text =
      'The government said on Thursday that it had notified the\nmediators of its decision to end the truce with the\nrebels.\nThe notice takes effect in two weeks.';
    expect(splitSentences(text)).toEqual([
      'The government said on Thursday that it had notified the mediators of its decision to end the truce with the rebels.',
      'The notice takes effect in two weeks.',
    ]);
  });

  it('does not split numbers, times or lower-case continuations', () => {
    expect(
      splitSentences('Casualties rose 2.5 times by 5 p.m. local time, officials said.'),
    ).toEqual(['Casualties rose 2.5 times by 5 p.m. local time, officials said.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});
