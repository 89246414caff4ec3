// The feeds the dispatcher schedules: feeds.json, written at synth from the config and bundled
// beside the function's code.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import type { FeedConfig } from '../core/model.js';
import { describeIssues } from './describe-issues.js';
import { feedSchema } from './feed-message.js';

const feedListSchema = z
  .array(feedSchema, { error: 'expected a JSON array of {id, url, fetchArticle}' })
  .superRefine((feeds, context) => {
    const seen = new Set<string>();
    feeds.forEach((feed, index) => {
      if (seen.has(feed.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `feed id "${feed.id}" is listed twice`,
        });
      }
      seen.add(feed.id);
    });
  });

export function readFeedList(file: string): FeedConfig[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`feed list ${file} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`feed list ${file} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = feedListSchema.safeParse(json);
  if (!result.success) throw new Error(`feed list ${file}: ${describeIssues(result.error)}`);
  return result.data;
}
