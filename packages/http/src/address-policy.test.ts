import { describe, expect, it } from 'vitest';
import { createAddressPolicy, isAddressAllowed } from './address-policy.ts';

describe('isAddressAllowed', () => {
  it.each(['93.184.216.34', '8.8.8.8', '151.101.1.69', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e'])('allows the public address %s', (ip) => {
    expect(isAddressAllowed(ip, false)).toBe(true);
  });

  it.each([
    ['127.0.0.1', 'IPv4 loopback'],
    ['127.255.255.254', 'IPv4 loopback (whole /8)'],
    ['10.1.2.3', 'RFC 1918 10/8'],
    ['172.16.0.1', 'RFC 1918 172.16/12'],
    ['172.31.255.255', 'RFC 1918 172.16/12 upper end'],
    ['192.168.1.1', 'RFC 1918 192.168/16'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', '"this network" 0/8'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast (SSDP)'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved 240/4'],
    ['192.0.2.1', 'documentation TEST-NET-1'],
    ['198.51.100.1', 'documentation TEST-NET-2'],
    ['203.0.113.1', 'documentation TEST-NET-3'],
    ['198.18.0.1', 'benchmarking'],
    ['192.0.0.1', 'IETF protocol assignments'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['fc00::1', 'unique-local fc00::/7'],
    ['fd12:3456:789a::1', 'unique-local fd00::/8'],
    ['fec0::1', 'deprecated site-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['100::1', 'IPv6 discard'],
    ['64:ff9b::7f00:1', 'NAT64 embedding 127.0.0.1'],
    ['2002:7f00:1::1', '6to4 embedding 127.0.0.1'],
    ['2001::1', 'Teredo'],
    ['4000::1', 'outside global unicast 2000::/3'],
  ])('refuses %s (%s)', (ip) => {
    expect(isAddressAllowed(ip, false)).toBe(false);
  });

  it.each([
    ['::ffff:127.0.0.1', 'mapped loopback'],
    ['::ffff:7f00:1', 'mapped loopback in hex'],
    ['::ffff:10.0.0.1', 'mapped private'],
    ['::ffff:169.254.169.254', 'mapped link-local'],
    ['[::ffff:127.0.0.1]', 'bracketed mapped loopback'],
  ])('judges IPv4-mapped IPv6 %s (%s) by its IPv4 address', (ip) => {
    expect(isAddressAllowed(ip, false)).toBe(false);
  });

  it('allows IPv4-mapped IPv6 of a public address', () => {
    expect(isAddressAllowed('::ffff:8.8.8.8', false)).toBe(true);
  });

  it.each(['', 'localhost', 'example.com', '999.1.1.1', 'fe80::1%eth0', '1.2.3', '0x7f.1', '2130706433'])('refuses %j, which is not an IP address', (ip) => {
    expect(isAddressAllowed(ip, false)).toBe(false);
    expect(isAddressAllowed(ip, ['0.0.0.0/0'])).toBe(false);
  });

  it('allows everything when the allowance is true', () => {
    for (const ip of ['127.0.0.1', '::1', '10.0.0.1', 'fe80::1', '93.184.216.34']) expect(isAddressAllowed(ip, true)).toBe(true);
  });

  it('allows listed CIDRs in addition to public addresses, and nothing else', () => {
    const allow = ['127.0.0.0/8', '10.20.0.0/16'];
    expect(isAddressAllowed('127.0.0.5', allow)).toBe(true);
    expect(isAddressAllowed('10.20.3.4', allow)).toBe(true);
    expect(isAddressAllowed('93.184.216.34', allow)).toBe(true);
    expect(isAddressAllowed('10.21.0.1', allow)).toBe(false);
    expect(isAddressAllowed('192.168.0.1', allow)).toBe(false);
    expect(isAddressAllowed('::1', allow)).toBe(false);
  });

  it('applies an IPv4 CIDR to IPv4-mapped IPv6 addresses, and a mapped CIDR to IPv4 addresses', () => {
    expect(isAddressAllowed('::ffff:127.0.0.1', ['127.0.0.0/8'])).toBe(true);
    expect(isAddressAllowed('127.0.0.1', ['::ffff:127.0.0.0/104'])).toBe(true);
  });

  it('accepts single addresses and IPv6 CIDRs in the list', () => {
    expect(isAddressAllowed('127.0.0.2', ['127.0.0.2'])).toBe(true);
    expect(isAddressAllowed('127.0.0.1', ['127.0.0.2'])).toBe(false);
    expect(isAddressAllowed('::1', ['::1/128'])).toBe(true);
    expect(isAddressAllowed('fd00::5', ['fd00::/8'])).toBe(true);
  });

  it('rejects an allowance entry that is not an address or CIDR when the policy is built', () => {
    expect(() => createAddressPolicy(['not-a-cidr'])).toThrow(/not-a-cidr/);
    expect(() => createAddressPolicy(['10.0.0.0/33'])).toThrow();
  });
});
