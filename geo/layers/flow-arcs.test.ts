import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import { yearsRange } from '@/data/filter/time-rule';
import { laborFlowArcs, tradeFlowArcs } from './flow-arcs';
import { MAX_FLOW_WIDTH_PX, flowWidth } from './flow-layers';

const dataset = getDataset();
const anchors = dataset.flowAnchors.features;

describe('flow arcs', () => {
  it('sums one publisher’s sourced totals over the selected years, never averaging two', () => {
    const arcs = tradeFlowArcs(dataset.trade, anchors, yearsRange(2018, 2018));
    const russia = arcs.find((a) => a.label.includes('Russia'));
    // 2018: only Russia's own figure ($34 M, presidential aide Ushakov via TASS) exists.
    expect(russia?.value).toBe(34_000_000);
    const china = arcs.find((a) => a.label.includes('China'));
    // GACC ($2.43 bn) is preferred to KOTRA ($2.72 bn) for the arc; the two are never averaged.
    expect(china?.value).toBe(2_430_000_000);
    for (const arc of arcs) expect(arc.sourceIds.length).toBeGreaterThan(0);
  });

  it('draws no trade arc for years with no sourced figure', () => {
    expect(tradeFlowArcs(dataset.trade, anchors, yearsRange(1995, 1996))).toEqual([]);
  });

  it('draws labor arcs from the DPRK with the latest figure in range', () => {
    const arcs = laborFlowArcs(dataset.labor, anchors, yearsRange(2013, 2024));
    expect(arcs.length).toBeGreaterThan(0);
    const kp = anchors.find((a) => a.properties.country === 'KP')!.geometry.coordinates;
    for (const arc of arcs) expect(arc.from).toEqual(kp);
  });

  it('scales width in proportion to value', () => {
    expect(flowWidth(100, 100)).toBe(MAX_FLOW_WIDTH_PX);
    expect(flowWidth(50, 100)).toBe(MAX_FLOW_WIDTH_PX / 2);
  });
});
