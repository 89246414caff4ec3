// The classifier built from the project's own ruleset, loaded and compiled once per process.
import { type Classifier, createClassifier } from './classifier.js';
import { loadRuleset } from './load-ruleset.js';

let cached: Classifier | undefined;

export function loadDefaultClassifier(): Classifier {
  cached ??= createClassifier(loadRuleset());
  return cached;
}
