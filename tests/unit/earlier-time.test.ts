import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endsShortLivedTruceEarlier,
  givesEarlierYear,
  namesYear,
  opensOnThePast,
  opensTimelineEntryEarlier,
  placesEventEarlier,
  YEAR_PATTERNS,
} from '../../functions/core/classify/earlier-time.js';
import { withoutRelativeAsides } from '../../functions/core/classify/relative-aside.js';

const SEED = 20_261_122;

/** Pieces of sentences that tell or nearly tell a year. */
const piece = fc.constantFrom(
  'In ',
  'since ',
  'during early ',
  'March ',
  'the ',
  '2015',
  '1999',
  '2024',
  '19',
  '20',
  '1',
  '9',
  '0',
  '2',
  '١٩٩٩',
  '２０１５',
  ' ambush',
  ' shelling',
  'violations were recorded in ',
  ', which ended ',
  ', who ',
  ',',
  ' ',
  '.',
);
const sentence = fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join(''));

describe('namesYear', () => {
  it('holds for every text a year pattern matches, with or without its relative asides', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const told = withoutRelativeAsides(text);
        for (const pattern of YEAR_PATTERNS) {
          if (pattern.test(text) || pattern.test(told)) expect(namesYear(text)).toBe(true);
        }
        if (namesYear(told)) expect(namesYear(text)).toBe(true);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });
});

describe('the time a sentence tells', () => {
  const published = { year: 2024, month: 9 };

  it('reads earlier years', () => {
    expect(givesEarlierYear('In 2020, both sides agreed to a truce.', 2024)).toBe(true);
    expect(givesEarlierYear('In 2024, both sides agreed to a truce.', 2024)).toBe(false);
    expect(givesEarlierYear('Only four violations were recorded in 2012.', 2024)).toBe(true);
    expect(givesEarlierYear('In 2020, both sides agreed to a truce.', null)).toBe(false);
    expect(placesEventEarlier('Five were convicted over the 2016 ambush.', true, published)).toBe(
      true,
    );
    expect(placesEventEarlier('Troops clashed in 2015 near the border.', false, published)).toBe(
      true,
    );
    expect(placesEventEarlier('Troops clashed in 2015 near the border.', true, published)).toBe(
      false,
    );
  });

  it.each([
    'Families gathered to mark the anniversary of the January 2015 operation.',
    'Survivors of the 2019 encounter testified on Monday.',
    'The 2016 shootout near the border left two policemen dead.',
  ])('reads an operation, encounter or shootout an earlier year names as history: %s', (text) => {
    expect(placesEventEarlier(text, false, published)).toBe(true);
    expect(placesEventEarlier(text, false, { year: 2014, month: 9 })).toBe(false);
  });

  it('reads a war named by the years it lasted as over when the later year is past', () => {
    const died = (years: string): boolean =>
      placesEventEarlier(`Thousands died in the region during the ${years} war.`, false, published);
    expect(died('2020–2022')).toBe(true);
    expect(died('1992-95')).toBe(true);
    expect(died('2022-2024')).toBe(false);
  });

  it("reads what a clause after an earlier year's date tells as that year's, beside a truce too", () => {
    const sentence =
      'It was the deadliest incident since September 2022, when clashes killed nearly 300 soldiers and ended in a ceasefire.';
    expect(placesEventEarlier(sentence, true, published)).toBe(true);
    expect(placesEventEarlier(sentence, true, { year: 2022, month: 11 })).toBe(false);
  });

  it("reads fighting dated to an earlier year beside a truce, unless the year is the truce's or a comparison's", () => {
    const told = (sentence: string): boolean => placesEventEarlier(sentence, true, published);
    expect(
      told(
        'The 2020 ceasefire has largely held, although the port saw deadly clashes between armed groups in August 2022.',
      ),
    ).toBe(true);
    expect(
      told('Three soldiers died in clashes in breach of the truce agreed in 2022, the army said.'),
    ).toBe(false);
    expect(
      told(
        'The shelling was the heaviest since the fighting in 2022 that ended with the ceasefire.',
      ),
    ).toBe(false);
  });

  it("reads fighting dated to an earlier month beside a truce, unless the fighting is the truce's backstory", () => {
    const told = (sentence: string): boolean => placesEventEarlier(sentence, true, published);
    expect(told('Fighting in the north resumed in late June, ending a January truce.')).toBe(true);
    // August is last month: too recent to be history.
    expect(told('Fighting resumed in August, ending the truce agreed in January.')).toBe(false);
    expect(told('The ceasefire that ended deadly border fighting in June was broken.')).toBe(false);
    expect(told('The January truce has held since it was agreed.')).toBe(false);
  });

  it('reads what a clause after "of" an earlier year tells as that year\'s', () => {
    expect(
      givesEarlierYear(
        'Mediators want to avoid the mistakes of 2023, when a ceasefire was breached within hours.',
        2026,
      ),
    ).toBe(true);
    expect(givesEarlierYear('The mistakes of 2026, when talks stalled, are recent.', 2026)).toBe(
      false,
    );
  });

  it('reads a span of earlier years as past', () => {
    expect(
      placesEventEarlier(
        'Residents killed in shelling between 2016 and 2020 were named.',
        false,
        published,
      ),
    ).toBe(true);
    expect(
      placesEventEarlier(
        'Residents killed in shelling between 2022 and 2024 were named.',
        false,
        published,
      ),
    ).toBe(false);
  });

  it('reads earlier months, outside relative asides', () => {
    expect(placesEventEarlier('An attack on the base in March killed two.', false, published)).toBe(
      true,
    );
    // Beside a truce the month still dates the attack it follows, but not a truce it follows.
    expect(placesEventEarlier('An attack on the base in March killed two.', true, published)).toBe(
      true,
    );
    expect(
      placesEventEarlier('The truce agreed in March was broken by an attack.', true, published),
    ).toBe(false);
    expect(placesEventEarlier('Shelling in August killed two.', false, published)).toBe(false);
    expect(
      placesEventEarlier(
        'Azerbaijan, which took the districts in 2020, said three were killed.',
        false,
        published,
      ),
    ).toBe(false);
  });

  it('reads a sentence that opens on "For years" as the past, and "for years" after a superlative as not', () => {
    expect(
      opensOnThePast(
        'For years the two sides traded near-daily accusations of ceasefire violations.',
      ),
    ).toBe(true);
    expect(opensOnThePast('It was the deadliest flare-up in the region for years.')).toBe(false);
  });

  it('reads a sentence that opens on the past', () => {
    expect(opensOnThePast('At the time, the truce held.')).toBe(true);
    expect(opensOnThePast('The truce held at the time.')).toBe(false);
  });

  it.each([
    'Earlier this year, the monitors documented clashes in which 14 people died.',
    'Last year, two soldiers were killed in a similar exchange of fire.',
    'A year ago, shelling of the same village killed three.',
    'In previous years the truce was broken every harvest.',
  ])('reads a sentence that opens on an earlier year as the past: %s', (sentence) => {
    expect(opensOnThePast(sentence)).toBe(true);
  });

  it('does not read a sentence that opens on this week or names last year later as the past', () => {
    expect(opensOnThePast('Earlier this week, two soldiers were killed near the line.')).toBe(
      false,
    );
    expect(opensOnThePast('The shelling was the worst since last year.')).toBe(false);
  });

  it('reads fighting a sentence looks back on weeks later as the past, unless it tells its own first', () => {
    expect(
      opensOnThePast(
        'The committees adopted new rules, weeks after a deadly clash prompted a review.',
      ),
    ).toBe(true);
    expect(opensOnThePast('Three months after the fighting, families are still waiting.')).toBe(
      true,
    );
    expect(
      opensOnThePast('Shelling resumed on Monday, weeks after the attack on the convoy.'),
    ).toBe(false);
  });

  it('reads a truce made in an earlier year and ended a short time after as the past', () => {
    const december2025 = { year: 2025, month: 12 };
    expect(
      endsShortLivedTruceEarlier(
        'A ceasefire agreed in Kunming in January 2024 broke down within six months.',
        december2025,
      ),
    ).toBe(true);
    expect(
      endsShortLivedTruceEarlier(
        'The truce agreed in November 2025 collapsed within weeks.',
        december2025,
      ),
    ).toBe(false);
    expect(
      endsShortLivedTruceEarlier(
        'The ceasefire agreed in January 2024 collapsed on Sunday.',
        december2025,
      ),
    ).toBe(false);
  });

  it('reads a truce a sentence says ended weeks before as the past, but not one that ended a war', () => {
    expect(
      opensOnThePast(
        'Delegations arrived in the capital on Sunday for talks, three months after a humanitarian truce between the two sides fell apart.',
      ),
    ).toBe(true);
    expect(
      opensOnThePast('Talks resumed, weeks after the ceasefire ended in a wave of strikes.'),
    ).toBe(true);
    expect(
      opensOnThePast(
        'Two weeks after a ceasefire ended twelve days of war, customers come to ask prices.',
      ),
    ).toBe(false);
    expect(opensOnThePast('Fighting erupted on Monday, months after the truce collapsed.')).toBe(
      false,
    );
  });
});

describe('opensTimelineEntryEarlier', () => {
  const february2022 = { year: 2022, month: 2 };
  const october2025 = { year: 2025, month: 10 };

  it('reads a timeline entry of an earlier year, or of a span that ended in one, as history', () => {
    expect(
      opensTimelineEntryEarlier(
        'Sept 5, 2014 — First Minsk protocol; a ceasefire is announced and broken within days.',
        february2022,
      ),
    ).toBe(true);
    expect(
      opensTimelineEntryEarlier(
        '2016–2019 — Monitors record thousands of violations.',
        february2022,
      ),
    ).toBe(true);
    expect(opensTimelineEntryEarlier('12 March 2021: the truce is broken.', february2022)).toBe(
      true,
    );
  });

  it('reads an entry of a month at least two before publication as history, not this month', () => {
    expect(
      opensTimelineEntryEarlier(
        'July 29 — Thailand accuses Cambodia of violating the truce within hours.',
        october2025,
      ),
    ).toBe(true);
    expect(opensTimelineEntryEarlier('October 26 — Peace declaration signed.', october2025)).toBe(
      false,
    );
    expect(opensTimelineEntryEarlier('Feb 10, 2022 — Berlin talks end.', february2022)).toBe(false);
  });

  it('reads no date into a sentence that does not open on one, or with no publication date', () => {
    expect(
      opensTimelineEntryEarlier('Shelling killed two in 2014 — officials said.', february2022),
    ).toBe(false);
    expect(opensTimelineEntryEarlier('Sept 5, 2014 — First Minsk protocol.', null)).toBe(false);
    expect(opensTimelineEntryEarlier('July 29 — a breach.', { year: 2025, month: 0 })).toBe(false);
  });
});
