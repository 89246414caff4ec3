// Logging, metrics and tracing shared by the Lambda functions. Service name, metrics namespace and
// log level come from Powertools' own variables (POWERTOOLS_SERVICE_NAME,
// POWERTOOLS_METRICS_NAMESPACE, LOG_LEVEL), which the stack sets.
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';

export const logger = new Logger();
export const metrics = new Metrics();
export const tracer = new Tracer();

export type CountMetric =
  | 'FeedsDispatched'
  | 'FeedsPolled'
  | 'FeedsFailed'
  | 'FeedsFailingRepeatedly'
  | 'NewItems'
  | 'Violations'
  | 'IncidentsOpened'
  | 'AlertsSent'
  | 'AlertsFailed';

/** Adds each count, zeros included: a metric that goes silent cannot be told from one that is 0. */
export function addCounts(counts: Partial<Record<CountMetric, number>>): void {
  for (const [name, value] of Object.entries(counts)) {
    metrics.addMetric(name, MetricUnit.Count, value);
  }
}

/**
 * The handler wrapped for Lambda: logs carry the request id, metrics are flushed (with a ColdStart
 * metric) after every invocation, and the invocation is traced. Events are not logged: they carry
 * feed URLs and incident text, and the logs must stay free of anything personal.
 */
export function instrumented<Event, Result>(
  handler: (event: Event, context: Context) => Promise<Result>,
) {
  return middy(handler)
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true }));
}
