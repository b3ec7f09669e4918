import { describe, expect, it } from 'vitest';
import { loopbackBase, parseOptions, percentile } from './server-process';

describe('API harness helpers', () => {
  it('parses --name value, --name=value and boolean flags, and refuses unknown options', () => {
    const defaults = { seconds: 30, connections: 200, url: '', json: false };
    expect(parseOptions(['--seconds', '5', '--connections=10', '--json'], defaults)).toEqual({ seconds: 5, connections: 10, url: '', json: true });
    expect(() => parseOptions(['--secnds', '5'], defaults)).toThrow(/unknown option/);
    expect(() => parseOptions(['--seconds', 'ten'], defaults)).toThrow(/number/);
    expect(() => parseOptions(['--seconds'], defaults)).toThrow(/needs a value/);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('sends load to loopback addresses only', () => {
    expect(loopbackBase('http://127.0.0.1:3000').port).toBe('3000');
    expect(loopbackBase('http://localhost:3000').hostname).toBe('localhost');
    expect(() => loopbackBase('http://10.0.0.5:3000')).toThrow(/127\.0\.0\.1/);
    expect(() => loopbackBase('https://example.org')).toThrow();
    expect(() => loopbackBase('http://127.0.0.1.evil.example:80')).toThrow();
  });
});
