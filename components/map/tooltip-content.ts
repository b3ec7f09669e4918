import { CONFIDENCE_LABELS, findFeature, type AnyFeature, type Confidence, type Dataset } from '@/data';
import type { FlowArc } from '@/geo/layers/flow-arcs';

export interface TooltipContent {
  title: string;
  kind: string;
  keyFact?: string;
  confidence: Confidence;
  confidenceLabel: string;
}

export const FEATURE_KIND_LABELS: Record<AnyFeature['properties']['kind'], string> = {
  port: 'Port',
  station: 'Rail station',
  'border-crossing': 'Border crossing',
  city: 'City',
  'pipeline-terminal': 'Pipeline terminal',
  'rail-link': 'Rail link',
  'sea-route': 'Sea route',
  'sts-zone': 'STS transfer zone',
  'sts-incident': 'STS incident',
  'flow-anchor': 'Flow end point (schematic)',
};

function isFlowArc(object: object): object is FlowArc {
  return 'kind' in object && (object.kind === 'trade' || object.kind === 'labor') && 'value' in object;
}

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

function formatFlowValue(arc: FlowArc): string {
  if (arc.kind === 'labor') {
    const low = numberFormat.format(arc.value);
    return arc.high === undefined ? `${low} workers` : `${low}–${numberFormat.format(arc.high)} workers`;
  }
  return arc.value >= 1e9 ? `$${numberFormat.format(arc.value / 1e9)} bn` : `$${numberFormat.format(arc.value / 1e6)} M`;
}

function keyFactOf(feature: AnyFeature): string | undefined {
  const p = feature.properties;
  if (p.kind === 'sts-incident') {
    const vessels = p.vessels.map((v) => v.name).join(', ');
    return `${p.date}: ${vessels} — ${p.statedLocation}`;
  }
  const fact = p.facts[0];
  if (fact) return `${fact.label}: ${fact.value}`;
  return 'role' in p && p.role ? p.role : undefined;
}

/** What the hover tooltip says about a picked map object: a feature (by id) or a flow arc. */
export function tooltipFor(object: unknown, dataset: Dataset): TooltipContent | null {
  if (!object || typeof object !== 'object') return null;
  if (isFlowArc(object)) {
    return {
      title: object.label,
      kind: object.kind === 'trade' ? 'Trade flow' : 'Labor flow',
      keyFact: `${formatFlowValue(object)} — ${object.detail}`,
      confidence: object.confidence,
      confidenceLabel: CONFIDENCE_LABELS[object.confidence],
    };
  }
  const id = 'id' in object && typeof object.id === 'string' ? object.id : null;
  const feature = id ? findFeature(dataset, id) : undefined;
  if (!feature) return null;
  return {
    title: feature.properties.name.en,
    kind: FEATURE_KIND_LABELS[feature.properties.kind],
    keyFact: keyFactOf(feature),
    confidence: feature.properties.confidence,
    confidenceLabel: CONFIDENCE_LABELS[feature.properties.confidence],
  };
}
