// What the handlers emit through Powertools Metrics; the alarms read the same names.

export const SERVICE_NAME = 'ceasefire-watch';
export const METRICS_NAMESPACE = 'CeasefireWatch';

/** Powertools adds the service as the one default dimension of every metric. */
export const SERVICE_DIMENSIONS = { service: SERVICE_NAME } as const;

/** Feeds whose consecutive failures reached 3 or more in a poll. */
export const FEEDS_FAILING_REPEATEDLY = 'FeedsFailingRepeatedly';
/** Items seen for the first time. */
export const NEW_ITEMS = 'NewItems';
