import type { SkipReason } from '../../../geo/analysis/ais';
import { DMA_HEADER, formatDmaRow } from './dma-csv-row';
import { formatNoaaRow, NOAA_HEADER } from './noaa-csv-row';
import { mulberry32 } from './prng';
import { syntheticReports, type SyntheticReport } from './synthetic-reports';
import type { SyntheticScenario } from './synthetic-scenario';

export type SyntheticLayout = 'noaa' | 'dma';

/** One CSV line (no newline) for a report. Synthetic names and call signs never need quoting. */
export function formatSyntheticRow(r: SyntheticReport, layout: SyntheticLayout): string {
  return layout === 'noaa' ? formatNoaaRow(r) : formatDmaRow(r);
}

const BAD_ROW_REASONS: readonly SkipReason[] = ['bad-mmsi', 'bad-timestamp', 'bad-coordinates', 'bad-speed'];

/** A deliberately broken copy of a row, for the skip counts. */
function breakRow(r: SyntheticReport, layout: SyntheticLayout, reason: SkipReason): string {
  const cols = formatSyntheticRow(r, layout).split(',');
  const at = layout === 'noaa' ? { mmsi: 0, time: 1, lat: 2, lon: 3, sog: 4 } : { mmsi: 2, time: 0, lat: 3, lon: 4, sog: 7 };
  if (reason === 'bad-mmsi') cols[at.mmsi] = cols[at.mmsi]!.slice(0, 7);
  else if (reason === 'bad-timestamp') cols[at.time] = layout === 'noaa' ? '2024-02-30T25:00:00' : '30/02/2024 25:00:00';
  else if (reason === 'bad-coordinates') {
    cols[at.lat] = '91';
    cols[at.lon] = '181';
  } else cols[at.sog] = 'n/a';
  return cols.join(',');
}

export interface SyntheticCsvStats {
  rows: number;
  positions: number;
  badRows: Record<SkipReason, number>;
}

/**
 * The scenario as CSV text in chunks of about `chunkRows` lines (header first), vessel after vessel.
 * `stats` fills in as chunks are taken.
 */
export function* syntheticCsvChunks(
  scenario: SyntheticScenario,
  layout: SyntheticLayout = 'noaa',
  stats: SyntheticCsvStats = { rows: 0, positions: 0, badRows: { 'bad-mmsi': 0, 'bad-timestamp': 0, 'bad-coordinates': 0, 'bad-speed': 0 } },
  chunkRows = 4096,
): Generator<string> {
  const badRng = mulberry32(scenario.options.seed ^ 0x5bd1e995);
  const rate = scenario.options.badRowRate;
  let lines: string[] = [layout === 'noaa' ? NOAA_HEADER : DMA_HEADER];
  let bad = 0;
  for (let i = 0; i < scenario.vessels.length; i++) {
    for (const r of syntheticReports(scenario, i)) {
      lines.push(formatSyntheticRow(r, layout));
      stats.rows++;
      stats.positions++;
      if (rate > 0 && badRng.chance(rate)) {
        const reason = BAD_ROW_REASONS[bad++ % BAD_ROW_REASONS.length]!;
        lines.push(breakRow(r, layout, reason));
        stats.rows++;
        stats.badRows[reason]++;
      }
      if (lines.length >= chunkRows) {
        yield lines.join('\n') + '\n';
        lines = [];
      }
    }
  }
  if (lines.length > 0) yield lines.join('\n') + '\n';
}

/** The whole scenario as one CSV string (small scenarios: tests and demos). */
export function syntheticCsv(scenario: SyntheticScenario, layout: SyntheticLayout = 'noaa'): { csv: string; stats: SyntheticCsvStats } {
  const stats: SyntheticCsvStats = { rows: 0, positions: 0, badRows: { 'bad-mmsi': 0, 'bad-timestamp': 0, 'bad-coordinates': 0, 'bad-speed': 0 } };
  let csv = '';
  for (const chunk of syntheticCsvChunks(scenario, layout, stats)) csv += chunk;
  return { csv, stats };
}
