import type { AisEvent } from '@/geo/analysis/ais';
import type { AisDetection, ImportedDataset, SkippedByReason } from '@/geo/analysis/user-data/types';

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
export function importSummary(dataset: ImportedDataset): string {
  if (dataset.kind !== 'ais') {
    const c = dataset.counts;
    const parts = [c.points && plural(c.points, 'point'), c.lines && plural(c.lines, 'line'), c.polygons && plural(c.polygons, 'polygon')].filter(Boolean);
    return `Imported “${dataset.name}”: ${parts.join(', ')}${dataset.timeField ? `, dated by “${dataset.timeField}”` : ''}.`;
  }
  return `Imported “${dataset.name}”: ${plural(dataset.counts.vessels, 'vessel')}, ${plural(dataset.counts.positions, 'position')}. ${detectionSummary(dataset.detection)}`;
}

/** The events and candidate areas a detection run found, by kind; empty when detection did not run. */
export function detectionSummary(detection: AisDetection | null): string {
  if (!detection) return '';
  const count = (kind: AisEvent['kind']) => detection.events.filter((e) => e.kind === kind).length;
  return `Found ${plural(count('encounter'), 'encounter')}, ${count('loitering').toLocaleString('en')} loitering, ${plural(count('gap'), 'AIS gap')} and ${plural(detection.areas.features.length, 'candidate area')}.`;
}
