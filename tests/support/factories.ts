// Invented records for tests: each factory gives a plausible default that a test overrides only
// where the field matters to it.
import type {
  Alert,
  ClassifiedItem,
  FeedItem,
  Incident,
  IncidentSource,
  Verdict,
} from '../../functions/core/model.js';

export function aVerdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    label: 'violation',
    score: 0.9,
    severity: 'high',
    region: 'Nagorno-Karabakh',
    killed: 3,
    injured: null,
    incidentDate: '2023-03-05',
    places: ['khramort'],
    rules: ['armed-action-despite-ceasefire'],
    evidence: [
      'Three soldiers were killed in a shootout near Khramort on Sunday despite the ceasefire.',
    ],
    weapons: ['small arms'],
    accusations: [],
    denials: [],
    ...overrides,
  };
}

export function aFeedItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 'item-1',
    feedId: 'caucasus-daily',
    url: 'https://news.example.org/2023/03/05/shootout-khramort',
    title: 'Three killed in shootout near Khramort despite truce',
    text: 'Three soldiers were killed in a shootout near Khramort on Sunday despite the ceasefire.',
    published: '2023-03-05T14:20:00Z',
    ...overrides,
  };
}

export function aClassifiedItem(
  overrides: { item?: Partial<FeedItem>; verdict?: Partial<Verdict> } = {},
): ClassifiedItem {
  return { item: aFeedItem(overrides.item), verdict: aVerdict(overrides.verdict) };
}

export function aSource(overrides: Partial<IncidentSource> = {}): IncidentSource {
  return {
    itemId: 'item-1',
    url: 'https://news.example.org/2023/03/05/shootout-khramort',
    title: 'Three killed in shootout near Khramort despite truce',
    feed: 'caucasus-daily',
    ...overrides,
  };
}

export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    incidentId: 'inc-item-1',
    region: 'Nagorno-Karabakh',
    eventDate: '2023-03-05',
    firstSeenAt: '2023-03-05T15:00:00.000Z',
    lastSeenAt: '2023-03-05T15:00:00.000Z',
    killed: 3,
    injured: null,
    severity: 'high',
    places: ['khramort'],
    title: 'Three killed in shootout near Khramort despite truce',
    evidence: [
      'Three soldiers were killed in a shootout near Khramort on Sunday despite the ceasefire.',
    ],
    sources: [aSource()],
    version: 1,
    alertedVersion: 0,
    revision: 1,
    ...overrides,
  };
}

export function anAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    incidentId: 'inc-item-1',
    kind: 'new',
    version: 1,
    region: 'Nagorno-Karabakh',
    severity: 'high',
    killed: 3,
    title: 'Three killed in shootout near Khramort despite truce',
    sms: 'CEASEFIRE VIOLATION reported: Nagorno-Karabakh, 3 killed (shootout near Khramort), 2023-03-05. 1 source.',
    email: {
      subject: '[Ceasefire Watch] Violation reported — Nagorno-Karabakh, 3 killed',
      body: 'Ceasefire violation reported: Three killed in shootout near Khramort despite truce',
    },
    sources: [
      {
        url: 'https://news.example.org/2023/03/05/shootout-khramort',
        title: 'Three killed in shootout near Khramort despite truce',
        feed: 'caucasus-daily',
      },
    ],
    evidence: [
      'Three soldiers were killed in a shootout near Khramort on Sunday despite the ceasefire.',
    ],
    ...overrides,
  };
}
