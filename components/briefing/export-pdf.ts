import type { jsPDF as JsPdf } from 'jspdf';
import type { Dataset } from '@/data';
import type { Slide } from '@/lib/briefing/briefing-schema';
import { formatIsoDate } from '@/lib/format';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import { slideAreaReport, writeAreaPage } from './export-area-page';
import { BASEMAP_CREDIT, slideContext } from './slide-context';
import { localIsoDay, type ExportScale } from './export-layout';
import { viewWithLegend } from './export-png';
import { clampLines, isWinAnsi, wrapText, type MeasureText } from './text-wrap';

/** A4 landscape, in millimetres. */
const PAGE = { width: 297, height: 210, margin: 12 } as const;
/** The notes column beside the view image. */
const NOTES_MIN_WIDTH_MM = 75;
const NOTES_GAP_MM = 6;
const MM_PER_PT = 25.4 / 72;
const LINE_HEIGHT = 1.25;
/** Resolution of text drawn as an image (for scripts Helvetica lacks): 8 px per mm, about 200 dpi. */
const TEXT_IMAGE_PX_PER_MM = 8;
const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK KR", "Noto Sans CJK SC", sans-serif';
const TEXT_COLOR: [number, number, number] = [29, 36, 48];
const MUTED_COLOR: [number, number, number] = [91, 101, 114];

export interface PdfProgress {
  /** 1-based number of the slide being exported. */
  slide: number;
  total: number;
}

export interface PdfExportOptions {
  title: string;
  slides: readonly Slide[];
  dataset: Dataset;
  /** Applies a slide to the map and resolves once the map is idle. */
  showSlideAndWait: (slide: Slide) => Promise<void>;
  /** The composited map and deck image of the view now shown. */
  captureView: (options: { scale: ExportScale }) => Promise<HTMLCanvasElement>;
  scale?: ExportScale;
  onProgress?: (progress: PdfProgress) => void;
  /** Aborting stops before the next slide; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  date?: Date;
  /** The user's layers: a slide with an area gets a report page that counts their visible AIS too. */
  userLayers?: readonly UserLayer[];
}

interface TextBlock {
  text: string;
  x: number;
  y: number;
  width: number;
  maxHeight: number;
  sizePt: number;
  /** Smaller sizes tried, largest first, before the text is cut. */
  fallbackSizesPt?: readonly number[];
  bold?: boolean;
  color?: [number, number, number];
  /** Appended to the last line when the text had to be cut. */
  cutMarker?: string;
}

function lineHeightMm(sizePt: number): number {
  return sizePt * MM_PER_PT * LINE_HEIGHT;
}

function canvasFont(sizePt: number, bold: boolean): string {
  return `${bold ? 700 : 400} ${sizePt * MM_PER_PT * TEXT_IMAGE_PX_PER_MM}px ${FONT}`;
}

/**
 * Writes a block of text and returns the height it took (mm). Text that Helvetica can show is written as PDF text
 * (selectable, searchable); other scripts (Cyrillic, Hangul, Han) are drawn by the browser onto a canvas and placed
 * as an image, since the built-in PDF fonts have no such glyphs and no font file may be fetched.
 */
function writeBlock(doc: JsPdf, block: TextBlock): number {
  const bold = block.bold ?? false;
  const asText = isWinAnsi(block.text);
  const ctx = asText ? null : document.createElement('canvas').getContext('2d');
  const measureAt = (sizePt: number): MeasureText => {
    if (ctx) {
      ctx.font = canvasFont(sizePt, bold);
      return (s) => ctx.measureText(s).width / TEXT_IMAGE_PX_PER_MM;
    }
    doc.setFont('helvetica', bold ? 'bold' : 'normal');
    doc.setFontSize(sizePt);
    return (s) => doc.getTextWidth(s);
  };

  const sizes = [block.sizePt, ...(block.fallbackSizesPt ?? [])];
  let sizePt = sizes[0]!;
  let measure = measureAt(sizePt);
  let lines = wrapText(block.text, block.width, measure);
  for (const candidate of sizes.slice(1)) {
    if (lines.length * lineHeightMm(sizePt) <= block.maxHeight) break;
    sizePt = candidate;
    measure = measureAt(sizePt);
    lines = wrapText(block.text, block.width, measure);
  }
  const maxLines = Math.max(1, Math.floor(block.maxHeight / lineHeightMm(sizePt)));
  lines = clampLines(lines, maxLines, block.width, measure, block.cutMarker ?? '…');
  const height = lines.length * lineHeightMm(sizePt);
  const color = block.color ?? TEXT_COLOR;

  if (!ctx) {
    doc.setTextColor(color[0], color[1], color[2]);
    doc.text(lines, block.x, block.y, { baseline: 'top', lineHeightFactor: LINE_HEIGHT });
    return height;
  }
  const canvas = ctx.canvas;
  canvas.width = Math.ceil(block.width * TEXT_IMAGE_PX_PER_MM);
  canvas.height = Math.max(1, Math.ceil(height * TEXT_IMAGE_PX_PER_MM));
  // Resizing the canvas reset its state.
  ctx.font = canvasFont(sizePt, bold);
  ctx.fillStyle = `rgb(${color.join(', ')})`;
  ctx.textBaseline = 'top';
  const linePx = lineHeightMm(sizePt) * TEXT_IMAGE_PX_PER_MM;
  const leading = (linePx - sizePt * MM_PER_PT * TEXT_IMAGE_PX_PER_MM) / 2;
  lines.forEach((line, i) => ctx.fillText(line, 0, i * linePx + leading));
  doc.addImage(canvas, 'PNG', block.x, block.y, block.width, height);
  return height;
}

function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/** Writes one page: header, slide title, the view image with its legend, the notes beside it, and sources. */
function writePage(
  doc: JsPdf,
  page: { briefingTitle: string; slide: Slide; index: number; total: number; image: HTMLCanvasElement; sourceNames: string[]; date: string },
): void {
  const { margin } = PAGE;
  const width = PAGE.width - margin * 2;
  // The small header line: briefing title on the left, slide number on the right.
  const counter = `Slide ${page.index + 1} of ${page.total}`;
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(8);
  const counterWidth = doc.getTextWidth(counter);
  doc.setTextColor(...MUTED_COLOR);
  doc.text(counter, PAGE.width - margin - counterWidth, margin, { baseline: 'top' });
  writeBlock(doc, { text: page.briefingTitle, x: margin, y: margin, width: width - counterWidth - 6, maxHeight: lineHeightMm(8), sizePt: 8, color: MUTED_COLOR });
  let y = margin + 5;
  y += writeBlock(doc, { text: page.slide.title, x: margin, y, width, maxHeight: lineHeightMm(16) * 2, sizePt: 16, bold: true }) + 2;

  // Sources and the export line at the bottom of the page.
  const footerY = PAGE.height - margin - lineHeightMm(7);
  const sources = `${page.sourceNames.length > 0 ? `Sources: ${page.sourceNames.join('; ')}` : 'Sources: Route Atlas dataset'} · ${BASEMAP_CREDIT}`;
  const sourcesMaxHeight = lineHeightMm(7.5) * 3;
  const sourcesY = footerY - sourcesMaxHeight - 1;
  writeBlock(doc, { text: sources, x: margin, y: sourcesY, width, maxHeight: sourcesMaxHeight, sizePt: 7.5, color: MUTED_COLOR });
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(7);
  doc.setTextColor(...MUTED_COLOR);
  doc.text(`Route Atlas · exported ${page.date}`, PAGE.width - margin, footerY, { baseline: 'top', align: 'right' });

  // The view on the left, as large as the body allows with its aspect ratio kept; the notes beside it, in a
  // column never narrower than NOTES_MIN_WIDTH_MM (a landscape page has more width than height to spare).
  const notes = page.slide.notes.trim();
  const bodyHeight = sourcesY - 3 - y;
  const aspect = page.image.height / page.image.width;
  const maxImageWidth = notes === '' ? width : width - NOTES_MIN_WIDTH_MM - NOTES_GAP_MM;
  const imageWidth = Math.min(maxImageWidth, bodyHeight / aspect);
  const imageHeight = imageWidth * aspect;
  doc.addImage(page.image.toDataURL('image/jpeg', 0.9), 'JPEG', margin, y, imageWidth, imageHeight);
  doc.setDrawColor(217, 221, 227);
  doc.rect(margin, y, imageWidth, imageHeight);

  if (notes !== '') {
    const x = margin + imageWidth + NOTES_GAP_MM;
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(9);
    doc.setTextColor(...TEXT_COLOR);
    doc.text('Speaker notes', x, y, { baseline: 'top' });
    const notesY = y + lineHeightMm(9) + 1;
    writeBlock(doc, {
      text: notes,
      x,
      y: notesY,
      width: PAGE.width - margin - x,
      maxHeight: Math.max(sourcesY - 3 - notesY, lineHeightMm(7)),
      sizePt: 10,
      fallbackSizesPt: [9, 8, 7],
      cutMarker: ' … (the full notes are in the briefing file)',
    });
  }
}

/**
 * Builds the briefing's PDF: one A4 landscape page per slide, in order, each with the slide's view (shown on the
 * map, then captured), its title, speaker notes and the sources its selection cites. Reports progress per slide.
 * Resolves with the PDF; rejects with an `AbortError` when `signal` aborts, or with the first capture error.
 */
export async function buildBriefingPdf(options: PdfExportOptions): Promise<Blob> {
  const { slides, signal } = options;
  if (slides.length === 0) throw new Error('the briefing has no slides');
  if (signal?.aborted) throw abortError();
  // Loaded on demand: the PDF library is only needed when someone exports.
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: options.title, creator: 'Route Atlas' });
  const date = formatIsoDate(localIsoDay(options.date ?? new Date()));
  const scale = options.scale ?? 1;

  for (const [index, slide] of slides.entries()) {
    if (signal?.aborted) throw abortError();
    options.onProgress?.({ slide: index + 1, total: slides.length });
    await options.showSlideAndWait(slide);
    if (signal?.aborted) throw abortError();
    const context = slideContext(options.dataset, slide.query);
    const view = await options.captureView({ scale });
    const image = viewWithLegend(view, context.legend, scale, context.state.theme);
    if (index > 0) doc.addPage('a4', 'landscape');
    writePage(doc, { briefingTitle: options.title, slide, index, total: slides.length, image, sourceNames: context.sourceNames, date });
    const areaReport = slideAreaReport(options.dataset, context.state, options.userLayers ?? []);
    if (areaReport) {
      doc.addPage('a4', 'landscape');
      writeAreaPage(doc, options.dataset, areaReport, slide.title, context.state.time);
    }
  }
  return doc.output('blob');
}
