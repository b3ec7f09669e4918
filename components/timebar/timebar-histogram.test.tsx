import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { dayOfDate } from '@/data/filter/epoch-day';
import { viewForBounds, xOfDay } from '@/lib/timebar/time-scale';
import type { TimeRange } from '@/data/filter/time-rule';
import { TimebarHistogram } from './timebar-histogram';
import type { HistogramRow } from './timebar-types';

const ROW: HistogramRow = {
  id: 'records',
  label: 'Dated records',
  histogram: { bins: [], maxTotal: 0, categories: [], ongoing: 0 },
  colorOf: () => 'black',
  categoryLabel: (category) => category,
};

function labelX(bounds: TimeRange, widthPx: number): number {
  const view = viewForBounds(bounds);
  const html = renderToStaticMarkup(
    <TimebarHistogram rows={[ROW]} view={view} widthPx={widthPx} rowHeightPx={28} firstDay={bounds[0]} hoveredMonth={null} />,
  );
  const x = /<text[^>]*x="([\d.]+)"/.exec(html)?.[1];
  expect(x, html).toBeDefined();
  return Number(x);
}

describe('TimebarHistogram', () => {
  it("puts a row's label clear of the range handle that sits on the data's first day on the full span", () => {
    const bounds: TimeRange = [dayOfDate(2012, 1, 1), dayOfDate(2025, 10, 1)];
    for (const widthPx of [300, 800, 1600]) {
      const handleRight = xOfDay(viewForBounds(bounds), widthPx, bounds[0]) + 6;
      expect(labelX(bounds, widthPx)).toBeGreaterThan(handleRight);
    }
  });
});
