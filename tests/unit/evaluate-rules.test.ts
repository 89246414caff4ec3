// Which sentence a rule's finding rests on when several could: the strongest, the first of
// equals, however the rule's tests are ordered or cut short; and the order findings are listed.
import { describe, expect, it } from 'vitest';
import { loadDefaultClassifier } from '../../functions/core/classify/default-classifier.js';

const classifier = loadDefaultClassifier();

function lead(count: number, filler: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => filler(index)).join(' ');
}

describe('a rule with several sentences it could rest on', () => {
  it('rests on the first of equally strong sentences', () => {
    const verdict = classifier.classify({
      title: 'Army accuses rebels of violating the ceasefire near Malakal',
      text: 'The rebels broke the ceasefire again overnight, the army said on Sunday. Officials met in the capital to discuss the harvest.',
      published: '2019-03-04',
    });
    expect(verdict.rules).toContain('explicit-breach-word');
    expect(verdict.evidence[0]).toMatch(/^Army accuses/);
  });

  it('rests on a sentence of the full lead over a stronger-worded one far down it', () => {
    const filler = (index: number): string =>
      `Residents of the district queued for bread at market number ${index + 1} on Sunday morning.`;
    const verdict = classifier.classify({
      title: 'Market day in the district',
      text: [
        'Monitors said the ceasefire was violated twice near Horlivka on Saturday night.',
        lead(10, filler),
        'The army said the rebels broke the ceasefire with heavy shelling near Horlivka.',
      ].join(' '),
      published: '2019-05-14',
    });
    expect(verdict.label).toBe('violation');
    expect(verdict.evidence[0]).toMatch(/^Monitors said/);
  });

  it("lists equally strong rules in the ruleset's order, whatever order their sentences come in", () => {
    const verdict = classifier.classify({
      title: null,
      text: 'The two-month ceasefire collapsed on Tuesday as warplanes struck the city. Artillery fire was heard across the valley despite the ceasefire declared by the rebels.',
      published: '2020-06-02',
    });
    expect(verdict.rules.slice(0, 2)).toEqual(['armed-action-despite-truce', 'truce-collapsed']);
  });
});
