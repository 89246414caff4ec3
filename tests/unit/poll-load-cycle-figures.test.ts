// The load benchmark's figures: one cycle report summed up, failures grouped by what went wrong.
import { describe, expect, it } from 'vitest';
import { cycleFigures, failureReason } from '../../bench/poll-load/cycle-figures.js';
import type { FeedOutcome } from '../../functions/core/pipeline/cycle-report.js';
import type { FeedConfig } from '../../functions/core/model.js';
import { anAlert } from '../support/factories.js';

const feed = (id: string): FeedConfig => ({
  id,
  url: `http://127.0.1.4:40211/feeds/${id}.xml`,
  fetchArticle: false,
});

describe('cycleFigures', () => {
  it('counts outcomes, new items, violations and alerts, and groups failures by reason', () => {
    const outcomes: FeedOutcome[] = [
      {
        feed: feed('a'),
        status: 'ok',
        items: 20,
        newItems: 20,
        violations: 1,
        backlog: 0,
        articleFailures: [],
        durationMs: 110,
      },
      {
        feed: feed('b'),
        status: 'ok',
        items: 12,
        newItems: 4,
        violations: 0,
        backlog: 0,
        articleFailures: [],
        durationMs: 105,
      },
      { feed: feed('c'), status: 'not-modified', durationMs: 101 },
      {
        feed: feed('d'),
        status: 'failed',
        error: 'fetch: connection closed by the server (127.0.1.4:40211)',
        durationMs: 102,
      },
      {
        feed: feed('e'),
        status: 'failed',
        error: 'fetch: connection closed by the server (127.0.1.9:40211)',
        durationMs: 102,
      },
      {
        feed: feed('f'),
        status: 'failed',
        error:
          'fetch http://127.0.1.4:40211/feeds/f.xml: timed out after 5 s while waiting for the response from 127.0.1.4:40211',
        durationMs: 5_001,
      },
    ];

    const figures = cycleFigures(
      {
        feeds: outcomes,
        fold: { folded: 1, opened: 1, grown: 0, failures: [] },
        delivery: { sent: [anAlert()], failures: ['inc-9: outbox not writable'] },
      },
      2_000,
    );

    expect(figures).toMatchObject({
      feeds: 6,
      ok: 2,
      notModified: 1,
      failed: 3,
      itemsRecorded: 24,
      violations: 1,
      incidentsOpened: 1,
      alerts: 1,
      otherFailures: ['inc-9: outbox not writable'],
    });
    expect(figures.failureReasons).toEqual(
      new Map([
        ['fetch: connection closed by the server', 2],
        ['fetch: timed out after 5 s while waiting for the response', 1],
      ]),
    );
  });
});

describe('failureReason', () => {
  it('leaves out where in the document a parse failed and which page title came back', () => {
    expect(
      failureReason('parse: not a valid RSS/Atom feed: unexpected close tag at line 1, column 250'),
    ).toBe('parse: not a valid RSS/Atom feed: unexpected close tag');
    expect(failureReason('parse: not a feed: got an HTML page (title "We have moved")')).toBe(
      'parse: not a feed: got an HTML page',
    );
  });
});
