import type * as z from 'zod';

/** "feed.url: expected the feed URL as text; …", each issue named by its path. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.map((part) =>
        typeof part === 'number' ? `[${part}]` : `.${String(part)}`,
      );
      const path = where.join('').replace(/^\./, '');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    })
    .join('; ');
}
