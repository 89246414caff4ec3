// Classifies one news item as a ceasefire-violation report or not, with the evidence, the region,
// casualties, date and severity of the incident. The ruleset is compiled once per classifier.
import type { Verdict } from '../model.js';
import { evaluateRule, type Finding, type RuleContext } from './evaluate-rules.js';
import { extractCasualties } from './extract-casualties.js';
import { extractIncidentDate, publishedDay } from './extract-date.js';
import { extractRegion, type RegionChoice, type WeightedMentions } from './extract-region.js';
import { compileGazetteer } from './gazetteer.js';
import { createItemReader, type ReadItem, type ReadSentence, VOCABULARY_BIT } from './read-item.js';
import { type Rule, type Ruleset, VOCABULARY_NAMES } from './ruleset-schema.js';
import { compileSeverity } from './severity.js';
import { compileTermMatcher } from './term-matcher.js';

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

export function createClassifier(ruleset: Ruleset): Classifier {
  const termsOf = new Map(
    ruleset.vocabularies.map((vocabulary) => [vocabulary.name, vocabulary.terms]),
  );
  const vocabulary = compileTermMatcher(
    VOCABULARY_NAMES.map((name) => ({ id: name, terms: termsOf.get(name) ?? [] })),
  );
  const gazetteer = compileGazetteer(ruleset.regimes);
  const reader = createItemReader(vocabulary, gazetteer, ruleset.lead);
  const assessSeverity = compileSeverity(ruleset.severity);
  const regionOfRegime = new Map(ruleset.regimes.map((regime) => [regime.id, regime.region]));
  const regionOf = (regimeId: string): string | undefined => regionOfRegime.get(regimeId);
  const positiveRules = ruleset.rules.filter((rule) => rule.kind !== 'exclusion');
  const exclusionRules = ruleset.rules.filter((rule) => rule.kind === 'exclusion');

  /** The rules that fire on the item and the score they give it. */
  function weigh(item: ReadItem, input: ClassifyInput): Weighing {
    const published = publishedDay(input.published);
    let leadChoice: RegionChoice | undefined;
    const context: RuleContext = {
      item,
      gazetteer,
      lead: ruleset.lead,
      regimeDate: published ?? extractIncidentDate(texts(currentLead(item))),
      published: input.published,
      leadRegion() {
        leadChoice ??= extractRegion(mentions(item.lead, new Set()), regionOf);
        return leadChoice.region ? { region: leadChoice.region, strong: leadChoice.strong } : null;
      },
    };
    const fired = (rules: readonly Rule[]): Finding[] =>
      rules
        .map((rule) => evaluateRule(rule, context))
        .filter((finding): finding is Finding => finding !== null);
    const positives = fired(positiveRules).sort((a, b) => b.strength - a.strength);
    // Exclusions only ever take score away: without positive evidence they have nothing to weigh.
    const exclusions = positives.length > 0 ? fired(exclusionRules) : [];
    const support = 1 - positives.reduce((rest, finding) => rest * (1 - finding.strength), 1);
    const score = exclusions.reduce((kept, finding) => kept * (1 - finding.strength), support);
    return { positives, exclusions, score };
  }

  /** Casualties, date and severity of the incident a violation reports. */
  function describeIncident(
    item: ReadItem,
    evidence: readonly ReadSentence[],
    published: string | undefined,
  ): Pick<Verdict, 'killed' | 'injured' | 'incidentDate' | 'severity'> {
    const current = currentLead(item);
    const evidenceSet = new Set(evidence);
    const incident = uniqueSentences([
      ...evidence,
      ...current.filter((sentence) => !evidenceSet.has(sentence) && reportsCasualties(sentence)),
    ]).filter((sentence) => !sentence.background && !sentence.preTruce);
    const day = publishedDay(published);
    const publishedYear = day ? Number(day.slice(0, 4)) : undefined;
    const { killed, injured } = extractCasualties(texts(incident), { publishedYear });
    const incidentDate = extractIncidentDate(
      texts(uniqueSentences([...evidence, ...current])),
      published,
    );
    const severity = assessSeverity({
      killed,
      injured,
      sentences: texts(uniqueSentences([...evidence, ...incident])),
    });
    return { killed, injured, incidentDate, severity };
  }

  return {
    classify(input: ClassifyInput): Verdict {
      const item = reader.read(input);
      const { positives, exclusions, score } = weigh(item, input);
      const violation = score >= ruleset.threshold;
      const decisive = violation ? positives : [...exclusions, ...positives];
      const evidence = uniqueSentences(decisive.flatMap((finding) => finding.sentences));
      // An item no positive rule speaks for is not placed: reading its zone names would be wasted.
      const choice: RegionChoice =
        positives.length > 0
          ? extractRegion(mentions(item.lead, new Set(evidence)), regionOf)
          : { region: null, places: [], strong: false };
      const shared = {
        score: round(violation ? score : 1 - score),
        region: choice.region,
        places: choice.places,
        rules: [...positives, ...exclusions].map((finding) => finding.rule.id),
        evidence: evidence.slice(0, MAX_EVIDENCE).map((sentence) => sentence.text),
      };
      if (!violation) {
        return {
          label: 'other',
          severity: 'low',
          killed: null,
          injured: null,
          incidentDate: null,
          ...shared,
        };
      }
      return {
        label: 'violation',
        ...describeIncident(item, evidence, input.published),
        ...shared,
      };
    },
  };
}

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

function mentions(
  sentences: readonly ReadSentence[],
  evidence: Set<ReadSentence>,
): WeightedMentions[] {
  return sentences.map((sentence) => ({
    hits: sentence.zones,
    weight: sentence.background ? sentence.weight / 2 : sentence.weight,
    evidence: evidence.has(sentence),
  }));
}

/** Says something about dead or wounded, even "no casualties". */
function reportsCasualties(sentence: ReadSentence): boolean {
  return (sentence.mask & VOCABULARY_BIT.casualty) !== 0;
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
