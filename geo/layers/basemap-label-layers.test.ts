import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import type { RiverLabel } from '../basemap/border-rivers';
import { labelCharacters, labelFontFamily, labelFontLoads } from '../basemap/label-fonts';
import { MAIN_CITY_LIST, basemapLabelTexts, buildBasemapLabelLayers } from './basemap-label-layers';

const places = getDataset().places.features;
const riverLabels: RiverLabel[] = [
  { type: 'Feature', properties: { river: 'tumen' }, geometry: { type: 'Point', coordinates: [129.73, 42.56] } },
  { type: 'Feature', properties: { river: 'yalu' }, geometry: { type: 'Point', coordinates: [126.54, 41.48] } },
];

type Texts = { props: { data: unknown; getText: (d: never) => string; fontFamily: string } };
const byId = (layers: unknown[], id: string) => layers.find((l) => (l as { id: string }).id === id) as Texts;
const texts = (layer: Texts) => (layer.props.data as never[]).map((d) => layer.props.getText(d));

describe('basemap labels', () => {
  it('draw nothing until the shipped fonts are loaded (deck.gl would keep glyphs drawn without them)', () => {
    const layers = buildBasemapLabelLayers({ theme: 'light', zoom: 6, language: 'ko', labelFontsReady: false }, { places, riverLabels });
    for (const id of ['basemap-labels', 'basemap-city-labels', 'basemap-river-labels']) expect(texts(byId(layers, id))).toEqual([]);
  });

  it('label the border rivers in the chosen language, in its font stack', () => {
    const layers = buildBasemapLabelLayers({ theme: 'light', zoom: 6, language: 'ko', labelFontsReady: true }, { places, riverLabels });
    const rivers = byId(layers, 'basemap-river-labels');
    expect(texts(rivers)).toEqual(['두만강', '압록강']);
    expect(rivers.props.fontFamily).toBe(labelFontFamily('ko'));
    expect(labelFontFamily('zh').indexOf('SC')).toBeLessThan(labelFontFamily('zh').indexOf('KR'));
  });

  it('label main cities that are no place of the atlas, more of them as the map zooms in', () => {
    const at = (zoom: number) => texts(byId(buildBasemapLabelLayers({ theme: 'light', zoom, language: 'en' }, { places }), 'basemap-city-labels'));
    expect(at(3)).toEqual(expect.arrayContaining(['Tokyo', 'Seoul', 'Beijing']));
    expect(at(6)).toContain('Pyongyang');
    expect(at(6).length).toBeGreaterThan(at(3).length);
    // Vladivostok and Rajin are places of the atlas: their own labels name them.
    expect(at(6)).not.toContain('Vladivostok');
    expect(at(6)).not.toContain('Rajin');
    expect(MAIN_CITY_LIST.find((c) => c.name === 'Vladivostok')).toBeDefined();
  });

  it('hand deck.gl the same data arrays when rebuilt at the same zoom, so a range step re-lays out no text', () => {
    const build = () => buildBasemapLabelLayers({ theme: 'light', zoom: 6, language: 'en' }, { places, riverLabels });
    const [first, again] = [build(), build()];
    for (const id of ['basemap-labels', 'basemap-city-labels', 'basemap-river-labels']) expect(byId(again, id).props.data).toBe(byId(first, id).props.data);
    const zoomed = buildBasemapLabelLayers({ theme: 'light', zoom: 7, language: 'en' }, { places, riverLabels });
    expect(byId(zoomed, 'basemap-city-labels').props.data).not.toBe(byId(first, 'basemap-city-labels').props.data);
  });

  it('need the glyphs of every label text in the language', () => {
    const characters = labelCharacters(basemapLabelTexts('ko'));
    expect(characters).toContain('두');
    expect(characters).toContain('Y');
    expect(new Set(characters).size).toBe(characters.length);
  });
});

describe('label font loads', () => {
  it('ask Noto Sans for Latin and Cyrillic and only the language’s CJK font for Hangul and Han', () => {
    expect(labelFontLoads('ko', labelCharacters(['Rajin', '라진항']))).toEqual([
      { font: '600 16px "Noto Sans Variable"', text: 'Raijn' },
      { font: '600 16px "Noto Sans KR Variable"', text: '라진항' },
    ]);
    expect(labelFontLoads('zh', labelCharacters(['图们江'])).map((l) => l.font)).toEqual(['600 16px "Noto Sans SC Variable"']);
    expect(labelFontLoads('ru', labelCharacters(['Находка'])).map((l) => l.font)).toEqual(['600 16px "Noto Sans Variable"']);
  });
});
