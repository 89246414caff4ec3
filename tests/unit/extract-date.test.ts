import { describe, expect, it } from 'vitest';
import { extractIncidentDate, publishedDay } from '../../functions/core/classify/extract-date.js';

// 2023-03-06 was a Monday.
const MONDAY = '2023-03-06T09:30:00Z';

describe('extractIncidentDate', () => {
  it('reads a full date as written, with or without a published date', () => {
    expect(extractIncidentDate(['The attack came on March 5, 2023, near the pass.'])).toBe(
      '2023-03-05',
    );
    expect(extractIncidentDate(['Clashes erupted on 27 September 2020 along the line.'])).toBe(
      '2020-09-27',
    );
    expect(extractIncidentDate(['The shelling began on Nov. 10, 2020.'], MONDAY)).toBe(
      '2020-11-10',
    );
    expect(extractIncidentDate(['Report dated 2022-08-03.'])).toBe('2022-08-03');
  });

  it('takes the year of a day and month from the published date', () => {
    expect(extractIncidentDate(['On March 5, troops fired on a vehicle.'], MONDAY)).toBe(
      '2023-03-05',
    );
    expect(extractIncidentDate(['Shelling resumed on 2 March.'], MONDAY)).toBe('2023-03-02');
  });

  it('puts a day and month later in the year than publication in the year before', () => {
    expect(extractIncidentDate(['On December 28, a patrol came under fire.'], MONDAY)).toBe(
      '2022-12-28',
    );
  });

  it('resolves weekdays to the latest such day on or before publication', () => {
    expect(extractIncidentDate(['On Sunday, a shootout occurred on the road.'], MONDAY)).toBe(
      '2023-03-05',
    );
    expect(extractIncidentDate(["Officials condemned Sunday's shooting."], MONDAY)).toBe(
      '2023-03-05',
    );
    expect(extractIncidentDate(['The ministry said on Monday that two died.'], MONDAY)).toBe(
      '2023-03-06',
    );
    expect(extractIncidentDate(['Fighting broke out late Friday.'], MONDAY)).toBe('2023-03-03');
  });

  it('does not take the day a period began ("since Sunday") for the day of an incident', () => {
    expect(extractIncidentDate(['Dozens have been killed since Sunday.'], MONDAY)).toBeNull();
    expect(
      extractIncidentDate(
        ['Fighting has raged since Sunday, and on Monday a shell hit a school.'],
        MONDAY,
      ),
    ).toBe('2023-03-06');
  });

  it('does not take the day an agreement was made for the day of an incident', () => {
    for (const sentence of [
      'Peacekeepers deployed under the trilateral statement of 9 November 2020 were informed.',
      'Mediators who brokered the October 19 arrangement had been told.',
      'Peacekeepers deployed under the November 9, 2020 trilateral statement were informed.',
      'The truce agreed on 2 March 2023 bars all fire along the line.',
      'The toll is the highest since the ceasefire took effect on 2 March.',
      'It was the first strike since the truce began on 2 March.',
      'Peacekeepers deployed under the trilateral statement signed by the leaders of Russia, Azerbaijan and Armenia on November 9, 2020 were informed.',
    ]) {
      expect(extractIncidentDate([sentence], MONDAY), sentence).toBeNull();
    }
    expect(
      extractIncidentDate(['Troops violated the ceasefire on March 4, 2023, killing two.'], MONDAY),
    ).toBe('2023-03-04');
    expect(
      extractIncidentDate(
        ['Under the truce of 2 March 2023, shelling on March 4 killed two.'],
        MONDAY,
      ),
    ).toBe('2023-03-04');
  });

  it('resolves yesterday and today', () => {
    expect(extractIncidentDate(['Two soldiers were killed yesterday.'], MONDAY)).toBe('2023-03-05');
    expect(extractIncidentDate(['Shelling resumed today in the north.'], MONDAY)).toBe(
      '2023-03-06',
    );
  });

  it('reads the parts of the day said on it or the day before', () => {
    expect(extractIncidentDate(['Shelling began this morning.'], MONDAY)).toBe('2023-03-06');
    expect(extractIncidentDate(['Tonight the guns fell silent.'], MONDAY)).toBe('2023-03-06');
    expect(extractIncidentDate(['Clashes erupted last night.'], MONDAY)).toBe('2023-03-05');
    expect(extractIncidentDate(['Clashes erupted at night.'], MONDAY)).toBeNull();
  });

  it('uses the first dated sentence', () => {
    const sentences = [
      'Troops exchanged fire on Friday.',
      'The meeting is set for March 20, 2023.',
    ];
    expect(extractIncidentDate(sentences, MONDAY)).toBe('2023-03-03');
  });

  it('gives null without a published date unless a full date is written', () => {
    expect(
      extractIncidentDate(['On Sunday, a shootout occurred.', 'On March 5, two died.']),
    ).toBeNull();
    expect(extractIncidentDate(['The mortar attack came on Sunday.'], 'not a date')).toBeNull();
  });

  it('does not read a date that names a place as a date', () => {
    expect(
      extractIncidentDate(['A sniper killed a woman in the 7 July district on Wednesday.'], MONDAY),
    ).toBe('2023-03-01');
    expect(extractIncidentDate(['Shells fell near 26 July Street.'], MONDAY)).toBeNull();
  });

  it('does not read "may" the verb as a month', () => {
    expect(extractIncidentDate(['Talks may 3 times fail, he said.'], MONDAY)).toBeNull();
  });
  it('reads a weekday with a part of the day, and the day before publication', () => {
    expect(
      extractIncidentDate(['Troops traded fire on Sunday night, officials said.'], MONDAY),
    ).toBe('2023-03-05');
    expect(
      extractIncidentDate(['The shelling began the previous day, residents said.'], MONDAY),
    ).toBe('2023-03-05');
    expect(extractIncidentDate(['The patrol was attacked a day earlier.'], MONDAY)).toBe(
      '2023-03-05',
    );
  });
});

describe('publishedDay', () => {
  it('keeps the date part of an ISO date-time, as the publisher wrote it', () => {
    expect(publishedDay('2023-03-05T23:30:00-05:00')).toBe('2023-03-05');
    expect(publishedDay('2023-03-05')).toBe('2023-03-05');
    expect(publishedDay(undefined)).toBeNull();
    expect(publishedDay('yesterday')).toBeNull();
  });

  it('reads no day that the calendar lacks, and years from 100 on as written', () => {
    expect(publishedDay('2024-02-30')).toBeNull();
    expect(publishedDay('0050-03-01')).toBeNull();
    expect(publishedDay('0500-03-01')).toBe('0500-03-01');
    expect(extractIncidentDate(['Shelling on Sunday killed two.'], '0500-03-01')).toBe(
      '0500-02-28',
    );
  });
});
