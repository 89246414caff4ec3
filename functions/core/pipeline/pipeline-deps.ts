import type { Classifier } from '../classify/classifier.js';
import type { Clock, FeedSource, Notifier, Store } from '../ports.js';

/** Everything a poll cycle needs from the world, handed in so every runtime wires its own. */
export interface PipelineDeps {
  store: Store;
  source: FeedSource;
  notifier: Notifier;
  clock: Clock;
  classifier: Classifier;
  /** Makes ids for new incidents; injectable so tests get predictable ones. */
  newIncidentId?: () => string;
}
