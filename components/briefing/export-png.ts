import type { Theme } from '@/geo/basemap/basemap-theme';
import { formatIsoDate } from '@/lib/format';
import { PNG_FOOTER_PX, PNG_HEADER_PX, exportedPngSize, localIsoDay, type ExportScale } from './export-layout';
import type { LegendItem, LegendSection } from './slide-context';

/** Band and text colours of an export, by theme (the dashboard's panel colours). */
const EXPORT_COLORS: Record<Theme, { band: string; text: string; muted: string; line: string; legendBg: string }> = {
  light: { band: '#ffffff', text: '#1d2430', muted: '#5b6572', line: '#d9dde3', legendBg: 'rgba(255, 255, 255, 0.92)' },
  dark: { band: '#1b222c', text: '#e6e9ee', muted: '#9aa5b3', line: '#2f3845', legendBg: 'rgba(27, 34, 44, 0.92)' },
};

const FONT = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK KR", sans-serif';

export interface ComposeOptions {
  /** The map and deck layers of the view, composited (from the dashboard's `captureView`). */
  view: HTMLCanvasElement;
  scale: ExportScale;
  /** The big line of the title band: the slide's title, or the briefing's. */
  title: string;
  /** The small line under it, e.g. the briefing's title; may be empty. */
  subtitle: string;
  date: Date;
  legend: readonly LegendSection[];
  /** "Sources: … · Basemap: Natural Earth; © OpenStreetMap contributors (ODbL)". */
  sourceFooter: string;
  theme: Theme;
}

/** `text` cut with an ellipsis to fit `maxWidth` in the context's current font. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low)}…`;
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number, s: number): void {
  ctx.save();
  const cy = y + 6 * s;
  ctx.fillStyle = item.color;
  ctx.strokeStyle = item.color;
  switch (item.shape) {
    case 'disc':
      ctx.beginPath();
      ctx.arc(x + 6 * s, cy, 5 * s, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'ring':
      ctx.beginPath();
      ctx.arc(x + 6 * s, cy, 4.5 * s, 0, Math.PI * 2);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 2 * s;
      ctx.stroke();
      break;
    case 'area':
      ctx.fillRect(x, cy - 5 * s, 14 * s, 10 * s);
      break;
    default:
      ctx.lineWidth = 3 * s;
      ctx.setLineDash(item.shape === 'dashed' ? [5 * s, 3 * s] : item.shape === 'dotted' ? [2 * s, 3 * s] : []);
      ctx.beginPath();
      ctx.moveTo(x, cy);
      ctx.lineTo(x + 18 * s, cy);
      ctx.stroke();
  }
  ctx.restore();
}

/**
 * The legend in the map's bottom-right corner, as on screen; groups flow into a further column to the left when
 * they do not fit the height.
 */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  sections: readonly LegendSection[],
  area: { x: number; y: number; width: number; height: number },
  s: number,
  colors: (typeof EXPORT_COLORS)[Theme],
): void {
  if (sections.length === 0) return;
  const row = 15 * s;
  const heading = 17 * s;
  const pad = 8 * s;
  const columnWidth = 215 * s;
  const maxHeight = Math.max(area.height - 20 * s, row * 4);
  // Lay the groups out in columns first, then draw the box behind them.
  const columns: LegendSection[][] = [[]];
  let used = 0;
  for (const section of sections) {
    const height = heading + section.items.length * row;
    if (used > 0 && used + height > maxHeight - 2 * pad) {
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1]!.push(section);
    used += height;
  }
  const heights = columns.map((c) => c.reduce((sum, sec) => sum + heading + sec.items.length * row, 0));
  const boxWidth = columns.length * columnWidth + pad * 2;
  const boxHeight = Math.min(Math.max(...heights) + pad * 2, area.height - 10 * s);
  const boxX = area.x + area.width - boxWidth - 10 * s;
  const boxY = area.y + area.height - boxHeight - 10 * s;
  ctx.save();
  ctx.fillStyle = colors.legendBg;
  ctx.strokeStyle = colors.line;
  ctx.lineWidth = s;
  ctx.fillRect(boxX, boxY, boxWidth, boxHeight);
  ctx.strokeRect(boxX, boxY, boxWidth, boxHeight);
  ctx.beginPath();
  ctx.rect(boxX, boxY, boxWidth, boxHeight);
  ctx.clip();
  ctx.textBaseline = 'top';
  columns.forEach((column, index) => {
    const x = boxX + pad + index * columnWidth;
    let y = boxY + pad;
    for (const section of column) {
      ctx.fillStyle = colors.text;
      ctx.font = `700 ${11 * s}px ${FONT}`;
      ctx.fillText(fitText(ctx, section.title, columnWidth - 8 * s), x, y + 2 * s);
      y += heading;
      ctx.font = `400 ${11 * s}px ${FONT}`;
      for (const item of section.items) {
        drawSwatch(ctx, item, x, y, s);
        ctx.fillStyle = colors.text;
        ctx.fillText(fitText(ctx, item.label, columnWidth - 32 * s), x + 24 * s, y + s);
        y += row;
      }
    }
  });
  ctx.restore();
}

/**
 * Draws the exported image: a title band (title, subtitle, date), the view image unscaled, the legend over the map's
 * bottom-right corner, and a band with the sources. Text is drawn as text on the canvas, never parsed as markup.
 */
export function composeViewImage(options: ComposeOptions, doc: Document = document): HTMLCanvasElement {
  const { view, scale: s, theme } = options;
  const colors = EXPORT_COLORS[theme];
  const size = exportedPngSize(view.width, view.height, s);
  const canvas = doc.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser has no 2D canvas');
  const header = PNG_HEADER_PX * s;
  const footer = PNG_FOOTER_PX * s;
  const margin = 14 * s;

  ctx.fillStyle = colors.band;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(view, 0, header);

  // Title band.
  ctx.fillStyle = colors.line;
  ctx.fillRect(0, header - s, size.width, s);
  const date = formatIsoDate(localIsoDay(options.date));
  ctx.textBaseline = 'alphabetic';
  ctx.font = `400 ${12 * s}px ${FONT}`;
  const dateWidth = ctx.measureText(date).width;
  ctx.fillStyle = colors.muted;
  ctx.textAlign = 'right';
  ctx.fillText(date, size.width - margin, 22 * s);
  // The product's name as the credit line, unless it is already the title.
  const brand = options.title === 'Route Atlas' ? '' : 'Route Atlas';
  ctx.fillText(brand, size.width - margin, 40 * s);
  ctx.textAlign = 'left';
  const textWidth = size.width - margin * 3 - Math.max(dateWidth, ctx.measureText(brand).width);
  ctx.fillStyle = colors.text;
  ctx.font = `700 ${(options.subtitle ? 18 : 20) * s}px ${FONT}`;
  ctx.fillText(fitText(ctx, options.title, textWidth), margin, (options.subtitle ? 25 : 34) * s);
  if (options.subtitle) {
    ctx.font = `400 ${12 * s}px ${FONT}`;
    ctx.fillStyle = colors.muted;
    ctx.fillText(fitText(ctx, options.subtitle, textWidth), margin, 44 * s);
  }

  drawLegend(ctx, options.legend, { x: 0, y: header, width: view.width, height: view.height }, s, colors);

  // Source band.
  const footerTop = header + view.height;
  ctx.fillStyle = colors.line;
  ctx.fillRect(0, footerTop, size.width, s);
  ctx.fillStyle = colors.muted;
  ctx.font = `400 ${11 * s}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, options.sourceFooter, size.width - margin * 2), margin, footerTop + footer / 2);
  return canvas;
}

/** A copy of the view image with the legend drawn in its bottom-right corner (for PDF pages). */
export function viewWithLegend(
  view: HTMLCanvasElement,
  legend: readonly LegendSection[],
  scale: ExportScale,
  theme: Theme,
  doc: Document = document,
): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.width = view.width;
  canvas.height = view.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser has no 2D canvas');
  ctx.drawImage(view, 0, 0);
  drawLegend(ctx, legend, { x: 0, y: 0, width: view.width, height: view.height }, scale, EXPORT_COLORS[theme]);
  return canvas;
}
