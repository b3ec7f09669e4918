import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { featureSourceIds } from '@/lib/chart-series/feature-relations';
import { buildLegendSections, buildSourceFooter, MAX_FOOTER_SOURCES, selectionSourceNames, slideContext } from './slide-context';

const dataset = getDataset();

describe('slide context for exports', () => {
  it('cites the sources of the selection by short name, and credits the basemap', () => {
    const rajin = dataset.places.features.find((p) => p.id === 'port-rajin');
    expect(rajin).toBeDefined();
    const names = selectionSourceNames(dataset, ['port-rajin']);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(featureSourceIds(rajin!).length);
    const footer = buildSourceFooter(dataset, ['port-rajin']);
    expect(footer).toMatch(/^Sources: /);
    expect(footer).toContain(names[0]!);
    expect(footer).toMatch(/ · Basemap: Natural Earth; © OpenStreetMap contributors \(ODbL\)$/);
  });

  it('says "and N more" past the limit (Rajin and the ferry cite more than six sources together)', () => {
    const selection = ['port-rajin', 'route-ferry-rajin-vladivostok'];
    const names = selectionSourceNames(dataset, selection);
    expect(names.length).toBeGreaterThan(MAX_FOOTER_SOURCES);
    expect(buildSourceFooter(dataset, selection)).toContain(`and ${names.length - MAX_FOOTER_SOURCES} more ·`);
  });

  it('credits the dataset when nothing is selected, and ignores unknown ids', () => {
    expect(buildSourceFooter(dataset, [])).toMatch(/^Sources: Route Atlas dataset \(\d+ cited sources\) · Basemap: Natural Earth; © OpenStreetMap contributors \(ODbL\)$/);
    expect(slideContext(dataset, 'select=no-such-feature').sourceFooter).toMatch(/Route Atlas dataset/);
  });

  it('has a legend group per visible layer and always the confidence key', () => {
    expect(buildLegendSections(['rail'], []).map((s) => s.title)).toEqual(['Rail links', 'Confidence (opacity)']);
    expect(buildLegendSections([], [])).toEqual([]);
    const all = slideContext(dataset, 'layers=ports,rail,routes,zones,incidents,trade,labor').legend.map((s) => s.title);
    expect(all).toEqual([
      'Ports and places',
      'Rail links',
      'Routes and incidents by commodity',
      'STS transfer zones',
      'Trade flows',
      'Labor flows',
      'Confidence (opacity)',
    ]);
  });

  it('lists only the commodities the filter leaves', () => {
    const coalOnly = slideContext(dataset, 'layers=routes&commodities=coal').legend[0]!;
    expect(coalOnly.items.map((i) => i.label)).toEqual(['Coal']);
  });

  it('names the selected feature', () => {
    expect(slideContext(dataset, 'select=port-rajin').selectionName).toMatch(/Rajin/);
    expect(slideContext(dataset, 'v=1').selectionName).toBeNull();
  });

  it('names and cites a selected timeline event or vessel record, as it does a feature', () => {
    const event = dataset.timeline.find((e) => e.id === 'event-2016-01-06-fourth-nuclear-test')!;
    const context = slideContext(dataset, `select=${event.id}`);
    expect(context.selectionName).toBe('Fourth nuclear test');
    const cited = event.sourceIds.map((id) => dataset.sources.find((s) => s.id === id)!.publisher);
    for (const publisher of cited) expect(context.sourceFooter).toContain(publisher);
    expect(slideContext(dataset, 'select=vessel-chon-ma-san').selectionName).toBe('Chon Ma San');
    expect(slideContext(dataset, 'select=vessel-chon-ma-san').sourceFooter).not.toMatch(/Route Atlas dataset/);
  });

  it('never throws on a hostile query', () => {
    for (const query of ['%', '&&&', 'select=<script>', `view=${'9'.repeat(5000)}`, 'layers=<img src=x>']) {
      expect(() => slideContext(dataset, query)).not.toThrow();
    }
  });
});
