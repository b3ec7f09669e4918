import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { COMMODITIES, getDataset } from '@/data';
import { AREA_RECORD_LABELS, computeAreaReport, yearsDayRange, type AreaShape } from '@/geo/analysis/area';
import { ChartsReadyContext } from '@/components/charts/charts-ready';
import { AreaHistogram } from './area-histogram';
import { AREA_KIND_COLORS } from './area-kind-colors';

const dataset = getDataset();
const ECS_ZONE = dataset.stsZones.features.find((z) => z.id === 'zone-east-china-sea')!;
const ECS_AREA: AreaShape = { kind: 'polygon', corners: ECS_ZONE.geometry.coordinates[0]!.slice(0, -1).map(([lon, lat]) => [lon!, lat!]) };

/** The key under the bars: each entry's kind, colour and words. */
function keyEntries(html: string): { kind: string; color: string; text: string }[] {
  const key = /<ul[^>]*aria-label="Key to the bars"[^>]*>(.*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...key.matchAll(/<li data-kind="([^"]+)"><span[^>]*style="background:([^"]+)"[^>]*><\/span>([^<]*)<\/li>/g)].map((m) => ({
    kind: m[1]!,
    color: m[2]!,
    text: m[3]!,
  }));
}

describe('AreaHistogram', () => {
  it('names what each colour of the stacked bars stands for, only for the kinds the bars hold', () => {
    const days = yearsDayRange([2017, 2019]);
    const report = computeAreaReport({ dataset, area: ECS_AREA, commodities: [...COMMODITIES], days, importedDays: null, aisLayers: [] });
    const binned = new Set(report.months.flatMap((m) => Object.keys(m.counts).filter((k) => (m.counts[k as keyof typeof m.counts] ?? 0) > 0)));
    // The East China Sea holds incidents and the timeline events tied to them in those years: two colours to tell apart.
    expect([...binned].sort()).toEqual(['incident', 'timeline']);
    // Before the charts may draw, the key already says what the bars will be.
    const html = renderToStaticMarkup(
      <ChartsReadyContext.Provider value={false}>
        <AreaHistogram report={report} days={days} />
      </ChartsReadyContext.Provider>,
    );
    expect(keyEntries(html)).toEqual(
      (['incident', 'timeline'] as const).map((kind) => ({ kind, color: AREA_KIND_COLORS[kind], text: AREA_RECORD_LABELS[kind].many })),
    );
    expect(AREA_KIND_COLORS.incident).not.toBe(AREA_KIND_COLORS.timeline);
  });

  it('has no key when nothing is binned', () => {
    const days = yearsDayRange([2013, 2014]);
    const report = computeAreaReport({ dataset, area: ECS_AREA, commodities: [...COMMODITIES], days, importedDays: null, aisLayers: [] });
    const html = renderToStaticMarkup(<AreaHistogram report={report} days={days} />);
    expect(html).not.toContain('Key to the bars');
  });
});
