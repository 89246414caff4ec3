// The message the dispatcher queues for each due feed and the poller reads:
// {"feed": {id, url, fetchArticle, maxReportAgeMs?}}.
import * as z from 'zod';
import type { FeedConfig } from '../core/model.js';
import { describeIssues } from './describe-issues.js';

export const feedSchema = z.strictObject({
  id: z.string({ error: 'expected the feed id as text' }).min(1, 'must not be empty'),
  url: z.string({ error: 'expected the feed URL as text' }).min(1, 'must not be empty'),
  fetchArticle: z.boolean({ error: 'expected true or false' }),
  maxReportAgeMs: z
    .number({ error: 'expected a number of milliseconds' })
    .int('expected whole milliseconds')
    .positive('must be more than 0')
    .optional(),
});

const messageSchema = z.object({ feed: feedSchema });

export function feedMessageBody(feed: FeedConfig): string {
  const { id, url, fetchArticle, maxReportAgeMs } = feed;
  return JSON.stringify({ feed: { id, url, fetchArticle, maxReportAgeMs } });
}

/** The feed a queued message asks to poll; an Error naming the message and the field otherwise. */
export function parseFeedMessage(body: string, messageId: string): FeedConfig {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new Error(`message ${messageId}: the body is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const result = messageSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`message ${messageId}: ${describeIssues(result.error)}`);
  }
  return result.data.feed;
}
