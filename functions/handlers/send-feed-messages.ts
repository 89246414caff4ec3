// Queues the due feeds for polling, ten to a SendMessageBatch call (SQS's limit).
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SendMessageBatchRequestEntry, SQSClient } from '@aws-sdk/client-sqs';
import type { FeedConfig } from '../core/model.js';
import { feedMessageBody } from './feed-message.js';

const BATCH_LIMIT = 10;
/** Entries SQS turned down for its own reasons (throttling, an internal error) are sent again. */
const ATTEMPTS = 3;
const PAUSE_MS = 100;

export interface QueueingReport {
  sent: number;
  /** One line per feed that could not be queued, naming the feed and SQS's reason. */
  failures: string[];
}

export async function sendFeedMessages(
  client: SQSClient,
  queueUrl: string,
  feeds: readonly FeedConfig[],
  options: { pauseMs?: number } = {},
): Promise<QueueingReport> {
  const report: QueueingReport = { sent: 0, failures: [] };
  for (let start = 0; start < feeds.length; start += BATCH_LIMIT) {
    await sendBatch(client, queueUrl, feeds.slice(start, start + BATCH_LIMIT), report, options);
  }
  return report;
}

async function sendBatch(
  client: SQSClient,
  queueUrl: string,
  feeds: readonly FeedConfig[],
  report: QueueingReport,
  options: { pauseMs?: number },
): Promise<void> {
  // Ids only need to be unique within one call; feed ids may hold characters SQS refuses here.
  const byEntryId = new Map(feeds.map((feed, index) => [`feed-${index}`, feed]));
  let entries: SendMessageBatchRequestEntry[] = [...byEntryId].map(([id, feed]) => ({
    Id: id,
    MessageBody: feedMessageBody(feed),
  }));
  for (let attempt = 1; entries.length > 0; attempt += 1) {
    let response;
    try {
      response = await client.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
      );
    } catch (error) {
      for (const entry of entries) {
        report.failures.push(
          `feed ${byEntryId.get(entry.Id ?? '')?.id}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return;
    }
    report.sent += response.Successful?.length ?? 0;
    const retry: SendMessageBatchRequestEntry[] = [];
    for (const failed of response.Failed ?? []) {
      const entry = entries.find((candidate) => candidate.Id === failed.Id);
      const feedId = byEntryId.get(failed.Id ?? '')?.id;
      // A fault of the request itself (too large, malformed) fails the same way every time.
      if (entry !== undefined && !failed.SenderFault && attempt < ATTEMPTS) {
        retry.push(entry);
      } else {
        report.failures.push(
          `feed ${feedId}: ${failed.Code ?? 'error'}${failed.Message ? ` ${failed.Message}` : ''}`,
        );
      }
    }
    entries = retry;
    if (entries.length > 0) await pause((options.pauseMs ?? PAUSE_MS) * attempt);
  }
}

function pause(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
