import { COMMODITIES, findVessel, vesselDisplayName, type AnyFeature, type Commodity, type Dataset, type IncidentVessel, type Period } from '@/data';
import { featureCommodities } from '@/data/filter/feature-filter';
import type { AreaPredicates } from './area-predicates';
import type { AreaPlacement, AreaRecord, AreaRecordKind, AreaVesselRef } from './area-records';
import { overlapsDays, recordDaySpan, type DayRange } from './area-time';

/** What the report filters curated records by besides the area: the dashboard's commodities and a range of days. */
export interface CuratedFilter {
  commodities: readonly Commodity[];
  /** Null: no time filter. */
  days: DayRange | null;
}

/** "2017-08 – 2017-10", "since 2017", "2018-02-13". */
export function describePeriod(period: Period): string {
  if (period.start && period.end) return period.start === period.end ? period.start : `${period.start} – ${period.end}`;
  if (period.start) return `since ${period.start}`;
  if (period.end) return `until ${period.end}`;
  return 'undated';
}

function passes(feature: AnyFeature, filter: CuratedFilter): boolean {
  if (!overlapsDays(recordDaySpan(feature.properties), filter.days)) return false;
  if (COMMODITIES.every((c) => filter.commodities.includes(c))) return true;
  return featureCommodities(feature).some((c) => filter.commodities.includes(c));
}

function incidentVessel(dataset: Dataset, v: IncidentVessel): AreaVesselRef {
  const record = v.vesselId ? findVessel(dataset, v.vesselId) : undefined;
  return record ? { name: vesselDisplayName(record), vesselId: record.id } : { name: v.name };
}

function recordVessels(dataset: Dataset, vesselIds: readonly string[] | undefined): AreaVesselRef[] {
  return (vesselIds ?? []).flatMap((id) => {
    const record = findVessel(dataset, id);
    return record ? [{ name: vesselDisplayName(record), vesselId: id }] : [];
  });
}

function featureRecord(dataset: Dataset, feature: AnyFeature, kind: AreaRecordKind, placement: AreaPlacement): AreaRecord {
  const p = feature.properties;
  const when = p.kind === 'sts-incident' ? (p.dateEnd ? `${p.date} – ${p.dateEnd}` : p.date) : describePeriod(p.period);
  const vessels =
    p.kind === 'sts-incident' ? p.vessels.map((v) => incidentVessel(dataset, v)) : p.kind === 'sea-route' ? recordVessels(dataset, p.vesselIds) : [];
  return {
    kind,
    id: feature.id,
    name: p.name.en,
    when,
    span: recordDaySpan(p),
    sourceIds: p.sourceIds,
    confidence: p.confidence,
    placement,
    geometry: feature.geometry,
    vessels,
    selectId: feature.id,
  };
}

const placementOf = (feature: AnyFeature): AreaPlacement => (feature.properties.geometryPrecision === 'schematic' ? 'schematic' : 'inside');

/**
 * The curated records an area holds, for a filter: ports and places inside it, STS incidents inside it, sea routes
 * and rail links crossing it, STS zones overlapping it, and the timeline events tied to any of those through
 * `featureIds`. Records drawn schematically are marked `schematic`; an incident placed schematically also counts
 * (apart) when its zone overlaps the area, since its source places it somewhere in that zone.
 */
export function curatedInArea(dataset: Dataset, area: AreaPredicates, filter: CuratedFilter): AreaRecord[] {
  const records: AreaRecord[] = [];
  const zonesMet = new Set<string>();
  for (const zone of dataset.stsZones.features) {
    if (!area.overlapsRing(zone.geometry.coordinates[0]!)) continue;
    zonesMet.add(zone.id);
    if (passes(zone, filter)) records.push(featureRecord(dataset, zone, 'zone', placementOf(zone)));
  }
  for (const place of dataset.places.features) {
    const [lon, lat] = place.geometry.coordinates;
    if (passes(place, filter) && area.containsPoint(lon, lat)) records.push(featureRecord(dataset, place, 'place', placementOf(place)));
  }
  for (const incident of dataset.stsIncidents.features) {
    if (!passes(incident, filter)) continue;
    const [lon, lat] = incident.geometry.coordinates;
    const inside = area.containsPoint(lon, lat);
    const schematic = placementOf(incident) === 'schematic';
    if (inside || (schematic && zonesMet.has(incident.properties.zoneId))) {
      records.push(featureRecord(dataset, incident, 'incident', schematic ? 'schematic' : 'inside'));
    }
  }
  for (const route of dataset.seaRoutes.features) {
    if (passes(route, filter) && area.crossesLine(route.geometry.coordinates)) records.push(featureRecord(dataset, route, 'route', placementOf(route)));
  }
  for (const rail of dataset.railLinks.features) {
    if (passes(rail, filter) && area.crossesLine(rail.geometry.coordinates)) records.push(featureRecord(dataset, rail, 'rail', placementOf(rail)));
  }
  records.push(...timelineTiedTo(dataset, records, filter.days));
  return records;
}

/** Timeline events naming any of the records found; `inside` when one of those is inside, else counted apart. */
function timelineTiedTo(dataset: Dataset, found: readonly AreaRecord[], days: DayRange | null): AreaRecord[] {
  const placementById = new Map(found.map((r) => [r.id, r.placement]));
  const tied: AreaRecord[] = [];
  for (const event of dataset.timeline) {
    const linked = (event.featureIds ?? []).filter((id) => placementById.has(id));
    if (linked.length === 0) continue;
    const span = recordDaySpan(event);
    if (!overlapsDays(span, days)) continue;
    const anchor = linked.map((id) => found.find((r) => r.id === id)!).find((r) => r.placement === 'inside') ?? found.find((r) => r.id === linked[0]);
    tied.push({
      kind: 'timeline',
      id: event.id,
      name: event.title,
      when: event.dateEnd ? `${event.date} – ${event.dateEnd}` : event.date,
      span,
      sourceIds: event.sourceIds,
      confidence: event.confidence,
      placement: linked.some((id) => placementById.get(id) === 'inside') ? 'inside' : 'schematic',
      // A timeline event has no geometry of its own: it is exported at the record it is tied to.
      geometry: anchor!.geometry,
      vessels: recordVessels(dataset, event.vesselIds),
      selectId: event.id,
    });
  }
  return tied;
}
