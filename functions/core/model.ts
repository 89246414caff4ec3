// The records the pipeline passes between its stages. Plain data: no behaviour, no AWS types.

export interface FeedConfig {
  /** Stable id used as the feed's key in the store; derived from the URL when the config omits it. */
  id: string;
  /** http(s) URL, or a local file path for offline runs and tests. */
  url: string;
  /** Fetch the linked article page when the feed carries only a snippet. */
  fetchArticle: boolean;
  /**
   * Reports published longer ago than this are recorded but never alert: a feed added with months
   * of archive, or one that republishes old items, must not flood subscribers. Absent: no limit.
   */
  maxReportAgeMs?: number;
}

/** HTTP validators kept per feed so the next poll can be a conditional GET. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export interface FeedState extends FeedValidators {
  feedId: string;
  url: string;
  lastPolledAt?: string;
  lastOkAt?: string;
  consecutiveFailures: number;
  lastError?: string;
  /**
   * ISO time before which the server asked not to be polled again (Retry-After on a 429 or 503).
   * The scheduler honours it up to a cap; a successful poll clears it.
   */
  retryNotBefore?: string;
}

/** One entry of a feed, normalised: text is plain, decoded and repaired. */
export interface FeedItem {
  /** Stable across polls and feeds: derived from the canonical URL, else the guid, else the content. */
  id: string;
  feedId: string;
  url?: string;
  title: string | null;
  /** Plain text the classifier reads: the article body when fetched, else the feed's content. */
  text: string;
  /** ISO 8601, when the feed gives a parseable date. */
  published?: string;
}

export type Label = 'violation' | 'other';
/** Least to most severe. */
export const SEVERITY_ORDER = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITY_ORDER)[number];

export interface Verdict {
  label: Label;
  /** 0..1, how strongly the rules that fired support the label. */
  score: number;
  severity: Severity;
  /** Region from the ceasefire registry or gazetteer; null when none is named. */
  region: string | null;
  killed: number | null;
  injured: number | null;
  /** ISO date (YYYY-MM-DD) of the incident, when the text gives or implies one. */
  incidentDate: string | null;
  /** Place names the item ties to the incident, lower-cased. */
  places: string[];
  /** Ids of the rules that fired. */
  rules: string[];
  /** The sentences that made the decision, as they read in the text. */
  evidence: string[];
  /** Canonical names of the weapons the incident's sentences name ("mortar", "air strike"). */
  weapons: string[];
  /** Who the sources say accuses whom of the breach (accused null when none is named). */
  accusations: Accusation[];
  /** Parties the sources say deny it, as the text names them. */
  denials: string[];
}

/** "Armenia accused Azerbaijan of violating the truce": the accuser and the accused as written. */
export interface Accusation {
  accuser: string;
  accused: string | null;
}

export interface ClassifiedItem {
  item: FeedItem;
  verdict: Verdict;
}

export interface IncidentSource {
  itemId: string;
  url?: string;
  title: string | null;
  feed: string;
}

export interface Incident {
  incidentId: string;
  region: string;
  /** Best estimate of the event's date: the earliest incident date reported, else first seen. */
  eventDate: string;
  firstSeenAt: string;
  lastSeenAt: string;
  /** Highest death toll any report gives for this incident. */
  killed: number | null;
  injured: number | null;
  severity: Severity;
  places: string[];
  title: string;
  evidence: string[];
  /**
   * What its reports said about the event, for matching later reports against all of them:
   * "word:shootout", "day:sunday", "day:03-05", "place:khramort". Absent on incidents saved
   * before it was kept.
   */
  details?: string[];
  /** Weapons any report names. Absent on incidents saved before it was kept. */
  weapons?: string[];
  /** Who accuses whom, across the reports, each pair once. */
  accusations?: Accusation[];
  /** Parties that deny, across the reports. */
  denials?: string[];
  sources: IncidentSource[];
  /** Bumped on each material change (new incident, more killed, a new place). */
  version: number;
  /** Version last delivered to subscribers; 0 when none was. */
  alertedVersion: number;
  /**
   * Bumped on every write, material or not: the store saves an incident only over the revision it
   * was read at, so two runs merging reports at once cannot drop each other's sources.
   */
  revision: number;
}

/** Who wants which alerts: the same filter the SNS subscription's filter policy applies. */
export interface Subscriber {
  email?: string;
  sms?: string;
  /** Only incidents in these regions; every region when absent. */
  regions?: string[];
  /** Only incidents at least this severe; every severity when absent. */
  minSeverity?: Severity;
}

export type AlertKind = 'new' | 'update';

/** One alert as it goes to the notifier: also the shape of an outbox line. */
export interface Alert {
  incidentId: string;
  kind: AlertKind;
  /** Incident version this alert announces: with incidentId, its idempotency key. */
  version: number;
  region: string;
  severity: Severity;
  killed: number | null;
  title: string;
  sms: string;
  email: { subject: string; body: string };
  sources: { url?: string; title: string | null; feed: string }[];
  evidence: string[];
}
