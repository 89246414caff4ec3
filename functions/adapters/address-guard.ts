// Applies the address policy where it cannot be dodged: to every address DNS returns for a host
// (the socket connects to one of exactly those, so a name that resolves to a public address when
// checked and a private one when used cannot slip through) and to literal IPs in URLs, which
// never go through DNS.
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { addressKind } from './address-policy.js';

/** Why an untrusted URL may not reach this address, or undefined when it may. */
export type AddressCheck = (address: string) => string | undefined;

/** Refusal of a connection to an address the policy denies. */
export class DeniedAddressError extends Error {
  readonly code = 'ERR_DENIED_ADDRESS';
}

/**
 * Only public addresses, except those listed: a test server on 127.0.0.1, or an intranet
 * publisher an operator trusts.
 */
export function publicAddressesOnly(exceptions: readonly string[] = []): AddressCheck {
  const allowed = new Set(exceptions.map(normaliseAddress));
  return (address) => {
    if (allowed.has(normaliseAddress(address))) return undefined;
    const kind = addressKind(address);
    return kind === 'public' ? undefined : kind;
  };
}

/** Throws when a URL's host is a literal IP the check denies; host names pass to the lookup. */
export function checkLiteralHost(hostname: string, check: AddressCheck): void {
  const address = hostname.replace(/^\[|\]$/g, '');
  if (addressKind(address) === 'not an IP address') return;
  const denied = check(address);
  if (denied !== undefined) {
    throw new DeniedAddressError(`${address} is ${aOrAn(denied)} ${denied} address: ${REFUSAL}`);
  }
}

/** Throws when a socket ended up connected to an address the check denies. */
export function checkConnectedAddress(
  address: string | undefined,
  hostname: string,
  check: AddressCheck,
): void {
  if (address === undefined) return;
  const denied = check(address);
  if (denied !== undefined) {
    throw new DeniedAddressError(
      `${hostname} connected to ${address}, ${aOrAn(denied)} ${denied} address: ${REFUSAL}`,
    );
  }
}

/** A DNS lookup for net.connect that fails when any address of the answer is denied. */
export function guardedLookup(
  check: AddressCheck,
  base: LookupFunction = dnsLookup,
): LookupFunction {
  return (hostname, options, callback) => {
    base(hostname, options, (error, address, family) => {
      if (error) {
        callback(error, address, family);
        return;
      }
      const addresses =
        typeof address === 'string' ? [address] : address.map((each) => each.address);
      for (const each of addresses) {
        const denied = check(each);
        if (denied !== undefined) {
          const message = `${hostname} resolves to ${each}, ${aOrAn(denied)} ${denied} address: ${REFUSAL}`;
          callback(new DeniedAddressError(message), address, family);
          return;
        }
      }
      callback(null, address, family);
    });
  };
}

const REFUSAL = 'article links may only lead to public addresses';

function aOrAn(kind: string): string {
  return kind === 'unspecified' ? 'an' : 'a';
}

function normaliseAddress(address: string): string {
  return address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
}
