// Settings given on the command line (`-c key=value`) or in cdk.json's "context", validated once.
import { ConfigError } from '../functions/config/config-error.js';

export const DEFAULT_CONFIG_FILE = 'config/example.yaml';
/** The most one SMS part may cost; AWS's own spend limit still applies on top. */
export const DEFAULT_SMS_MAX_PRICE_USD = 0.5;

export interface DeploySettings {
  /** The YAML config file, relative to the folder `cdk` runs in. */
  configFile: string;
  /** Passed to every SMS publish as AWS.SNS.SMS.MaxPrice. */
  smsMaxPriceUsd: number;
  /** Where alarms are emailed; without it the operations topic has no subscriber. */
  opsEmail?: string;
}

type ContextReader = (key: string) => unknown;

export function readDeploySettings(context: ContextReader): DeploySettings {
  return {
    configFile: readConfigFile(context('config')),
    smsMaxPriceUsd: readSmsMaxPrice(context('smsMaxPriceUsd')),
    opsEmail: readOpsEmail(context('opsEmail')),
  };
}

function readConfigFile(value: unknown): string {
  if (value === undefined) return DEFAULT_CONFIG_FILE;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigError(
      `context "config": expected the path of a config file, e.g. -c config=config/my.yaml`,
    );
  }
  return value;
}

function readSmsMaxPrice(value: unknown): number {
  if (value === undefined) return DEFAULT_SMS_MAX_PRICE_USD;
  const price = typeof value === 'number' ? value : Number(String(value).trim() || Number.NaN);
  if (!Number.isFinite(price) || price <= 0) {
    throw new ConfigError(
      `context "smsMaxPriceUsd": expected a price in US dollars above 0, e.g. 0.50; got ${JSON.stringify(value)}`,
    );
  }
  return price;
}

function readOpsEmail(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    throw new ConfigError(
      `context "opsEmail": expected an email address for the alarms, e.g. -c opsEmail=ops@example.org`,
    );
  }
  return value;
}
