import { describe, expect, it } from 'vitest';
import { checkTargetUrl } from './target-url-policy.ts';

const strict = { allowPrivateNetworks: false } as const;
const problemOf = (url: string, options: Parameters<typeof checkTargetUrl>[1] = strict) => {
  const result = checkTargetUrl(url, options);
  return result.ok ? 'ok' : result.problem;
};

describe('checkTargetUrl', () => {
  it('accepts public http(s) endpoints, default or web ports', () => {
    expect(problemOf('https://hooks.example.org/in/feedwright')).toBe('ok');
    expect(problemOf('http://93.184.216.34:8080/x')).toBe('ok');
    expect(problemOf('https://hooks.example.org:443/x')).toBe('ok');
  });

  it('refuses credentials, other schemes, control characters and over-long URLs', () => {
    expect(problemOf('https://u:p@hooks.example.org/in/TOKEN')).toBe('credentials');
    expect(problemOf('ftp://hooks.example.org/')).toBe('scheme');
    expect(problemOf('javascript:alert(1)')).toBe('scheme');
    expect(problemOf('https://hooks.example.org/a\r\nX-Injected: 1')).toBe('control-characters');
    expect(problemOf('https://hooks.example.org/a\u0000b')).toBe('control-characters');
    expect(problemOf(`https://hooks.example.org/${'a'.repeat(60_000)}`)).toBe('too-long');
    expect(problemOf('not a url')).toBe('invalid');
  });

  it('refuses service ports and privileged ports unless allowed', () => {
    expect(problemOf('http://hooks.example.org:6379/')).toBe('port');
    expect(problemOf('http://hooks.example.org:22/')).toBe('port');
    expect(problemOf('http://hooks.example.org:6379/', { allowPrivateNetworks: false, allowedPorts: [6379] })).toBe('ok');
  });

  it('refuses private, loopback, link-local and metadata addresses unless allowPrivateNetworks allows them', () => {
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'http://127.0.0.1:8080/',
      'http://[::1]:8080/',
      'http://10.0.0.5/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost:8080/',
      'http://metadata.google.internal/',
    ]) {
      expect(problemOf(url), url).toBe('private-address');
    }
    expect(problemOf('http://127.0.0.1:41234/hook', { allowPrivateNetworks: ['127.0.0.0/8'] })).toBe('ok');
    expect(problemOf('http://localhost:41234/hook', { allowPrivateNetworks: ['127.0.0.0/8'] })).toBe('private-address');
    expect(problemOf('http://localhost:41234/hook', { allowPrivateNetworks: true })).toBe('ok');
  });
});
