import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  loadRuleset,
  parseRuleset,
  RulesetError,
} from '../../functions/core/classify/load-ruleset.js';
import { createClassifier } from '../../functions/core/classify/classifier.js';
import { VOCABULARY_NAMES } from '../../functions/core/classify/ruleset-schema.js';
import { compileTermMatcher } from '../../functions/core/classify/term-matcher.js';

const rulesYaml = readFileSync(
  fileURLToPath(new URL('../../functions/rules/ruleset.yaml', import.meta.url)),
  'utf8',
);
const regimesYaml = readFileSync(
  fileURLToPath(new URL('../../functions/rules/regimes.yaml', import.meta.url)),
  'utf8',
);

type Data = Record<string, unknown> & {
  rules: Record<string, unknown>[];
  regimes: Record<string, unknown>[];
  vocabularies: Record<string, Record<string, unknown>>;
};

/** The project's rules file with one edit applied, as YAML again. */
function editedRules(edit: (data: Data) => void): string {
  const data = parse(rulesYaml) as Data;
  edit(data);
  return stringify(data);
}

function editedRegimes(edit: (data: Data) => void): string {
  const data = parse(regimesYaml) as Data;
  edit(data);
  return stringify(data);
}

function ruleById(data: Data, id: string): Record<string, unknown> {
  const rule = data.rules.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no rule ${id} in the project ruleset`);
  return rule;
}

describe('loadRuleset', () => {
  it('loads the project ruleset and registry', () => {
    const ruleset = loadRuleset();

    expect(ruleset.rules.map((rule) => rule.kind)).toEqual(
      expect.arrayContaining(['explicit', 'despite', 'implicit', 'collapse', 'exclusion']),
    );
    expect(ruleset.vocabularies.map((vocabulary) => vocabulary.name)).toEqual([
      ...VOCABULARY_NAMES,
    ]);
    expect(ruleset.regimes.map((regime) => regime.region)).toEqual(
      expect.arrayContaining([
        'Nagorno-Karabakh',
        'Armenia-Azerbaijan border',
        'Kashmir LoC',
        'Donbas',
      ]),
    );
  });

  it('reads a Turkish mortar as armed action, and Havana as none', () => {
    const armed = loadRuleset().vocabularies.find((vocabulary) => vocabulary.name === 'armed');
    const matcher = compileTermMatcher([{ id: 'armed', terms: armed?.terms ?? [] }]);
    expect(matcher.scan('Köye havan topu atışı yapıldı.')).toHaveLength(1);
    expect(matcher.scan('Talks ended in Havana on Tuesday.')).toHaveLength(0);
  });

  it('names the file it cannot read', () => {
    expect(() => loadRuleset({ rulesetPath: '/nonexistent/rules.yaml' })).toThrow(
      /\/nonexistent\/rules\.yaml: cannot read the file/,
    );
  });
});

describe('parseRuleset errors', () => {
  it('name the file, the rule id, the field and the expected type', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'explicit-breach-word').window = 'six';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: rule "explicit-breach-word": field "window": expected number, got string',
    );
  });

  it('use the file names they are given', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'explicit-breach-word').window = 'six';
    });

    expect(() =>
      parseRuleset(yaml, regimesYaml, {
        rules: 'custom/rules.yaml',
        regimes: 'custom/regimes.yaml',
      }),
    ).toThrow(/^custom\/rules\.yaml: rule "explicit-breach-word"/);
  });

  it('say which field is missing', () => {
    const yaml = editedRules((data) => {
      delete ruleById(data, 'truce-collapsed').weight;
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: rule "truce-collapsed": field "weight": missing (expected number)',
    );
  });

  it('list the kinds when a kind is unknown', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'truce-collapsed').kind = 'vibes';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: rule "truce-collapsed": field "kind": expected one of explicit, despite, implicit, collapse, exclusion, got "vibes"',
    );
  });

  it('reject a rule that names a vocabulary the ruleset does not have', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'armed-action-despite-truce').connectors = 'notwithstandings';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /rule "armed-action-despite-truce": field "connectors": expected one of otherSenses, .*got "notwithstandings"/,
    );
  });

  it('name the list and the entry when a headline rule names an unknown vocabulary', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'agreement-headline').unlessBefore = ['casualty', 'casualties'];
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /rule "agreement-headline": field "unlessBefore\.1": expected one of otherSenses, .*got "casualties"/,
    );
  });

  it('name the field when a headline rule names an unknown backstory vocabulary', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'agreement-headline').backstory = 'prehistory';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /rule "agreement-headline": field "backstory": expected one of otherSenses, .*got "prehistory"/,
    );
  });

  it('name the entry when a despite rule names an unknown vocabulary for a ceasefire that is over', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'armed-action-since-truce').over = ['ending', 'finished'];
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /rule "armed-action-since-truce": field "over\.1": expected one of otherSenses, .*got "finished"/,
    );
  });

  it('name the field when the implicit rule names an unknown vocabulary for no truce in force', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'armed-incident-in-truce-zone').truceAbsent = 'noTruce';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /rule "armed-incident-in-truce-zone": field "truceAbsent": expected one of otherSenses, .*got "noTruce"/,
    );
  });

  it("take the words that deny a truce in force from the implicit rule's truceAbsent", () => {
    // Kachin State under the Myanmar regime's dates, but the item says no truce is in force there.
    const item = {
      title: 'Air force strikes villages around besieged Bhamo',
      text: 'BHAMO, Kachin State — Air force jets struck villages around Bhamo on Tuesday while the Kachin Independence Army kept up its siege of the town. Villagers said at least five people were killed in the raids. The truces China brokered in northern Shan State do not cover Kachin State, where no ceasefire is in force.',
      published: '2025-08-12',
    };
    const withoutField = editedRules((data) => {
      delete ruleById(data, 'armed-incident-in-truce-zone').truceAbsent;
    });

    expect(createClassifier(parseRuleset(rulesYaml, regimesYaml)).classify(item).label).toBe(
      'other',
    );
    expect(createClassifier(parseRuleset(withoutField, regimesYaml)).classify(item).label).toBe(
      'violation',
    );
  });

  it('name the field when a look-back rule gives its years as a word', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'ended-agreement-headline').endedDaysBefore = 'a year';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /rule "ended-agreement-headline": field "endedDaysBefore": .*number/,
    );
  });

  it('reject a misspelt field', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'explicit-breach-word').windw = 4;
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: rule "explicit-breach-word": unknown field "windw"',
    );
  });

  it('reject a weight outside 0..1', () => {
    const yaml = editedRules((data) => {
      ruleById(data, 'explicit-breach-word').weight = 3;
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: rule "explicit-breach-word": field "weight": expected a number at most 1, got 3',
    );
  });

  it('name the vocabulary and field', () => {
    const yaml = editedRules((data) => {
      const breach = data.vocabularies.breach;
      if (breach) breach.terms = 'violate';
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: vocabulary "breach": field "terms": expected array, got string',
    );
  });

  it('reject a duplicate rule id', () => {
    const yaml = editedRules((data) => {
      data.rules.push({ ...ruleById(data, 'truce-collapsed') });
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /ruleset\.yaml: rule "truce-collapsed": duplicate id \(rule #\d+ repeats rule #\d+\)/,
    );
  });

  it('reject a severity condition naming a weapon the weapons section does not define', () => {
    const yaml = editedRules((data) => {
      const severity = data.severity as { level: string; when: Record<string, unknown>[] }[];
      const medium = severity.find((level) => level.level === 'medium');
      if (medium) medium.when = [{ weapons: ['artillery', 'catapult'] }];
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /ruleset\.yaml: severity "medium": field "when\.0\.weapons": unknown weapon "catapult" \(expected one of air strike, /,
    );
  });

  it('reject a weapon named twice', () => {
    const yaml = editedRules((data) => {
      const weapons = data.weapons as { kinds: { name: string; terms: string[] }[] };
      weapons.kinds.push({ name: 'mortar', terms: ['heavy mortar'] });
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      /ruleset\.yaml: weapons: field "kinds\.\d+\.name": duplicate weapon "mortar"/,
    );
  });

  it('require the attribution verbs', () => {
    const yaml = editedRules((data) => {
      delete (data.attribution as Record<string, unknown>).deny;
    });

    expect(() => parseRuleset(yaml, regimesYaml)).toThrow(
      'ruleset.yaml: field "attribution.deny": missing (expected array)',
    );
  });

  it('name the regime and the date field', () => {
    const yaml = editedRegimes((data) => {
      const regime = data.regimes.find((candidate) => candidate.id === 'gaza-2021');
      if (regime) regime.inForce = { from: '2021-02-30' };
    });

    expect(() => parseRuleset(rulesYaml, yaml)).toThrow(
      'regimes.yaml: regime "gaza-2021": field "inForce.from": expected a real date, got "2021-02-30"',
    );
  });

  it('reject a date in another format', () => {
    const yaml = editedRegimes((data) => {
      const regime = data.regimes.find((candidate) => candidate.id === 'gaza-2021');
      if (regime) regime.inForce = { from: '21 May 2021' };
    });

    expect(() => parseRuleset(rulesYaml, yaml)).toThrow(
      'regimes.yaml: regime "gaza-2021": field "inForce.from": expected a date YYYY-MM-DD, got "21 May 2021"',
    );
  });

  it('reject a regime that ends before it starts', () => {
    const yaml = editedRegimes((data) => {
      const regime = data.regimes.find((candidate) => candidate.id === 'gaza-2021');
      if (regime) regime.inForce = { from: '2021-05-21', to: '2020-01-01' };
    });

    expect(() => parseRuleset(rulesYaml, yaml)).toThrow(
      'regimes.yaml: regime "gaza-2021": field "inForce.to": expected "to" on or after "from"',
    );
  });

  it('name a successor region the registry does not hold', () => {
    const yaml = editedRegimes((data) => {
      const regime = data.regimes.find((candidate) => candidate.id === 'donbas-minsk-2');
      if (regime) regime.succeededBy = 'Ukraine war';
    });

    expect(() => parseRuleset(rulesYaml, yaml)).toThrow(
      /regimes\.yaml: regime "donbas-minsk-2": field "succeededBy": unknown region "Ukraine war" \(expected one of .*Russia-Ukraine/,
    );
  });

  it('reject a successor for a regime still in force', () => {
    const yaml = editedRegimes((data) => {
      const regime = data.regimes.find((candidate) => candidate.id === 'gaza-2021');
      if (regime) {
        regime.inForce = { from: '2021-05-21' };
        regime.succeededBy = 'Lebanon';
      }
    });

    expect(() => parseRuleset(rulesYaml, yaml)).toThrow(
      'regimes.yaml: regime "gaza-2021": field "succeededBy": a regime still in force (no "inForce.to") has no successor',
    );
  });

  it('reject a duplicate regime id', () => {
    const yaml = editedRegimes((data) => {
      const first = data.regimes[0];
      if (first) data.regimes.push({ ...first });
    });

    expect(() => parseRuleset(rulesYaml, yaml)).toThrow(
      /regimes\.yaml: regime "[a-z0-9-]+": duplicate id/,
    );
  });

  it('report YAML syntax errors with the file name', () => {
    expect(() => parseRuleset('rules: [unclosed', regimesYaml)).toThrow(
      /^ruleset\.yaml: invalid YAML/,
    );
  });

  it('are RulesetErrors', () => {
    expect(() => parseRuleset('lead: 3', regimesYaml)).toThrow(RulesetError);
  });
});
