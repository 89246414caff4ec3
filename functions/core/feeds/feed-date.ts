// Feed dates to ISO 8601. Feeds use RFC 822 with every deviation imaginable; a date without a
// zone is taken as UTC so that the result does not depend on the machine's time zone.

const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UT: '+0000',
  UTC: '+0000',
  GMT: '+0000',
  Z: '+0000',
  WET: '+0000',
  BST: '+0100',
  CET: '+0100',
  WEST: '+0100',
  CEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  MSK: '+0300',
  EAT: '+0300',
  IST: '+0530',
  PKT: '+0500',
  HKT: '+0800',
  SGT: '+0800',
  JST: '+0900',
  KST: '+0900',
  AEST: '+1000',
  AEDT: '+1100',
  AST: '-0400',
  ADT: '-0300',
  EST: '-0500',
  EDT: '-0400',
  CST: '-0600',
  CDT: '-0500',
  MST: '-0700',
  MDT: '-0600',
  PST: '-0800',
  PDT: '-0700',
};

const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);
const LATEST_PLAUSIBLE = Date.UTC(2100, 0, 1);

/** An ISO 8601 string for a feed date, or undefined when it cannot be read. */
export function parseFeedDate(raw: string): string | undefined {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  const millis = /^\d{9,10}$/.test(text) ? Number(text) * 1000 : Date.parse(normaliseDate(text));
  if (Number.isNaN(millis) || millis < EARLIEST_PLAUSIBLE || millis >= LATEST_PLAUSIBLE) {
    return undefined;
  }
  return new Date(millis).toISOString();
}

function normaliseDate(text: string): string {
  const iso =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)? ?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    );
  if (iso) {
    const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] =
      iso;
    const offset =
      zone === undefined || /^z$/i.test(zone)
        ? 'Z'
        : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}${fraction}${offset}`;
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (dotted) {
    const [, day, month, year, hour = '00', minute = '00', second = '00'] = dotted;
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}Z`;
  }
  return normaliseRfc822(text);
}

function normaliseRfc822(text: string): string {
  // The weekday is redundant and often misspelt or localised: drop it.
  let date = text.replace(/^[A-Za-z\u00c0-\u024f]+\.?,? ?(?=\d)/, '');
  const zone = /(?:^|\s)([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})$/.exec(date);
  const name = zone?.[1]?.toUpperCase();
  if (name !== undefined && /^[+-]/.test(name)) {
    date = date.slice(0, -name.length) + name.replace(':', '');
  } else if (name !== undefined && ZONE_OFFSETS[name] !== undefined) {
    date = `${date.slice(0, -name.length)}${ZONE_OFFSETS[name]}`;
  } else if (name !== undefined && /^[A-IK-Y]$/.test(name)) {
    // RFC 1123: single-letter military zones were specified with inverted signs; read as UTC.
    date = `${date.slice(0, -name.length)}+0000`;
  } else if (/\d$|\b[AP]M$/i.test(date)) {
    date = `${date} +0000`;
  }
  return date;
}

function pad(value: string | undefined): string {
  return (value ?? '').padStart(2, '0');
}
