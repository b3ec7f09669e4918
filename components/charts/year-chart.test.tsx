import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Line, XAxis, YAxis } from 'recharts';
import { YearChart } from './year-chart';

const MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };

describe('YearChart', () => {
  it('builds its data table only while "Show data" is open, not on every render of the chart', () => {
    const table = vi.fn(() => <table />);
    const html = renderToStaticMarkup(
      <YearChart
        kind="line"
        rows={[{ year: 2018, value: 1 }]}
        title="Russia–DPRK trade"
        unit="US dollars"
        plotHeightPx={100}
        margin={MARGIN}
        xAxis={<XAxis dataKey="year" />}
        yAxis={<YAxis />}
        tooltip={() => ({ heading: '2018', entries: [] })}
        table={table}
        common={{ filter: { commodities: [], time: null }, sources: [] }}
      >
        <Line dataKey="value" />
      </YearChart>,
    );
    expect(html).toContain('Show data');
    expect(table).not.toHaveBeenCalled();
  });
});
