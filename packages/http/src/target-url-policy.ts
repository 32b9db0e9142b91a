import { isIP } from 'node:net';
import { createAddressPolicy, type PrivateNetworkAllowance } from './address-policy.ts';

/**
 * Subscribe-time validation of a URL the service will call later (webhook endpoints, WebSub
 * callbacks). It refuses at once what would otherwise fail for days or reach inside the network:
 * pure — no DNS (names are checked again at connect time by the guarded connector).
 */

/** Why a target URL was refused. */
export type TargetUrlProblem = 'invalid' | 'too-long' | 'control-characters' | 'scheme' | 'credentials' | 'port' | 'private-address';

export type TargetUrlCheck = { ok: true; url: string } | { ok: false; problem: TargetUrlProblem; message: string };

/** Longest target URL accepted (browsers and proxies commonly stop near 8 KiB; endpoints need far less). */
export const MAX_TARGET_URL_LENGTH = 2048;

/**
 * Ports of services that speak something other than HTTP and sit behind firewalls (Redis,
 * memcached, databases, Docker, etcd…): a request there is an attack, never a webhook.
 */
const SERVICE_PORTS = new Set([
  2375, 2376, 2379, 2380, 3306, 5432, 5672, 5984, 6379, 6380, 6443, 8500, 9042, 9092, 9200, 9300, 11211, 15672, 26379, 27017, 27018, 50070,
]);

/** Host names that always mean this machine or the cloud metadata service. */
const LOCAL_NAMES = /^(localhost|.*\.localhost|metadata|metadata\.google\.internal|instance-data|.*\.internal)$/i;

export type TargetUrlOptions = { allowPrivateNetworks: PrivateNetworkAllowance; allowedPorts?: readonly number[] };

/**
 * Checks a target URL: absolute http(s), at most MAX_TARGET_URL_LENGTH, no CR/LF/NUL or other
 * control characters, no user:password, port 80/443 or an unprivileged one that is not a known
 * service port (unless in `allowedPorts`), and no private, loopback, link-local or metadata
 * address unless `allowPrivateNetworks` allows it.
 */
export function checkTargetUrl(input: string, options: TargetUrlOptions): TargetUrlCheck {
  if (input.length > MAX_TARGET_URL_LENGTH) return refuse('too-long', `URL is ${input.length} characters; at most ${MAX_TARGET_URL_LENGTH} are accepted`);
  if (/[\u0000-\u001f\u007f]/.test(input)) return refuse('control-characters', 'URL contains control characters (CR, LF, NUL…)');
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return refuse('invalid', 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('scheme', `scheme ${url.protocol} is not allowed: use http or https`);
  if (url.username || url.password) return refuse('credentials', 'URL must not carry credentials (user:password@); authenticate with the signature instead');
  const port = url.port === '' ? null : Number(url.port);
  if (port !== null && !options.allowedPorts?.includes(port) && (port < 1024 || SERVICE_PORTS.has(port))) {
    if (port !== 80 && port !== 443) return refuse('port', `port ${port} is not allowed for a target URL (use 80, 443 or an unprivileged web port)`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const policy = createAddressPolicy(options.allowPrivateNetworks);
  const addresses = isIP(host) !== 0 ? [host] : LOCAL_NAMES.test(host) ? ['127.0.0.1', '::1', '169.254.169.254'] : [];
  // A name like "localhost" stands for every local address: refused unless all of them are allowed.
  if (addresses.some((address) => !policy(address)))
    return refuse('private-address', `${url.hostname} is a private, loopback, link-local or metadata address (allow it with http.allowPrivateNetworks)`);
  return { ok: true, url: url.toString() };
}

function refuse(problem: TargetUrlProblem, message: string): TargetUrlCheck {
  return { ok: false, problem, message };
}
