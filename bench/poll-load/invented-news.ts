// Invented stories for the load benchmark's feeds: a few reports of ceasefire violations among many
// unrelated ones. None of these events happened; the outlets and towns of the unrelated stories are
// made up, the places of the violation reports are real so the classifier can place them.
import type { SeededRandom } from './seeded-random.js';

export interface InventedStory {
  title: string;
  paragraphs: string[];
  /** Which invented event a violation report is about; absent for unrelated stories. */
  eventKey?: string;
}

interface ViolationEvent {
  key: string;
  /** Each outlet words the same event its own way: same place, day and toll. */
  tellings: ((day: string) => { title: string; lead: string })[];
  background: string[];
}

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const VIOLATION_EVENTS: readonly ViolationEvent[] = [
  {
    key: 'kashmir-keran',
    tellings: [
      (day) => ({
        title: 'Two soldiers killed as Pakistani troops violate ceasefire in Keran sector',
        lead: `Two soldiers were killed when Pakistani troops violated the ceasefire along the Line of Control in the Keran sector of Kupwara on ${day}, an army spokesman said.`,
      }),
      (day) => ({
        title: 'Ceasefire violation on LoC leaves two Indian soldiers dead',
        lead: `Pakistani troops opened unprovoked fire on Indian posts in Keran, Kupwara, on ${day} night in violation of the 2003 ceasefire, killing two soldiers, officials said.`,
      }),
    ],
    background: [
      'The army said its troops responded in kind and the exchange of fire went on for about an hour.',
      'Residents of villages near the Line of Control spent the night in underground bunkers.',
      "Pakistan's military did not immediately comment on the accusation.",
    ],
  },
  {
    key: 'lebanon-khiam',
    tellings: [
      (day) => ({
        title: 'Drone strike near Khiam kills one despite ceasefire',
        lead: `An Israeli drone strike on a motorcycle near Khiam in southern Lebanon killed one man on ${day}, despite the ceasefire between Israel and Hezbollah, Lebanese officials said.`,
      }),
      (day) => ({
        title: 'Lebanon says Israeli strike near Khiam breached the truce',
        lead: `Lebanon accused Israel of violating the ceasefire after a drone strike near Khiam in southern Lebanon killed one man on ${day}.`,
      }),
    ],
    background: [
      'The monitoring committee set up under the truce was asked to look into the strike.',
      'The Israeli military said it had targeted a Hezbollah operative.',
    ],
  },
  {
    key: 'armenia-sotk',
    tellings: [
      (day) => ({
        title: 'Armenian soldier killed by sniper fire near Sotk',
        lead: `Armenia accused Azerbaijan of violating the ceasefire after an Armenian soldier was killed by sniper fire near Sotk on the Armenia-Azerbaijan border on ${day}, the defence ministry said.`,
      }),
    ],
    background: [
      "Azerbaijan's defence ministry denied the accusation and said its positions had come under fire first.",
    ],
  },
  {
    key: 'gaza-khan-younis',
    tellings: [
      (day) => ({
        title: 'Three killed in Khan Younis despite Gaza ceasefire',
        lead: `Israeli tank fire killed three people in Khan Younis on ${day}, despite the ceasefire in Gaza, health officials said.`,
      }),
      (day) => ({
        title: 'Gaza health officials report three dead in Khan Younis shelling',
        lead: `Three people were killed when Israeli tanks shelled the east of Khan Younis on ${day} in a breach of the Gaza ceasefire, health officials said.`,
      }),
    ],
    background: [
      'The Israeli military said its troops fired at people who had crossed the agreed line.',
      'Mediators urged both sides to keep to the terms of the truce.',
    ],
  },
];

const TOWNS = [
  'Port Elwin',
  'Marrowby',
  'Ostrava Nova',
  'Caldermoor',
  'Lindqvist Bay',
  'Tessaro',
  'Eastbrook',
  'Velmont',
] as const;

/** Sentence banks by topic; `{town}` and `{n}` are filled in per story. */
const UNRELATED_TOPICS: readonly { titles: readonly string[]; sentences: readonly string[] }[] = [
  {
    titles: [
      'Shares edge higher as {town} exporters report strong orders',
      'Central bank holds rates',
    ],
    sentences: [
      'Shares in {town} closed {n} points higher after exporters reported strong orders for the winter.',
      'The central bank kept its main rate unchanged and said inflation was slowing faster than expected.',
      'Analysts said the outlook for small manufacturers remained uncertain until the spring.',
      'The currency was little changed against the dollar in thin trading.',
    ],
  },
  {
    titles: ['{town} United win late thriller', 'Coach signs new three-year contract'],
    sentences: [
      '{town} United scored twice in the last ten minutes to win {n}-2 at home on Saturday.',
      'The coach praised the young squad and said the team was ready for the cup run.',
      'More than {n} thousand fans watched the match in the rain.',
      'The captain was substituted at half time with a minor knee injury.',
    ],
  },
  {
    titles: [
      'Storm warning issued for the coast near {town}',
      'Record rainfall floods low-lying streets',
    ],
    sentences: [
      'Forecasters issued a storm warning for the coast near {town}, with gusts of up to {n} kilometres an hour.',
      'The ferry service was suspended and schools in two districts closed early.',
      'Residents were asked to keep away from the harbour walls until the tide turned.',
      'The weather service said the rain would ease by the middle of the week.',
    ],
  },
  {
    titles: ['{town} opens its new public library', 'Festival of light returns to the old town'],
    sentences: [
      'The new public library in {town} opened its doors with {n} thousand books and a reading garden.',
      'Volunteers spent the weekend painting murals on the walls of the old market.',
      'The mayor said the building would stay open late on weekdays for students.',
      'Tickets for the opening concert sold out within an hour.',
    ],
  },
  {
    titles: [
      'Ceasefire talks to resume next week, mediators say',
      'Envoys meet to discuss truce terms',
    ],
    sentences: [
      'Mediators said ceasefire talks would resume in {town} next week after a pause of {n} days.',
      'Both delegations are expected to discuss prisoner exchanges and the return of displaced families.',
      'Diplomats described the mood as cautious but constructive.',
      'A joint statement is expected at the end of the round.',
    ],
  },
  {
    titles: [
      '{n} injured as bus overturns on mountain road',
      'Road safety campaign launched after crashes',
    ],
    sentences: [
      '{n} passengers were injured when a bus overturned on a mountain road outside {town} on Sunday.',
      'Police said the driver lost control on a bend wet with rain.',
      'The injured were taken to the district hospital, where most were treated and released.',
      'The transport ministry promised new barriers on the stretch of road.',
    ],
  },
  {
    titles: ['Hospital in {town} cuts waiting times', 'Vaccination drive reaches rural clinics'],
    sentences: [
      'The hospital in {town} said waiting times for surgery had fallen by {n} per cent this year.',
      'Nurses credited a new booking system and evening clinics.',
      'The health ministry plans to extend the scheme to three more regions.',
      'Patient groups welcomed the figures but asked for more staff.',
    ],
  },
];

/** The weekday name of a date (UTC): violation reports name the day of the event. */
export function weekdayOf(date: Date): string {
  return WEEKDAYS[date.getUTCDay()] ?? 'Monday';
}

/** One outlet's report of one of the invented violation events, which happened on `eventDay`. */
export function violationReport(random: SeededRandom, eventDay: Date): InventedStory {
  const event = random.pick(VIOLATION_EVENTS);
  const { title, lead } = random.pick(event.tellings)(weekdayOf(eventDay));
  return { title, paragraphs: [lead, ...event.background], eventKey: event.key };
}

/** A story with nothing to do with a ceasefire violation, some of them near misses. */
export function unrelatedStory(random: SeededRandom): InventedStory {
  const topic = random.pick(UNRELATED_TOPICS);
  const town = random.pick(TOWNS);
  const fill = (text: string): string =>
    text.replaceAll('{town}', town).replaceAll('{n}', String(random.intBetween(3, 40)));
  return {
    title: fill(random.pick(topic.titles)),
    paragraphs: topic.sentences.map(fill),
  };
}
