// The shape of the classifier's data files (functions/rules/ruleset.yaml and regimes.yaml), as
// zod schemas. The types the classifier works with are inferred from them.
import * as z from 'zod';

/** The vocabularies a ruleset defines, all of them required: the rule kinds read them by name. */
export const VOCABULARY_NAMES = [
  'otherSenses',
  'nonMilitary',
  'background',
  'ceasefire',
  'collapse',
  'suspension',
  'resumption',
  'cessation',
  'ending',
  'breach',
  'despite',
  'sinceTruce',
  'beforeTruce',
  'backstory',
  'truceMade',
  'inForce',
  'agreementFrame',
  'armed',
  'casualty',
  'negation',
  'denial',
  'elapsed',
  'hypothetical',
  'peacekeeping',
  'militaryContext',
  'commentary',
  'proceedings',
  'renunciation',
  'accident',
  'crime',
  'periodicReport',
  'truceAbsent',
] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

const vocabularyName = z.enum(VOCABULARY_NAMES);
const term = z.string().trim().min(1);
const terms = z.array(term).min(1);
const weight = z.number().gt(0).lte(1);
const wordCount = z.number().int().min(0);

const vocabularySchema = z.strictObject({
  description: z.string().min(1),
  terms,
});

const examplesSchema = z.strictObject({
  positive: z.array(z.string().min(1)).min(1),
  negative: z.array(z.string().min(1)).min(1),
});

const ruleBase = {
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  description: z.string().min(1),
  weight,
  examples: examplesSchema,
};

const explicitRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('explicit'),
  /** Words allowed between the breach word and the ceasefire word. */
  window: wordCount,
  /** A negation this many words before the pair cancels it ("no ceasefire violations"). */
  negationWindow: wordCount,
  /** A modal or rule word this many words before the breach word cancels it ("any violation"). */
  hypotheticalWindow: wordCount,
});

const despiteRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('despite'),
  /** The vocabulary whose words tie armed action to the ceasefire word. */
  connectors: vocabularyName,
  /** Words allowed between the connector and the ceasefire word (or the armed action). */
  window: wordCount,
  /** Also fire on "ceasefire … connector … armed action" ("the truce held despite a shooting"). */
  eitherOrder: z.boolean().optional(),
  /**
   * A ceasefire word followed at once (or after "had", "has") by a word of these vocabularies
   * names a ceasefire that is over: action after it breaks nothing ("a week after the truce
   * ended").
   */
  over: z.array(vocabularyName).default([]),
});

const implicitRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('implicit'),
  /** Casualties may be reported this many sentences after the armed action. */
  casualtyWindow: wordCount,
  /** Weight when only the date puts the incident under the regime (the text never names it). */
  weightWithoutMarker: weight,
  /**
   * Words that say no truce is in force: one asked for ("calls for a ceasefire") or denied ("no
   * ceasefire is in force"). Their denials outweigh the registry's dates; with no date, so do
   * their calls.
   */
  truceAbsent: vocabularyName.optional(),
  /** With no date to look the regime up by, the item's own words that say no truce is in force. */
  undatedUnless: z
    .strictObject({
      /** Words that end a truce ("ended", "scrapped") … */
      over: z.array(vocabularyName).min(1),
      /** … told after a connector: the news follows the end ("days after the truce ended"). */
      after: z.array(vocabularyName).min(1),
      /** Words allowed between the truce and the word that ends it, and before them the connector. */
      window: wordCount,
    })
    .optional(),
});

const collapseRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.literal('collapse'),
  /** The vocabulary of verbs that end the ceasefire. */
  verbs: vocabularyName,
  /** Words allowed between the verb and the ceasefire word. */
  window: wordCount,
  /** A vocabulary that must also occur (e.g. resumption of fighting) … */
  requires: vocabularyName.optional(),
  /** … in the same sentence or this many sentences after it. */
  resumptionWindow: wordCount.optional(),
  /**
   * The action that ends the ceasefire: a word of this vocabulary, reported as action, before the
   * verb in its sentence, and the verb before the ceasefire word ("strikes … have ended the
   * truce"). Without it, the verb may stand on either side.
   */
  endedBy: vocabularyName.optional(),
});

const exclusionBase = {
  ...ruleBase,
  kind: z.literal('exclusion'),
};

const exclusionRuleSchema = z.discriminatedUnion('test', [
  z.strictObject({
    ...exclusionBase,
    /**
     * The headline has a `subject` word (a ceasefire) and a `frame` word, none of `unless`, and no
     * `unlessBefore` word ahead of the frame word in its sentence (the frame then tells the
     * ceasefire the action defied: "killed three despite the truce that took effect in May").
     * Armed words that a `backstory` word introduces after a word that makes a truce (truceMade)
     * tell what led to the ceasefire, not action it reports ("agreed a truce following a week of
     * fighting"); after a call ("for restraint after a shootout") they are the news it reacts to. Words of
     * `pastAfterFrame` count against the frame only ahead of the frame word in its sentence: after
     * it, they are what the frame weighs ("court convicts four over 2013 ambush"); with
     * `frameDates`, only where the frame word dates a word of that vocabulary right after it ("ten
     * years since the Mamasapano clash, where 44 police fell"), not where it dates anything else
     * ("a year after the truce, shelling kills two"). With
     * `frameWithin`, the frame word must come at most that many words before a subject word
     * ("hours before the ceasefire").
     */
    test: z.literal('headline-frame'),
    subject: z.array(vocabularyName).min(1),
    frame: vocabularyName,
    unless: z.array(vocabularyName).min(1),
    unlessBefore: z.array(vocabularyName).default([]),
    pastAfterFrame: z.array(vocabularyName).default([]),
    frameDates: vocabularyName.optional(),
    frameWithin: wordCount.min(1).optional(),
    backstory: vocabularyName.optional(),
  }),
  z.strictObject({
    ...exclusionBase,
    /** The lead has no word of any of these vocabularies and names no zone or regime of the registry. */
    test: z.literal('absent'),
    absent: z.array(vocabularyName).min(1),
  }),
  z.strictObject({
    ...exclusionBase,
    /** The lead has at least `minCount` words of `vocabulary`, more than of all of `over`. */
    test: z.literal('outnumbered'),
    vocabulary: vocabularyName,
    over: z.array(vocabularyName).min(1),
    minCount: z.number().int().min(1),
  }),
  z.strictObject({
    ...exclusionBase,
    /**
     * The title opens on a word of `label`: it says what kind of piece the item is, unless the
     * labelled sentence also holds a word of `unless` (an explainer whose headline says the truce
     * is over reports that).
     */
    test: z.literal('title-label'),
    label: vocabularyName,
    unless: z.array(vocabularyName).default([]),
    /**
     * A sentence after the headline that tells of the present with a word of `vocabularies` and
     * a day of the item's own ("on Tuesday", "yesterday") makes the piece report that news (an
     * editorial that opens on yesterday's strike), except under a label `except` lists (title
     * openings such as "fact check": a fact check retells the claim it tests) whose title does
     * not find the claim true ("Fact check: Yes, …").
     */
    unlessToldFresh: z
      .strictObject({
        vocabularies: z.array(vocabularyName).min(1),
        except: z.array(term).default([]),
      })
      .optional(),
  }),
  z.strictObject({
    ...exclusionBase,
    /**
     * The headline holds a `frame` word and names the agreement of a registry regime, and every
     * regime it names had ended more than `endedDaysBefore` days before the item's date: what it
     * tells of that truce, breaches and collapse alike, is the truce's history ("Ten years since
     * Debaltseve: veterans recall the battle that shredded the Minsk truce"). The frame is
     * needed: a name shared by truces ("the Christmas ceasefire") may name a newer one the
     * registry lacks.
     */
    test: z.literal('ended-agreement'),
    frame: vocabularyName,
    endedDaysBefore: z.number().int().min(0),
  }),
]);

/** Each rule is validated by the schema of its kind, so errors speak of that kind's fields. */
export const RULE_SCHEMAS = {
  explicit: explicitRuleSchema,
  despite: despiteRuleSchema,
  implicit: implicitRuleSchema,
  collapse: collapseRuleSchema,
  exclusion: exclusionRuleSchema,
} as const;
export type RuleKind = keyof typeof RULE_SCHEMAS;

const severityConditionSchema = z.strictObject({
  minKilled: z.number().int().min(0).optional(),
  minInjured: z.number().int().min(0).optional(),
  /** One term of each list must occur in one evidence or lead sentence. */
  allTerms: z.array(terms).min(1).optional(),
  /** The incident names one of these weapons (names from the weapons section). */
  weapons: z.array(z.string().trim().min(1)).min(1).optional(),
});

const weaponKindSchema = z.strictObject({
  /** The canonical name a verdict reports ("mortar", "air strike"). */
  name: z.string().trim().min(1),
  terms,
});

const weaponsSchema = z.strictObject({
  description: z.string().min(1),
  /** Phrases holding a weapon word in another sense ("think tank"): they name no weapon. */
  otherSenses: terms,
  kinds: z.array(weaponKindSchema).min(1).max(31),
});

const attributionSchema = z.strictObject({
  description: z.string().min(1),
  /** "X accused Y of …", "X blamed Y for …". */
  accuse: terms,
  /** "X said Y broke the truce", "Y violated the ceasefire, X said". */
  say: terms,
  /** "X denied the charge". */
  deny: terms,
});

const severityLevelSchema = z.strictObject({
  level: z.enum(['low', 'medium', 'high', 'critical']),
  description: z.string().min(1),
  when: z.array(severityConditionSchema).min(1),
});

export const rulesFileSchema = z.strictObject({
  lead: z.strictObject({
    fullWeightSentences: z.number().int().min(0),
    lastSentence: z.number().int().min(1),
    minWords: z.number().int().min(1),
    backgroundFactor: z.number().min(0).max(1),
  }),
  decision: z.strictObject({ threshold: z.number().gt(0).lte(1) }),
  vocabularies: z.strictObject(
    Object.fromEntries(VOCABULARY_NAMES.map((name) => [name, vocabularySchema])) as Record<
      VocabularyName,
      typeof vocabularySchema
    >,
  ),
  rules: z.array(z.unknown()).min(1),
  severity: z.array(severityLevelSchema).min(1),
  weapons: weaponsSchema,
  attribution: attributionSchema,
});

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isCalendarDate, 'expected a real date');

/** A YYYY-MM-DD string naming a day that exists (zod runs this after a failed format check too). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const zoneSchema = z.strictObject({
  places: terms,
  weak: terms.optional(),
  actors: terms.optional(),
  outsiders: terms.optional(),
  together: z.array(terms).min(2).optional(),
});

export const regimeSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'),
    region: z.string().min(1),
    zone: zoneSchema,
    parties: z.array(z.string().min(1)).min(1),
    agreement: terms,
    scope: z.enum(['full', 'partial']),
    inForce: z.strictObject({ from: isoDate, to: isoDate.optional() }),
    succeededBy: z.string().min(1).optional(),
  })
  .refine((regime) => !regime.inForce.to || regime.inForce.from <= regime.inForce.to, {
    message: 'expected "to" on or after "from"',
    path: ['inForce', 'to'],
  });

export const regimesFileSchema = z.strictObject({ regimes: z.array(z.unknown()).min(1) });

export type ExplicitRule = z.infer<typeof explicitRuleSchema>;
export type DespiteRule = z.infer<typeof despiteRuleSchema>;
export type ImplicitRule = z.infer<typeof implicitRuleSchema>;
export type CollapseRule = z.infer<typeof collapseRuleSchema>;
export type ExclusionRule = z.infer<typeof exclusionRuleSchema>;
export type Rule = ExplicitRule | DespiteRule | ImplicitRule | CollapseRule | ExclusionRule;
export type Regime = z.infer<typeof regimeSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type SeverityLevel = z.infer<typeof severityLevelSchema>;
export type SeverityCondition = z.infer<typeof severityConditionSchema>;
export type LeadSettings = z.infer<typeof rulesFileSchema>['lead'];
export type Weapons = z.infer<typeof weaponsSchema>;
export type Attribution = z.infer<typeof attributionSchema>;

export interface Vocabulary {
  name: VocabularyName;
  description: string;
  terms: string[];
}

/** A validated ruleset: the rules file and the registry, ready to compile. */
export interface Ruleset {
  lead: LeadSettings;
  threshold: number;
  vocabularies: Vocabulary[];
  rules: Rule[];
  severity: SeverityLevel[];
  weapons: Weapons;
  attribution: Attribution;
  regimes: Regime[];
}
