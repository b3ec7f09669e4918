import { describe, expect, it } from 'vitest';
import {
  BriefingInputSchema,
  BriefingUpdateSchema,
  MAX_BRIEFING_FILE_BYTES,
  parseBriefingFile,
  serializeBriefingFile,
  type BriefingInput,
  type Slide,
} from './briefing-schema';
import { parseWithMessage } from '../zod-message';

function slide(overrides: Partial<Slide> = {}): Slide {
  return {
    id: 'slide-1',
    title: 'The ferry',
    notes: 'Rajin to Vladivostok, twice a week.',
    query: 'v=1&view=131.9,43.1,6&select=port-rajin&layers=ports,rail',
    annotations: [{ id: 'a1', text: 'Rajin', lon: 130.3, lat: 42.2 }],
    ...overrides,
  };
}

function briefing(overrides: Partial<BriefingInput> = {}): BriefingInput {
  return { title: 'Leaks through Rason', slides: [slide(), slide({ id: 'slide-2', title: 'The rail link' })], ...overrides };
}

function fileText(body: unknown): string {
  return JSON.stringify({ format: 'route-atlas-briefing', formatVersion: 1, exportedAt: '2026-03-01T09:00:00.000Z', briefing: body });
}

function expectRefused(input: string | Uint8Array, pattern: RegExp): void {
  const result = parseBriefingFile(input);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.message).toMatch(pattern);
}

describe('briefing schema', () => {
  it('accepts a valid briefing body and keeps the order of slides', () => {
    const result = BriefingInputSchema.safeParse(briefing());
    expect(result.success).toBe(true);
    expect(result.data?.slides.map((s) => s.id)).toEqual(['slide-1', 'slide-2']);
  });

  it('names the field and the limit when a slide title is too long', () => {
    const slides = [slide({ id: 's0' }), slide({ id: 's1' }), slide({ id: 's2', title: 'x'.repeat(201) })];
    const result = parseWithMessage(BriefingInputSchema, briefing({ slides }));
    expect(result).toEqual({ ok: false, message: 'slides[2].title: too long (at most 200 characters)' });
  });

  it('enforces every documented limit', () => {
    const cases: [unknown, RegExp][] = [
      [briefing({ title: '' }), /^title: must not be empty/],
      [briefing({ slides: [slide({ notes: 'n'.repeat(5001) })] }), /slides\[0\]\.notes: too long \(at most 5000/],
      [briefing({ slides: [slide({ query: 'q'.repeat(4001) })] }), /slides\[0\]\.query: too long \(at most 4000/],
      [briefing({ slides: Array.from({ length: 101 }, (_, i) => slide({ id: `s${i}` })) }), /^slides: too many items \(at most 100\)/],
      [
        briefing({ slides: [slide({ annotations: Array.from({ length: 51 }, (_, i) => ({ id: `a${i}`, text: 't', lon: 0, lat: 0 })) })] }),
        /slides\[0\]\.annotations: too many items \(at most 50\)/,
      ],
      [briefing({ slides: [slide({ annotations: [{ id: 'a', text: 't'.repeat(281), lon: 0, lat: 0 }] })] }), /annotations\[0\]\.text: too long \(at most 280/],
      [briefing({ slides: [slide({ annotations: [{ id: 'a', text: '', lon: 0, lat: 0 }] })] }), /annotations\[0\]\.text: must not be empty/],
      [briefing({ slides: [slide({ annotations: [{ id: 'a', text: 't', lon: 180.5, lat: 0 }] })] }), /annotations\[0\]\.lon: must be at most 180/],
      [briefing({ slides: [slide({ annotations: [{ id: 'a', text: 't', lon: 0, lat: -91 }] })] }), /annotations\[0\]\.lat: must be at least -90/],
      [briefing({ slides: [slide(), slide()] }), /slides\[1\]\.id: duplicate slide id "slide-1"/],
      [{ slides: [] }, /^title: missing/],
      [{ title: 3, slides: [] }, /^title: expected text, got number/],
    ];
    for (const [input, pattern] of cases) {
      const result = parseWithMessage(BriefingInputSchema, input);
      expect(result.ok, String(pattern)).toBe(false);
      if (!result.ok) expect(result.message).toMatch(pattern);
    }
  });

  it('accepts titles exactly at the limit, and an empty briefing', () => {
    expect(BriefingInputSchema.safeParse(briefing({ title: 't'.repeat(200), slides: [] })).success).toBe(true);
  });

  it('requires a whole version of at least 1 on update', () => {
    expect(parseWithMessage(BriefingUpdateSchema, { ...briefing(), version: 0 })).toEqual({ ok: false, message: 'version: must be at least 1' });
    expect(parseWithMessage(BriefingUpdateSchema, { ...briefing(), version: 1.5 }).ok).toBe(false);
    expect(parseWithMessage(BriefingUpdateSchema, briefing())).toEqual({ ok: false, message: 'version: missing' });
    expect(parseWithMessage(BriefingUpdateSchema, { ...briefing(), version: 4 }).ok).toBe(true);
  });
});

describe('briefing files', () => {
  it('round-trips through serializeBriefingFile and parseBriefingFile', () => {
    const text = serializeBriefingFile({ ...briefing(), title: 'Round trip' }, new Date('2026-03-01T09:00:00Z'));
    const result = parseBriefingFile(text);
    expect(result).toEqual({
      ok: true,
      value: { format: 'route-atlas-briefing', formatVersion: 1, exportedAt: '2026-03-01T09:00:00.000Z', briefing: { ...briefing(), title: 'Round trip' } },
    });
    expect(parseBriefingFile(new TextEncoder().encode(text))).toEqual(result);
  });

  it('leaves server fields (id, version) out of the export', () => {
    const text = serializeBriefingFile({ ...briefing(), id: 'x', version: 3 } as BriefingInput);
    expect(text).not.toContain('"version"');
    expect(text).not.toContain('"id": "x"');
  });

  it('refuses an empty file', () => {
    expectRefused('', /^the file is empty$/);
    expectRefused('  \n\t ', /^the file is empty$/);
    expectRefused(new Uint8Array(0), /^the file is empty$/);
  });

  it('refuses truncated JSON with a clear message', () => {
    const text = serializeBriefingFile(briefing());
    expectRefused(text.slice(0, text.length / 2), /^not valid JSON; the file may be truncated or damaged/);
  });

  it('names the field on a wrong schema', () => {
    const slides = [slide({ id: 's0' }), slide({ id: 's1' }), slide({ id: 's2', title: 'x'.repeat(500) })];
    expectRefused(fileText({ title: 'ok', slides }), /^briefing\.slides\[2\]\.title: too long \(at most 200 characters\)$/);
    expectRefused(fileText({ title: 'ok', slides: 'none' }), /^briefing\.slides: expected a list, got text$/);
    expectRefused(fileText(undefined), /^briefing: missing$/);
  });

  it('refuses a file over 2 MB before parsing it', () => {
    const notes = 'n'.repeat(MAX_BRIEFING_FILE_BYTES);
    const huge = fileText({ title: 'big', slides: [slide({ notes })] });
    expectRefused(huge, /^file too large/);
    expectRefused(new TextEncoder().encode(huge), /^file too large/);
    // Under 2 MB in characters, over it in UTF-8 bytes (Hangul is 3 bytes a character).
    expectRefused(fileText({ title: 'big', slides: [slide({ notes: '한'.repeat(800_000) })] }), /^file too large/);
  });

  it('refuses UTF-16 with a byte-order mark, as bytes and as mis-decoded text', () => {
    const text = serializeBriefingFile(briefing());
    const utf16le = new Uint8Array(2 + text.length * 2);
    utf16le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16le[2 + i * 2] = text.charCodeAt(i);
    expectRefused(utf16le, /^not a UTF-8 text file \(it is UTF-16/);
    expectRefused(new TextDecoder('utf-8').decode(utf16le), /^not a UTF-8 text file/);
    expectRefused(new TextDecoder('latin1').decode(utf16le), /^not a UTF-8 text file \(it is UTF-16/);
  });

  it('refuses binary data and NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectRefused(png, /^not a UTF-8 text file/);
    expectRefused(new TextDecoder().decode(png), /^not a UTF-8 text file/);
    expectRefused(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /^not a UTF-8 text file \(it contains bytes that are not UTF-8\)/);
    expectRefused('{"format":\u0000"x"}', /^not a UTF-8 text file \(it contains NUL bytes/);
    expectRefused('\u0001\u0002\u0003garbage', /^not a UTF-8 text file \(it looks like binary data\)/);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const text = serializeBriefingFile(briefing());
    expect(parseBriefingFile(`\ufeff${text}`).ok).toBe(true);
    expect(parseBriefingFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).ok).toBe(true);
  });

  it('survives deeply nested JSON without throwing', () => {
    const depth = 500_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expectRefused(nested, /^not a Route Atlas briefing file \(expected a JSON object\)$/);
    const nestedInField = fileText({ title: 'x', slides: [] }).replace('"slides":[]', `"slides":${nested}`);
    expectRefused(nestedInField, /^briefing\.slides\[0\]: expected an object, got a list$/);
    const unclosed = `{"a":${'{"a":'.repeat(depth / 2)}`;
    expectRefused(unclosed, /^not valid JSON/);
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const text = fileText({ title: 'proto', slides: [] })
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"')
      .replace('"briefing":{', '"briefing":{"__proto__":{"isAdmin":true},');
    expect(text.match(/"__proto__"/g)).toHaveLength(2);
    const result = parseBriefingFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(result.value.briefing)).toBe(Object.prototype);
      expect(Object.keys(result.value.briefing)).toEqual(['title', 'slides']);
      expect((result.value.briefing as Record<string, unknown>).isAdmin).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('keeps markup and script in text fields exactly as written', () => {
    const payload = '<script>alert(1)</script><img src=x onerror="fetch(`//evil`)"> & "quotes" \u202e';
    const hostile = briefing({
      title: payload,
      slides: [slide({ title: payload, notes: `${payload}\n${payload}`, annotations: [{ id: 'a', text: payload, lon: 1, lat: 2 }] })],
    });
    const result = parseBriefingFile(serializeBriefingFile(hostile));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.briefing.title).toBe(payload);
      expect(result.value.briefing.slides[0]?.notes).toBe(`${payload}\n${payload}`);
      expect(result.value.briefing.slides[0]?.annotations[0]?.text).toBe(payload);
    }
  });

  it('refuses other formats and versions', () => {
    expectRefused('{"type":"FeatureCollection","features":[]}', /^not a Route Atlas briefing file \(no "format" field\)$/);
    expectRefused('{"format":"kepler.gl"}', /^not a Route Atlas briefing file \(format is "kepler.gl"\)$/);
    expectRefused('{"format":"route-atlas-briefing","formatVersion":2}', /^made by a newer version of Route Atlas \(formatVersion 2\)/);
    expectRefused('{"format":"route-atlas-briefing","formatVersion":"1"}', /^unsupported formatVersion "1"/);
    expectRefused('{"format":"route-atlas-briefing"}', /^unsupported formatVersion \(missing\)/);
    expectRefused('[]', /expected a JSON object/);
    expectRefused('null', /expected a JSON object/);
    expectRefused('"route-atlas-briefing"', /expected a JSON object/);
  });

  it('never throws on random input', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const valid = serializeBriefingFile(briefing());
    for (let i = 0; i < 1000; i++) {
      const bytes = new TextEncoder().encode(valid);
      const flips = 1 + Math.floor(random() * 8);
      for (let f = 0; f < flips; f++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const cut = bytes.subarray(0, Math.floor(random() * bytes.length) + 1);
      expect(() => parseBriefingFile(cut)).not.toThrow();
      expect(() => parseBriefingFile(new TextDecoder().decode(cut))).not.toThrow();
    }
  });
});
