'use client';

import { EXPORT_SCALES } from './export-layout';
import type { BriefingExports } from './use-briefing-exports';
import type { BriefingFile } from './use-briefing-file';
import styles from './briefing.module.css';

export interface ExportControlsProps {
  exports: BriefingExports;
  file: BriefingFile;
  /** Whether the briefing has a title or slides, which the briefing file needs. */
  hasContent: boolean;
  /** Whether the briefing has slides, which the PDF needs. */
  hasSlides: boolean;
}

/** The image size, the PNG and PDF exports (with the PDF's progress and cancel), and the briefing file's export and import. */
export function ExportControls({ exports, file, hasContent, hasSlides }: ExportControlsProps) {
  const { progress, exporting } = exports;
  return (
    <>
      <h3>Export</h3>
      <div className={styles.row}>
        <label className={styles.field}>
          Image size
          <select value={exports.scale} onChange={(e) => exports.setScale(e.target.value === '2' ? 2 : 1)} disabled={exporting}>
            {EXPORT_SCALES.map((s) => (
              <option key={s} value={s}>
                {s === 1 ? 'Screen size' : '2× screen size'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void exports.exportPng()} disabled={exporting}>
          {exports.pngBusy ? 'Exporting…' : 'Export PNG'}
        </button>
        <button type="button" onClick={() => void exports.exportPdf()} disabled={exporting || !hasSlides}>
          Export PDF
        </button>
      </div>
      {progress && (
        <div className={styles.progress}>
          <label>
            {progress.slide === 0 ? 'Preparing the PDF…' : `Exporting slide ${progress.slide} of ${progress.total}`}
            <progress max={progress.total} value={Math.max(progress.slide - 1, 0)} />
          </label>
          <div className={styles.row}>
            <button type="button" className={styles.small} onClick={exports.cancelPdf}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div className={styles.row}>
        <button type="button" onClick={file.exportFile} disabled={!hasContent}>
          Export briefing
        </button>
        <label className={styles.fileButton}>
          Import briefing
          <input
            type="file"
            className={styles.fileInput}
            accept="application/json,.json"
            onChange={(e) => void file.importFile(e)}
          />
        </label>
      </div>
    </>
  );
}
