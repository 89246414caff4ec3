// Classifies one news item as a ceasefire-violation report or not, with the evidence, the region,
// casualties, date, weapons, who accuses whom and severity of the incident. The ruleset is
// compiled once per classifier, every term it names into one scanner, so each sentence is read
// once; the rules and extractions then work on what that read found.
import type { Verdict } from '../model.js';
import { evaluateRule, type Finding, type RuleContext } from './evaluate-rules.js';
import { type AttributionSentence, extractAttribution } from './extract-attribution.js';
import { extractCasualties, saysNoneKilled } from './extract-casualties.js';
import { datesEarlierEvent, publishedDay } from './extract-date.js';
import {
  extractRegion,
  type PlacedRegion,
  placeRegion,
  type RegionChoice,
  type RegionTiming,
  type WeightedMentions,
} from './extract-region.js';
import { compileGazetteer, type Gazetteer, inForceOn, regionOnDay } from './gazetteer.js';
import { createItemReader, type ReadItem, type ReadSentence, VOCABULARY_BIT } from './read-item.js';
import { type Rule, type Ruleset, VOCABULARY_NAMES } from './ruleset-schema.js';
import { compileSeverity, severityTermLists } from './severity.js';
import { compileTermScanner, type TermSet } from './term-matcher.js';

export interface ClassifyInput {
  title: string | null;
  text: string;
  /** ISO 8601 date or date-time the item was published, when known. */
  published?: string;
}

export interface Classifier {
  classify(input: ClassifyInput): Verdict;
}

const MAX_EVIDENCE = 3;

/** The matchers the reader scans with after the vocabulary and the gazetteer, by number. */
const WEAPONS = 0;
const ATTRIBUTION = 1;
const SEVERITY_TERMS = 2;
const ATTRIBUTION_VERBS = ['accuse', 'say', 'deny'] as const;

/**
 * Every term set the classifier reads, by matcher, in the order its scanner compiles them: the
 * vocabularies, the registry's zone names and agreement markers, the weapons, the attribution
 * verbs, then the severity table's term lists.
 */
export function readingMatchers(ruleset: Ruleset, gazetteer: Gazetteer): TermSet[][] {
  const termsOf = new Map(
    ruleset.vocabularies.map((vocabulary) => [vocabulary.name, vocabulary.terms]),
  );
  const vocabulary = VOCABULARY_NAMES.map((name) => ({ id: name, terms: termsOf.get(name) ?? [] }));
  // Phrases in other senses come last: a weapon word they hold names no weapon.
  const weaponSets = [
    ...ruleset.weapons.kinds.map((kind) => ({ id: kind.name, terms: kind.terms })),
    { id: 'otherSenses', terms: ruleset.weapons.otherSenses },
  ];
  const attributionSets = ATTRIBUTION_VERBS.map((verb) => ({
    id: verb,
    terms: ruleset.attribution[verb],
  }));
  return [
    vocabulary,
    [...gazetteer.termSets],
    weaponSets,
    attributionSets,
    ...severityTermLists(ruleset.severity),
  ];
}

export function createClassifier(ruleset: Ruleset): Classifier {
  const termsOf = new Map(
    ruleset.vocabularies.map((vocabulary) => [vocabulary.name, vocabulary.terms]),
  );
  const gazetteer = compileGazetteer(ruleset.regimes);
  const weaponKinds = ruleset.weapons.kinds;
  const severityLists = severityTermLists(ruleset.severity);
  const scanner = compileTermScanner(readingMatchers(ruleset, gazetteer));
  // Every positive rule needs a lead sentence with a ceasefire word (explicit, despite,
  // collapse), or an armed or casualty word (implicit: "troops killed 22" is armed action): an
  // item with none cannot be a violation, and its verdict is known without reading it further.
  const gate = compileTermScanner([
    [
      { id: 'ceasefire', terms: termsOf.get('ceasefire') ?? [] },
      { id: 'armed', terms: termsOf.get('armed') ?? [] },
      { id: 'casualty', terms: termsOf.get('casualty') ?? [] },
    ],
  ]);
  const reader = createItemReader(scanner, gazetteer, ruleset.lead, 2 + severityLists.length, gate);
  const weaponMask = (1 << weaponKinds.length) - 1;
  const assessSeverity = compileSeverity(ruleset.severity);
  const regionOfRegime = new Map(ruleset.regimes.map((regime) => [regime.id, regime.region]));
  const regionOf = (regimeId: string): string | undefined => regionOfRegime.get(regimeId);
  const positiveRules = ruleset.rules.filter((rule) => rule.kind !== 'exclusion');
  const exclusionRules = ruleset.rules.filter((rule) => rule.kind === 'exclusion');

  /** The rules that fire on the item and the score they give it. */
  function weigh(item: ReadItem, input: ClassifyInput): Weighing {
    const published = publishedDay(input.published);
    let leadRegion: PlacedRegion | null | undefined;
    let regimeDate: string | null | undefined;
    const context: RuleContext = {
      item,
      gazetteer,
      lead: ruleset.lead,
      regimeDate() {
        if (regimeDate === undefined) regimeDate = published ?? firstDate(currentLead(item));
        return regimeDate;
      },
      publishedOn: published,
      leadRegion() {
        // History's places ("In 2021, militants attacked posts in Rajouri") place no incident.
        if (leadRegion === undefined) {
          leadRegion = placeRegion(mentions(currentLead(item), new Set()), regionOf);
        }
        return leadRegion;
      },
    };
    const fired = (rules: readonly Rule[]): Finding[] => {
      const findings: Finding[] = [];
      for (const rule of rules) {
        const finding = evaluateRule(rule, context);
        if (finding) findings.push(finding);
      }
      return findings;
    };
    const positives = fired(positiveRules).sort((a, b) => b.strength - a.strength);
    // Exclusions only ever take score away: without positive evidence they have nothing to weigh.
    const exclusions = positives.length > 0 ? fired(exclusionRules) : [];
    const support = 1 - positives.reduce((rest, finding) => rest * (1 - finding.strength), 1);
    const score = exclusions.reduce((kept, finding) => kept * (1 - finding.strength), support);
    return { positives, exclusions, score };
  }

  /** What the incident a violation reports was: casualties, date, weapons, who said what. */
  function describeIncident(
    item: ReadItem,
    evidence: readonly ReadSentence[],
    published: string | undefined,
  ): IncidentDescription {
    const current = currentLead(item);
    const evidenceSet = new Set(evidence);
    const day = publishedDay(published);
    const incident = uniqueSentences([
      ...evidence,
      ...current.filter(
        (sentence) =>
          !evidenceSet.has(sentence) &&
          (reportsCasualties(sentence) || saysNoneKilled(sentence.text)),
      ),
    ]).filter(
      (sentence) =>
        !sentence.background &&
        !sentence.preTruce &&
        (item.periodic || !datesEarlierEvent(sentence, day)),
    );
    const publishedYear = day ? Number(day.slice(0, 4)) : undefined;
    const { killed, injured } = extractCasualties(texts(incident), { publishedYear });
    const incidentDate = firstDate(uniqueSentences([...evidence, ...current]));
    const weapons = weaponsNamed(
      uniqueSentences([
        ...incident,
        ...current.filter((sentence) => !sentence.preTruce && reportsArmedAction(sentence)),
      ]),
    );
    const assessed = uniqueSentences([...evidence, ...incident]);
    const severity = assessSeverity({
      killed,
      injured,
      weapons,
      hasAllTerms: (condition) => {
        const lists = severityLists[condition]?.length ?? 0;
        const all = (1 << lists) - 1;
        return assessed.some(
          (sentence) => ((sentence.found[SEVERITY_TERMS + condition] ?? 0) & all) === all,
        );
      },
    });
    const { accusations, denials } = extractAttribution(
      uniqueSentences([...evidence, ...current])
        .filter((sentence) => (sentence.found[ATTRIBUTION] ?? 0) !== 0)
        .map(attributionOf),
    );
    return { killed, injured, incidentDate, severity, weapons, accusations, denials };
  }

  function timingOn(day: string): RegionTiming {
    return {
      inForce: (region) => gazetteer.regimesOf(region).some((regime) => inForceOn(regime, day)),
      // A successor exists from the day after the zone it succeeded passed to it.
      existed: (region) => {
        for (const succession of gazetteer.successions.values()) {
          if (succession.region === region && day <= succession.ended) return false;
        }
        return true;
      },
    };
  }

  /** The region what happens in the chosen one belongs to on the day (see regionOnDay). */
  function regionOn(region: string | null, day: string | null): string | null {
    return region === null || day === null ? region : regionOnDay(gazetteer, region, day);
  }

  /** Canonical names of the weapons the sentences name, in the ruleset's order. */
  function weaponsNamed(sentences: readonly ReadSentence[]): string[] {
    let found = 0;
    for (const sentence of sentences) found |= sentence.found[WEAPONS] ?? 0;
    found &= weaponMask;
    return weaponKinds.filter((_, index) => (found & (1 << index)) !== 0).map((kind) => kind.name);
  }

  return {
    classify(input: ClassifyInput): Verdict {
      const item = reader.read(input);
      if (item === null) return unrelatedVerdict();
      const { positives, exclusions, score } = weigh(item, input);
      const violation = score >= ruleset.threshold;
      const decisive = violation ? positives : [...exclusions, ...positives];
      const evidence = uniqueSentences(decisive.flatMap((finding) => finding.sentences));
      // An item no positive rule speaks for is not placed: reading its zone names would be wasted.
      const day = publishedDay(input.published) ?? firstDate(currentLead(item));
      const choice: RegionChoice =
        positives.length > 0
          ? extractRegion(
              mentions(item.lead, new Set(evidence)),
              regionOf,
              day === null ? undefined : timingOn(day),
            )
          : { region: null, places: [], strong: false, placedUnder: null };
      const shared: VerdictFindings = {
        score: round(violation ? score : 1 - score),
        region: regionOn(choice.region, day),
        places: choice.places,
        rules: [...positives, ...exclusions].map((finding) => finding.rule.id),
        evidence: evidence.slice(0, MAX_EVIDENCE).map((sentence) => sentence.text),
      };
      if (!violation) return otherVerdict(shared);
      const { weapons, accusations, denials, ...facts } = describeIncident(
        item,
        evidence,
        input.published,
      );
      return {
        label: 'violation',
        ...facts,
        ...shared,
        weapons,
        accusations,
        denials,
      };
    },
  };
}

type VerdictFindings = Pick<Verdict, 'score' | 'region' | 'places' | 'rules' | 'evidence'>;

/** An `other` verdict: no incident to describe, only what the rules found. */
function otherVerdict(findings: VerdictFindings): Verdict {
  return {
    label: 'other',
    severity: 'low',
    killed: null,
    injured: null,
    incidentDate: null,
    ...findings,
    weapons: [],
    accusations: [],
    denials: [],
  };
}

/** The verdict on an item no rule can speak for: what an `other` with no findings gives. */
function unrelatedVerdict(): Verdict {
  return otherVerdict({ score: 1, region: null, places: [], rules: [], evidence: [] });
}

type IncidentDescription = Pick<
  Verdict,
  'killed' | 'injured' | 'incidentDate' | 'severity' | 'weapons' | 'accusations' | 'denials'
>;

interface Weighing {
  positives: Finding[];
  exclusions: Finding[];
  /** 0..1: the positive findings combined, scaled down by the exclusions. */
  score: number;
}

/** The lead's sentences that tell the news rather than its history. */
function currentLead(item: ReadItem): ReadSentence[] {
  return item.lead.filter((sentence) => sentence.weight > 0 && !sentence.background);
}

/** The date the first dated sentence gives. */
function firstDate(sentences: readonly ReadSentence[]): string | null {
  for (const sentence of sentences) {
    const date = sentence.date;
    if (date !== null) return date;
  }
  return null;
}

/**
 * The sentences' zone names with how much each sentence counts. A sentence past the lead that
 * decided nothing counts for nothing in placing the item: its zone names are left unread.
 */
function mentions(
  sentences: readonly ReadSentence[],
  evidence: Set<ReadSentence>,
): WeightedMentions[] {
  const counted: WeightedMentions[] = [];
  for (const sentence of sentences) {
    const decided = evidence.has(sentence);
    if (sentence.weight <= 0 && !decided) continue;
    counted.push({
      hits: sentence.zones,
      weight: sentence.background ? sentence.weight / 2 : sentence.weight,
      evidence: decided,
    });
  }
  return counted;
}

/** Says something about dead or wounded, even "no casualties". */
function reportsCasualties(sentence: ReadSentence): boolean {
  return (sentence.mask & VOCABULARY_BIT.casualty) !== 0;
}

function reportsArmedAction(sentence: ReadSentence): boolean {
  return (sentence.mask & VOCABULARY_BIT.armed) !== 0;
}

/**
 * The sentence's attribution verbs, and its breach words when it also names a ceasefire; a
 * verb of saying counts only then ("X said Y broke the truce").
 */
function attributionOf(sentence: ReadSentence): AttributionSentence {
  const statesBreach =
    (sentence.mask & VOCABULARY_BIT.ceasefire) !== 0 &&
    (sentence.mask & VOCABULARY_BIT.breach) !== 0;
  const verbs = sentence.further
    .filter((match) => match.matcher === ATTRIBUTION)
    .flatMap((match) => {
      const verb = ATTRIBUTION_VERBS[match.sets[0] ?? -1];
      return verb && (verb !== 'say' || statesBreach)
        ? [{ kind: verb, start: match.start, end: match.end }]
        : [];
    });
  const breaches = statesBreach
    ? sentence.hits
        .filter((hit) => (hit.mask & VOCABULARY_BIT.breach) !== 0)
        .map((hit) => ({ start: hit.start, end: hit.end }))
    : [];
  return { text: sentence.text, verbs, breaches };
}

function uniqueSentences(sentences: readonly ReadSentence[]): ReadSentence[] {
  return [...new Set(sentences)];
}

function texts(sentences: readonly ReadSentence[]): string[] {
  return sentences.map((sentence) => sentence.text);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
