import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** `true` allows every address; a list allows these CIDRs (or single addresses) on top of public ones. */
export type PrivateNetworkAllowance = boolean | string[];

/** Decides whether one resolved IP address may be contacted. */
export type AddressPolicy = (ip: string) => boolean;

type ParsedRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

// IPv6 global unicast is 2000::/3; ipaddr.js calls anything it has no name for "unicast", which
// would let unallocated space (e.g. 4000::/3) through, so we also require this prefix.
const IPV6_GLOBAL_UNICAST: ParsedRange = ipaddr.parseCIDR('2000::/3');

/** Compiles an allowance once (CIDR parsing is not free) into a reusable address check. */
export function createAddressPolicy(allow: PrivateNetworkAllowance): AddressPolicy {
  if (allow === true) return () => true;
  const ranges = allow === false ? [] : allow.map(parseAllowedRange);
  return (ip) => {
    const address = parseAddress(ip);
    if (address === null) return false;
    return isPublicAddress(address) || ranges.some((range) => isInRange(address, range));
  };
}

/** Says whether `ip` may be contacted under `allow` (public addresses always may). */
export function isAddressAllowed(ip: string, allow: PrivateNetworkAllowance): boolean {
  return createAddressPolicy(allow)(ip);
}

function parseAllowedRange(entry: string): ParsedRange {
  const text = entry.trim();
  try {
    if (text.includes('/')) return normaliseRange(ipaddr.parseCIDR(text));
    const single = ipaddr.process(text);
    return [single, single.kind() === 'ipv4' ? 32 : 128];
  } catch (error) {
    throw new TypeError(`allowPrivateNetworks: "${entry}" is not an IP address or CIDR range`, { cause: error });
  }
}

// "::ffff:127.0.0.0/104" means the same hosts as "127.0.0.0/8"; addresses are compared in their
// IPv4 form (see parseAddress), so the range must be too.
function normaliseRange([address, bits]: ParsedRange): ParsedRange {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [address, bits];
}

// ipaddr.process turns IPv4-mapped IPv6 (::ffff:127.0.0.1) into plain IPv4 so that it is judged by
// the IPv4 rules; otherwise it would be a trivial bypass of the loopback check.
function parseAddress(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  // Zone ids (fe80::1%eth0) only exist on link-local addresses, which are never public.
  if (bare.includes('%')) return null;
  // net.isIP is strict; ipaddr.js also accepts legacy forms such as "1.2.3" or "0x7f.1".
  if (isIP(bare) === 0) return null;
  try {
    return ipaddr.process(bare);
  } catch {
    return null;
  }
}

function isPublicAddress(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  // Every named range (loopback, private, linkLocal, uniqueLocal, multicast, reserved, unspecified,
  // broadcast, carrierGradeNat, 6to4, teredo, NAT64, documentation…) is refused; only plain
  // unicast is public.
  if (address.range() !== 'unicast') return false;
  if (address.kind() === 'ipv6') return isInRange(address, IPV6_GLOBAL_UNICAST);
  return true;
}

function isInRange(address: ipaddr.IPv4 | ipaddr.IPv6, [network, bits]: ParsedRange): boolean {
  if (address.kind() !== network.kind()) return false;
  return address.kind() === 'ipv4'
    ? (address as ipaddr.IPv4).match(network as ipaddr.IPv4, bits)
    : (address as ipaddr.IPv6).match(network as ipaddr.IPv6, bits);
}
