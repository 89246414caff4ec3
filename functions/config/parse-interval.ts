// Accepts the forms people write for a polling interval: "5m", "90s", "1h", "3d", "10 minutes", "rate(5 minutes)".
const UNIT_MS: Record<string, number> = {
  s: 1_000,
  sec: 1_000,
  second: 1_000,
  seconds: 1_000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  minutes: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
  hours: 3_600_000,
  d: 86_400_000,
  day: 86_400_000,
  days: 86_400_000,
};

/** Milliseconds for an interval string, or undefined when it is not one. */
export function parseInterval(text: string): number | undefined {
  const match = /^\s*(?:rate\(\s*)?(\d+)\s*([a-z]+)\s*\)?\s*$/i.exec(text);
  if (!match) return undefined;
  const [, amount, unit] = match;
  const unitMs = UNIT_MS[(unit ?? '').toLowerCase()];
  if (unitMs === undefined || amount === undefined) return undefined;
  const ms = Number(amount) * unitMs;
  return ms > 0 ? ms : undefined;
}
