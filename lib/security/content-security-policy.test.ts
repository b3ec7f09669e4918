import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, originOf } from './content-security-policy';

describe('content security policy', () => {
  const policy = buildContentSecurityPolicy({ nonce: 'abc', development: false, onlineBasemapOrigin: null });

  it('allows scripts only from this origin with the nonce, and no eval in production', () => {
    expect(policy).toContain(`script-src 'self' 'nonce-abc' 'strict-dynamic'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain(`frame-ancestors 'none'`);
    expect(policy).toContain(`object-src 'none'`);
  });

  it('names no other host unless an online basemap is configured', () => {
    expect(policy).not.toMatch(/https?:\/\//);
    const online = buildContentSecurityPolicy({ nonce: 'abc', development: false, onlineBasemapOrigin: 'https://tiles.example.org' });
    expect(online).toContain('connect-src \'self\' blob: data: https://tiles.example.org');
  });

  it('takes only http(s) origins from the configured style URL', () => {
    expect(originOf('https://tiles.example.org/style.json?key=1')).toBe('https://tiles.example.org');
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });

  it('next.config.js sends nosniff, no-referrer and no framing with every response', async () => {
    const require = createRequire(import.meta.url);
    const config = require('../../next.config.js') as {
      headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
    };
    const [rule] = await config.headers();
    expect(rule?.source).toBe('/:path*');
    const headers = Object.fromEntries(rule!.headers.map((h) => [h.key, h.value]));
    expect(headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'X-Frame-Options': 'DENY' });
  });
});
