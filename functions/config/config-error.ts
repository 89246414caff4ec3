/** A config or usage problem: the command prints the message alone and exits 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
