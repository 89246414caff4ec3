import * as z from 'zod';
import { SEVERITY_ORDER } from '../core/model.js';
import { parseInterval } from './parse-interval.js';

const severity = z.enum(SEVERITY_ORDER, {
  error: `expected one of ${SEVERITY_ORDER.join(', ')}`,
});

/** A report age limit: a duration of at least an hour, or "off" for none. */
const maxReportAge = z
  .string({ error: 'expected a duration such as "3d" or "48h", or "off"' })
  .refine(
    (text) => text.trim().toLowerCase() === 'off' || (parseInterval(text) ?? 0) >= 3_600_000,
    { message: 'expected a duration of at least 1 hour, such as "3d" or "48h", or "off"' },
  );

const feedEntry = z
  .object({
    url: z.string({ error: 'expected a URL or a file path' }).min(1, 'must not be empty'),
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected letters, digits, ".", "_" or "-"')
      .optional(),
    fetchArticle: z.boolean({ error: 'expected true or false' }).default(false),
    maxReportAge: maxReportAge.optional(),
  })
  .strict();

const subscriber = z
  .object({
    email: z.email({ error: 'expected an email address' }).optional(),
    sms: z
      .string({ error: 'expected a phone number in E.164 form, e.g. "+15555550100"' })
      .regex(/^\+[1-9]\d{6,14}$/, 'expected a phone number in E.164 form, e.g. "+15555550100"')
      .optional(),
    regions: z
      .array(z.string().min(1))
      .min(1, 'list at least one region, or leave it out')
      .optional(),
    minSeverity: severity.optional(),
  })
  .strict()
  .refine((entry) => (entry.email === undefined) !== (entry.sms === undefined), {
    message: 'expected exactly one of "email" or "sms"',
  });

const schedule = z.string().superRefine((text, context) => {
  const ms = parseInterval(text);
  if (ms === undefined) {
    context.addIssue({
      code: 'custom',
      message: 'expected an interval such as "5m", "15 minutes" or "rate(5 minutes)"',
    });
  } else if (ms < 60_000) {
    context.addIssue({
      code: 'custom',
      message: 'must be at least 1 minute: publishers throttle greedier pollers',
    });
  }
});

export const configSchema = z
  .object({
    feeds: z
      .array(feedEntry, { error: 'expected a list of feeds' })
      .min(1, 'list at least one feed'),
    subscribers: z.array(subscriber, { error: 'expected a list of subscribers' }).default([]),
    schedule: schedule.default('5m'),
    fetchTimeout: z
      .string()
      .refine((text) => (parseInterval(text) ?? 0) >= 1_000, {
        message: 'expected a duration of at least 1 s, such as "20s"',
      })
      .default('20s'),
    maxReportAge: maxReportAge.default('3d'),
    tablePrefix: z
      .string()
      .regex(/^[a-zA-Z0-9_.-]{3,200}$/, 'expected 3 or more letters, digits, "_", "." or "-"')
      .default('ceasefire-watch'),
  })
  .strict();

export type ConfigFile = z.infer<typeof configSchema>;
export type SubscriberConfig = ConfigFile['subscribers'][number];
