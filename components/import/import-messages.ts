import type { AisEvent } from '@/geo/analysis/ais';
import type { AisDetection, UserLayer, SkippedByReason } from '@/geo/analysis/user-data/types';

/** The outcome of the last import, detection or save, for the panel: a sentence and, after an import, skip counts. */
export interface ImportMessage {
  tone: 'success' | 'error' | 'info';
  text: string;
  rowsRead?: number;
  skipped?: SkippedByReason;
}

/** Replaces the panel's message; null clears it. Every part of the imported data reports through one message. */
export type SetImportMessage = (message: ImportMessage | null) => void;

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** What an import brought: features by geometry, or vessels, positions and what detection found. */
export function importSummary(userLayer: UserLayer): string {
  if (userLayer.kind !== 'ais') {
    const c = userLayer.counts;
    const parts = [c.points && plural(c.points, 'point'), c.lines && plural(c.lines, 'line'), c.polygons && plural(c.polygons, 'polygon')].filter(Boolean);
    return `Imported “${userLayer.name}”: ${parts.join(', ')}${userLayer.timeField ? `, dated by “${userLayer.timeField}”` : ''}.`;
  }
  if (userLayer.density) {
    const g = userLayer.density;
    return `Imported “${userLayer.name}”: a density grid of ${plural(g.cells.length, 'cell')} (${g.cellDegrees}°, ${g.binHours} h bins) over ${plural(userLayer.counts.positions, 'position')}.`;
  }
  if (userLayer.fromDetectCommand) {
    return `Imported “${userLayer.name}”: events of npm run detect for ${plural(userLayer.counts.vessels, 'vessel')}. ${detectionSummary(userLayer.detection)}`;
  }
  return `Imported “${userLayer.name}”: ${plural(userLayer.counts.vessels, 'vessel')}, ${plural(userLayer.counts.positions, 'position')}. ${detectionSummary(userLayer.detection)}`;
}

/** The events and candidate areas a detection run found, by kind; empty when detection did not run. */
export function detectionSummary(detection: AisDetection | null): string {
  if (!detection) return '';
  const count = (kind: AisEvent['kind']) => detection.events.filter((e) => e.kind === kind).length;
  return `Found ${plural(count('encounter'), 'encounter')}, ${count('loitering').toLocaleString('en')} loitering, ${plural(count('gap'), 'AIS gap')}, ${plural(count('port-visit'), 'port visit')} and ${plural(detection.areas.features.length, 'candidate area')}.`;
}
