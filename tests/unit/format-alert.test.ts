import { describe, expect, it } from 'vitest';
import {
  MAX_SUBJECT_LENGTH,
  NEUTRALITY_NOTE,
  formatAlert,
} from '../../functions/core/alerts/format-alert.js';
import { gsm7Length, isGsm7, toGsm7 } from '../../functions/core/alerts/gsm7.js';
import type { Incident } from '../../functions/core/model.js';
import { aSource, anIncident } from '../support/factories.js';

const threeSources = [
  aSource({
    itemId: 'a',
    url: 'https://caucasus-wire.example.com/news/2023/03/05/khramort-shootout',
    feed: 'caucasus-wire',
  }),
  aSource({
    itemId: 'b',
    url: 'https://yd.example.am/k5',
    feed: 'yerevan-daily',
    title: 'Police mourn officers',
  }),
  aSource({ itemId: 'c', url: undefined, title: null, feed: 'frontline-news' }),
];

const shootout = anIncident({
  killed: 5,
  injured: 2,
  severity: 'critical',
  places: ['khramort'],
  title: 'Five police officers killed in shootout near Khramort',
  evidence: [
    'Five police officers were killed in a shootout near Khramort on Sunday, the ministry said.',
    'At least two people were killed when an exchange of fire broke out, first reports said.',
  ],
  sources: threeSources,
  version: 1,
});

describe('formatAlert for a new incident', () => {
  const alert = formatAlert(shootout, 'new');

  it('carries the incident fields notifiers and filters need', () => {
    expect(alert).toMatchObject({
      incidentId: shootout.incidentId,
      kind: 'new',
      version: 1,
      region: 'Nagorno-Karabakh',
      severity: 'critical',
      killed: 5,
      title: shootout.title,
      evidence: shootout.evidence,
    });
    expect(alert.sources).toEqual([
      { url: threeSources[0]?.url, title: threeSources[0]?.title, feed: 'caucasus-wire' },
      { url: 'https://yd.example.am/k5', title: 'Police mourn officers', feed: 'yerevan-daily' },
      { title: null, feed: 'frontline-news' },
    ]);
  });

  it('says what, where, how many, when and how many sources in one SMS, with the shortest link', () => {
    expect(alert.sms).toBe(
      'CEASEFIRE VIOLATION reported: Nagorno-Karabakh, 5 killed (shootout near Khramort), 2023-03-05. 3 sources. https://yd.example.am/k5',
    );
  });

  it('puts the region and toll in the subject', () => {
    expect(alert.email.subject).toBe(
      '[Ceasefire Watch] Violation reported — Nagorno-Karabakh, 5 killed',
    );
  });

  it('gives the facts, every evidence sentence, every source and the neutrality note in the body', () => {
    const { body } = alert.email;
    expect(body).toContain('Five police officers killed in shootout near Khramort');
    expect(body).toContain('Region: Nagorno-Karabakh');
    expect(body).toContain('Date: 2023-03-05');
    expect(body).toContain('Killed: 5');
    expect(body).toContain('Injured: 2');
    expect(body).toContain('Severity: critical');
    for (const sentence of shootout.evidence) expect(body).toContain(`"${sentence}"`);
    for (const source of threeSources) {
      expect(body).toContain(source.feed);
      if (source.url) expect(body).toContain(source.url);
    }
    expect(body).toContain(NEUTRALITY_NOTE);
    expect(body).not.toContain('What changed');
  });

  it('names the weapons, who accuses whom and who denies it, when the incident carries them', () => {
    const { body } = formatAlert(
      {
        ...shootout,
        weapons: ['mortar', 'small arms'],
        accusations: [
          { accuser: 'Indian Army', accused: 'Pakistani troops' },
          { accuser: 'local officials', accused: null },
        ],
        denials: ["Pakistan's military"],
      },
      'new',
    ).email;

    expect(body).toContain('Weapons: mortar, small arms');
    expect(body).toContain(
      'Accusations: Indian Army accuses Pakistani troops; local officials reports a breach',
    );
    expect(body).toContain("Denied by: Pakistan's military");
  });

  it('leaves out the weapons, accusations and denials lines when there are none', () => {
    const { body } = formatAlert(
      { ...shootout, weapons: [], accusations: [], denials: [] },
      'new',
    ).email;

    expect(body).not.toContain('Weapons:');
    expect(body).not.toContain('Accusations:');
    expect(body).not.toContain('Denied by:');
  });

  it('names injuries when no death toll is known, and one source in the singular', () => {
    const injuredOnly = formatAlert(
      { ...shootout, killed: null, injured: 4, sources: [aSource({ url: undefined })] },
      'new',
    );

    expect(injuredOnly.sms).toBe(
      'CEASEFIRE VIOLATION reported: Nagorno-Karabakh, 4 injured (shootout near Khramort), 2023-03-05. 1 source.',
    );
    expect(injuredOnly.email.body).toContain('Killed: not reported');
  });
});

describe('formatAlert for an update', () => {
  const grown: Incident = {
    ...shootout,
    places: ['khramort', 'martuni'],
    version: 3,
    alertedVersion: 2,
  };

  it('says what changed when the previous state is known', () => {
    const alert = formatAlert(grown, 'update', { killed: 2, places: ['khramort'] });

    expect(alert.kind).toBe('update');
    expect(alert.sms).toMatch(
      /^UPDATE: Nagorno-Karabakh, killed 2 -> 5, new place Martuni \(shootout\), 2023-03-05\./,
    );
    expect(alert.email.subject).toBe(
      '[Ceasefire Watch] Update — Nagorno-Karabakh, killed 2 -> 5, new place Martuni',
    );
    expect(alert.email.body).toContain('What changed: killed from 2 to 5; new place: Martuni.');
  });

  it('keeps the toll in view when only the places changed', () => {
    const alert = formatAlert(grown, 'update', { killed: 5, places: ['khramort'] });

    expect(alert.sms).toMatch(/^UPDATE: Nagorno-Karabakh, 5 killed, new place Martuni /);
    expect(alert.email.body).toContain('What changed: new place: Martuni.');
  });

  it('still reads as an update when the previous state is not known', () => {
    const alert = formatAlert(grown, 'update');

    expect(alert.sms).toMatch(/^UPDATE: Nagorno-Karabakh, now 5 killed /);
    expect(alert.email.body).toContain('What changed: the incident has grown since the last alert');
  });
});

describe('formatAlert SMS and subject limits', () => {
  // Deterministic pseudo-random generator, so a failure can be reproduced.
  function generator(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
  }

  const regions = [
    'Nagorno-Karabakh',
    'Armenia-Azerbaijan border',
    'Kashmir LoC',
    'Democratic Republic of the Congo / North Kivu and Ituri provinces',
    'Gaza',
  ];
  const places = [
    'khramort',
    'şuşa',
    'ստեփանակերտ',
    'горловка',
    'خان يونس',
    'xankəndi',
    'a-very-long-hyphenated-settlement-name-that-goes-on-and-on',
  ];
  const titleWords = [
    'Shelling',
    'breaks',
    '“fragile”',
    'truce',
    '—',
    'officials',
    'say',
    'drone',
    'strike',
    'kills',
    'Ракетный',
    'удар',
    'civilians',
    'ceasefire…',
    'Ağdam',
    'checkpoint',
  ];

  function generatedIncident(random: () => number, index: number): Incident {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const title = Array.from({ length: 3 + Math.floor(random() * 40) }, () =>
      pick(titleWords),
    ).join(' ');
    const killed =
      random() < 0.2 ? null : Math.floor(random() * 10 ** (1 + Math.floor(random() * 12)));
    const sourceCount = 1 + Math.floor(random() * 120);
    return anIncident({
      incidentId: `inc-generated-${index}`,
      region: pick(regions),
      killed,
      injured: random() < 0.5 ? null : Math.floor(random() * 100_000),
      places: random() < 0.3 ? [] : [pick(places), pick(places)],
      title,
      evidence: random() < 0.5 ? [] : [title],
      sources: Array.from({ length: sourceCount }, (_, i) =>
        aSource({
          itemId: `s${i}`,
          url:
            random() < 0.3
              ? undefined
              : `https://news.example.org/${'x'.repeat(Math.floor(random() * 150))}/${i}`,
        }),
      ),
      version: 1 + Math.floor(random() * 5),
    });
  }

  const random = generator(20230305);
  const incidents = Array.from({ length: 400 }, (_, i) => generatedIncident(random, i));

  it('always fits the SMS in one part: 160 GSM-7 septets, or 70 characters in UCS-2', () => {
    for (const incident of incidents) {
      for (const kind of ['new', 'update'] as const) {
        const { sms } = formatAlert(
          incident,
          kind,
          kind === 'update' ? { killed: 1, places: [] } : undefined,
        );
        if (isGsm7(sms)) expect(gsm7Length(sms), sms).toBeLessThanOrEqual(160);
        else expect(sms.length, sms).toBeLessThanOrEqual(70);
        expect(sms, incident.incidentId).toContain(
          kind === 'new' ? 'CEASEFIRE VIOLATION' : 'UPDATE:',
        );
      }
    }
  });

  it('never cuts a word: every word of the SMS is a whole word of the incident or of the template', () => {
    const template =
      'CEASEFIRE VIOLATION reported: UPDATE: killed injured now was -> new place near source sources';
    const actions =
      'shootout ambush sniper fire drone strike airstrike mortar artillery shelling rocket missile mine blast incursion clash shooting';
    const wordsOf = (text: string): string[] =>
      text
        .toLowerCase()
        .split(/[\s()]+/)
        .map((w) => w.replace(/\.\.\.$/, '').replace(/^[,.;:"']+|[,.;:"']+$/g, ''))
        .filter((w) => w !== '');

    for (const incident of incidents) {
      const allowed = new Set(
        wordsOf(
          toGsm7(
            [
              template,
              actions,
              incident.region,
              incident.title,
              incident.places.join(' '),
              incident.eventDate,
              String(incident.killed),
              String(incident.injured),
              String(incident.sources.length),
              '1',
              ...incident.sources.map((s) => s.url ?? ''),
            ].join(' '),
          ),
        ),
      );
      const { sms } = formatAlert(incident, 'new');
      for (const word of wordsOf(sms)) expect(allowed, `"${word}" in ${sms}`).toContain(word);
    }
  });

  it('keeps subjects under 100 characters and on one line', () => {
    for (const incident of incidents) {
      for (const kind of ['new', 'update'] as const) {
        const { subject } = formatAlert(incident, kind, { killed: 1, places: ['elsewhere'] }).email;
        expect(subject.length, subject).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
        expect(subject).not.toMatch(/[\r\n]/);
        expect(subject).toMatch(/^\[Ceasefire Watch\] /);
      }
    }
  });

  it('lists every evidence sentence and every source link in the body', () => {
    for (const incident of incidents.slice(0, 50)) {
      const { body } = formatAlert(incident, 'new').email;
      for (const sentence of incident.evidence) expect(body).toContain(sentence);
      for (const source of incident.sources) if (source.url) expect(body).toContain(source.url);
    }
  });

  it('keeps a GSM-7 SMS rather than a UCS-2 one when a place name is in Armenian script', () => {
    const armenian = formatAlert({ ...shootout, places: ['ստեփանակերտ'] }, 'new');

    expect(isGsm7(armenian.sms)).toBe(true);
    expect(armenian.sms).toContain('Nagorno-Karabakh, 5 killed (shootout), 2023-03-05');
  });

  it('drops the link before it would cut the detail, and never cuts a link', () => {
    const longLink = `https://news.example.org/${'a'.repeat(60)}`;
    const alert = formatAlert({ ...shootout, sources: [aSource({ url: longLink })] }, 'new');

    expect(alert.sms).toBe(
      'CEASEFIRE VIOLATION reported: Nagorno-Karabakh, 5 killed (shootout near Khramort), 2023-03-05. 1 source.',
    );
  });
});

describe('place names in the email', () => {
  it('capitalises each word but the minor ones inside a name', () => {
    const alert = formatAlert(anIncident({ places: ['line of control', 'bint jbeil'] }), 'new');
    expect(alert.email.body).toContain('Places: Line of Control, Bint Jbeil');
  });
});
