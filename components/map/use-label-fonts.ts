'use client';

import { useEffect, useMemo, useState } from 'react';
import { labelCharacters, labelFontLoads, type LabelLanguage } from '@/geo/basemap/label-fonts';

/** Labels are shown without the shipped fonts after this long (a font file that cannot load must not hide them). */
const FONT_WAIT_MS = 5_000;

/**
 * Loads the unicode-range subsets of the label fonts that `texts` need (only those are downloaded), and says
 * when they are there. deck.gl renders each glyph into its atlas once, the first time a label needs it: drawn
 * before its face has loaded, it would stay a box (or a system font's glyph) for the whole session.
 */
export function useLabelFonts(language: LabelLanguage, texts: readonly string[]): boolean {
  const characters = useMemo(() => labelCharacters(texts), [texts]);
  const key = `${language}|${characters}`;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  useEffect(() => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      setLoadedKey(key);
    };
    const timeout = setTimeout(finish, FONT_WAIT_MS);
    Promise.all(labelFontLoads(language, characters).map(({ font, text }) => document.fonts.load(font, text))).then(finish, finish);
    return () => {
      done = true;
      clearTimeout(timeout);
    };
  }, [key, language, characters]);
  return loadedKey === key;
}
