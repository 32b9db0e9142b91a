import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { FeedwrightError } from '@feedwright/core/errors.ts';
import type { AddressPolicy } from './address-policy.ts';

/**
 * Builds an undici connector that refuses, at connect time, any socket whose peer address the
 * policy rejects, so that neither DNS rebinding nor a redirect can reach a forbidden host.
 */
export function createGuardedConnector(policy: AddressPolicy, resolve: Resolve = resolveWithDns): buildConnector.connector {
  const connectResolved = buildConnector({ lookup: createGuardedLookup(policy, resolve) });
  return (options, callback) => {
    // net.connect skips `lookup` for literal IPs (undici has already stripped IPv6 brackets).
    if (isIP(options.hostname) !== 0 && !policy(options.hostname)) {
      callback(blockedAddressError(options.hostname, options.hostname), null);
      return;
    }
    connectResolved(options, (error, socket) => {
      if (error !== null) {
        callback(error, null);
        return;
      }
      // Belt and braces: whatever path produced this socket, the peer it reached is what counts.
      const peer = socket.remoteAddress;
      if (peer === undefined || !policy(peer)) {
        socket.destroy();
        callback(blockedAddressError(options.hostname, peer ?? 'unknown'), null);
        return;
      }
      callback(null, socket);
    });
  };
}

/** Resolves a host name to all its addresses; replaceable so tests can play a rebinding DNS server. */
export type Resolve = (hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const resolveWithDns: Resolve = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, callback);
};

// Resolves every address and hands net.connect only the allowed ones: a name that resolves to both a
// public and a private address is still reachable, but only through the public one.
function createGuardedLookup(policy: AddressPolicy, resolve: Resolve): LookupFunction {
  return (hostname: string, options: LookupOptions, callback) => {
    resolve(hostname, options, (error, addresses) => {
      if (error) {
        callback(error, '', undefined);
        return;
      }
      const allowed = addresses.filter((entry) => policy(entry.address));
      const first = allowed[0];
      if (first === undefined) {
        callback(blockedAddressError(hostname, addresses[0]?.address ?? 'none'), '', undefined);
        return;
      }
      if (options.all === true) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

function blockedAddressError(hostname: string, address: string): FeedwrightError {
  return new FeedwrightError('FETCH_BLOCKED_ADDRESS', `${hostname} resolves to ${address}, which the configuration does not allow`, {
    details: { hostname, address },
  });
}
