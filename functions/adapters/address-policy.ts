// Which IP addresses a fetch of an untrusted URL may connect to. A feed item may link anywhere, so
// an article fetch that reached the cloud metadata service or a service on the private network
// would let any publisher read from inside the deployment (server-side request forgery).
// Pure: it classifies address strings and never resolves or connects.

export type AddressKind =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'carrier-grade NAT'
  | 'unique-local'
  | 'cloud metadata'
  | 'multicast'
  | 'reserved'
  | 'not an IP address';

/**
 * Instance metadata and DNS endpoints of cloud providers. They all sit in ranges denied anyway; they
 * are named so that an error says plainly what a hostile link was after.
 */
const METADATA_ADDRESSES = new Set([
  '169.254.169.254', // AWS, GCP, Azure, OCI instance metadata
  '169.254.169.253', // AWS VPC DNS
  '169.254.170.2', // AWS ECS task metadata
  '169.254.170.23', // AWS EKS pod identity
  '100.100.100.200', // Alibaba Cloud metadata
  'fd00:ec2::254', // AWS instance metadata over IPv6
  'fd00:ec2::253', // AWS VPC DNS over IPv6
  'fd00:ec2::23', // AWS EKS pod identity over IPv6
]);

interface Ipv4Range {
  base: number;
  bits: number;
  kind: AddressKind;
}

/** Every IPv4 range that is not the public internet (IANA special-purpose registry). */
const IPV4_RANGES: readonly Ipv4Range[] = [
  v4('0.0.0.0', 8, 'unspecified'),
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'carrier-grade NAT'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'reserved'), // IETF protocol assignments
  v4('192.0.2.0', 24, 'reserved'), // documentation
  v4('192.88.99.0', 24, 'reserved'), // 6to4 relay anycast, deprecated
  v4('192.168.0.0', 16, 'private'),
  v4('198.18.0.0', 15, 'reserved'), // benchmarking
  v4('198.51.100.0', 24, 'reserved'), // documentation
  v4('203.0.113.0', 24, 'reserved'), // documentation
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'), // future use, and 255.255.255.255 broadcast
];

/** What kind of address this is; anything but 'public' must not be fetched for an untrusted URL. */
export function addressKind(address: string): AddressKind {
  const text = address.trim().toLowerCase();
  const ipv4 = parseIpv4(text);
  if (ipv4 !== undefined) return ipv4Kind(ipv4);
  const groups = parseIpv6(text);
  if (groups === undefined) return 'not an IP address';
  return ipv6Kind(groups);
}

export function isPublicAddress(address: string): boolean {
  return addressKind(address) === 'public';
}

function ipv4Kind(value: number): AddressKind {
  if (METADATA_ADDRESSES.has(formatIpv4(value))) return 'cloud metadata';
  for (const range of IPV4_RANGES) {
    if (inRange(value, range.base, range.bits)) return range.kind;
  }
  return 'public';
}

/** groups: the eight 16-bit groups of an IPv6 address. */
function ipv6Kind(groups: readonly number[]): AddressKind {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  if (METADATA_ADDRESSES.has(formatIpv6(groups))) return 'cloud metadata';
  const embedded = (high: number, low: number): number => high * 0x10000 + low;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0) {
    if (g6 === 0 && g7 === 0) return 'unspecified';
    if (g6 === 0 && g7 === 1) return 'loopback';
    return 'reserved'; // IPv4-compatible addresses, deprecated
  }
  // IPv4-mapped (::ffff:a.b.c.d): the socket reaches the IPv4 address, so judge that one.
  if (firstFiveZero && g5 === 0xffff) return ipv4Kind(embedded(g6, g7));
  // NAT64 (64:ff9b::a.b.c.d) also reaches the embedded IPv4 address.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return ipv4Kind(embedded(g6, g7));
  }
  // 6to4 (2002:aabb:ccdd::) tunnels to the IPv4 address in its second and third groups.
  if (g0 === 0x2002) return ipv4Kind(embedded(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local'; // fc00::/7
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return 'private'; // fec0::/10 site-local, deprecated
  if ((g0 & 0xff00) === 0xff00) return 'multicast'; // ff00::/8
  // IETF protocol assignments (Teredo, ORCHID, documentation at 2001:db8::/32 …).
  if (g0 === 0x2001 && (g1 < 0x200 || g1 === 0xdb8)) return 'reserved';
  if (g0 === 0x3fff && g1 < 0x1000) return 'reserved'; // documentation, 3fff::/20
  // Only 2000::/3 is allocated for global unicast; the rest of the space is reserved.
  if ((g0 & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

function v4(base: string, bits: number, kind: AddressKind): Ipv4Range {
  const value = parseIpv4(base);
  if (value === undefined) throw new Error(`address-policy: bad IPv4 range base ${base}`);
  return { base: value, bits, kind };
}

function inRange(value: number, base: number, bits: number): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(base / size);
}

/** Dotted-quad IPv4 only: the form DNS answers and normalised URL hosts take. */
function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** The eight groups of an IPv6 address, with or without brackets, zone id or an IPv4 tail. */
function parseIpv6(text: string): number[] | undefined {
  let body = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = body.indexOf('%');
  if (zone >= 0) body = body.slice(0, zone);
  if (!body.includes(':')) return undefined;
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...Array<number>(Math.max(0, missing)).fill(0), ...tail];
}

function groupsOf(part: string): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index === pieces.length - 1 && piece.includes('.')) {
      const ipv4 = parseIpv4(piece);
      if (ipv4 === undefined) return undefined;
      groups.push(Math.floor(ipv4 / 0x10000), ipv4 % 0x10000);
    } else if (/^[\da-f]{1,4}$/.test(piece)) {
      groups.push(Number.parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** Compressed form of the address, to compare with the named metadata addresses. */
function formatIpv6(groups: readonly number[]): string {
  const hex = groups.map((group) => group.toString(16));
  // The longest run of two or more zero groups becomes "::".
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < hex.length;) {
    let end = start;
    while (end < hex.length && hex[end] === '0') end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end === start ? start + 1 : end;
  }
  if (bestStart < 0) return hex.join(':');
  const before = hex.slice(0, bestStart).join(':');
  const after = hex.slice(bestStart + bestLength).join(':');
  return `${before}::${after}`;
}
