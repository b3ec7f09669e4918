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
  return [LATIN_FAMILY, ...cjkFamilies(language)].map((f) => `"${f}"`).join(', ') + ', sans-serif';
}

const cjkFamilies = (language: LabelLanguage) => (language === 'zh' ? [CHINESE_FAMILY, KOREAN_FAMILY] : [KOREAN_FAMILY, CHINESE_FAMILY]);

/** Hangul, Han and the CJK symbols and forms: what Noto Sans lacks and the CJK fonts provide. */
const CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

/**
 * The `document.fonts.load` calls that bring in the faces labels in `language` need: Noto Sans for everything that
 * is not CJK, the language's first CJK font for the rest. Asking for the whole font stack at once would also fetch
 * the CJK fonts' own Latin subsets (their unicode ranges include Latin) that the labels never draw with.
 */
export function labelFontLoads(language: LabelLanguage, characters: string): { font: string; text: string }[] {
  const chars = [...characters];
  const other = chars.filter((c) => !CJK.test(c)).join('');
  const cjk = chars.filter((c) => CJK.test(c)).join('');
  const font = (family: string) => `${LABEL_FONT_WEIGHT} 16px "${family}"`;
  return [
    ...(other ? [{ font: font(LATIN_FAMILY), text: other }] : []),
    ...(cjk ? [{ font: font(cjkFamilies(language)[0]!), text: cjk }] : []),
  ];
}

/** The distinct characters of some label texts, in code point order: what the glyph atlas needs. */
export function labelCharacters(texts: Iterable<string>): string {
  const set = new Set<string>();
  for (const text of texts) for (const char of text) if (char.trim()) set.add(char);
  return [...set].sort().join('');
}
