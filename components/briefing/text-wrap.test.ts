import { describe, expect, it } from 'vitest';
import { exportFileName, exportedPngSize, fileSlug } from './export-layout';
import { clampLines, isWinAnsi, wrapText } from './text-wrap';

// One unit per code point: easy to reason about.
const measure = (text: string) => [...text].length;

describe('wrapText', () => {
  it('wraps at spaces, keeps paragraphs and empty lines', () => {
    expect(wrapText('the ferry runs twice a week\n\nto Vladivostok', 12, measure)).toEqual([
      'the ferry',
      'runs twice a',
      'week',
      '',
      'to',
      'Vladivostok',
    ]);
  });

  it('breaks a word longer than a line, and text without spaces, by character', () => {
    expect(wrapText('see https://example.org/abcdefgh', 10, measure)).toEqual(['see', 'https://ex', 'ample.org/', 'abcdefgh']);
    expect(wrapText('나진항에서블라디보스토크까지', 5, measure)).toEqual(['나진항에서', '블라디보스', '토크까지']);
  });

  it('never splits a surrogate pair', () => {
    const lines = wrapText('𠀋𠀋𠀋', 2, measure);
    expect(lines).toEqual(['𠀋𠀋', '𠀋']);
  });
});

describe('clampLines', () => {
  it('keeps short text, and marks cut text on its last kept line', () => {
    expect(clampLines(['a', 'b'], 3, 10, measure)).toEqual(['a', 'b']);
    expect(clampLines(['abcdefghij', 'k', 'l'], 1, 10, measure)).toEqual(['abcdefghi…']);
    expect(clampLines(['ab', 'c'], 0, 10, measure)).toEqual([]);
  });
});

describe('isWinAnsi', () => {
  it('accepts Latin-1 and typographic punctuation, refuses Cyrillic, Hangul and Han', () => {
    expect(isWinAnsi('Rajin – Khasan “rail” … €5\nOK é ü')).toBe(true);
    expect(isWinAnsi('Хасан')).toBe(false);
    expect(isWinAnsi('나진')).toBe(false);
    expect(isWinAnsi('罗津')).toBe(false);
    expect(isWinAnsi('Tumangang ŭ')).toBe(false);
  });
});

describe('export file names and sizes', () => {
  it('makes safe file names', () => {
    expect(fileSlug('The ferry: Rajin → Vladivostok!')).toBe('the-ferry-rajin-vladivostok');
    expect(fileSlug('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(fileSlug('나진')).toBe('briefing');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(exportFileName('Rason', new Date(2026, 2, 5), 'pdf')).toBe('route-atlas-rason-2026-03-05.pdf');
  });

  it('adds the title and source bands to the view image, scaled', () => {
    expect(exportedPngSize(1000, 700, 1)).toEqual({ width: 1000, height: 784 });
    expect(exportedPngSize(2000, 1400, 2)).toEqual({ width: 2000, height: 1568 });
  });
});
