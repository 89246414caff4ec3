// The config file as a deployment needs it: the local loader's checks, plus what only matters in AWS.
import { loadRuleset } from '../functions/core/classify/load-ruleset.js';
import { ConfigError } from '../functions/config/config-error.js';
import { loadConfig } from '../functions/config/load-config.js';
import type { WatchConfig } from '../functions/config/load-config.js';

const MINUTE_MS = 60_000;

/** A validated config whose every part can be deployed. */
export interface DeployConfig extends WatchConfig {
  /** How often the scheduler runs the dispatcher, in whole minutes. */
  scheduleMinutes: number;
}

/** Reads the config file and checks it can be deployed; a ConfigError says what to change. */
export function loadDeployConfig(file: string): DeployConfig {
  return checkDeployable(loadConfig(file));
}

export function checkDeployable(config: WatchConfig): DeployConfig {
  const { source } = config;
  for (const feed of config.feeds) {
    if (!/^https?:\/\//i.test(feed.url)) {
      throw new ConfigError(
        `config ${source}: feed "${feed.id}" (${feed.url}) is a local file, which the deployed function cannot read; deploy http(s) feeds only`,
      );
    }
  }
  if (config.scheduleMs % MINUTE_MS !== 0) {
    throw new ConfigError(
      `config ${source}: schedule: ${config.scheduleMs / 1000} s is not a whole number of minutes, which the AWS scheduler needs`,
    );
  }
  rejectSharedAddresses(config);
  rejectUnknownRegions(config);
  return { ...config, scheduleMinutes: config.scheduleMs / MINUTE_MS };
}

/** SNS keeps one subscription per address and topic, so one address cannot carry two filters. */
function rejectSharedAddresses({ source, subscribers }: WatchConfig): void {
  const firstIndex = new Map<string, number>();
  subscribers.forEach((subscriber, index) => {
    const address = subscriber.email?.toLowerCase() ?? subscriber.sms ?? '';
    const earlier = firstIndex.get(address);
    if (earlier !== undefined) {
      throw new ConfigError(
        `config ${source}: subscribers[${index}] has the same ${subscriber.email === undefined ? 'phone number' : 'email address'} as subscribers[${earlier}]; one address can have one subscription: merge the two entries`,
      );
    }
    firstIndex.set(address, index);
  });
}

/**
 * Alerts carry the region names of the ceasefire registry, and a filter compares them exactly: a
 * misspelt region would silently match nothing, so it is refused here.
 */
function rejectUnknownRegions({ source, subscribers }: WatchConfig): void {
  const known = new Set(loadRuleset().regimes.map((regime) => regime.region));
  subscribers.forEach((subscriber, index) => {
    for (const region of subscriber.regions ?? []) {
      if (!known.has(region)) {
        throw new ConfigError(
          `config ${source}: subscribers[${index}].regions: "${region}" is not a region of the ceasefire registry (functions/rules/regimes.yaml); known regions: ${[...known].sort().join(', ')}`,
        );
      }
    }
  });
}
