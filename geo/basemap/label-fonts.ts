/**
 * The fonts the app ships (Noto Sans for Latin and Cyrillic, Noto Sans KR and SC for Hangul and Han, as
 * `@fontsource-variable` packages split into unicode-range subsets) and how map labels use them. The map's labels
 * are drawn by deck.gl from a glyph atlas it renders once per font and character set, so the faces a label needs
 * must be loaded before its layer is built: a glyph drawn with a missing face stays a box in the cached atlas.
 */
export type LabelLanguage = 'en' | 'ru' | 'ko' | 'zh';

/** The families as the @font-face rules of the fontsource packages name them. */
const LATIN_FAMILY = 'Noto Sans Variable';
const KOREAN_FAMILY = 'Noto Sans KR Variable';
const CHINESE_FAMILY = 'Noto Sans SC Variable';

/** Every map label is drawn at this weight (the variable fonts cover 100–900). */
export const LABEL_FONT_WEIGHT = 600;

/**
 * The font stack for a language: Latin first (it has no Han or Hangul), then the CJK face of the language shown.
 * Both CJK fonts cover Han and common Hangul, in their own national forms, so the one that comes first matters:
 * Chinese labels are drawn in SC, Korean ones (and any other language's) in KR.
 */
export function labelFontFamily(language: LabelLanguage): string {
  const cjk = language === 'zh' ? [CHINESE_FAMILY, KOREAN_FAMILY] : [KOREAN_FAMILY, CHINESE_FAMILY];
  return [LATIN_FAMILY, ...cjk].map((f) => `"${f}"`).join(', ') + ', sans-serif';
}

/** The distinct characters of some label texts, in code point order: what the glyph atlas needs. */
export function labelCharacters(texts: Iterable<string>): string {
  const set = new Set<string>();
  for (const text of texts) for (const char of text) if (char.trim()) set.add(char);
  return [...set].sort().join('');
}
