import type { RawDatasetFiles } from './dataset-types';
import { field, problemAt, records, type DatasetProblem, type PathSegment } from './dataset-problem';

/**
 * Cross-file checks for vessels, on the raw JSON (so a file that failed its schema still has its references checked):
 * every `vesselId`/`vesselIds` in incidents, sea routes and timeline events names a vessel record; every record is
 * referred to by one of them or carries an `unreferencedReason` (and not both); no two records share an IMO number.
 */
export function checkVesselReferences(raw: RawDatasetFiles): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const known = new Set(records(raw.vessels).flatMap(({ item }) => (typeof item.id === 'string' ? [item.id] : [])));
  const referenced = new Set<string>();
  const use = (key: 'stsIncidents' | 'seaRoutes' | 'timeline', path: PathSegment[], id: unknown) => {
    if (typeof id !== 'string') return;
    referenced.add(id);
    if (!known.has(id)) problems.push(problemAt(key, raw[key], path, `unknown vessel "${id}" (no record in data/vessels.json)`));
  };

  records(raw.stsIncidents).forEach(({ item, path }) => {
    const vessels = field(item.properties, 'vessels');
    if (!Array.isArray(vessels)) return;
    vessels.forEach((v, i) => use('stsIncidents', [...path, 'properties', 'vessels', i, 'vesselId'], field(v, 'vesselId')));
  });
  records(raw.seaRoutes).forEach(({ item, path }) => {
    const ids = field(item.properties, 'vesselIds');
    if (Array.isArray(ids)) ids.forEach((id, i) => use('seaRoutes', [...path, 'properties', 'vesselIds', i], id));
  });
  records(raw.timeline).forEach(({ item, path }) => {
    const ids = item.vesselIds;
    if (Array.isArray(ids)) ids.forEach((id, i) => use('timeline', [...path, 'vesselIds', i], id));
  });

  const imoOwners = new Map<string, string>();
  records(raw.vessels).forEach(({ item, path }) => {
    if (typeof item.id !== 'string') return;
    const justified = typeof item.unreferencedReason === 'string';
    if (!referenced.has(item.id) && !justified) {
      problems.push(
        problemAt('vessels', raw.vessels, [...path, 'id'], 'is referred to by no incident, sea route or timeline event; refer to it or give an unreferencedReason'),
      );
    } else if (referenced.has(item.id) && justified) {
      problems.push(problemAt('vessels', raw.vessels, [...path, 'unreferencedReason'], 'the record is referred to, so it needs no unreferencedReason'));
    }
    const imo = field(item.imo, 'value');
    if (typeof imo !== 'string') return;
    const owner = imoOwners.get(imo);
    if (owner !== undefined) problems.push(problemAt('vessels', raw.vessels, [...path, 'imo', 'value'], `IMO ${imo} is already the number of "${owner}"`));
    else imoOwners.set(imo, item.id);
  });
  return problems;
}
