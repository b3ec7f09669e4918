import type { Confidence, Dataset, FlowAnchorFeature, LaborData, LonLat, TradeData, TradePoint, TradeSeries } from '@/data';
import { overlaps, rangeYears, recordSpan, type TimeRange } from '@/data/filter/time-rule';

/** An arc between two flow anchors, with the figure it stands for and where that figure comes from. */
export interface FlowArc {
  id: string;
  kind: 'trade' | 'labor';
  from: LonLat;
  to: LonLat;
  /** What the width encodes: USD summed over the years shown (trade) or a worker count (labor). */
  value: number;
  /** Upper end where the source gives a range (labor), drawn as a fainter, wider arc. */
  high?: number;
  label: string;
  detail: string;
  confidence: Confidence;
  sourceIds: string[];
}

/**
 * When several publishers give a year's total for a partner pair, the arc uses one of them, never an
 * average: customs and government figures first (GACC for China–DPRK, Russia's own for Russia–DPRK),
 * then the order of the data file. The charts keep every publisher's series side by side.
 */
const PREFERRED_PUBLISHER = /GACC|customs|government|official/i;

function anchorFor(anchors: readonly FlowAnchorFeature[], country: string): LonLat | undefined {
  return anchors.find((a) => a.properties.country === country)?.geometry.coordinates;
}

function weakest(levels: readonly Confidence[]): Confidence {
  const order: Confidence[] = ['disputed', 'unverified', 'alleged', 'estimated', 'reported'];
  return order.find((level) => levels.includes(level)) ?? 'reported';
}

function totalsByPair(trade: TradeData): TradeSeries[][] {
  const byPair = new Map<string, TradeSeries[]>();
  for (const series of trade.series) {
    if (series.flow !== 'total' || series.commodity !== 'all') continue;
    const key = series.partners.join('-');
    byPair.set(key, [...(byPair.get(key) ?? []), series]);
  }
  return [...byPair.values()].map((list) =>
    [...list].sort((a, b) => Number(PREFERRED_PUBLISHER.test(b.publisher)) - Number(PREFERRED_PUBLISHER.test(a.publisher))),
  );
}

/**
 * Trade arcs: each partner pair's total trade summed over the years the range overlaps (annual figures follow the
 * one time rule), one named publisher per year. No range: every year with a figure.
 */
export function tradeFlowArcs(trade: TradeData, anchors: readonly FlowAnchorFeature[], time: TimeRange | null): FlowArc[] {
  const arcs: FlowArc[] = [];
  const allYears = trade.series.flatMap((s) => s.points.map((p) => p.year));
  if (allYears.length === 0) return arcs;
  const years: [number, number] = time ? rangeYears(time) : [Math.min(...allYears), Math.max(...allYears)];
  for (const ranked of totalsByPair(trade)) {
    const [partner, dprk] = ranked[0]!.partners;
    const from = anchorFor(anchors, partner);
    const to = anchorFor(anchors, dprk);
    const chosen: { year: number; series: TradeSeries; point: TradePoint }[] = [];
    for (let year = years[0]; year <= years[1]; year++) {
      for (const series of ranked) {
        const point = series.points.find((p) => p.year === year);
        if (point) {
          chosen.push({ year, series, point });
          break;
        }
      }
    }
    if (!from || !to || chosen.length === 0) continue;
    const missing = years[1] - years[0] + 1 - chosen.length;
    const publishers = [...new Set(chosen.map((c) => c.series.publisher))];
    arcs.push({
      id: `trade-flow-${partner.toLowerCase()}-${dprk.toLowerCase()}`,
      kind: 'trade',
      from,
      to,
      value: chosen.reduce((sum, c) => sum + c.point.valueUsd, 0),
      label: `${partner === 'CN' ? 'China' : 'Russia'}–DPRK trade`,
      detail:
        `sum of ${chosen.length} sourced year${chosen.length === 1 ? '' : 's'} (${chosen.map((c) => c.year).join(', ')}), from ${publishers.join('; ')}` +
        (missing > 0 ? `; ${missing} year${missing === 1 ? '' : 's'} in the range have no sourced figure` : ''),
      confidence: weakest(chosen.map((c) => c.point.confidence)),
      sourceIds: [...new Set(chosen.flatMap((c) => c.point.sourceIds))],
    });
  }
  return arcs;
}

/** Labor arcs: from the DPRK to each host, the latest sourced head count dated within the range. */
export function laborFlowArcs(labor: LaborData, anchors: readonly FlowAnchorFeature[], time: TimeRange | null): FlowArc[] {
  const origin = anchorFor(anchors, 'KP');
  if (!origin) return [];
  const arcs: FlowArc[] = [];
  for (const host of ['RU', 'CN'] as const) {
    const to = anchorFor(anchors, host);
    const candidates = labor.workers
      .filter((series) => series.host === host)
      .flatMap((series) => series.points.map((point) => ({ series, point })))
      .filter(({ point }) => overlaps(recordSpan(point), time))
      .sort((a, b) => b.point.date.localeCompare(a.point.date));
    const latest = candidates[0];
    if (!to || !latest) continue;
    const { series, point } = latest;
    const value = point.value ?? point.low ?? point.high ?? 0;
    const high = point.value === undefined && point.high !== undefined && point.high !== value ? point.high : undefined;
    arcs.push({
      id: `labor-flow-${host.toLowerCase()}`,
      kind: 'labor',
      from: origin,
      to,
      value,
      high,
      label: series.label,
      detail: `${series.measure}, ${point.date}${point.note ? ` — ${point.note}` : ''}`,
      confidence: point.confidence,
      sourceIds: point.sourceIds,
    });
  }
  return arcs;
}

/** Both kinds of flow arcs for a time range, as the map draws them. */
export function flowArcsFor(dataset: Pick<Dataset, 'trade' | 'labor' | 'flowAnchors'>, time: TimeRange | null): { tradeArcs: FlowArc[]; laborArcs: FlowArc[] } {
  return {
    tradeArcs: tradeFlowArcs(dataset.trade, dataset.flowAnchors.features, time),
    laborArcs: laborFlowArcs(dataset.labor, dataset.flowAnchors.features, time),
  };
}
