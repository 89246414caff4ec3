// A costly regular expression behind a cheap one that every match of it contains: most sentences
// fail the cheap test and never reach the costly one. The cheap one takes the costly one's flags,
// so it compares letters alike and fails only where the costly one could not match.

export interface TextTest {
  test(text: string): boolean;
}

/** `pattern`, tested only on texts in which `needed` (a part of every match of it) is found. */
export function guarded(needed: string, pattern: RegExp): TextTest {
  const cheap = new RegExp(needed, pattern.flags.replace(/[gy]/g, ''));
  return { test: (text) => cheap.test(text) && pattern.test(text) };
}
