/**
 * Layout of an exported PNG, in CSS pixels (multiplied by the export scale): a title band above the map image and a
 * source band below it, so that nothing of the view is covered except by the legend, as on screen.
 * Pure constants and arithmetic: the e2e spec imports them to check the downloaded image's size.
 */
export const PNG_HEADER_PX = 56;
export const PNG_FOOTER_PX = 28;

/** Export scales offered: the screen size, or twice it for print. */
export const EXPORT_SCALES = [1, 2] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

/** Size in pixels of the PNG exported from a map view image of `viewWidthPx` × `viewHeightPx` at `scale`. */
export function exportedPngSize(viewWidthPx: number, viewHeightPx: number, scale: ExportScale): { width: number; height: number } {
  return { width: viewWidthPx, height: viewHeightPx + (PNG_HEADER_PX + PNG_FOOTER_PX) * scale };
}

/** A file name part from a title: lower-case ASCII letters, digits and dashes, at most 60 characters. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'briefing';
}

/** The calendar day of `date` in local time, as `yyyy-mm-dd`. */
export function localIsoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** `route-atlas-<title>-<yyyy-mm-dd>.<extension>` in local time. */
export function exportFileName(title: string, date: Date, extension: 'png' | 'pdf' | 'json'): string {
  return `route-atlas-${fileSlug(title)}-${localIsoDay(date)}.${extension}`;
}
