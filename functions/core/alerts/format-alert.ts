// Turns an incident into the texts subscribers receive: one SMS part and one email.
import type { Alert, AlertKind, Incident } from '../model.js';
import { placesMatch } from '../incidents/match-incident.js';
import { fitsOneSmsPart, toGsm7 } from './gsm7.js';

/** SNS and most mail clients cut or reject subjects of 100 characters or more. */
export const MAX_SUBJECT_LENGTH = 99;

export const NEUTRALITY_NOTE =
  'This alert reports what the sources say. It does not decide who is right.';

/** What subscribers were last told, so that an update can say what changed since. */
export type PreviousIncident = Pick<Incident, 'killed' | 'places'>;

/**
 * The alert for an incident: a new incident, or an update after it grew. Pass `previous` (the
 * incident as last alerted) when known, so that an update says what changed since.
 */
export function formatAlert(
  incident: Incident,
  kind: AlertKind,
  previous?: PreviousIncident,
): Alert {
  const change = kind === 'update' && previous ? describeChange(incident, previous) : undefined;
  return {
    incidentId: incident.incidentId,
    kind,
    version: incident.version,
    region: incident.region,
    severity: incident.severity,
    killed: incident.killed,
    title: incident.title,
    sms: formatSms(incident, kind, change),
    email: {
      subject: formatSubject(incident, kind, change),
      body: formatBody(incident, kind, change),
    },
    sources: incident.sources.map(({ url, title, feed }) =>
      url === undefined ? { title, feed } : { url, title, feed },
    ),
    evidence: [...incident.evidence],
  };
}

interface Change {
  killedBefore?: number | null;
  newPlaces: string[];
}

function describeChange(incident: Incident, previous: PreviousIncident): Change {
  const grew =
    incident.killed !== null && (previous.killed === null || incident.killed > previous.killed);
  const change: Change = {
    newPlaces: incident.places.filter((p) => !previous.places.some((q) => placesMatch(p, q))),
  };
  if (grew) change.killedBefore = previous.killed;
  return change;
}

function casualties(incident: Incident): string | undefined {
  if (incident.killed !== null) return `${incident.killed} killed`;
  if (incident.injured !== null) return `${incident.injured} injured`;
  return undefined;
}

function changeSummary(incident: Incident, change: Change): string | undefined {
  const parts: string[] = [];
  if (change.killedBefore !== undefined) {
    parts.push(
      change.killedBefore === null
        ? `now ${incident.killed} killed`
        : `killed ${change.killedBefore} -> ${incident.killed}`,
    );
  }
  if (change.newPlaces.length > 0) {
    // The toll did not change, but it is still the first thing a reader looks for.
    const known = change.killedBefore === undefined ? casualties(incident) : undefined;
    if (known) parts.push(known);
    parts.push(`new place ${change.newPlaces.map(displayPlace).join(', ')}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

// ---- SMS ----

interface SmsParts {
  head: string;
  region: string;
  facts?: string;
  detail?: string;
  date: string;
  sources?: string;
  url?: string;
}

function renderSms(p: SmsParts): string {
  let text = `${p.head} ${p.region}`;
  if (p.facts) text += `, ${p.facts}`;
  if (p.detail) text += ` (${p.detail})`;
  text += `, ${p.date}.`;
  if (p.sources) text += ` ${p.sources}.`;
  if (p.url) text += ` ${p.url}`;
  return text;
}

/**
 * One SMS part, always: tries the richest message first and gives up, in this order, words of
 * the detail, the detail, the link, the source count and the long heading, until it fits.
 */
function formatSms(incident: Incident, kind: AlertKind, change: Change | undefined): string {
  const heads =
    kind === 'new' ? ['CEASEFIRE VIOLATION reported:', 'CEASEFIRE VIOLATION:'] : ['UPDATE:'];
  const facts =
    (change ? changeSummary(incident, change) : undefined) ??
    (kind === 'update' ? updateFacts(incident) : casualties(incident));
  const count = incident.sources.length;
  const sources = `${count} ${count === 1 ? 'source' : 'sources'}`;
  const url = shortestUrl(incident);
  // An update that lists new places already says where; the detail then only says what.
  const details = detailVariants(incident, !change?.newPlaces.length);

  for (const head of heads) {
    for (const withSources of [true, false]) {
      for (const withUrl of url ? [true, false] : [false]) {
        for (const detail of details) {
          const text = toGsm7(
            renderSms({
              head,
              region: incident.region,
              facts,
              detail,
              date: incident.eventDate,
              sources: withSources ? sources : undefined,
              url: withUrl ? url : undefined,
            }),
          );
          if (fitsOneSmsPart(text)) return text;
        }
      }
    }
  }
  // Only an absurdly long region name gets here: shorten it rather than lose the toll and date.
  const last = heads[heads.length - 1] ?? 'UPDATE:';
  for (const region of wordCuts(incident.region)) {
    const text = toGsm7(renderSms({ head: last, region, facts, date: incident.eventDate }));
    if (fitsOneSmsPart(text)) return text;
  }
  return truncateToOnePart(
    toGsm7(renderSms({ head: last, region: incident.region, facts, date: incident.eventDate })),
  );
}

/** Shorter and shorter cuts of the text at word boundaries, each marked with "...". */
function wordCuts(text: string, minWords = 1): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const cuts: string[] = [];
  for (let n = words.length - 1; n >= minWords; n -= 1) {
    cuts.push(
      `${words
        .slice(0, n)
        .join(' ')
        .replace(/[,;:.\-—–]+$/, '')}...`,
    );
  }
  return cuts;
}

function updateFacts(incident: Incident): string | undefined {
  const known = casualties(incident);
  return known ? `now ${known}` : undefined;
}

/**
 * What happened where, best first: "shootout near Khramort", then "shootout" alone (the place
 * may be in a script that would force UCS-2); without those, cuts of the title at word
 * boundaries. Always ends with undefined: no detail.
 */
function detailVariants(incident: Incident, withPlace: boolean): (string | undefined)[] {
  const action = actionOf([incident.title, ...incident.evidence].join(' '));
  const place = withPlace ? incident.places[0] : undefined;
  if (action && place) return [`${action} near ${displayPlace(place)}`, action, undefined];
  if (place) return [`near ${displayPlace(place)}`, undefined];
  if (action) return [action, undefined];
  // A title cut to fewer words than this says too little to be worth the room.
  const title = incident.title.replace(/\s+/g, ' ').trim();
  return [title, ...wordCuts(title, 4), undefined];
}

// The first kind of action named, most specific first: "shootout" tells more than "shooting".
const ACTIONS: readonly (readonly [string, RegExp])[] = [
  ['shootout', /\b(shoot-?outs?|gunfights?|fire-?fights?|exchanges? of fire)\b/],
  ['ambush', /\bambush/],
  ['sniper fire', /\bsnipers?\b/],
  ['drone strike', /\b(drones?|uavs?)\b/],
  ['airstrike', /\b(air ?strikes?|air raids?)\b/],
  ['mortar fire', /\bmortars?\b/],
  ['artillery fire', /\bartillery\b/],
  ['shelling', /\bshell(s|ed|ing)\b/],
  ['rocket fire', /\brockets?\b/],
  ['missile strike', /\bmissiles?\b/],
  ['mine blast', /\b(land ?mines?|mine (blast|explosion)s?)\b/],
  ['incursion', /\bincursions?\b/],
  ['clash', /\bclash(es|ed)?\b/],
  ['shooting', /\b(shooting|gunfire|shot dead|opened fire)\b/],
];

function actionOf(text: string): string | undefined {
  const lower = text.toLowerCase();
  return ACTIONS.find(([, pattern]) => pattern.test(lower))?.[0];
}

function shortestUrl(incident: Incident): string | undefined {
  const urls = incident.sources.map((s) => s.url).filter((u): u is string => !!u);
  return urls.sort((a, b) => a.length - b.length)[0];
}

/** Last resort: whole words while they fit; a single over-long word is cut by characters. */
function truncateToOnePart(text: string): string {
  const words = text.split(' ');
  let result = '';
  for (const word of words) {
    const next = result === '' ? word : `${result} ${word}`;
    if (!fitsOneSmsPart(next)) break;
    result = next;
  }
  if (result !== '') return result.replace(/[\s,;:]+$/, '');
  let cut = '';
  for (const char of text) {
    if (!fitsOneSmsPart(cut + char)) break;
    cut += char;
  }
  return cut;
}

// ---- Email ----

function formatSubject(incident: Incident, kind: AlertKind, change: Change | undefined): string {
  const prefix = `[Ceasefire Watch] ${kind === 'new' ? 'Violation reported' : 'Update'} — `;
  const facts = change
    ? (changeSummary(incident, change) ?? casualties(incident))
    : casualties(incident);
  const tail = facts ? `, ${oneLine(facts)}` : '';
  const region = oneLine(incident.region);
  const full = `${prefix}${region}${tail}`;
  if (full.length <= MAX_SUBJECT_LENGTH) return full;
  const room = MAX_SUBJECT_LENGTH - prefix.length - tail.length - 1;
  if (room >= 10) return `${prefix}${cutAtWord(region, room)}…${tail}`;
  return `${cutAtWord(full, MAX_SUBJECT_LENGTH - 1)}…`;
}

function formatBody(incident: Incident, kind: AlertKind, change: Change | undefined): string {
  const lines: string[] = [];
  lines.push(
    kind === 'new'
      ? `Ceasefire violation reported: ${incident.title}`
      : `Update on a reported ceasefire violation: ${incident.title}`,
  );
  lines.push('');
  if (kind === 'update') {
    lines.push(`What changed: ${describeChangeForEmail(incident, change)}`, '');
  }
  lines.push(`Region: ${incident.region}`);
  lines.push(`Date: ${incident.eventDate}`);
  if (incident.places.length > 0) {
    lines.push(`Places: ${incident.places.map(displayPlace).join(', ')}`);
  }
  lines.push(`Killed: ${incident.killed ?? 'not reported'}`);
  lines.push(`Injured: ${incident.injured ?? 'not reported'}`);
  lines.push(`Severity: ${incident.severity}`);
  if (incident.weapons && incident.weapons.length > 0) {
    lines.push(`Weapons: ${incident.weapons.join(', ')}`);
  }
  if (incident.accusations && incident.accusations.length > 0) {
    const said = incident.accusations.map(({ accuser, accused }) =>
      accused === null
        ? `${oneLine(accuser)} reports a breach`
        : `${oneLine(accuser)} accuses ${oneLine(accused)}`,
    );
    lines.push(`Accusations: ${said.join('; ')}`);
  }
  if (incident.denials && incident.denials.length > 0) {
    lines.push(`Denied by: ${incident.denials.map(oneLine).join('; ')}`);
  }
  lines.push('');
  if (incident.evidence.length > 0) {
    lines.push('What the sources say:');
    for (const sentence of incident.evidence) lines.push(`  "${sentence}"`);
    lines.push('');
  }
  lines.push(`Sources (${incident.sources.length}):`);
  for (const source of incident.sources) {
    lines.push(`  - ${source.title ?? '(untitled)'} (feed: ${source.feed})`);
    lines.push(`    ${source.url ?? 'no link given'}`);
  }
  lines.push('');
  lines.push(
    `Incident ${incident.incidentId}, version ${incident.version}; first seen ${incident.firstSeenAt}, last ${incident.lastSeenAt}.`,
  );
  lines.push(NEUTRALITY_NOTE);
  return lines.join('\n');
}

function describeChangeForEmail(incident: Incident, change: Change | undefined): string {
  if (!change) {
    const now = casualties(incident) ?? 'no casualty figures';
    return `the incident has grown since the last alert; it now stands at ${now}.`;
  }
  const parts: string[] = [];
  if (change.killedBefore !== undefined) {
    parts.push(
      change.killedBefore === null
        ? `killed now reported: ${incident.killed}`
        : `killed from ${change.killedBefore} to ${incident.killed}`,
    );
  }
  if (change.newPlaces.length > 0) {
    const names = change.newPlaces.map(displayPlace).join(', ');
    parts.push(`new ${change.newPlaces.length === 1 ? 'place' : 'places'}: ${names}`);
  }
  return parts.length > 0 ? `${parts.join('; ')}.` : 'more reports of the same incident.';
}

// ---- Shared ----

/** Words a place name keeps in lower case after its first word ("Line of Control", "Bosnia and Herzegovina"). */
const MINOR_WORDS = new Set(['of', 'and', 'the', 'al', 'el', 'de', 'du', 'la', 'on', 'upon']);

/** Places are stored lower-cased; names read better capitalised. */
function displayPlace(place: string): string {
  return place.replace(
    /(^|[\s-])(\p{Ll})(\p{L}*)/gu,
    (_m, sep: string, letter: string, rest: string, offset: number) =>
      offset > 0 && MINOR_WORDS.has(letter + rest)
        ? `${sep}${letter}${rest}`
        : `${sep}${letter.toUpperCase()}${rest}`,
  );
}

function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '');
}
