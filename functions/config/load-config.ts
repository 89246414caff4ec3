import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import type { FeedConfig } from '../core/model.js';
import { ConfigError } from './config-error.js';
import { configSchema, type SubscriberConfig } from './config-schema.js';
import { deriveFeedId } from './derive-feed-id.js';
import { parseInterval } from './parse-interval.js';

export interface WatchConfig {
  /** The file the config came from, for messages. */
  source: string;
  feeds: FeedConfig[];
  subscribers: SubscriberConfig[];
  scheduleMs: number;
  /** Longest wait for one feed or article request. */
  fetchTimeoutMs: number;
  tablePrefix: string;
  /** The file-wide report age limit (undefined: none); each feed carries its own. */
  maxReportAgeMs: number | undefined;
}

export function loadConfig(file: string): WatchConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new ConfigError(`config ${file}: ${reason}`);
  }
  return parseConfig(text, file);
}

/** Parses and validates config text; relative feed paths are resolved against the file's folder. */
export function parseConfig(text: string, source: string): WatchConfig {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new ConfigError(`config ${source}${where}: not valid YAML: ${firstLine(error)}`);
  }
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ConfigError(`config ${source}: ${describeIssues(parsed.error.issues)}`);
  }
  const baseDir = path.dirname(path.resolve(source));
  const feeds = parsed.data.feeds.map((feed): FeedConfig => {
    const maxReportAgeMs = reportAgeMs(feed.maxReportAge ?? parsed.data.maxReportAge);
    return {
      id: feed.id ?? deriveFeedId(feed.url),
      url: resolveFeedLocation(feed.url, baseDir),
      fetchArticle: feed.fetchArticle,
      ...(maxReportAgeMs !== undefined && { maxReportAgeMs }),
    };
  });
  rejectDuplicateIds(feeds, source);
  return {
    source,
    feeds,
    subscribers: parsed.data.subscribers,
    scheduleMs: parseInterval(parsed.data.schedule) ?? 300_000,
    fetchTimeoutMs: parseInterval(parsed.data.fetchTimeout) ?? 20_000,
    tablePrefix: parsed.data.tablePrefix,
    maxReportAgeMs: reportAgeMs(parsed.data.maxReportAge),
  };
}

/** Milliseconds of a report age limit; undefined for "off". Throws for a text that is neither. */
export function reportAgeMs(text: string): number | undefined {
  if (text.trim().toLowerCase() === 'off') return undefined;
  const ms = parseInterval(text);
  if (ms === undefined || ms < 3_600_000) {
    throw new Error('expected a duration of at least 1 hour, such as "3d" or "48h", or "off"');
  }
  return ms;
}

/** URLs stay as they are; a path is made absolute so the run does not depend on the working folder. */
export function resolveFeedLocation(location: string, baseDir: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return location;
  return path.resolve(baseDir, location);
}

function rejectDuplicateIds(feeds: FeedConfig[], source: string): void {
  const seen = new Map<string, string>();
  for (const feed of feeds) {
    const earlier = seen.get(feed.id);
    if (earlier === feed.url) {
      throw new ConfigError(`config ${source}: feeds: ${feed.url} is listed twice`);
    }
    if (earlier !== undefined) {
      throw new ConfigError(
        `config ${source}: feeds: id "${feed.id}" is used by both ${earlier} and ${feed.url}; give one of them its own "id"`,
      );
    }
    seen.set(feed.id, feed.url);
  }
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue)}`)
    .join('; ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return issue.message;
}

function formatPath(segments: PropertyKey[]): string {
  if (segments.length === 0) return '(top level)';
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
