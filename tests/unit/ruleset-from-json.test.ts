// The Lambda builds its classifier from the ruleset the stack wrote as JSON at synth: it must judge
// every item exactly as the classifier built from the YAML does.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../functions/core/classify/classifier.js';
import type { ClassifyInput } from '../../functions/core/classify/classifier.js';
import { loadRuleset } from '../../functions/core/classify/load-ruleset.js';
import { rulesetFromJson, rulesetToJson } from '../../functions/core/classify/ruleset-from-json.js';

const FEED_FIXTURES = fileURLToPath(new URL('../fixtures/feeds/', import.meta.url));

/** The project's own texts: every rule's examples and every item of the parsed feed fixtures. */
function fixtureInputs(): ClassifyInput[] {
  const examples = loadRuleset().rules.flatMap((rule) => [
    ...rule.examples.positive,
    ...rule.examples.negative,
  ]);
  const items = readdirSync(FEED_FIXTURES)
    .filter((name) => name.endsWith('.expected.json'))
    .flatMap((name) => {
      const expected = JSON.parse(readFileSync(`${FEED_FIXTURES}${name}`, 'utf8')) as {
        feed: { items: { title: string | null; text: string; published?: string }[] };
      };
      return expected.feed.items.map(({ title, text, published }) => ({
        title,
        text,
        ...(published !== undefined && { published }),
      }));
    });
  return [...examples.map((text) => ({ title: null, text })), ...items];
}

describe('rulesetFromJson', () => {
  it('gives a classifier with the same verdicts as the YAML, on every fixture text', () => {
    const fromYaml = createClassifier(loadRuleset());
    const fromJson = createClassifier(
      rulesetFromJson(rulesetToJson(loadRuleset()), 'ruleset.json'),
    );
    const inputs = fixtureInputs();
    const verdicts = inputs.map((input) => fromYaml.classify(input));

    expect(inputs.length).toBeGreaterThan(50);
    expect(verdicts.some((verdict) => verdict.label === 'violation')).toBe(true);
    expect(verdicts.some((verdict) => verdict.label !== 'violation')).toBe(true);
    expect(inputs.map((input) => fromJson.classify(input))).toEqual(verdicts);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => rulesetFromJson('{"format":', 'rules/ruleset.json')).toThrow(
      /^rules\/ruleset\.json: not JSON: /,
    );
  });

  it('refuses JSON it did not write, naming the field', () => {
    expect(() => rulesetFromJson('{"rules": []}', 'rules/ruleset.json')).toThrow(
      'rules/ruleset.json: field "format": expected "ceasefire-watch/ruleset@1"',
    );
  });

  it('refuses a ruleset missing a section, naming it', () => {
    const document = JSON.parse(rulesetToJson(loadRuleset())) as {
      ruleset: Record<string, unknown>;
    };
    delete document.ruleset.regimes;
    expect(() => rulesetFromJson(JSON.stringify(document), 'rules/ruleset.json')).toThrow(
      'rules/ruleset.json: field "ruleset.regimes": expected array, got undefined',
    );
  });
});
