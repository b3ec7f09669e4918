import { ArcLayer } from '@deck.gl/layers';
import { LABOR_FLOW_COLOR, TRADE_FLOW_COLOR, withConfidence, type Rgba } from '../palette';
import type { FlowArc } from './flow-arcs';
import type { LayerViewState } from './layer-state';

/** Widest arc in pixels; the others are proportional to their value. */
export const MAX_FLOW_WIDTH_PX = 18;
const MIN_FLOW_WIDTH_PX = 1.5;

/** Pixel width proportional to value, against the largest value (including range highs) shown. */
export function flowWidth(value: number, maxValue: number): number {
  if (maxValue <= 0) return MIN_FLOW_WIDTH_PX;
  return Math.max(MIN_FLOW_WIDTH_PX, (value / maxValue) * MAX_FLOW_WIDTH_PX);
}

function buildArcLayers(id: 'trade-flows' | 'labor-flows', arcs: readonly FlowArc[], color: Rgba, visible: boolean) {
  const maxValue = Math.max(0, ...arcs.map((a) => a.high ?? a.value));
  const ranged = arcs.filter((a) => a.high !== undefined);
  return [
    // The upper end of a reported range: wider and faint, under the arc of the lower end.
    new ArcLayer<FlowArc>({
      id: `${id}-range`,
      data: ranged,
      visible,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getSourceColor: [color[0], color[1], color[2], 50],
      getTargetColor: [color[0], color[1], color[2], 50],
      getWidth: (d) => flowWidth(d.high ?? d.value, maxValue),
      widthUnits: 'pixels',
      getHeight: 0.35,
      updateTriggers: { getWidth: maxValue },
    }),
    new ArcLayer<FlowArc>({
      id,
      data: arcs,
      visible,
      pickable: true,
      getSourcePosition: (d) => d.from,
      getTargetPosition: (d) => d.to,
      getSourceColor: (d) => withConfidence(color, d.confidence),
      getTargetColor: (d) => withConfidence(color, d.confidence),
      getWidth: (d) => flowWidth(d.value, maxValue),
      widthUnits: 'pixels',
      getHeight: 0.35,
      updateTriggers: { getWidth: maxValue },
    }),
  ];
}

/** Trade arcs between countries, width proportional to trade over the selected years. */
export function buildTradeFlowLayers(arcs: readonly FlowArc[], state: LayerViewState) {
  return buildArcLayers('trade-flows', arcs, TRADE_FLOW_COLOR, state.visibleLayers.includes('trade'));
}

/** Labor arcs from the DPRK to host countries, width proportional to workers. */
export function buildLaborFlowLayers(arcs: readonly FlowArc[], state: LayerViewState) {
  return buildArcLayers('labor-flows', arcs, LABOR_FLOW_COLOR, state.visibleLayers.includes('labor'));
}
