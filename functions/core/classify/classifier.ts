// Classifies one news item as a ceasefire-violation report or not, with the evidence, the region,
// casualties, date and severity of the incident. The ruleset is compiled once per classifier.
import type { Verdict } from '../model.js';
import { evaluateRule, type Finding, activeCasualties } from './evaluate-rules.js';
import { extractCasualties } from './extract-casualties.js';
import { extractIncidentDate, publishedDay } from './extract-date.js';
import { extractRegion, type WeightedMentions } from './extract-region.js';
import { compileGazetteer } from './gazetteer.js';
import { createItemReader, type ReadSentence } from './read-item.js';
import { type Ruleset, VOCABULARY_NAMES } from './ruleset-schema.js';
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
  const termsOf = new Map(ruleset.vocabularies.map((vocabulary) => [vocabulary.name, vocabulary.terms]));
  const vocabulary = compileTermMatcher(
    VOCABULARY_NAMES.map((name) => ({ id: name, terms: termsOf.get(name) ?? [] })),
  );
  const gazetteer = compileGazetteer(ruleset.regimes);
  const reader = createItemReader(vocabulary, gazetteer, ruleset.lead);
  const assessSeverity = compileSeverity(ruleset.severity);
  const regionOfRegime = new Map(ruleset.regimes.map((regime) => [regime.id, regime.region]));
  const regionOf = (regimeId: string): string | undefined => regionOfRegime.get(regimeId);

  return {
    classify(input: ClassifyInput): Verdict {
      const item = reader.read(input);
      const published = publishedDay(input.published);
      const current = item.lead.filter((sentence) => sentence.weight > 0 && !sentence.background);
      const regimeDate = published ?? extractIncidentDate(texts(current));
      const leadChoice = extractRegion(mentions(item.lead, new Set()), regionOf);
      const leadRegion = leadChoice.region ? { region: leadChoice.region, strong: leadChoice.strong } : null;

      const findings = ruleset.rules
        .map((rule) => evaluateRule(rule, { item, gazetteer, lead: ruleset.lead, regimeDate, leadRegion }))
        .filter((finding): finding is Finding => finding !== null);
      const positives = findings
        .filter((finding) => finding.rule.kind !== 'exclusion')
        .sort((a, b) => b.strength - a.strength);
      const exclusions = findings.filter((finding) => finding.rule.kind === 'exclusion');
      const support = 1 - positives.reduce((rest, finding) => rest * (1 - finding.strength), 1);
      const score = exclusions.reduce((kept, finding) => kept * (1 - finding.strength), support);
      const violation = score >= ruleset.threshold;

      const decisive = violation ? positives : [...exclusions, ...positives];
      const evidence = uniqueSentences(decisive.flatMap((finding) => finding.sentences));
      const evidenceSet = new Set(evidence);
      const choice = extractRegion(mentions(item.lead, evidenceSet), regionOf);
      const base = {
        score: round(violation ? score : 1 - score),
        region: choice.region,
        places: choice.places,
        rules: findings.map((finding) => finding.rule.id),
        evidence: evidence.slice(0, MAX_EVIDENCE).map((sentence) => sentence.text),
      };
      if (!violation) {
        return { label: 'other', severity: 'low', killed: null, injured: null, incidentDate: null, ...base };
      }

      const incident = [
        ...evidence,
        ...current.filter((sentence) => !evidenceSet.has(sentence) && activeCasualties(sentence).length > 0),
      ].filter((sentence) => !sentence.background && !sentence.preTruce);
      const { killed, injured } = extractCasualties(texts(incident));
      const incidentDate = extractIncidentDate(
        texts(uniqueSentences([...evidence, ...current])),
        input.published,
      );
      const severity = assessSeverity({ killed, injured, sentences: texts([...evidence, ...incident]) });
      return { label: 'violation', severity, killed, injured, incidentDate, ...base };
    },
  };
}

function mentions(sentences: readonly ReadSentence[], evidence: Set<ReadSentence>): WeightedMentions[] {
  return sentences.map((sentence) => ({
    hits: sentence.zones,
    weight: sentence.background ? sentence.weight / 2 : sentence.weight,
    evidence: evidence.has(sentence),
  }));
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
