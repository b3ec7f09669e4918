import { describe, expect, it } from 'vitest';
import { findFeature } from '@/data';
import { featureYears } from './chart-filter';
import { petroleumFocusFor } from './petroleum-focus';
import { petroleumChartRows } from './petroleum-rows';
import { ALL, dataset } from './test-fixtures';

const feature = (id: string) => {
  const f = findFeature(dataset, id);
  if (!f) throw new Error(`no feature ${id}`);
  return f;
};

describe('petroleumFocusFor', () => {
  it('narrows the chart to an oil run’s years and marks the estimates its sources give', () => {
    const run = feature('route-oil-vostochny-chongjin');
    const focus = petroleumFocusFor(run)!;
    expect(focus.years).toEqual(featureYears(run));
    const data = petroleumChartRows(dataset.petroleum, ALL, 'barrels', focus);
    const related = data.rows.flatMap((r) => r.marks.filter((m) => m.related).map((m) => m.recordId));
    // Exactly the drawn records that cite one of the route's sources.
    const citing = data.rows
      .flatMap((r) => r.marks)
      .filter((m) => m.sourceIds.some((id) => focus.sourceIds!.has(id)))
      .map((m) => m.recordId);
    expect(related).toEqual(citing);
    expect(related).toContain('estimate-osc-2024');
  });

  it('is undefined for a feature that carries no refined petroleum, and for a single incident', () => {
    expect(petroleumFocusFor(feature('route-shuttle-rajin-dunai'))).toBeUndefined();
    const incident = dataset.stsIncidents.features.find((i) => i.properties.commodity === 'refined-petroleum')!;
    expect(petroleumFocusFor(incident)).toBeUndefined();
  });
});
