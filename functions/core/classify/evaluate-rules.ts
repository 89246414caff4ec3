// Each rule kind's test, run over the sentences of a read item. A positive rule returns its
// strongest finding (weight × the sentence's lead weight); an exclusion returns a finding whose
// strength is the share of the score it takes away.
import type { Gazetteer } from './gazetteer.js';
import { inForceOn, regionOnDay } from './gazetteer.js';
import { datesEarlierEvent, daysFrom, MONTH_NAMES, monthNumber } from './extract-date.js';
import { animalsDiedBefore } from './extract-casualties.js';
import { monthEarlier } from './earlier-time.js';
import { type PlacedRegion, sentenceRegion } from './extract-region.js';
import {
  mayHoldAside,
  mayHoldDatedAside,
  monthOfAsideAround,
  yearOfAsideAround,
} from './relative-aside.js';
import { HOURS_JUST_PAST, WEEKDAY } from './recent-day.js';
import {
  ACTION_WORDS,
  type ReadItem,
  type ReadSentence,
  VOCABULARY_BIT,
  type WordHit,
} from './read-item.js';
import type {
  CollapseRule,
  DespiteRule,
  ExclusionRule,
  ExplicitRule,
  ImplicitRule,
  LeadSettings,
  Rule,
  VocabularyName,
} from './ruleset-schema.js';

export interface Finding {
  rule: Rule;
  strength: number;
  /** The sentences that made the rule fire, most decisive first. */
  sentences: ReadSentence[];
}

export interface RuleContext {
  item: ReadItem;
  gazetteer: Gazetteer;
  lead: LeadSettings;
  /**
   * The date regimes are judged on: the published date, else a full date in the lead (read on
   * demand: reading the lead's dates is wasted on items no implicit rule gets that far with).
   */
  regimeDate(): string | null;
  /** The day the item was published (YYYY-MM-DD), when known. */
  publishedOn: string | null;
  /** The region the lead names most, for sentences that name none (computed on demand). */
  leadRegion(): PlacedRegion | null;
}

/** Words before an armed word within which "halted", "no" or "would" take the action away. */
const ACTION_MODIFIER_WINDOW = 3;
/** "following a week of cross-border fighting": connector to armed word, in words. */
const BACKSTORY_WINDOW = 7;
const CASUALTY_NEGATION_WINDOW = 2;
/** Words from "if" to the truce its condition is about: "if the ceasefire … is broken". */
const CONDITION_REACH = 2;
const COLLAPSE_HYPOTHETICAL_WINDOW = 4;
const COLLAPSE_NEGATION_WINDOW = 2;
/** Words from "since" to the truce whose collapse it dates: "since the Angolan-brokered truce". */
const SINCE_COLLAPSE_REACH = 3;
/**
 * Words from "a month after" to the word that ended the truce: "after Israel resumed its offensive
 * and ended".
 */
const ELAPSED_BEFORE_END_REACH = 6;
/** Words between a ceasefire word and "fragile", "since", "despite" that say it is in force. */
const IN_FORCE_WINDOW = 3;

export function evaluateRule(rule: Rule, context: RuleContext): Finding | null {
  switch (rule.kind) {
    case 'explicit':
      return explicitFinding(rule, context);
    case 'despite':
      return despiteFinding(rule, context);
    case 'implicit':
      return implicitFinding(rule, context);
    case 'collapse':
      return collapseFinding(rule, context);
    case 'exclusion':
      return exclusionFinding(rule, context);
  }
}

function has(hit: WordHit, name: VocabularyName): boolean {
  return (hit.mask & VOCABULARY_BIT[name]) !== 0;
}

function sentenceHas(sentence: ReadSentence, name: VocabularyName): boolean {
  return (sentence.mask & VOCABULARY_BIT[name]) !== 0;
}

function hitsOf(sentence: ReadSentence, name: VocabularyName): WordHit[] {
  return hitsIn(sentence, VOCABULARY_BIT[name]);
}

/** The sentence's hits with a word of any vocabulary of `mask`. */
function hitsIn(sentence: ReadSentence, mask: number): WordHit[] {
  const found: WordHit[] = [];
  for (const hit of sentence.hits) if ((hit.mask & mask) !== 0) found.push(hit);
  return found;
}

/** The bits of the vocabularies, for testing a hit against all of them at once. */
function maskOf(names: readonly VocabularyName[]): number {
  let mask = 0;
  for (const name of names) mask |= VOCABULARY_BIT[name];
  return mask;
}

/** Masks of the vocabulary lists rules hold, worked out once per list. */
const listMasks = new WeakMap<readonly VocabularyName[], number>();

function listMask(names: readonly VocabularyName[]): number {
  let mask = listMasks.get(names);
  if (mask === undefined) {
    mask = maskOf(names);
    listMasks.set(names, mask);
  }
  return mask;
}

/**
 * True when a word of a vocabulary of `mask` ends at most `window` words before `hit`
 * (1 = adjacent).
 */
function precededBy(sentence: ReadSentence, hit: WordHit, mask: number, window: number): boolean {
  for (const other of sentence.hits) {
    if (
      other !== hit &&
      (other.mask & mask) !== 0 &&
      other.endWord < hit.word &&
      hit.word - other.endWord <= window
    ) {
      return true;
    }
  }
  return false;
}

/**
 * True when a word of a vocabulary of `mask` starts at most `window` words after `hit` ends
 * (1 = adjacent).
 */
function followedBy(sentence: ReadSentence, hit: WordHit, mask: number, window: number): boolean {
  for (const other of sentence.hits) {
    if (
      other !== hit &&
      (other.mask & mask) !== 0 &&
      other.word > hit.endWord &&
      other.word - hit.endWord <= window
    ) {
      return true;
    }
  }
  return false;
}

const CESSATION = VOCABULARY_BIT.cessation;
/** Words from an armed word to a cessation after it: "the fighting has stopped". */
const CESSATION_AFTER_WINDOW = 2;
const HYPOTHETICAL = VOCABULARY_BIT.hypothetical;
const NEGATION = VOCABULARY_BIT.negation;
/** What takes the action away from an armed word before it: "halted", "no", "would", … */
const ACTION_MODIFIERS = maskOf(['cessation', 'negation', 'hypothetical', 'elapsed', 'accident']);
const BREACH_MODIFIERS = HYPOTHETICAL | NEGATION;
const NONE: readonly WordHit[] = [];

/** Words between two hits (0 when adjacent, negative when they overlap). */
function gap(a: WordHit, b: WordHit): number {
  return a.word <= b.word ? b.word - a.endWord - 1 : a.word - b.endWord - 1;
}

function factor(sentence: ReadSentence, lead: LeadSettings): number {
  return sentence.weight * (sentence.background ? lead.backgroundFactor : 1);
}

/**
 * Armed words that report action: not ended ("halted the clash"), denied, hypothetical or months
 * past ("three months after shelling tore through the town").
 */
function activeArmed(sentence: ReadSentence): readonly WordHit[] {
  return armedWords(sentence, false);
}

/** Whether the sentence reports armed action (activeArmed is not empty). */
function reportsActiveArmed(sentence: ReadSentence): boolean {
  return armedWords(sentence, true).length > 0;
}

/** The active armed words, or with `firstOnly` the first of them alone. */
function armedWords(sentence: ReadSentence, firstOnly: boolean): readonly WordHit[] {
  if (sentence.preTruce || (sentence.mask & VOCABULARY_BIT.armed) === 0) return NONE;
  const active: WordHit[] = [];
  let previous: WordHit | undefined;
  let previousActive = true;
  for (const hit of sentence.hits) {
    if ((hit.mask & VOCABULARY_BIT.armed) === 0) continue;
    const isActive: boolean =
      (!precededBy(sentence, hit, ACTION_MODIFIERS, ACTION_MODIFIER_WINDOW) ||
        // "Repairs halted by gunfire": the action halted something else.
        DONE_BY.test(sentence.text.slice(Math.max(0, hit.start - 40), hit.start))) &&
      // "a brief rally when the fighting stopped": fighting said to have stopped is over.
      !followedBy(sentence, hit, CESSATION, CESSATION_AFTER_WINDOW) &&
      // "no shelling or sniper fire": what denies the first word of a list denies the rest.
      !(previous && !previousActive && listedAfter(sentence, previous, hit)) &&
      // "families hit by 2020 shelling", "the Mamasapano clash of January 2015": an action named
      // by its year is one already known.
      !YEAR_BEFORE.test(sentence.text.slice(Math.max(0, hit.start - 6), hit.start)) &&
      !OF_A_YEAR.test(sentence.text.slice(hit.end, hit.end + 24));
    if (isActive) {
      active.push(hit);
      if (firstOnly) break;
    }
    previous = hit;
    previousActive = isActive;
  }
  return active;
}

const YEAR_BEFORE = /\b(?:19|20)\d\d\s+$/;
const DONE_BY =
  /\b(?:halted|stopped|suspended|interrupted|disrupted|cut short|ended)\s+by\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const OF_A_YEAR = new RegExp(
  `^\\s+of\\s+(?:(?:${MONTH_NAMES.join('|')})\\s+)?(?:19|20)\\d\\d\\b`,
  'i',
);
const IN_A_NAMED_YEAR =
  /^\s+(?:in|during)\s+the\s+(?:19|20)\d\d\s+(?:war|conflict|fighting|clashes|offensive|hostilities)\b/i;

/**
 * Two items of one list: only a comma or "and" between them, or "or" / "nor" after at most two
 * more words of the first ("no missile launches or air strikes").
 */
const LIST_JOIN = /^\s*,?\s*(?:and\s+)?$|^\s*(?:[\p{L}'’-]+\s+){0,2},?\s*(?:or|nor)\s+$/iu;

function listedAfter(sentence: ReadSentence, earlier: WordHit, hit: WordHit): boolean {
  return earlier.end < hit.start && LIST_JOIN.test(sentence.text.slice(earlier.end, hit.start));
}

function activeCasualties(sentence: ReadSentence): readonly WordHit[] {
  return casualtyWords(sentence, false);
}

/** Whether the sentence has an active casualty word (activeCasualties is not empty). */
function reportsActiveCasualties(sentence: ReadSentence): boolean {
  return casualtyWords(sentence, true).length > 0;
}

/**
 * "not a single civilian in Uri, Keran or Poonch has been killed or injured": a subject denied
 * ("no", "not one", "not a single"), however long, before the verb of its clause.
 */
const DENIED_SUBJECT_BEFORE =
  /\b(?:not a single|not one|no)\s+(?!longer\b|sooner\b|doubt\b)[^.;:!?]{0,60}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:(?:killed|wounded|injured|hurt|harmed)\s+(?:or|and)\s+)?$/i;
/** How far back from a casualty word its denied subject is looked for. */
const DENIED_SUBJECT_REACH = 100;

function deniedBySubject(sentence: ReadSentence, hit: WordHit): boolean {
  return DENIED_SUBJECT_BEFORE.test(
    sentence.text.slice(Math.max(0, hit.start - DENIED_SUBJECT_REACH), hit.start),
  );
}

/** The casualty words not denied, or with `firstOnly` the first of them alone. */
function casualtyWords(sentence: ReadSentence, firstOnly: boolean): readonly WordHit[] {
  if (sentence.preTruce || (sentence.mask & VOCABULARY_BIT.casualty) === 0) return NONE;
  const active: WordHit[] = [];
  for (const hit of sentence.hits) {
    if (
      (hit.mask & VOCABULARY_BIT.casualty) !== 0 &&
      !precededBy(sentence, hit, NEGATION, CASUALTY_NEGATION_WINDOW) &&
      !((sentence.mask & NEGATION) !== 0 && deniedBySubject(sentence, hit)) &&
      // "the graves of soldiers killed in the 2008 war": dead of a war named by its year.
      !IN_A_NAMED_YEAR.test(sentence.text.slice(hit.end, hit.end + 40)) &&
      // "the family's two cows were dead": no person's death.
      !animalsDiedBefore(sentence.text.slice(Math.max(0, hit.start - 40), hit.start))
    ) {
      active.push(hit);
      if (firstOnly) break;
    }
  }
  return active;
}

/**
 * The strongest of a rule's candidate findings, the first of equals: a candidate's strength is
 * known before its tests, so those of one that could not win are skipped.
 */
class Strongest {
  private strength = 0;
  private sentences: ReadSentence[] | undefined;

  /** Whether a candidate of this strength would replace the strongest found. */
  beatenBy(strength: number): boolean {
    return strength > 0 && (this.sentences === undefined || strength > this.strength);
  }

  offer(strength: number, sentences: ReadSentence[]): void {
    if (!this.beatenBy(strength)) return;
    this.strength = strength;
    this.sentences = sentences;
  }

  finding(rule: Rule): Finding | null {
    return this.sentences ? { rule, strength: this.strength, sentences: this.sentences } : null;
  }
}

function explicitFinding(rule: ExplicitRule, context: RuleContext): Finding | null {
  const { item, lead, publishedOn } = context;
  const top = new Strongest();
  const publishedYear = yearOf(publishedOn);
  /** Whether the breach is told as a fact: not a possibility, a condition or a memory. */
  const toldAsFact = (sentence: ReadSentence, breach: WordHit): boolean =>
    !precededBy(sentence, breach, HYPOTHETICAL, rule.hypotheticalWindow) &&
    !inCondition(sentence, breach) &&
    !recalledInAside(sentence, breach, publishedYear) &&
    !asideMonthEarlier(sentence, breach, publishedOn);
  item.lead.forEach((sentence, index) => {
    if (sentence.weight <= 0 || !sentenceHas(sentence, 'breach')) return;
    const strength = rule.weight * factor(sentence, lead);
    // A sentence no stronger than the strongest found cannot replace it: skip its tests.
    if (!top.beatenBy(strength)) return;
    if (!sentenceHas(sentence, 'ceasefire')) {
      const beside = [item.lead[index - 1], item.lead[index + 1]];
      if (
        beside.some(
          (named) =>
            named !== undefined &&
            breachesTruceNamedBeside(sentence, named, toldAsFact, rule.negationWindow),
        )
      ) {
        top.offer(strength, [sentence]);
      }
      return;
    }
    const ceasefires = hitsOf(sentence, 'ceasefire');
    const tied = hitsOf(sentence, 'breach').some((breach) => {
      if (!toldAsFact(sentence, breach)) return false;
      // "committed to the Gaza ceasefire … strikes it called a flagrant breach of the agreement",
      // "a ceasefire came under strain …, with each side accusing the other of breaking it": the
      // agreement a sentence that names a truce speaks of is that truce, however far back.
      const reach = breachOfNamedAgreement(sentence, breach) ? Infinity : rule.window;
      return ceasefires.some((ceasefire) => {
        if (ceasefire === breach || gap(breach, ceasefire) > reach) return false;
        if (contrastBetween(sentence, breach, ceasefire)) return false;
        // "breaches of the ceasefire that expired in August": breaches of a truce now over.
        if (
          breach.word < ceasefire.word &&
          saidToBeOver(sentence, ceasefire, VOCABULARY_BIT.ending)
        ) {
          return false;
        }
        // "if the ceasefire agreed last week is broken": the condition opens on the truce.
        if (
          ceasefire.word < breach.word &&
          precededBy(sentence, ceasefire, HYPOTHETICAL, CONDITION_REACH)
        ) {
          return false;
        }
        const first = Math.min(breach.word, ceasefire.word);
        const last = Math.max(breach.endWord, ceasefire.endWord);
        const negated = sentence.hits.some(
          (hit) =>
            has(hit, 'negation') &&
            hit.word < last &&
            (hit.endWord >= first - rule.negationWindow || deniesFraming(sentence, hit, breach)) &&
            // "entered the camp without coordination in violation of the protocols"
            !NEGATES_ANOTHER_WORD.test(
              sentence.text.slice(hit.end, Math.min(breach.start, ceasefire.start)),
            ),
        );
        return !negated && !saidToBeScarce(sentence, Math.max(breach.end, ceasefire.end));
      });
    });
    // "the Minsk agreements … while its forces broke the truce almost daily", told in 2025: a
    // truce that ended years before was broken in its own time.
    if (tied && !namesOnlyLongEndedRegimes(sentence, context)) top.offer(strength, [sentence]);
  });
  return top.finding(rule);
}

/**
 * "… violating the agreement", "… broke the deal", "«ripetute violazioni» dell'intesa": an
 * agreement named by its noun alone.
 */
const THE_AGREEMENT_AFTER =
  /^["”’»]?\s+(?:(?:of\s+)?the\s+(?:agreement|deal|accord|understanding)|dell['’](?:accordo|intesa)|del\s+acuerdo|de\s+l['’]accord|do\s+acordo|des\s+Abkommens|der\s+Vereinbarung|porozumieni[ae])(?![\p{L}])/iu;

/** "… violated it": the agreement the sentence, or the one beside it, names. */
const IT_AFTER_BREACH = /^["”’»]?\s+it\b/i;

/**
 * "it", written before the breach: Urdu, Hindi and Persian "its violation" ("اس کی خلاف ورزی",
 * "इसका उल्लंघन", "آن را نقض کرد"), French "s'accusent mutuellement de l'avoir violé".
 */
const IT_BEFORE_BREACH =
  /(?:^|\s)(?:(?:اس کی|اس کا|इसका|इसकी|उसका|उसकी|آن را)\s*|l['’](?:avoir|ont|a|auraient|aurait)\s+)$/iu;

/** Whether the breach is of "the agreement" or of "it", which the surrounding text names. */
function breachOfNamedAgreement(sentence: ReadSentence, breach: WordHit): boolean {
  const after = sentence.text.slice(breach.end, breach.end + 32);
  return (
    THE_AGREEMENT_AFTER.test(after) ||
    IT_AFTER_BREACH.test(after) ||
    IT_BEFORE_BREACH.test(sentence.text.slice(Math.max(0, breach.start - 16), breach.start))
  );
}

/**
 * "Hamas said it remained committed to the Gaza ceasefire. The Israeli military accused the group
 * of violating the agreement, …", "… calling it 'a clear violation of the agreement'. Under the
 * October ceasefire, …": a breach of "the agreement" (or of "it") told as a fact beside a
 * sentence that names a truce, and not as history, breaks that truce.
 */
function breachesTruceNamedBeside(
  sentence: ReadSentence,
  named: ReadSentence,
  toldAsFact: (sentence: ReadSentence, breach: WordHit) => boolean,
  negationWindow: number,
): boolean {
  if (named.background || !sentenceHas(named, 'ceasefire')) return false;
  return hitsOf(sentence, 'breach').some(
    (breach) =>
      breachOfNamedAgreement(sentence, breach) &&
      toldAsFact(sentence, breach) &&
      !sentence.hits.some(
        (hit) =>
          has(hit, 'negation') &&
          hit.word < breach.word &&
          hit.endWord >= breach.word - negationWindow,
      ),
  );
}

/** A regime over for longer than this before the item's date is history when named. */
const LONG_ENDED_DAYS = 365;
/**
 * Regimes shorter than this (a holiday truce, a pause) are named by words any later truce of
 * their kind is called by ("Christmas ceasefire"): their names date nothing.
 */
const LONG_REGIME_DAYS = 180;
/** "without coordination in": a negation of the word after it, before "in violation of". */
const NEGATES_ANOTHER_WORD = /^\s+[\p{L}-]+\s+in\s+$/u;

/**
 * Whether the sentence names regimes by their agreements, every one of them had ended more than
 * a year before the item's date, and every zone it names is theirs, with no regime in force on
 * that date (the "line of contact" of Donbas is also Karabakh's; a month may date two truces).
 */
function namesOnlyLongEndedRegimes(sentence: ReadSentence, context: RuleContext): boolean {
  const { markers, zones } = sentence.zones;
  if (markers.length === 0) return false;
  const date = context.regimeDate();
  if (date === null) return false;
  const { gazetteer } = context;
  const named = markers.flatMap((id) => gazetteer.regime(id) ?? []);
  // Only the long regimes named tell which truce the sentence means.
  const long = named
    .map((regime) => regime.inForce)
    .filter(({ from, to }) => to === undefined || daysFrom(from, to) >= LONG_REGIME_DAYS);
  // A marker may be words any truce is called by ("unilateral ceasefire"): it tells of its own
  // zone only, and of the region that zone passed to.
  const regions = new Set(
    named.flatMap(({ region }) => [region, gazetteer.successions.get(region)?.region ?? region]),
  );
  return (
    long.length > 0 &&
    long.every(({ to }) => to !== undefined && daysFrom(to, date) > LONG_ENDED_DAYS) &&
    zones.every((zone) => regions.has(zone.region)) &&
    !zones.some((zone) =>
      gazetteer
        .regimesOf(zone.region)
        .some(
          (regime) =>
            (zone.regimes === null || zone.regimes.includes(regime.id)) && inForceOn(regime, date),
        ),
    )
  );
}

/**
 * "ceasefire violations have been negligible since 2021", "violations … fell from 5,000 in 2020
 * to a handful": breaches said to be next to none tell of calm, unless the calm ended ("were
 * rare until Monday").
 */
const SCARCE_AFTER =
  /^(?:[^,;:.!?]|,(?=\d)){0,60}?\b(?:(?:have|has|had)\s+(?:been|remained|stayed)|were|was|are|is|remain(?:ed|s)?|stay(?:ed|s)?|(?:fell|dropped|declined|dwindled|came\s+down|went\s+down)\b(?:[^,;:.!?]|,(?=\d)){0,40}?\bto)\s+(?:(?:almost|nearly|virtually|close\s+to|next\s+to|near)\s+)?(?:negligible|rare|minimal|nil|zero|none|a\s+handful|a\s+trickle|few\s+and\s+far\s+between)\b(?!\s+(?:until|till|before|but)\b)|^\s+(?:have|has)\s+(?:all\s+but|almost|virtually|largely)\s+(?:stopped|ceased|disappeared|ended)\b/i;

/**
 * Russian and Ukrainian deny a count after it, in the genitive: "Нарушений режима прекращения
 * огня за ночь не зафиксировано" (no violations of the ceasefire were recorded overnight).
 */
const NOT_RECORDED_AFTER =
  /^[^.;:!?]{0,60}?(?:^|\s)не\s+(?:було\s+|было\s+)?(?:зафиксирован|зарегистрирован|отмечен|выявлен|зафіксован|зареєстрован|виявлен)/i;

function saidToBeScarce(sentence: ReadSentence, pairEnd: number): boolean {
  const after = sentence.text.slice(pairEnd, pairEnd + 160);
  return SCARCE_AFTER.test(after) || NOT_RECORDED_AFTER.test(after);
}

/**
 * "did not describe the attack as a breach of that truce", "neither side called the clash a
 * violation", "did not see a single ceasefire violation", "has not reported a single ceasefire
 * violation": a negated verb of calling or of recording, in the breach's clause, denies it
 * however far back.
 */
const FRAMING_BETWEEN =
  /^[^,;:.!?]{0,80}?\b(?:describ|call|characteri[sz]|term|label|regard|consider|treat|accus|blam|see|record|regist|log|report)[\p{L}]*\b[^,;:.!?]{0,60}$/iu;

function deniesFraming(sentence: ReadSentence, negation: WordHit, breach: WordHit): boolean {
  return (
    negation.end <= breach.start &&
    FRAMING_BETWEEN.test(sentence.text.slice(negation.end, breach.start))
  );
}

/**
 * A breach or an action told in a relative aside that dates it to an earlier year, or to any
 * year when the item has no date: a story of that year ("a bust of the soldier, who attained
 * martyrdom in 2018 during a ceasefire violation, was unveiled"). News of this week names no year.
 */
function recalledInAside(
  sentence: ReadSentence,
  told: WordHit,
  publishedYear: number | null,
): boolean {
  const year = yearOfAsideAround(sentence.text, told.start, told.end);
  return year !== null && (publishedYear === null || year < publishedYear);
}

/** Whether the word stands in a relative aside that names a month months before publication. */
function asideMonthEarlier(
  sentence: ReadSentence,
  told: WordHit,
  publishedOn: string | null,
): boolean {
  if (publishedOn === null) return false;
  const month = monthOfAsideAround(sentence.text, told.start, told.end);
  return (
    month !== null &&
    monthEarlier(month, {
      year: Number(publishedOn.slice(0, 4)),
      month: Number(publishedOn.slice(5, 7)),
    })
  );
}

/** "to repair what was broken": a thing broken, not a truce. */
const BROKEN_THING = /\bwhat\s+(?:was|is|had been|has been|were)\s+$/i;

function yearOf(day: string | null): number | null {
  return day === null ? null : Number(day.slice(0, 4));
}

/**
 * A conditional clause that runs up to the word: "if the regime makes the mistake of violating
 * the ceasefire, …" threatens, and "asked whether Pakistan considered the attack a breach"
 * questions; the clause may be longer than any window of words, but not cross a comma or a
 * colon.
 */
const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|unless|in case|in the event|whether)\s[^,;:.!?]*$/iu;

function inCondition(sentence: ReadSentence, hit: WordHit): boolean {
  return CONDITION_BEFORE.test(sentence.text.slice(0, hit.start));
}

/**
 * "the arms embargo was violated, but the ceasefire holds": a clause of contrast between a breach
 * word and a ceasefire word puts them in different clauses, about different things.
 */
const CONTRAST = /[,;]\s*(?:but|yet|whereas|ma|pero|mais|aber|mas|но|але|однако)(?=\s)|;/iu;

function contrastBetween(sentence: ReadSentence, a: WordHit, b: WordHit): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return first.end < second.start && CONTRAST.test(sentence.text.slice(first.end, second.start));
}

function despiteFinding(rule: DespiteRule, context: RuleContext): Finding | null {
  const { item, lead, publishedOn } = context;
  const top = new Strongest();
  const publishedYear = yearOf(publishedOn);
  const connectors = VOCABULARY_BIT[rule.connectors];
  for (const sentence of item.lead) {
    if (sentence.weight <= 0 || sentence.preTruce || (sentence.mask & connectors) === 0) {
      continue;
    }
    const strength = rule.weight * factor(sentence, lead);
    if (!top.beatenBy(strength)) continue;
    const found = [
      ...activeArmed(sentence),
      ...activeCasualties(sentence),
      ...hitsOf(sentence, 'breach').filter(
        (hit) =>
          !precededBy(sentence, hit, BREACH_MODIFIERS, ACTION_MODIFIER_WINDOW) &&
          !BROKEN_THING.test(sentence.text.slice(Math.max(0, hit.start - 24), hit.start)),
      ),
    ];
    const actions = mayHoldDatedAside(sentence.text)
      ? found.filter((action) => !recalledInAside(sentence, action, publishedYear))
      : found;
    if (actions.length === 0 || !despiteTied(rule, sentence, actions)) continue;
    // "The battle went on for three days after the Minsk II ceasefire took effect", told ten
    // years on.
    if (namesOnlyLongEndedRegimes(sentence, context)) continue;
    if (afterEndedTruce(rule, sentence, context)) continue;
    // "…does not cover the West Bank, where raids have continued": what follows the name of a
    // group or place no truce binds is theirs (its zone names are read only now, as few
    // sentences get this far). Only the outsiders of the sentence's own region count: a name
    // one region's truces do not bind may be a party to another's.
    const outsiderAt = outsidersStart(sentence, context);
    if (
      outsiderAt !== Infinity &&
      !despiteTied(
        rule,
        sentence,
        actions.filter(
          (action) =>
            action.start < outsiderAt &&
            // "Violence in the occupied West Bank has not abated since the Gaza ceasefire".
            !PLACED_BEFORE_OUTSIDER.test(sentence.text.slice(action.end, outsiderAt)),
        ),
      )
    ) {
      continue;
    }
    top.offer(strength, [sentence]);
  }
  return top.finding(rule);
}

/** What a truce's start is told by after "after": its making, its taking effect. */
const TRUCE_STARTED =
  /\b(?:declar|announc|agree|sign|reach|broker|accept|took effect|take effect|takes effect|came into|went into|began|begins|started|starts)/i;

/** Connectors that say "after" (not "despite", "during", "since" or "on the first day of"). */
const AFTER_CONNECTOR = /^(?:after|بعد|ድሕሪ)$/i;

/**
 * "Missile strike kills nine in Kyiv days after Easter truce": "after" a truce is after its end,
 * not inside it, when the short truces of the registry it names were all over by the item's
 * date, or when another sentence says the truce is over ("The short Easter truce … lapsed on
 * Monday").
 */
function afterEndedTruce(rule: DespiteRule, sentence: ReadSentence, context: RuleContext): boolean {
  const connectors = hitsOf(sentence, rule.connectors);
  // "a day after declaring its own ceasefire", "hours after the truce took effect": after its
  // start, inside it.
  const saysAfter =
    connectors.length > 0 &&
    connectors.every(
      (connector) =>
        AFTER_CONNECTOR.test(sentence.text.slice(connector.start, connector.end)) &&
        !TRUCE_STARTED.test(sentence.text.slice(connector.end)),
    );
  if (!saysAfter) return false;
  const { markers } = sentence.zones;
  const date = context.regimeDate();
  if (
    markers.length > 0 &&
    date !== null &&
    markers
      .flatMap((id) => context.gazetteer.regime(id) ?? [])
      .every(
        ({ inForce: { from, to } }) =>
          to !== undefined && to < date && daysFrom(from, to) < LONG_REGIME_DAYS,
      )
  ) {
    return true;
  }
  const over = listMask(rule.over);
  return context.item.lead.some(
    (other) =>
      other !== sentence &&
      other.weight > 0 &&
      hitsOf(other, 'ceasefire').some((ceasefire) => saidToBeOver(other, ceasefire, over)),
  );
}

/** An action placed in the outsider's place that follows it ("violence in the occupied"). */
const PLACED_BEFORE_OUTSIDER = /^\s+(?:in|on|across|throughout)\s+(?:the\s+)?(?:occupied\s+)?$/i;

/**
 * Whether `later` stands after `earlier`: in a later word, or later in the same one, as words of
 * a script written without spaces do ("แม้หยุดยิง", despite-the-ceasefire, is one run of letters).
 */
function comesAfter(later: WordHit, earlier: WordHit): boolean {
  return later.word > earlier.word || (later.word === earlier.word && later.start >= earlier.end);
}

/**
 * Calm told right before the connector ("the guns have been silent here since"), or in Arabic a
 * clause before it ("الهدوء يسود … منذ").
 */
const CALM_BEFORE =
  /\b(?:quiet|quieter|calm|calmer|peaceful|silent)\s+(?:(?:here|there|ever)\s+)?$|(?:الهدوء|هدوء|الهادئ|هادئ)[^.،؛!?]{0,40}$/iu;

/** Whether one of the actions is tied to a ceasefire by one of the rule's connectors. */
function despiteTied(
  rule: DespiteRule,
  sentence: ReadSentence,
  actions: readonly WordHit[],
): boolean {
  // "as no truce is offered this year": a truce denied is none to set an action against.
  const ceasefires = hitsOf(sentence, 'ceasefire').filter(
    (ceasefire) => !precededBy(sentence, ceasefire, NEGATION, 1),
  );
  const overMask = listMask(rule.over);
  return hitsOf(sentence, rule.connectors).some((connector) => {
    // "the nights have been quiet since the ceasefire": what the connector dates is the calm.
    if (CALM_BEFORE.test(sentence.text.slice(Math.max(0, connector.start - 48), connector.start))) {
      return false;
    }
    const truceAfter = ceasefires.find(
      (ceasefire) =>
        comesAfter(ceasefire, connector) &&
        gap(connector, ceasefire) <= rule.window &&
        !saidToBeOver(sentence, ceasefire, overMask) &&
        !ONLY_ANNOUNCED.test(sentence.text.slice(ceasefire.end, ceasefire.end + 60)) &&
        !COVERS_NOT.test(sentence.text.slice(ceasefire.end, ceasefire.end + 40)),
    );
    if (
      truceAfter &&
      actions.some(
        (action) =>
          action !== connector &&
          action !== truceAfter &&
          !endedByTruce(sentence, truceAfter, action) &&
          !scopeOfTruce(sentence, ceasefires, action) &&
          // "no incident since the ceasefire, but patience over militant attacks is running out"
          !contrastBetween(sentence, connector, action),
      )
    ) {
      return true;
    }
    if (!rule.eitherOrder) return false;
    const truceBefore = ceasefires.filter(
      (ceasefire) => comesAfter(connector, ceasefire) && gap(ceasefire, connector) <= rule.window,
    );
    return actions.some(
      (action) =>
        (truceBefore.length > 0 &&
          comesAfter(action, connector) &&
          gap(connector, action) <= rule.window) ||
        // A "despite" written after its truce, as Georgian or Azerbaijani write it ("სროლა
        // ცეცხლის შეწყვეტის მიუხედავად", fire despite the ceasefire): the action may come first,
        // or last, where the verb ends a long clause ("atəşkəs rejiminin qüvvədə olmasına
        // baxmayaraq, … mövqelərini atəşə tutub").
        truceBefore.some(
          (ceasefire) =>
            connector.word - ceasefire.endWord <= POSTPOSITION_AFTER_TRUCE &&
            ((comesAfter(ceasefire, action) && gap(action, ceasefire) <= rule.window) ||
              (comesAfter(action, connector) && gap(connector, action) <= POSTPOSITION_REACH)),
        ),
    );
  });
}

/**
 * "the truce on strikes against energy infrastructure", "a moratorium on attacks": the action a
 * truce right before it bans is what it covers, not an action taken.
 */
const TRUCE_SCOPE_BETWEEN = /^\s+(?:on|against)\s+(?:[\p{L}-]+\s+)?$/iu;

function scopeOfTruce(
  sentence: ReadSentence,
  ceasefires: readonly WordHit[],
  action: WordHit,
): boolean {
  return ceasefires.some(
    (truce) =>
      truce.end <= action.start &&
      TRUCE_SCOPE_BETWEEN.test(sentence.text.slice(truce.end, action.start)),
  );
}

/**
 * "violence has continued since the Gaza ceasefire, which does not cover the territory": the
 * action lies outside what the truce covers.
 */
const COVERS_NOT =
  /^\s*,?\s*(?:which|that)?\s*(?:does|did|do)\s*(?:not|n't)\s+(?:cover|apply|include|extend)\b/i;

/**
 * "strikes in the day after a ceasefire and hostage-release deal was announced": a deal announced
 * or reached may not be in force yet, so what follows it breaks no truce.
 */
const ONLY_ANNOUNCED =
  /^(?:\s+and\s+[\p{L}-]+)?\s+(?:deal|agreement)\s+(?:(?:was|had been|has been|is)\s+)?(?:announced|reached|agreed|signed|struck)\b/iu;

/**
 * "despite the ceasefire agreed in Doha, which ended days of border fighting": the action is what
 * the truce ended, the object of an ending word after it.
 */
function endedByTruce(sentence: ReadSentence, truce: WordHit, action: WordHit): boolean {
  return sentence.hits.some(
    (hit) =>
      has(hit, 'ending') &&
      hit.word > truce.endWord &&
      hit.endWord < action.word &&
      action.word - hit.endWord <= ENDED_OBJECT_REACH &&
      !/[,;:]/.test(sentence.text.slice(hit.end, action.start)),
  );
}

/**
 * A word of a vocabulary of `over` ends the ceasefire: right before it ("the TTP ended its truce"), or after it
 * in the same clause ("a 72-hour truce between the army and the RSF expired"), taking no object
 * there: "the truce ended on Friday", not "a ceasefire ended 11 days of war".
 */
function saidToBeOver(sentence: ReadSentence, ceasefire: WordHit, over: number): boolean {
  // "since the government lifted the ceasefire": the phrase that names the truce ends it.
  if ((ceasefire.mask & over) !== 0) return true;
  return sentence.hits.some((hit) => {
    if ((hit.mask & over) === 0) return false;
    if (hit.endWord < ceasefire.word) return ceasefire.word - hit.endWord <= OVER_BEFORE_REACH;
    if (hit.word <= ceasefire.endWord) return false;
    const between = sentence.text.slice(ceasefire.end, hit.start);
    return (
      (endsPastAside(sentence, ceasefire, hit) ||
        (hit.word - ceasefire.endWord <= OVER_AFTER_REACH && !/[,;:()]/.test(between))) &&
      !OBJECT_FOLLOWS.test(sentence.text.slice(hit.end, hit.end + 24))
    );
  });
}

/**
 * "a week-long pause on such strikes, which the Kremlin said ran until February 1, came to an
 * end": past a few words that name it and the aside that describes it, the truce's own end.
 */
function endsPastAside(sentence: ReadSentence, ceasefire: WordHit, end: WordHit): boolean {
  if (end.word <= ceasefire.endWord) return false;
  const between = sentence.text.slice(ceasefire.end, end.start);
  return between.includes(',') && ASIDE_THEN_VERB.test(between.replace(/^[^,]{0,40}(?=,)/, ''));
}

/**
 * Words from "ended" to the truce it ends: "ended its truce", "the end of the truce", "the
 * collapse of the January ceasefire".
 */
const OVER_BEFORE_REACH = 4;
/** Words from the truce to "expired" in one clause: "a truce between the army and … expired". */
const OVER_AFTER_REACH = 12;
/** Words from "ended" to what it ended: "which ended 12 days of Israeli and Iranian strikes". */
const ENDED_OBJECT_REACH = 7;
/** What opens the object of "ended": a number, an article, a possessive, a name. */
const OBJECT_FOLLOWS =
  /^\s+(?:\d|(?:the|a|an|its|their|his|her|weeks|days|months|years|two|three|four|five|six|seven|eight|nine|ten|more|nearly|over)\b|\p{Lu})/u;

function implicitFinding(rule: ImplicitRule, context: RuleContext): Finding | null {
  const { item, lead, gazetteer } = context;
  const sentences = item.lead;
  const publishedYear = yearOf(context.publishedOn);
  let namesCeasefire: boolean | undefined;
  let noneInForce: boolean | undefined;
  let absentSaid: boolean | undefined;
  let top: { strength: number; sentences: ReadSentence[] } | undefined;
  const strongest = Math.max(rule.weight, rule.weightWithoutMarker);
  sentences.forEach((sentence, index) => {
    if (
      sentence.weight <= 0 ||
      sentence.background ||
      // A weaker sentence cannot beat the strongest found: skip its costlier tests.
      strongest * factor(sentence, lead) <= (top?.strength ?? 0) ||
      (!reportsActiveArmed(sentence) && !killedByTroops(sentence))
    ) {
      return;
    }
    // "the Mamasapano clash of January 2015, which killed 44 police commandos,": fighting an aside
    // dates to an earlier year is the sentence's history.
    // So is fighting that an aside sets months back ("Poonch, where civilians were killed in
    // shelling in May,", told in July).
    if (
      mayHoldAside(sentence.text) &&
      activeArmed(sentence).every(
        (hit) =>
          recalledInAside(sentence, hit, publishedYear) ||
          asideMonthEarlier(sentence, hit, context.publishedOn),
      )
    ) {
      return;
    }
    const casualtySentence = casualtiesWithin(sentences, index, rule.casualtyWindow);
    if (!casualtySentence) return;
    // "killed in a shootout with an armed gang that tried to rob", "the tsunami struck": deaths
    // no party to a truce caused.
    if (((sentence.mask | casualtySentence.mask) & NO_PARTY) !== 0) return;
    // "An Agniveer was killed when a landmine went off … 'It is an accident,' an officer said":
    // the sentences that follow may say so instead.
    if (noPartyToldAfter(sentences, index, rule.casualtyWindow)) return;
    const zone = sentenceRegion(sentence.zones) ?? context.leadRegion();
    if (!zone) return;
    // "militants killed in an encounter with security forces": those the truce does not bind,
    // named by the incident's sentences or by a headline sentence that tells of the fighting or
    // of forces at work ("forces continued the operation in the Jenin camp"); a menu line naming
    // the West Bank tells of neither.
    if (
      toldOfOutsiders(sentence, zone.region) ||
      toldOfOutsiders(casualtySentence, zone.region) ||
      item.headline.some(
        (told) => (told.mask & HEADLINE_FIGHTING) !== 0 && toldOfOutsiders(told, zone.region),
      )
    ) {
      return;
    }
    // An incident the sentence itself dates ("on Monday 9 November") is judged on that day.
    const date = sentence.date ?? context.regimeDate();
    if (date === null && (noneInForce ??= saysNoneInForce(rule, sentences))) return;
    // "… Kachin State, where no ceasefire is in force": the item's word outweighs the registry's
    // dates, which may hold a truce of another part of the zone.
    if (date !== null && (absentSaid ??= saysTruceAbsent(rule, sentences))) return;
    // A partial regime covers only its own zone: where the sentence's places belong to some of
    // the region's regimes, the partial ones among the others are not asked.
    // A place of a zone whose truces have all ended is judged under its successor's ("a drone
    // struck a car in Horlivka" during the Easter truce of 2025).
    const regimes = gazetteer
      .regimesOf(date === null ? zone.region : regionOnDay(gazetteer, zone.region, date))
      .filter(
        (regime) =>
          (date === null || inForceOn(regime, date)) &&
          (regime.scope === 'full' ||
            !zone.strong ||
            zone.placedUnder === null ||
            zone.placedUnder.includes(regime.id)),
      );
    if (regimes.length === 0) return;
    // The lead's own words are asked first: the article's markers take a scan of its further
    // sentences.
    // A partial regime (a truce of some parties, or of energy sites only) is named by its own
    // markers alone: another truce's words say nothing of it.
    const named =
      (regimes.some((regime) => regime.scope === 'full') &&
        (namesCeasefire ??= namesAnyCeasefireInForce(sentences))) ||
      regimes.some((regime) => item.markers().has(regime.id));
    const datedOnly =
      date !== null &&
      zone.strong &&
      regimes.some(
        (regime) =>
          regime.scope === 'full' &&
          (zone.placedUnder === null || zone.placedUnder.includes(regime.id)),
      );
    const weight = named ? rule.weight : datedOnly ? rule.weightWithoutMarker : 0;
    const strength = weight * factor(sentence, lead);
    if (strength > 0 && (!top || strength > top.strength)) {
      const evidence = casualtySentence === sentence ? [sentence] : [sentence, casualtySentence];
      top = { strength, sentences: evidence };
    }
  });
  return top ? { rule, ...top } : null;
}

/**
 * Where the first outsider of the sentence's region stands (its zone names', or the lead's where
 * it names none), or Infinity.
 */
function outsidersStart(sentence: ReadSentence, context: RuleContext): number {
  const { outsiders } = sentence.zones;
  if (outsiders.length === 0) return Infinity;
  const region = (sentenceRegion(sentence.zones) ?? context.leadRegion())?.region;
  let start = Infinity;
  for (const outsider of outsiders) {
    if (outsider.region === region) start = Math.min(start, outsider.start);
  }
  return start;
}

/** What a headline sentence that tells of fighting holds: armed action, casualties or forces. */
const HEADLINE_FIGHTING = ACTION_WORDS | VOCABULARY_BIT.militaryContext;

/**
 * "Israeli troops killed 22 people", "the troops eliminated the terrorists": troops as those who
 * kill, right before the verb and with no count before them ("Five soldiers killed" counts the
 * dead). Such a killing is armed action.
 */
function killedByTroops(sentence: ReadSentence): boolean {
  if (!sentenceHas(sentence, 'militaryContext') || !sentenceHas(sentence, 'casualty')) return false;
  return hitsOf(sentence, 'casualty').some((casualty) => {
    const troops = sentence.hits.find(
      (hit) => has(hit, 'militaryContext') && hit.endWord === casualty.word - 1,
    );
    return (
      troops !== undefined &&
      /^\s+(?:kill(?:ed|s)?|shot|eliminated)\b/i.test(
        sentence.text.slice(troops.end, casualty.end),
      ) &&
      !COUNT_BEFORE.test(sentence.text.slice(0, troops.start))
    );
  });
}

const COUNT_BEFORE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|dozens|many)\s+(?:[\p{L}'’-]+\s+)?$/iu;

/**
 * The sentence names one of the region's outsiders and none of its own armed actors: "troops
 * pursuing Abu Sayyaf entered an MILF community" is still a clash with a party to the truce.
 */
function toldOfOutsiders(sentence: ReadSentence, region: string): boolean {
  const { outsiders, zones } = sentence.zones;
  return (
    outsiders.some((outsider) => outsider.region === region) &&
    !zones.some((zone) => zone.region === region && zone.role === 'actor')
  );
}

/** Of the words that say no truce is in force, those that deny one, not those that call for one. */
const DENIES_TRUCE = /\b(?:no|not)\b/i;

/**
 * Whether a sentence of the lead says in so many words that no truce holds, whatever past it
 * names beside ("The China-brokered truces … do not extend to Kachin State, where no ceasefire is
 * in force"). A call for a truce does not outweigh the registry: envoys call for one, and sides
 * call for one to be kept, while one holds.
 */
function saysTruceAbsent(rule: ImplicitRule, sentences: readonly ReadSentence[]): boolean {
  const absent = rule.truceAbsent;
  return (
    absent !== undefined &&
    sentences.some(
      (sentence) =>
        sentence.weight > 0 &&
        hitsOf(sentence, absent).some((hit) =>
          DENIES_TRUCE.test(sentence.text.slice(hit.start, hit.end)),
        ),
    )
  );
}

/**
 * Whether the news (not its history) says no truce is in force, in the words of the rule's
 * `undatedUnless`: it calls for one or says there is none, or it follows one's end ("days after
 * the truce ended"; not "the truce that ended the war", which describes the truce).
 */
function saysNoneInForce(rule: ImplicitRule, sentences: readonly ReadSentence[]): boolean {
  const guard = rule.undatedUnless;
  if (!guard) return false;
  const over = listMask(guard.over);
  const after = listMask(guard.after);
  return sentences.some((sentence) => {
    if (sentence.weight <= 0) return false;
    // "No ceasefire has been in force since the truces of 2023" tells the present, whatever past
    // it names.
    if (rule.truceAbsent !== undefined && sentenceHas(sentence, rule.truceAbsent)) return true;
    // "expired on August 3 without being renewed", told however long ago: none has come since.
    if (
      sentenceHas(sentence, 'ceasefire') &&
      sentenceHas(sentence, 'ending') &&
      NEVER_RENEWED.test(sentence.text)
    ) {
      return true;
    }
    if (sentence.background) return false;
    if (deniesTruceMade(sentence)) return true;
    // "as the Kremlin's May truce nears": the truce it names has not begun.
    if (sentence.truceAhead) return true;
    // A truce's end follows a connector: without all three words, the sentence says nothing.
    if (
      !sentenceHas(sentence, 'ceasefire') ||
      (sentence.mask & over) === 0 ||
      (sentence.mask & after) === 0
    ) {
      return false;
    }
    const ends = hitsIn(sentence, over);
    const connectors = hitsIn(sentence, after);
    return hitsOf(sentence, 'ceasefire').some((ceasefire) =>
      ends.some((end) => {
        if (
          (gap(ceasefire, end) > guard.window && !endsPastAside(sentence, ceasefire, end)) ||
          describesTruce(sentence, end, ceasefire)
        ) {
          return false;
        }
        const first = Math.min(ceasefire.word, end.word);
        return connectors.some(
          (connector) => connector.endWord < first && first - connector.endWord <= guard.window,
        );
      }),
    );
  });
}

/** A truce's end told as final: "expired … without being renewed", "lapsed and was never renewed". */
const NEVER_RENEWED =
  /\b(?:expired|lapsed|ended|ran out)\b[^;]{0,60}?\b(?:without being (?:renewed|extended)|(?:was|were|has|have|had)\s+(?:never|not)\s+(?:been\s+)?(?:renewed|extended)|never renewed)\b/i;

/** Words from a negation to the verb that would have made a truce ("nor the rebels declared"). */
const NEGATED_MAKING_REACH = 4;
/** Words from that verb to the truce it makes ("declared a Christmas ceasefire"). */
const MADE_TRUCE_REACH = 2;

/**
 * "Neither side declared a Christmas ceasefire this year", "the rebels declared no truce", "no
 * ceasefire was agreed": a truce denied its making is none in force.
 */
function deniesTruceMade(sentence: ReadSentence): boolean {
  if (
    !sentenceHas(sentence, 'truceMade') ||
    !sentenceHas(sentence, 'negation') ||
    !sentenceHas(sentence, 'ceasefire')
  ) {
    return false;
  }
  const negations = hitsOf(sentence, 'negation');
  const ceasefires = hitsOf(sentence, 'ceasefire');
  return hitsOf(sentence, 'truceMade').some((made) =>
    ceasefires.some((truce) => {
      if (truce.word > made.endWord) {
        // The verb, then its truce: the negation comes before the verb or between the two.
        return (
          gap(made, truce) <= MADE_TRUCE_REACH &&
          negations.some(
            (negation) =>
              (negation.endWord < made.word && gap(negation, made) < NEGATED_MAKING_REACH) ||
              (negation.word > made.endWord && negation.endWord < truce.word),
          )
        );
      }
      // "No ceasefire was declared": the truce negated, then its verb.
      return (
        made.word > truce.endWord &&
        gap(truce, made) <= MADE_TRUCE_REACH &&
        negations.some((negation) => negation.endWord < truce.word && gap(negation, truce) <= 1)
      );
    }),
  );
}

/** Vocabularies of deaths that no party to a truce causes: crime, accidents, disasters. */
const NO_PARTY = maskOf(['crime', 'accident']);

/** What denies an accident or a crime just before its word: "ruled out an accident", "no robbery". */
const NO_PARTY_DENIED_BEFORE =
  /\b(?:no|not|ruled?\s+out|rules\s+out|rather\s+than|denied)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The accident words that judge an incident ("an accident", "no enemy action", "non-combat"),
 * not those that tell of another one nearby (an earthquake, a flood, a mine being cleared).
 */
const CALLS_ACCIDENT = /^(?:accident|non-combat)|\benemy\b/i;
/**
 * The crime words that name the attackers as robbers or bandits, or the motive a vote ("political
 * rivalry"), not those that tell of a motive parties may fight over too (a land dispute) or of
 * colleagues.
 */
const CALLS_CRIME = /^(?:robber|bandit|political rivalry|election)/i;

/**
 * A sentence of the `window` after `index` that calls the incident an accident ("It was an
 * accident. There was no enemy action"), or its attackers robbers or bandits ("in an area where
 * highway robberies have become common").
 */
function noPartyToldAfter(
  sentences: readonly ReadSentence[],
  index: number,
  window: number,
): boolean {
  const end = Math.min(sentences.length, index + window + 1);
  for (let at = index + 1; at < end; at += 1) {
    const other = sentences[at];
    if (!other || other.background || (other.mask & NO_PARTY) === 0) continue;
    const judged = other.hits.some(
      (hit) =>
        ((has(hit, 'crime') && CALLS_CRIME.test(other.text.slice(hit.start, hit.end))) ||
          (has(hit, 'accident') && CALLS_ACCIDENT.test(other.text.slice(hit.start, hit.end)))) &&
        !NO_PARTY_DENIED_BEFORE.test(other.text.slice(Math.max(0, hit.start - 40), hit.start)),
    );
    if (judged) return true;
  }
  return false;
}

/** The first sentence from `index` on, `window` more at most, that reports dead or wounded. */
function casualtiesWithin(
  sentences: readonly ReadSentence[],
  index: number,
  window: number,
): ReadSentence | undefined {
  const end = Math.min(sentences.length, index + window + 1);
  for (let at = index; at < end; at += 1) {
    const other = sentences[at];
    if (other && !other.background && reportsActiveCasualties(other)) return other;
  }
  return undefined;
}

/** Words that say a ceasefire near them is in force. */
const IN_FORCE = maskOf(['inForce', 'sinceTruce', 'despite']);

/** Peacekeepers, or a ceasefire said to be fragile, in force, or the time since which things happen. */
function namesAnyCeasefireInForce(sentences: readonly ReadSentence[]): boolean {
  return sentences.some((sentence) => {
    if (sentence.weight <= 0 || sentence.background) return false;
    if (sentenceHas(sentence, 'peacekeeping')) return true;
    if (!sentenceHas(sentence, 'ceasefire') || (sentence.mask & IN_FORCE) === 0) return false;
    const ceasefires = hitsOf(sentence, 'ceasefire');
    return sentence.hits.some(
      (hit) =>
        (hit.mask & IN_FORCE) !== 0 &&
        ceasefires.some((ceasefire) => gap(hit, ceasefire) < IN_FORCE_WINDOW),
    );
  });
}

function collapseFinding(
  rule: CollapseRule,
  { item, lead, publishedOn }: RuleContext,
): Finding | null {
  const sentences = item.lead;
  const top = new Strongest();
  // The rule's settings, read once: rules of one kind differ in shape, so each read is slow.
  const { window, endedBy, weight } = rule;
  const verbs = VOCABULARY_BIT[rule.verbs];
  sentences.forEach((sentence, index) => {
    if (
      sentence.weight <= 0 ||
      sentence.preTruce ||
      (sentence.mask & verbs) === 0 ||
      !sentenceHas(sentence, 'ceasefire') ||
      // "Operations resumed when the truce lapsed on January 7", told a week later: the end of
      // the truce is the story's past (its date is read only for sentences that get this far).
      datesEarlierEvent(sentence, publishedOn)
    ) {
      return;
    }
    const strength = weight * factor(sentence, lead);
    if (!top.beatenBy(strength)) return;
    // "Both armies deny viral claims that the truce has collapsed", "an audio … declaring the
    // truce 'over' is fabricated": a collapse claimed and refuted is none.
    if (DEBUNKED_CLAIM.test(sentence.text)) return;
    const ceasefires = hitsOf(sentence, 'ceasefire');
    // Where the first action that may end the truce ends, asked once per sentence.
    let actionEnd: number | undefined;
    const firstActionEnd = (endedBy: VocabularyName): number =>
      (actionEnd ??= Math.min(
        ...(endedBy === 'armed' ? activeArmed(sentence) : hitsOf(sentence, endedBy)).map(
          (action) => action.endWord,
        ),
      ));
    // A truce that ran out, or ended as announced, before fighting resumed was not broken by it.
    if (rule.requires && endedOnSchedule(sentence)) return;
    const tied = hitsOf(sentence, rule.verbs).some(
      (verb) =>
        !byAnEarlierYearsEvent(sentence, verb, publishedOn) &&
        // "The ceasefire brokered by Angola in August fell apart in January", "The government
        // suspended the ceasefire … in Cauca … in March", told a month or more later.
        !inAnotherMonth(sentence, verb, publishedOn) &&
        // "since March 2023, when the government lifted the ceasefire": the time the news runs
        // from, not the news.
        (!SINCE_WHEN.test(sentence.text.slice(Math.max(0, verb.start - 80), verb.start)) ||
          ceasefires.some((ceasefire) => asideBetween(sentence, ceasefire, verb))) &&
        !precededBy(sentence, verb, HYPOTHETICAL, COLLAPSE_HYPOTHETICAL_WINDOW) &&
        !precededBy(sentence, verb, NEGATION, COLLAPSE_NEGATION_WINDOW) &&
        ceasefires.some(
          (ceasefire) =>
            // A phrase may be both ("withdrew from the truce").
            (ceasefire === verb ||
              asideBetween(sentence, ceasefire, verb) ||
              ((gap(verb, ceasefire) <= window ||
                (gap(verb, ceasefire) <= window + DESCRIPTION_REACH &&
                  describedBefore(sentence, ceasefire, verb))) &&
                !connectorBetween(sentence, verb, ceasefire) &&
                // "talks collapse in Istanbul, but truce holds"
                !contrastBetween(sentence, verb, ceasefire) &&
                !describesTruce(sentence, verb, ceasefire))) &&
            // "since the truce broke down in January": the collapse is the time since which
            // the news happens, not the news.
            !precededBy(sentence, ceasefire, VOCABULARY_BIT.sinceTruce, SINCE_COLLAPSE_REACH) &&
            // (A "since" inside the truce's own relative clause dates what the clause tells.)
            (!precededBy(sentence, verb, VOCABULARY_BIT.sinceTruce, SINCE_COLLAPSE_REACH) ||
              asideBetween(sentence, ceasefire, verb)) &&
            // "A year after the truce fell apart, families mark the night", "a month after Israel
            // resumed its offensive and ended the ceasefire": a collapse dated back.
            !precededBy(sentence, ceasefire, VOCABULARY_BIT.elapsed, SINCE_COLLAPSE_REACH) &&
            !precededBy(sentence, verb, VOCABULARY_BIT.elapsed, ELAPSED_BEFORE_END_REACH) &&
            !restoredAfterCollapse(sentence, ceasefire, verb) &&
            (endedBy === undefined ||
              endedByAction(sentence, verb, ceasefire, firstActionEnd(endedBy)) ||
              (endedBy === 'armed' && endedWithAction(sentence, verb, ceasefire))),
        ),
    );
    if (!tied) return;
    const requires = rule.requires;
    let evidence = [sentence];
    if (requires) {
      const following = sentences.slice(index, index + (rule.resumptionWindow ?? 0) + 1);
      const partner = following.find((other) => sentenceHas(other, requires));
      if (!partner) return;
      if (partner !== sentence) evidence = [sentence, partner];
    }
    top.offer(strength, evidence);
  });
  return top.finding(rule);
}

/** A claim the sentence refutes: fabricated, forged, fake, a hoax, or claims or posts denied. */
const DEBUNKED_CLAIM =
  /\b(?:fabricated|forged|forgery|fake|hoax|debunk\w*|doctored|deepfake|false\s+(?:claims?|reports?|rumou?rs?)|(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:[\p{L}-]+\s+){0,3}(?:claims?|reports?|rumou?rs?|posts?|videos?|clips?))\b/iu;

/**
 * "Pakistani strikes … have ended the ceasefire", "warplanes struck tents, ending the two-month
 * truce": action told before the verb, the verb before the truce it ends. A time connector just
 * before the verb makes the end a date ("hours after the end of the truce").
 */
function endedByAction(
  sentence: ReadSentence,
  verb: WordHit,
  ceasefire: WordHit,
  firstActionEnd: number,
): boolean {
  if (verb.word >= ceasefire.word || firstActionEnd >= verb.word) return false;
  if (precededBy(sentence, verb, TIME_CONNECTORS, TIME_CONNECTOR_REACH)) return false;
  // "fighting ended with a 48-hour truce": the truce ended the fighting.
  return !ENDED_WITH.test(sentence.text.slice(verb.end, ceasefire.start));
}

/**
 * "Israel ends Gaza ceasefire with wave of strikes", "ended the truce with air strikes on the
 * city": the verb before the truce, the action after it, joined by "with"; or the truce before
 * the verb, the action after "after" ("the ceasefire had ended after air strikes").
 */
function endedWithAction(sentence: ReadSentence, verb: WordHit, ceasefire: WordHit): boolean {
  // "its ceasefire with Pakistan had ended after Pakistani air strikes": the truce first.
  const [joinedAfter, join] =
    verb.word < ceasefire.word ? [ceasefire, WITH_ACTION_BETWEEN] : [verb, AFTER_ACTION_BETWEEN];
  return activeArmed(sentence).some(
    (action) =>
      action.start > joinedAfter.end &&
      join.test(sentence.text.slice(joinedAfter.end, action.start)),
  );
}

const WITH_ACTION_BETWEEN = /^\s+with\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const AFTER_ACTION_BETWEEN = /^\s+after\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Connectors that set something against a truce's time ("despite", "since", "until"): a verb
 * across one is not about the truce, and the end of a truce after one is a date.
 */
const TIME_CONNECTORS = maskOf(['despite', 'sinceTruce', 'beforeTruce']);
/** "after the end of", "since the TTP ended": connector to the verb, in words. */
const TIME_CONNECTOR_REACH = 3;
/** What a truce ends something with or in, in the languages the feeds carry ("انتهت باتفاق"). */
const ENDED_WITH = /^\s*(?:ب|(?:with|in|into|by|mit|con|avec|par|com|em)\b)/iu;

/**
 * "the Pretoria agreement that ended the war": a relative clause after the truce tells what the
 * truce did or when it ended, never news that it fell apart.
 */
function describesTruce(sentence: ReadSentence, verb: WordHit, ceasefire: WordHit): boolean {
  return verb.word > ceasefire.endWord && RELATIVE.test(sentence.text.slice(verb.start));
}

const RELATIVE = /^(?:that|which)\b/i;

/** A verb that brings a truce back, ending the text before it: "agreed to restore the". */
const RESTORED_BEFORE =
  /\b(?:restor|reviv|reinstat|resurrect|salvag)[\p{L}]*\s+(?:(?:the|a|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const RELATIVE_BETWEEN = /^\s*,?\s*(?:that|which)\s+(?:had\s+)?$/i;

/**
 * "agreed to restore the ceasefire that collapsed last week": the collapse is the past of a truce
 * brought back, which is the news.
 */
function restoredAfterCollapse(sentence: ReadSentence, ceasefire: WordHit, verb: WordHit): boolean {
  return (
    verb.word > ceasefire.endWord &&
    RELATIVE_BETWEEN.test(sentence.text.slice(ceasefire.end, verb.start)) &&
    RESTORED_BEFORE.test(sentence.text.slice(Math.max(0, ceasefire.start - 60), ceasefire.start))
  );
}
const PLACE_BETWEEN = /^\s+(?:in|on|along|across|over|for)\s+(?:the\s+)?\p{Lu}[^,;:.!?]*$/u;

/**
 * "The truce expired at midnight", "Пасхальное перемирие завершилось … как и было заявлено": an
 * end that came when it was due.
 */
const ON_SCHEDULE =
  /\b(?:expired|expires|lapsed|lapses|ran out|runs out|on schedule|as (?:announced|planned|scheduled)|as it was due to)\b|истек|как и (?:было )?(?:заявлено|планировалось|объявлялось)|як і (?:було )?(?:заявлено|планувалося|оголошувалося)/iu;

function endedOnSchedule(sentence: ReadSentence): boolean {
  return ON_SCHEDULE.test(sentence.text);
}

/**
 * "the April 2016 war that shattered the truce": a collapse whose subject is an event named by an
 * earlier year (any year, when the item has no date) is that year's.
 */
function byAnEarlierYearsEvent(
  sentence: ReadSentence,
  verb: WordHit,
  publishedOn: string | null,
): boolean {
  const year = YEARS_EVENT_BEFORE.exec(
    sentence.text.slice(Math.max(0, verb.start - 48), verb.start),
  )?.[1];
  const publishedYear = yearOf(publishedOn);
  return year !== undefined && (publishedYear === null || Number(year) < publishedYear);
}

/**
 * "since March 2023, when the government lifted the ceasefire", "since the government formally
 * ended its ceasefire": a clause the end of a truce opens, the time since which the news runs.
 */
const SINCE_WHEN =
  /\b(?:since|desde|depuis)\s+[^,;.]{1,30},?\s+(?:when|cuando|lorsque|quand|quando)\b[^,;.]{0,40}$|\bsince\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const YEARS_EVENT_BEFORE = /\b((?:19|20)\d\d)\s+[\p{L}-]+\s+(?:that|which)\s+$/u;

/**
 * "The Ramadan truce, which had brought an uneasy calm to Kordofan since the start of the holy
 * month, broke down": a relative aside between the truce and its verb, however long, describes the
 * truce; the verb is still its own.
 */
const ASIDE_THEN_VERB = /^\s*,\s*(?:which|that)\b[^,;:.]*,\s*(?:[\p{L}'’-]+\s+){0,3}$/u;

function asideBetween(sentence: ReadSentence, ceasefire: WordHit, verb: WordHit): boolean {
  if (verb.word <= ceasefire.endWord) return false;
  const between = sentence.text.slice(ceasefire.end, verb.start);
  return ASIDE_THEN_VERB.test(between) || RELATIVE_THEN_AUXILIARY.test(between);
}

/**
 * "The uneasy ceasefire that had kept the front lines quiet since the spring has collapsed": a
 * relative clause set off by no commas, up to the auxiliary of the verb whose subject the truce
 * is.
 */
const RELATIVE_THEN_AUXILIARY =
  /^\s+(?:that|which)\s[^,;:.]{0,120}?\s(?:has|have|had)\s+(?:now\s+|finally\s+)?$/;

/**
 * "the ceasefire agreed in the Luanda process in August has collapsed", "the peace agreement that
 * ended a five-year civil war had collapsed": what describes the truce stands between it and the
 * verb whose subject it is.
 */
function describedBefore(sentence: ReadSentence, ceasefire: WordHit, verb: WordHit): boolean {
  if (verb.word <= ceasefire.endWord) return false;
  // "held even as talks on prisoners collapsed": another clause, with a subject of its own.
  if (CLAUSE_OPENER.test(sentence.text.slice(ceasefire.end, verb.start))) return false;
  if (RELATIVE.test(sentence.text.slice(ceasefire.end).trimStart())) return true;
  // "truce in Myanmar's northern Shan State collapses": where the truce holds, named.
  if (PLACE_BETWEEN.test(sentence.text.slice(ceasefire.end, verb.start))) return true;
  return sentence.hits.some(
    (hit) =>
      (hit.mask & DESCRIPTIONS) !== 0 &&
      hit.word > ceasefire.endWord &&
      hit.word - ceasefire.endWord <= DESCRIPTION_START &&
      hit.endWord < verb.word,
  );
}

/**
 * Whether the verb's clause dates it to a month other than the publication's: "fell apart in
 * January", "suspended the ceasefire with the rebels in three provinces in March", told a month
 * or more later (the month of "the ceasefire agreed in July" is the truce's).
 */
function inAnotherMonth(
  sentence: ReadSentence,
  verb: WordHit,
  publishedOn: string | null,
): boolean {
  // Undated, a month with its year ("was shattered in March 2025") dates a collapse told later:
  // the news of the day gives no year to its own month.
  if (publishedOn === null) return MONTH_YEAR_AFTER.test(sentence.text.slice(verb.end));
  const month = MONTH_IN_CLAUSE.exec(sentence.text.slice(verb.end))?.[1];
  return month !== undefined && monthNumber(month) !== Number(publishedOn.slice(5, 7));
}

const MONTH_YEAR_AFTER = new RegExp(
  `^\\s+(?:in|during|by)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH_NAMES.join('|')})\\s+(?:19|20)\\d\\d\\b`,
  'i',
);

const MONTH_IN_CLAUSE = new RegExp(
  `^(?:(?!\\b(?:agreed|signed|brokered|reached|declared|announced|concluded|struck|made|that|which)\\b)[^,;:.!?]){0,80}?\\b(?:in|during|by|since)\\s+(?:(?:early|late|mid)[\\s-]+)?(${MONTH_NAMES.join('|')})\\b(?![\\s,]+\\d)`,
  'i',
);

const CLAUSE_OPENER =
  /[;:]|\b(?:as|while|when|but|although|though|even|whereas|yet|because|since|until|after|before|if|where|whose)\b/i;
/** Words that describe a truce after its name: how it was made, that it held or was in force. */
const DESCRIPTIONS = maskOf(['truceMade', 'inForce', 'agreementFrame']);
/** Words from the truce to the start of its description ("the ceasefire [with Kabul] agreed"). */
const DESCRIPTION_START = 2;
/** Words a description may add between a truce and its verb. */
const DESCRIPTION_REACH = 8;

/** "flights were suspended despite the truce": a connector means the verb is not about the truce. */
function connectorBetween(sentence: ReadSentence, a: WordHit, b: WordHit): boolean {
  const from = Math.min(a.endWord, b.endWord);
  const to = Math.max(a.word, b.word);
  return sentence.hits.some(
    (hit) => hit.word > from && hit.word < to && (hit.mask & TIME_CONNECTORS) !== 0,
  );
}

/**
 * Words that tell what became of a truce: in a headline that names none they tell of something
 * else ("the suspended first vice president", "a security breach").
 */
const TRUCE_STATUS = maskOf(['breach', 'collapse', 'suspension', 'renunciation']);

function exclusionFinding(rule: ExclusionRule, context: RuleContext): Finding | null {
  const { item } = context;
  switch (rule.test) {
    case 'headline-frame': {
      const headline = item.headline;
      // Most headlines hold no frame word: they are known not to be framed at once.
      const frame = VOCABULARY_BIT[rule.frame];
      if (!headline.some((sentence) => holdsFrame(sentence, frame))) return null;
      const within = rule.frameWithin;
      const subject = listMask(rule.subject);
      const framed =
        within === undefined
          ? headline.some((sentence) => (sentence.mask & subject) !== 0)
          : headline.some((sentence) => framesSubject(sentence, rule, within));
      if (!framed) return null;
      const namesTruce = headline.some((sentence) => sentenceHas(sentence, 'ceasefire'));
      // A headline sentence that tells history ("killed in a clash here ten years ago") reports
      // no action of today; but where it holds the frame word too, its past may be the frame's
      // ("struck villages despite the ceasefire agreed last year").
      const reportsAction = headline.some(
        (sentence) =>
          ((!sentence.background || sentenceHas(sentence, rule.frame)) &&
            rule.unless.some((name) =>
              // Only a truce made has a backstory: a call "for restraint after a shootout"
              // reacts to the news.
              name === 'armed' && rule.backstory
                ? armedBesidesBackstory(sentence, 'truceMade', rule.backstory)
                : rule.pastAfterFrame.includes(name) &&
                    sentenceHas(sentence, rule.frame) &&
                    (rule.frameDates === undefined ||
                      datesEvent(sentence, rule.frame, rule.frameDates))
                  ? reportsBeforeFrame(sentence, [name], rule.frame)
                  : hasActive(sentence, name) &&
                    (namesTruce || (VOCABULARY_BIT[name] & TRUCE_STATUS) === 0),
            )) ||
          reportsBeforeFrame(sentence, rule.unlessBefore, rule.frame),
      );
      return reportsAction
        ? null
        : { rule, strength: rule.weight, sentences: headline.slice(0, 1) };
    }
    case 'absent': {
      const leadSentences = item.lead.filter((sentence) => sentence.weight > 0);
      const absent = listMask(rule.absent);
      // The words are asked of every sentence before any zone names are read.
      const present =
        leadSentences.some((sentence) => (sentence.mask & absent) !== 0) ||
        leadSentences.some(
          (sentence) => sentence.zones.zones.length > 0 || sentence.zones.markers.length > 0,
        );
      return present ? null : { rule, strength: rule.weight, sentences: [] };
    }
    case 'outnumbered': {
      const leadSentences = item.lead.filter((sentence) => sentence.weight > 0);
      const count = (name: VocabularyName): number =>
        leadSentences.reduce((sum, sentence) => sum + countOf(sentence, name), 0);
      const found = count(rule.vocabulary);
      if (found < rule.minCount) return null;
      const others = rule.over.reduce((sum, name) => sum + count(name), 0);
      if (found <= others) return null;
      const sentence = leadSentences.find((candidate) => sentenceHas(candidate, rule.vocabulary));
      return { rule, strength: rule.weight, sentences: sentence ? [sentence] : [] };
    }
    case 'title-label': {
      // The title, or the first sentence of an item that has none; or the body's first sentence,
      // where a page puts the label above a headline of its own ("Review: 'Grey Zone', …").
      const labelled = item.headline.find((sentence) =>
        sentence.hits.some((hit) => hit.word === 0 && has(hit, rule.label)),
      );
      if (!labelled || rule.unless.some((name) => sentenceHas(labelled, name))) return null;
      if (rule.unlessToldFresh && reportsFreshNews(item, labelled, rule.unlessToldFresh)) {
        return null;
      }
      return { rule, strength: rule.weight, sentences: [labelled] };
    }
    case 'ended-agreement': {
      const frame = VOCABULARY_BIT[rule.frame];
      if (!item.headline.some((sentence) => holdsFrame(sentence, frame))) return null;
      const naming = item.headline.filter((sentence) => sentence.zones.markers.length > 0);
      if (naming.length === 0) return null;
      const date = context.regimeDate();
      if (date === null) return null;
      const named = naming.flatMap((sentence) => sentence.zones.markers);
      const longEnded = named.every((id) => {
        const end = context.gazetteer.regime(id)?.inForce.to;
        return end !== undefined && daysFrom(end, date) > rule.endedDaysBefore;
      });
      return longEnded ? { rule, strength: rule.weight, sentences: naming.slice(0, 1) } : null;
    }
  }
}

/**
 * A day of the item's own: "on Tuesday", "yesterday", "this morning", "overnight", "hours after",
 * "over the weekend", "shortly before midnight".
 */
const FRESH_DAY = new RegExp(
  `\\b(?:(?:on|early|late)\\s+${WEEKDAY}|${WEEKDAY}\\s+morning|${HOURS_JUST_PAST}|overnight|hours\\s+(?:after|earlier)|(?:over|during)\\s+the\\s+weekend|this\\s+weekend|(?:shortly|just)\\s+(?:before|after)\\s+midnight)\\b`,
  'i',
);

/** A fact check's verdict that the claim is true: "Fact check: Yes, the video is from this week". */
const AFFIRMED = /\b(?:yes|true|confirmed)\b(?![^,.;:]*\bnot\b)/i;

/**
 * Whether a piece labelled as comment opens on news of its own days: a sentence after the
 * headline, telling of the present, with a word of the given vocabularies and a day of the
 * item's own ("Editorial: … Yesterday's drone strike killed two near Bint Jbeil"). A label in
 * `except` ("Fact check:") is kept whatever the piece tells, unless its title finds the claim
 * true: a fact check retells the claim it tests.
 */
function reportsFreshNews(
  item: ReadItem,
  labelled: ReadSentence,
  toldFresh: { vocabularies: readonly VocabularyName[]; except: readonly string[] },
): boolean {
  const label = labelled.text.replace(/^\W+/, '').toLowerCase();
  if (
    toldFresh.except.some((kept) => label.startsWith(kept.toLowerCase())) &&
    !AFFIRMED.test(labelled.text)
  ) {
    return false;
  }
  const wanted = listMask(toldFresh.vocabularies);
  // "Explainer: … and what happened in Paktika last night": the title's own day, its fighting
  // told below.
  const titleFresh = FRESH_DAY.test(labelled.text);
  return item.lead.some(
    (sentence) =>
      sentence.position > 0 &&
      sentence.weight > 0 &&
      !sentence.background &&
      !sentence.preTruce &&
      // Armed words only where they tell action ("an end to the fighting" tells none).
      ((sentence.mask & wanted & ~VOCABULARY_BIT.armed) !== 0 ||
        ((sentence.mask & wanted) !== 0 && reportsActiveArmed(sentence))) &&
      (titleFresh || FRESH_DAY.test(sentence.text)),
  );
}

/**
 * Whether a headline sentence holds a frame word of `frame`. A title that lists three stories or
 * more ("Monitors count a surge in violations; Moldova gas deal; Minsk trial") is framed by its
 * first, the lead story: a frame word in a later one frames only that story. (One semicolon more
 * often joins two clauses of one story: "… shot dead; police eye land dispute".)
 */
function holdsFrame(sentence: ReadSentence, frame: number): boolean {
  if ((sentence.mask & frame) === 0) return false;
  const firstStoryEnd = sentence.position === 0 ? sentence.text.indexOf(';') : -1;
  if (firstStoryEnd < 0 || !sentence.text.includes(';', firstStoryEnd + 1)) return true;
  return sentence.hits.some((hit) => (hit.mask & frame) !== 0 && hit.start < firstStoryEnd);
}

/** How many of the sentence's hits hold a word of `name`. */
function countOf(sentence: ReadSentence, name: VocabularyName): number {
  const bit = VOCABULARY_BIT[name];
  if ((sentence.mask & bit) === 0) return 0;
  let count = 0;
  for (const hit of sentence.hits) if ((hit.mask & bit) !== 0) count += 1;
  return count;
}

/** A frame word ends at most `within` words before a subject word ("hours before the truce"). */
function framesSubject(
  sentence: ReadSentence,
  rule: ExclusionRule & { test: 'headline-frame' },
  within: number,
): boolean {
  const subject = listMask(rule.subject);
  return hitsOf(sentence, rule.frame).some((frame) =>
    sentence.hits.some(
      (hit) =>
        (hit.mask & subject) !== 0 &&
        hit.word > frame.endWord &&
        hit.word - frame.endWord <= within,
    ),
  );
}

/**
 * Active armed words other than those a `backstory` word introduces after the first `frame` word
 * ("agreed to a ceasefire following a week of fighting") or after a truce said to have ended them
 * ("calm after a truce that ends two days of clashes").
 */
function armedBesidesBackstory(
  sentence: ReadSentence,
  frame: VocabularyName,
  backstory: VocabularyName,
): boolean {
  const firstFrame = sentence.hits.find(
    (hit, index) => has(hit, frame) || endedFightingAfter(sentence, hit, index),
  );
  // Every armed word before the current one was told as backstory, or this returned already.
  let previous: WordHit | undefined;
  for (const hit of activeArmed(sentence)) {
    const told =
      firstFrame !== undefined &&
      hit.word > firstFrame.endWord &&
      (precededBy(sentence, hit, VOCABULARY_BIT[backstory], BACKSTORY_WINDOW) ||
        // "after four days of missile, drone and artillery strikes": the list runs on past the
        // window, and what the connector tells of its first word it tells of the rest.
        (previous !== undefined && listedAfter(sentence, previous, hit)));
    if (!told) return true;
    previous = hit;
  }
  return false;
}

/**
 * What a truce put an end to, told right after it: "a truce that ends two days of clashes", "une
 * trêve qui met fin à". ("A truce … after clashes" is not one: the clashes may be what broke it.)
 */
const ENDED_BY_TRUCE =
  /^(?:(?:that|which) (?:ends|ended|halted)|ending|qui (?:met|a mis) fin|mettant fin)$/i;

/** The hit at `index` is a truce and the next word is one that tells what it ended. */
function endedFightingAfter(sentence: ReadSentence, hit: WordHit, index: number): boolean {
  const next = sentence.hits[index + 1];
  return (
    has(hit, 'ceasefire') &&
    next !== undefined &&
    next.word === hit.endWord + 1 &&
    ENDED_BY_TRUCE.test(sentence.text.slice(next.start, next.end))
  );
}

/** Words from a frame to the event it dates: "years since the Mamasapano clash". */
const DATED_EVENT_REACH = 3;
/** Words before a frame that opens its sentence as a time phrase: "Five years after the war, …". */
const OPENING_WORDS = 2;

/**
 * The sentence's first `frame` word dates a word of `event` right after it, and is what the
 * sentence says ("it is ten years since the clash, where …"), not a time phrase opening it, after
 * which the sentence tells its news ("Five years after the war, shelling kills two").
 */
function datesEvent(sentence: ReadSentence, frame: VocabularyName, event: VocabularyName): boolean {
  const firstFrame = sentence.hits.find((hit) => has(hit, frame));
  return (
    firstFrame !== undefined &&
    firstFrame.word > OPENING_WORDS &&
    followedBy(sentence, firstFrame, VOCABULARY_BIT[event], DATED_EVENT_REACH)
  );
}

/** An active word of `names` comes before the sentence's first `frame` word. */
function reportsBeforeFrame(
  sentence: ReadSentence,
  names: readonly VocabularyName[],
  frame: VocabularyName,
): boolean {
  const firstFrame = sentence.hits.find((hit) => has(hit, frame));
  if (!firstFrame || names.length === 0) return false;
  return names.some((name) =>
    (name === 'casualty'
      ? activeCasualties(sentence)
      : name === 'armed'
        ? activeArmed(sentence)
        : hitsOf(sentence, name)
    ).some((hit) => hit.endWord < firstFrame.word),
  );
}

/** Whether the sentence reports `name` as something that happened (armed and breach words checked). */
function hasActive(sentence: ReadSentence, name: VocabularyName): boolean {
  if (name === 'armed') return reportsActiveArmed(sentence);
  if (name === 'breach') {
    return hitsOf(sentence, 'breach').some(
      (hit) => !precededBy(sentence, hit, BREACH_MODIFIERS, ACTION_MODIFIER_WINDOW),
    );
  }
  if (name === 'despite') return defiesTruce(sentence);
  // "agreed to restore the ceasefire that collapsed last week" tells of the truce brought back.
  if (name === 'collapse') {
    return hitsOf(sentence, 'collapse').some(
      (verb) =>
        !hitsOf(sentence, 'ceasefire').some((ceasefire) =>
          restoredAfterCollapse(sentence, ceasefire, verb),
        ),
    );
  }
  return sentenceHas(sentence, name);
}

/** Words from a "despite" written after its truce to the verb that ends the clause. */
const POSTPOSITION_REACH = 30;
/** Words from a truce to the "despite" after it: "atəşkəs rejiminin qüvvədə olmasına baxmayaraq". */
const POSTPOSITION_AFTER_TRUCE = 4;

/** Words from "despite" to the truce it sets the news against: "despite the fragile ceasefire". */
const DESPITE_TRUCE_WINDOW = 3;

/**
 * "civilian toll … despite ceasefire": a connector tied to a truce tells action against it, where
 * "despite pressure for a longer agreement" tells none.
 */
function defiesTruce(sentence: ReadSentence): boolean {
  return hitsOf(sentence, 'despite').some((connector) =>
    sentence.hits.some(
      (truce) =>
        has(truce, 'ceasefire') &&
        truce.word > connector.endWord &&
        truce.word - connector.endWord <= DESPITE_TRUCE_WINDOW,
    ),
  );
}
