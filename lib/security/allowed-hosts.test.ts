import { describe, expect, it } from 'vitest';
import { isAllowedHost, isLoopbackHost, parseAllowedHosts, splitHost } from './allowed-hosts';

const none = parseAllowedHosts(undefined);

describe('host check', () => {
  it('answers loopback names and addresses on any port by default', () => {
    for (const host of ['127.0.0.1', '127.0.0.1:3000', 'localhost', 'LOCALHOST:8080', 'localhost.', '[::1]:3000', '[::1]', 'atlas.localhost:3000', '127.1.2.3']) {
      expect(isAllowedHost(host, none), host).toBe(true);
    }
  });

  it('refuses other names, rebinding look-alikes, and missing or malformed headers', () => {
    for (const host of [
      'evil.example',
      'evil.example:3000',
      '127.0.0.1.evil.example',
      'localhost.evil.example',
      '10.0.0.5:3000',
      '[::2]',
      '0.0.0.0',
      '',
      'a b',
      'localhost:99999',
      'localhost:3000:1',
      'user@localhost',
    ]) {
      expect(isAllowedHost(host, none), host).toBe(false);
    }
    expect(isAllowedHost(null, none)).toBe(false);
    expect(isAllowedHost(undefined, none)).toBe(false);
  });

  it('adds the names of ROUTE_ATLAS_HOSTS, with or without a port, and reports bad entries', () => {
    const allowed = parseAllowedHosts(' atlas.team.lan , 10.0.0.5:3000,[FD00::5], bad host ,,');
    expect(allowed.rules).toEqual([
      { host: 'atlas.team.lan', port: null },
      { host: '10.0.0.5', port: '3000' },
      { host: '[fd00::5]', port: null },
    ]);
    expect(allowed.problems).toEqual(['ROUTE_ATLAS_HOSTS: "bad host" is not a host name, address or host:port']);
    expect(isAllowedHost('Atlas.Team.Lan:443', allowed)).toBe(true);
    expect(isAllowedHost('10.0.0.5:3000', allowed)).toBe(true);
    expect(isAllowedHost('10.0.0.5:3001', allowed)).toBe(false);
    expect(isAllowedHost('10.0.0.5', allowed)).toBe(false);
    expect(isAllowedHost('[fd00::5]:3000', allowed)).toBe(true);
    expect(isAllowedHost('team.lan', allowed)).toBe(false);
    expect(isAllowedHost('x.atlas.team.lan', allowed)).toBe(false);
  });

  it('splits host and port and knows loopback', () => {
    expect(splitHost('[::1]:3000')).toEqual({ host: '[::1]', port: '3000' });
    expect(splitHost('Example.ORG')).toEqual({ host: 'example.org', port: null });
    expect(splitHost('example.org:')).toEqual({ host: 'example.org', port: null });
    expect(isLoopbackHost('127.255.0.1')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
  });
});
