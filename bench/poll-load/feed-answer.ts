// What the benchmark's server answers to one request for a planned feed: decided apart from the
// sockets so the conditional-GET rules can be read and checked on their own.
import type { IncomingHttpHeaders } from 'node:http';
import type { FeedDocument } from './feed-document.js';
import type { PlannedFeed } from './feed-plan.js';

export type FeedAnswer =
  | { kind: 'document'; status: 200; headers: Record<string, string>; body: string }
  | { kind: 'not-modified'; status: 304; headers: Record<string, string> }
  | { kind: 'error'; status: 500; headers: Record<string, string>; body: string }
  /** Close the connection without a response. */
  | { kind: 'reset' }
  /** Keep the connection open and never answer: only the client's deadline ends it. */
  | { kind: 'silence' };

export type FeedAnswerKind = FeedAnswer['kind'];

/**
 * A healthy feed answers 304 when the request carries the validators it sent: If-None-Match
 * decides when present, as RFC 9110 says, else If-Modified-Since.
 */
export function answerFor(
  feed: PlannedFeed,
  document: FeedDocument,
  requestHeaders: IncomingHttpHeaders,
): FeedAnswer {
  switch (feed.behaviour) {
    case 'http-500':
      return {
        kind: 'error',
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: 'internal error',
      };
    case 'connection-reset':
      return { kind: 'reset' };
    case 'no-answer':
      return { kind: 'silence' };
    default:
      break;
  }
  const validators: Record<string, string> = {};
  if (document.etag !== undefined) validators.etag = document.etag;
  if (document.lastModified !== undefined) validators['last-modified'] = document.lastModified;
  if (isUnchangedFor(document, requestHeaders)) {
    return { kind: 'not-modified', status: 304, headers: validators };
  }
  return {
    kind: 'document',
    status: 200,
    headers: { 'content-type': document.contentType, ...validators },
    body: document.body,
  };
}

function isUnchangedFor(document: FeedDocument, requestHeaders: IncomingHttpHeaders): boolean {
  const ifNoneMatch = requestHeaders['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (document.etag === undefined) return false;
    return ifNoneMatch.split(',').some((tag) => tag.trim() === document.etag || tag.trim() === '*');
  }
  const ifModifiedSince = requestHeaders['if-modified-since'];
  if (ifModifiedSince === undefined || document.lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Date.parse(document.lastModified) <= since;
}
