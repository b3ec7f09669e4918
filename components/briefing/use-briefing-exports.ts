'use client';

import { useRef, useState } from 'react';
import { getDataset } from '@/data';
import type { Slide } from '@/lib/briefing/briefing-schema';
import type { BriefingDraft } from '@/lib/briefing/slide-ops';
import { canvasToBlob, downloadBlob } from '../ui/download';
import { exportFileName, type ExportScale } from './export-layout';
import { buildBriefingPdf, type PdfProgress } from './export-pdf';
import { composeViewImage } from './export-png';
import { quoted } from './panel-wording';
import { slideContext } from './slide-context';
import type { PanelFeedback } from './use-panel-feedback';
import type { UserLayer } from '@/geo/analysis/user-data/types';

export interface BriefingExportsOptions {
  draft: BriefingDraft;
  /** The current view's serialized dashboard state, read when an export starts. */
  currentQuery: () => string;
  activeSlideId: string | null;
  onShowSlide: (slide: Slide) => void;
  captureView: (options: { scale: ExportScale }) => Promise<HTMLCanvasElement>;
  showSlideAndWait: (slide: Slide) => Promise<void>;
  onRestoreView?: (query: string) => void;
  feedback: PanelFeedback;
  /** The user's layers, for the area report pages of the PDF. */
  userLayers?: readonly UserLayer[] | undefined;
}

/**
 * The image exports: the current view as a PNG, and the briefing as a PDF of one page per slide, which steps the
 * map through the slides with progress and a cancel, then puts back what was on screen.
 */
export function useBriefingExports({
  draft,
  currentQuery,
  activeSlideId,
  onShowSlide,
  captureView,
  showSlideAndWait,
  onRestoreView,
  userLayers,
  feedback: { say, fail, clearMessage, busy, setBusy },
}: BriefingExportsOptions) {
  const dataset = getDataset();
  const [scale, setScale] = useState<ExportScale>(1);
  const [progress, setProgress] = useState<PdfProgress | null>(null);
  const pdfAbort = useRef<AbortController | null>(null);

  const exportPng = async () => {
    setBusy('png');
    try {
      const query = currentQuery();
      const view = await captureView({ scale });
      const context = slideContext(dataset, query);
      const active = draft.slides.find((s) => s.id === activeSlideId);
      // The slide's title when a slide is shown; else what is selected, else the briefing's title.
      const title = active?.title ?? context.selectionName ?? (draft.title.trim() || 'Route Atlas');
      const canvas = composeViewImage({
        view,
        scale,
        title,
        subtitle: active || context.selectionName ? draft.title.trim() : '',
        date: new Date(),
        legend: context.legend,
        sourceFooter: context.sourceFooter,
        theme: context.state.theme,
      });
      const blob = await canvasToBlob(canvas, 'image/png');
      downloadBlob(blob, exportFileName(title, new Date(), 'png'));
      say(`Exported the view as a PNG image (${canvas.width} × ${canvas.height} pixels).`);
    } catch (error) {
      fail(`Could not export the image: ${error instanceof Error ? error.message : 'unknown error'}.`);
    } finally {
      setBusy(null);
    }
  };

  const exportPdf = async () => {
    const slides = draft.slides;
    if (slides.length === 0) return;
    const startQuery = currentQuery();
    const startSlide = draft.slides.find((s) => s.id === activeSlideId);
    const controller = new AbortController();
    pdfAbort.current = controller;
    setBusy('pdf');
    setProgress({ slide: 0, total: slides.length });
    clearMessage();
    const title = draft.title.trim() || 'Untitled briefing';
    try {
      const blob = await buildBriefingPdf({
        title,
        slides,
        dataset,
        showSlideAndWait,
        captureView,
        scale,
        signal: controller.signal,
        onProgress: setProgress,
        ...(userLayers ? { userLayers } : {}),
      });
      downloadBlob(blob, exportFileName(title, new Date(), 'pdf'));
      say(`Exported ${quoted(title)} as a PDF of ${slides.length} ${slides.length === 1 ? 'page' : 'pages'}.`);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') say('PDF export cancelled.');
      else fail(`Could not export the PDF: ${error instanceof Error ? error.message : 'unknown error'}.`);
    } finally {
      pdfAbort.current = null;
      setProgress(null);
      setBusy(null);
      // Back to what was on screen: the slide that was shown if the view was still its view, else the view itself.
      if (startSlide && (startSlide.query === startQuery || !onRestoreView)) onShowSlide(startSlide);
      else onRestoreView?.(startQuery);
    }
  };

  return {
    scale,
    setScale,
    progress,
    exporting: busy === 'png' || busy === 'pdf',
    pngBusy: busy === 'png',
    exportPng,
    exportPdf,
    cancelPdf: () => pdfAbort.current?.abort(),
  };
}

export type BriefingExports = ReturnType<typeof useBriefingExports>;
