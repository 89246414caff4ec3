// Who the sources say accuses whom of a breach, and who denies it, from the sentences of a
// violation report: "Armenia accused Azerbaijan of violating the truce", "Russia said Azerbaijan
// broke the ceasefire", "Azerbaijani forces broke the ceasefire, Russia said", "Pakistan's military
// denied the charge". A party is the run of name-like words next to the verb (capitalised words,
// possessives and the nouns of armed and official bodies), as the text writes it.
import type { Accusation } from '../model.js';
import { type Token, tokenize } from './attribution-tokens.js';

export type AttributionVerb = 'accuse' | 'say' | 'deny';

export interface AttributionSentence {
  text: string;
  /** The attribution verbs in the sentence, in order. */
  verbs: readonly { kind: AttributionVerb; start: number; end: number }[];
  /** Where its breach words are, when it also names a ceasefire (it states a breach). */
  breaches: readonly { start: number; end: number }[];
}

export interface Attribution {
  accusations: Accusation[];
  denials: string[];
}

/** Lower-case words that name armed or official bodies, or join such names. */
const PARTY_WORDS = new Set([
  'army',
  'armies',
  'military',
  'forces',
  'force',
  'troops',
  'soldiers',
  'government',
  'governments',
  'ministry',
  'ministries',
  'defence',
  'defense',
  'foreign',
  'interior',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'side',
  'sides',
  'rebels',
  'militants',
  'fighters',
  'authorities',
  'command',
  'commander',
  'commanders',
  'president',
  'leader',
  'leaders',
  'leadership',
  'group',
  'movement',
  'police',
  'guard',
  'guards',
  'border',
  'security',
  'service',
  'services',
  'separatists',
  'militia',
  'militias',
  'agency',
  'media',
  'mission',
  'monitors',
  'monitoring',
  'observers',
  'observer',
  'commission',
  'committee',
  'joint',
  'peacekeepers',
  'office',
  'headquarters',
  'staff',
  'general',
  'chief',
  'state',
  'state-run',
  'news',
  'ethnic',
  'other',
  'both',
  'two',
  'local',
  'emergency',
  'emergencies',
]);
/** Words kept inside a party's name, never at its ends: "Ministry of Defence", "A and B". */
const JOINING_WORDS = new Set(['of', 'and', 'the']);
/** Words that say when ("on Sunday", "last night", "in a statement this morning"). */
const WHEN_WORDS = [
  'on',
  'in',
  'last',
  'this',
  'night',
  'morning',
  'evening',
  'afternoon',
  'overnight',
  'yesterday',
  'today',
];
/** Words between a party and its verb that belong to neither: "Azerbaijan on Sunday accused". */
const SKIPPED_BEFORE_VERB = new Set([
  ...WHEN_WORDS,
  'also',
  'again',
  'later',
  'earlier',
  'then',
  'once',
  'has',
  'have',
  'had',
  'it',
  'its',
]);
/** Words between a verb and the party after it: "said on Sunday that Azerbaijan …". */
const SKIPPED_AFTER_VERB = new Set([...WHEN_WORDS, 'that', 'a', 'statement']);
/** Between the accused and the breach word: "Azerbaijan had violated", "rebels repeatedly broke". */
const BEFORE_BREACH = new Set(['had', 'has', 'have', 'again', 'once']);
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'this', 'that', 'these', 'those']);
const DAY_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+(?:st|nd|rd|th)?)$/i;
const RECIPROCAL = /^\s*(?:each other|one another)\b/i;
const MAX_PARTY_WORDS = 7;
/** Characters read on each side of a verb: room for a party, a day and the breach words. */
const WINDOW_CHARACTERS = 160;
/** How many words may lie between what a speaker says happened and the breach word. */
const BREACH_WINDOW = 3;

export function extractAttribution(sentences: readonly AttributionSentence[]): Attribution {
  const accusations: Accusation[] = [];
  const denials: string[] = [];
  for (const sentence of sentences) {
    for (const verb of sentence.verbs) {
      // The parties lie next to the verb: only the words around it are read.
      const tokens = tokenize(
        sentence.text,
        verb.start - WINDOW_CHARACTERS,
        verb.end + WINDOW_CHARACTERS,
      );
      const at = tokens.findIndex((token) => token.start >= verb.start);
      if (at < 0) continue;
      const after = tokens.findIndex((token) => token.start >= verb.end);
      const next = after < 0 ? tokens.length : after;
      if (verb.kind === 'deny') {
        const party = partyBefore(tokens, at);
        if (party) denials.push(party);
      } else if (verb.kind === 'accuse') {
        accusations.push(...accuse(tokens, at, next, sentence.text));
      } else {
        const said = saidBreach(tokens, at, next, sentence.breaches);
        if (said) accusations.push(said);
      }
    }
  }
  return { accusations: uniqueAccusations(accusations), denials: uniqueNames(denials) };
}

/** "A accused B of …", "A and B accused each other of …". */
function accuse(tokens: Token[], verb: number, next: number, text: string): Accusation[] {
  const accuser = partyBefore(tokens, verb);
  if (!accuser) return [];
  const rest = text.slice(tokens[next]?.start ?? text.length);
  if (RECIPROCAL.test(rest)) {
    const sides = accuser.split(/\s+and\s+/);
    if (sides.length === 2) {
      const [first = '', second = ''] = sides;
      return [
        { accuser: first, accused: second },
        { accuser: second, accused: first },
      ];
    }
    return [{ accuser, accused: null }];
  }
  return [{ accuser, accused: partyAfter(tokens, next)?.name ?? null }];
}

/**
 * A speaker who says a breach happened: "X said (that) Y broke the ceasefire", or "Y broke the
 * ceasefire, X said". Null when the sentence states no breach on either side of the verb.
 */
function saidBreach(
  tokens: Token[],
  verb: number,
  next: number,
  breaches: AttributionSentence['breaches'],
): Accusation | null {
  if (breaches.length === 0) return null;
  const speaker = partyBefore(tokens, verb);
  if (!speaker) return null;
  const verbStart = tokens[verb]?.start ?? 0;
  const breachAfter = breaches.find((breach) => breach.start > verbStart);
  if (breachAfter) {
    const party = partyAfter(tokens, next);
    const breachToken = tokens.findIndex((token) => token.start >= breachAfter.start);
    const tied =
      party !== null &&
      breachToken >= party.end &&
      tokens
        .slice(party.end, breachToken)
        .every((token) => token.word && BEFORE_BREACH.has(token.text.toLowerCase())) &&
      breachToken - party.end <= BREACH_WINDOW;
    return { accuser: speaker, accused: tied ? party.name : null };
  }
  const breachBefore = breaches[0];
  if (!breachBefore) return null;
  const breachToken = tokens.findIndex((token) => token.start >= breachBefore.start);
  return { accuser: speaker, accused: partyBefore(tokens, breachToken) };
}

/** The party named just before token `index`, past the day and adverbs between them. */
function partyBefore(tokens: Token[], index: number): string | null {
  let end = index;
  while (end > 0 && isSkippedBeforeVerb(tokens[end - 1])) end -= 1;
  let start = end;
  while (start > 0 && end - start < MAX_PARTY_WORDS && isPartyToken(tokens[start - 1])) start -= 1;
  return partyName(tokens.slice(start, end));
}

/** The party named from token `index` on (after a verb), and the token after it. */
function partyAfter(tokens: Token[], index: number): { name: string; end: number } | null {
  let start = index;
  while (start < tokens.length && isSkippedAfterVerb(tokens[start])) start += 1;
  let end = start;
  while (end < tokens.length && end - start < MAX_PARTY_WORDS && isPartyToken(tokens[end]))
    end += 1;
  const name = partyName(tokens.slice(start, end));
  return name ? { name, end } : null;
}

function isSkippedBeforeVerb(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const lower = token.text.toLowerCase();
  return SKIPPED_BEFORE_VERB.has(lower) || DAY_WORDS.test(lower) || /^[a-z]+ly$/.test(token.text);
}

function isSkippedAfterVerb(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const lower = token.text.toLowerCase();
  return SKIPPED_AFTER_VERB.has(lower) || DAY_WORDS.test(lower);
}

function isPartyToken(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const lower = withoutPossessive(token.text.toLowerCase());
  if (PARTY_WORDS.has(lower) || JOINING_WORDS.has(lower)) return true;
  return /^\p{Lu}/u.test(token.text) && !PRONOUNS.has(lower) && !DAY_WORDS.test(lower);
}

/**
 * The party as written, without joining words at its ends; a common word that is capitalised
 * only because it opens the sentence is lower-cased ("Both sides" → "both sides"). Null when no
 * word of it names anything.
 */
function partyName(tokens: readonly Token[]): string | null {
  let start = 0;
  let end = tokens.length;
  while (start < end && JOINING_WORDS.has(tokens[start]?.text.toLowerCase() ?? '')) start += 1;
  while (end > start && JOINING_WORDS.has(tokens[end - 1]?.text.toLowerCase() ?? '')) end -= 1;
  const words = tokens.slice(start, end).map((token) => token.text);
  if (words.length === 0) return null;
  const first = words[0] ?? '';
  if (PARTY_WORDS.has(withoutPossessive(first.toLowerCase()))) words[0] = first.toLowerCase();
  return words.join(' ');
}

/** "rebels'" and "army's" are looked up as "rebels" and "army". */
function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/, '');
}

/** Each pair once; an accuser's unnamed accusation only when it names nobody elsewhere. */
function uniqueAccusations(accusations: readonly Accusation[]): Accusation[] {
  const seen = new Set<string>();
  const namesSomeone = new Set(
    accusations
      .filter((accusation) => accusation.accused !== null)
      .map((accusation) => accusation.accuser.toLowerCase()),
  );
  return accusations.filter((accusation) => {
    if (accusation.accused === null && namesSomeone.has(accusation.accuser.toLowerCase())) {
      return false;
    }
    const key = `${accusation.accuser.toLowerCase()}\u0000${accusation.accused?.toLowerCase() ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
