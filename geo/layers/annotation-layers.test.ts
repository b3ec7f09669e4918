import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { ANNOTATION_COLORS, buildAnnotationLayers, type AnnotationInput } from './annotation-layers';

// A briefing annotation carries an id too; the factory takes any object of this shape.
type Annotation = AnnotationInput & { id: string };

const annotations: Annotation[] = [
  { id: 'a1', text: 'Tumen River bridge', lon: 130.64, lat: 42.42 },
  { id: 'a2', text: '<img src=x onerror=alert(1)> 나진', lon: 130.3, lat: 42.24 },
];

function prop<T>(layer: { props: object } | undefined, name: string): T {
  return (layer?.props as Record<string, unknown>)[name] as T;
}

describe('buildAnnotationLayers', () => {
  it('returns a pin layer and a text layer with stable ids, pins first so labels draw on top', () => {
    const layers = buildAnnotationLayers(annotations, { theme: 'light', visible: true });
    expect(layers.map((l) => l.id)).toEqual(['slide-annotation-pins', 'slide-annotations']);
    expect(layers[0]).toBeInstanceOf(ScatterplotLayer);
    expect(layers[1]).toBeInstanceOf(TextLayer);
  });

  it('places text and pins at the annotation positions and draws the text as given', () => {
    const [pins, text] = buildAnnotationLayers(annotations, { theme: 'light', visible: true });
    expect(prop<Annotation[]>(pins, 'data')).toBe(annotations);
    expect(prop<Annotation[]>(text, 'data')).toBe(annotations);
    const getPosition = prop<(d: Annotation) => [number, number]>(text, 'getPosition');
    const getText = prop<(d: Annotation) => string>(text, 'getText');
    expect(getPosition(annotations[0]!)).toEqual([130.64, 42.42]);
    expect(prop<(d: Annotation) => [number, number]>(pins, 'getPosition')(annotations[1]!)).toEqual([130.3, 42.24]);
    // Markup is just characters to a TextLayer: it is drawn, never interpreted.
    expect(getText(annotations[1]!)).toBe('<img src=x onerror=alert(1)> 나진');
  });

  it('draws the text on a background card, with an automatic character set, not pickable', () => {
    const [, text] = buildAnnotationLayers(annotations, { theme: 'light', visible: true });
    expect(prop(text, 'background')).toBe(true);
    expect(prop(text, 'characterSet')).toBe('auto');
    expect(prop(text, 'getBackgroundColor')).toEqual(ANNOTATION_COLORS.light.background);
    expect(prop(text, 'getColor')).toEqual(ANNOTATION_COLORS.light.text);
    expect(prop(text, 'pickable')).toBe(false);
    expect(prop(text, 'wordBreak')).toBe('break-word');
  });

  it('follows the theme and names it in updateTriggers', () => {
    const [pins, text] = buildAnnotationLayers(annotations, { theme: 'dark', visible: true });
    expect(prop(text, 'getColor')).toEqual(ANNOTATION_COLORS.dark.text);
    expect(prop(text, 'getBackgroundColor')).toEqual(ANNOTATION_COLORS.dark.background);
    expect(prop(pins, 'getFillColor')).toEqual(ANNOTATION_COLORS.dark.pin);
    expect(prop<Record<string, unknown>>(text, 'updateTriggers')['getColor']).toBe('dark');
    expect(ANNOTATION_COLORS.dark.text).not.toEqual(ANNOTATION_COLORS.light.text);
  });

  it('hides both layers with visible: false instead of removing them', () => {
    const layers = buildAnnotationLayers([], { theme: 'light', visible: false });
    expect(layers.map((l) => [l.id, l.props.visible])).toEqual([
      ['slide-annotation-pins', false],
      ['slide-annotations', false],
    ]);
  });
});
