import type { jsPDF as JsPdf } from 'jspdf';
import type { Dataset } from '@/data';
import { AREA_RECORD_KINDS, AREA_RECORD_LABELS, PLACEMENT_WORDS, computeAreaReport, type AreaReport } from '@/geo/analysis/area';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import type { DashboardState } from '@/lib/dashboard-state';
import { formatCount, formatSourceShort, formatTimeRange } from '@/lib/format';
import type { TimeRange } from '@/data/filter/time-rule';
import { describeArea, describeCounts } from '@/components/area/area-wording';
import { reportRanges, visibleAisLayers } from '@/components/area/use-area-report';

/** A4 landscape, in millimetres, as the slide pages. */
const PAGE = { width: 297, height: 210, margin: 12 } as const;
const TEXT: [number, number, number] = [29, 36, 48];
const MUTED: [number, number, number] = [91, 101, 114];
const LINE_MM = 4.2;

/** The report a slide's area shows: its filter, the curated records and the user's visible AIS. */
export function slideAreaReport(dataset: Dataset, state: DashboardState, userLayers: readonly UserLayer[]): AreaReport | null {
  if (!state.area) return null;
  return computeAreaReport({
    dataset,
    area: state.area,
    commodities: state.commodities,
    aisLayers: visibleAisLayers(userLayers, []),
    ...reportRanges(state.time),
  });
}

/**
 * A page after a slide whose view has an area: the area, its counts per kind (schematic records apart), and every
 * row of the report with its date, confidence and sources, as many as fit, then how many more the CSV holds.
 */
export function writeAreaPage(doc: JsPdf, dataset: Dataset, report: AreaReport, slideTitle: string, time: TimeRange | null): void {
  const { margin } = PAGE;
  const width = PAGE.width - margin * 2;
  let y = margin;
  const line = (text: string, options: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number } = {}) => {
    doc.setFont('helvetica', options.bold ? 'bold' : 'normal');
    doc.setFontSize(options.size ?? 9);
    doc.setTextColor(...(options.color ?? TEXT));
    const lines = doc.splitTextToSize(text, width - (options.indent ?? 0)) as string[];
    doc.text(lines, margin + (options.indent ?? 0), y, { baseline: 'top' });
    y += lines.length * ((options.size ?? 9) * 0.45);
  };
  line(`Area report · ${slideTitle}`, { size: 15, bold: true });
  y += 1;
  line(`${describeArea(report.area)} · ${formatCount(Math.round(report.areaKm2))} km² · ${formatTimeRange(time)}`, { color: MUTED });
  y += 2;
  for (const kind of AREA_RECORD_KINDS) {
    const c = report.counts[kind];
    if (c.inside + c.schematic > 0) line(`${AREA_RECORD_LABELS[kind].many}: ${describeCounts(kind, c.inside, c.schematic)}`);
  }
  if (report.positions !== null) line(`Your AIS: ${formatCount(report.positions)} positions of ${report.vessels.filter((v) => v.positions > 0).length} vessels inside.`);
  const named = report.vessels.filter((v) => v.vesselId).map((v) => v.name);
  if (named.length > 0) line(`Vessels with a record: ${named.join(', ')}.`);
  y += 2;
  line('Records (placed schematically: drawn where the source’s area is, not where it happened)', { bold: true });
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const bottom = PAGE.height - margin - LINE_MM * 2;
  let written = 0;
  for (const r of report.records) {
    if (y > bottom) break;
    const sources = r.userLayerName ? `your data: ${r.userLayerName}` : r.sourceIds.map((id) => byId.get(id)).flatMap((s) => (s ? [formatSourceShort(s)] : [])).slice(0, 2).join('; ');
    const placement = r.placement === 'schematic' ? ` (${PLACEMENT_WORDS.schematic})` : '';
    line(`${AREA_RECORD_LABELS[r.kind].one} · ${r.when} · ${r.name}${placement} · ${r.confidence} · ${sources}`, { size: 7.5, indent: 2 });
    written++;
  }
  const left = report.records.length - written;
  if (left > 0) line(`… and ${left} more rows: export the report as CSV from the Area tab.`, { size: 7.5, color: MUTED });
  doc.setFontSize(7);
  doc.setTextColor(...MUTED);
  doc.text('Route Atlas · area report', PAGE.width - margin, PAGE.height - margin, { align: 'right', baseline: 'bottom' });
}
