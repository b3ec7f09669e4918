'use client';

import { memo, useId } from 'react';
import { MAX_TITLE_CHARS, type Slide } from '@/lib/briefing/briefing-schema';
import { emptyDraft, type BriefingDraft } from '@/lib/briefing/slide-ops';
import { ConflictChoices } from './conflict-choices';
import { ExportControls } from './export-controls';
import type { ExportScale } from './export-layout';
import { NewSlideForm } from './new-slide-form';
import { ReplaceConfirmation } from './replace-confirmation';
import { SavedBriefings } from './saved-briefings';
import { SlideItem } from './slide-item';
import { DraftOffer } from './draft-offer';
import { quoted } from './panel-wording';
import { useBriefingEditor } from './use-briefing-editor';
import { useBriefingExports } from './use-briefing-exports';
import { useBriefingFile } from './use-briefing-file';
import { useBriefingReplace } from './use-briefing-replace';
import { useBriefingStorage } from './use-briefing-storage';
import { useDraftRecovery } from './use-draft-recovery';
import { usePanelFeedback } from './use-panel-feedback';
import { useUnsavedChanges } from './use-unsaved-changes';
import { useLeavePrompt } from '@/components/ui/use-leave-prompt';
import type { UserLayer } from '@/geo/analysis/user-data/types';
import styles from './briefing.module.css';

export type { BriefingDraft } from '@/lib/briefing/slide-ops';

export interface BriefingPanelProps {
  /**
   * The current view's serialized dashboard state (what "Add slide" and "Update from current view" store), read when
   * a slide is added or updated or the view exported. A function, the same one throughout, so that panning the map or
   * moving the time range does not re-render this panel, which sits in a tab that is mostly hidden.
   */
  currentQuery: () => string;
  /** The open briefing, kept by the dashboard; null before one is started. */
  briefing: BriefingDraft | null;
  onBriefingChange: (draft: BriefingDraft) => void;
  /** The slide whose view is shown, if any. */
  activeSlideId: string | null;
  /** Applies a slide's view (camera, layers, filters, selection) and makes it the active slide. */
  onShowSlide: (slide: Slide) => void;
  onPresent: () => void;
  /** Makes the next click on the map call back with its position, in degrees. */
  onRequestMapPoint: (callback: (lonLat: [number, number]) => void) => void;
  /** The composited map and deck image of the current view, at the screen size times `scale`. */
  captureView: (options: { scale: ExportScale }) => Promise<HTMLCanvasElement>;
  /** Applies a slide and resolves once the map is idle (used by the PDF export). */
  showSlideAndWait: (slide: Slide) => Promise<void>;
  /**
   * Puts a view (a serialized state) back after the PDF export stepped through the slides, when the view then was
   * not exactly a slide's. Without it, the slide that was active is shown again, or the last slide stays.
   */
  onRestoreView?: (query: string) => void;
  /** The user's layers, for the area report pages of the PDF. */
  userLayers?: readonly UserLayer[];
}

/**
 * The briefing editor: title, slides (add from the current view, show, edit, reorder, update, delete, annotate),
 * saving to and opening from the server with conflict handling, JSON export and import, and PNG and PDF export.
 * A controlled component: the dashboard keeps the open briefing and applies slides to the map. Each job lives in its
 * own hook; this component lays them out. Memoised: it sits in a tab that is mostly hidden, and the dashboard
 * re-renders more than once for each filter change.
 */
export const BriefingPanel = memo(function BriefingPanel({
  currentQuery,
  briefing,
  onBriefingChange,
  activeSlideId,
  onShowSlide,
  onPresent,
  onRequestMapPoint,
  captureView,
  showSlideAndWait,
  onRestoreView,
  userLayers,
}: BriefingPanelProps) {
  const slidesHeadingId = useId();
  const draft = briefing ?? emptyDraft();

  const feedback = usePanelFeedback();
  const { message, undo, busy } = feedback;
  const { hasContent, dirty, markClean, markUnsaved, markRestored } = useUnsavedChanges(draft);
  useLeavePrompt(dirty);
  const recovery = useDraftRecovery({
    draft,
    dirty,
    onRestore: (record) => {
      if (dirty) feedback.offerUndo(draft, 'Back to the briefing I had open');
      onBriefingChange(record.draft);
      markRestored(record.draft);
      feedback.say(`Restored ${quoted(record.draft.title)} (${record.draft.slides.length} slides). Save it to keep it on the server.`);
    },
    onStorageProblem: feedback.fail,
  });
  const editor = useBriefingEditor({ draft, currentQuery, activeSlideId, onBriefingChange, onShowSlide, onRequestMapPoint, feedback });
  const replace = useBriefingReplace({
    draft,
    dirty,
    onBriefingChange,
    onShowSlide,
    markClean,
    markUnsaved,
    cancelEdit: editor.cancelEdit,
    feedback,
  });
  const { replaceWith } = replace;
  const storage = useBriefingStorage({ draft, onBriefingChange, markClean, markUnsaved, replaceWith, feedback });
  const file = useBriefingFile({ draft, replaceWith, feedback });
  const exports = useBriefingExports({
    draft,
    currentQuery,
    activeSlideId,
    onShowSlide,
    captureView,
    showSlideAndWait,
    onRestoreView,
    feedback,
    userLayers,
  });

  return (
    <section className={styles.panel} aria-label="Briefing">
      <h2>Briefing</h2>

      <label className={styles.field}>
        Briefing title
        <input
          value={draft.title}
          maxLength={MAX_TITLE_CHARS}
          placeholder="e.g. Leaks through Rason"
          onChange={(e) => editor.setTitle(e.target.value)}
        />
      </label>

      <div className={styles.row}>
        <button type="button" onClick={onPresent} disabled={draft.slides.length === 0}>
          Present
        </button>
        <button type="button" onClick={() => void storage.save()} disabled={busy !== null || !hasContent}>
          {busy === 'save' ? 'Saving…' : 'Save'}
        </button>
        {dirty && <span className={styles.muted}>Unsaved changes</span>}
        {!dirty && draft.saved && <span className={styles.muted}>Saved · version {draft.saved.version}</span>}
      </div>

      {/* Always in the page, so that screen readers announce what is put into them. */}
      <div role="alert" aria-label="Briefing errors">
        {message?.kind === 'error' && <p className={styles.alert}>{message.text}</p>}
      </div>
      <div role="status" aria-label="Briefing status">
        {message?.kind === 'status' && <p className={styles.status}>{message.text}</p>}
      </div>

      {storage.conflict && (
        <ConflictChoices
          conflict={storage.conflict}
          busy={busy !== null}
          onLoadTheirs={storage.loadTheirs}
          onOverwrite={() => void storage.save('overwrite')}
          onSaveCopy={() => void storage.save('copy')}
        />
      )}

      {recovery.offer && (
        <DraftOffer
          record={recovery.offer}
          onRestore={() => recovery.offer && recovery.restore(recovery.offer)}
          onDiscard={() => recovery.offer && recovery.discard(recovery.offer)}
        />
      )}

      {replace.pending && (
        <ReplaceConfirmation label={replace.pending.label} onReplace={replace.confirmReplace} onKeep={replace.keepOpenBriefing} />
      )}

      {undo && (
        <div className={styles.row}>
          <button
            type="button"
            className={styles.small}
            onClick={() => {
              onBriefingChange(undo.draft);
              feedback.clearUndo();
              feedback.say('Restored.');
            }}
          >
            {undo.label}
          </button>
        </div>
      )}

      <h3 id={slidesHeadingId}>Slides</h3>
      {draft.slides.length === 0 ? (
        <p className={styles.muted}>No slides yet. Set up a view on the map, then add it as a slide.</p>
      ) : (
        <ol className={styles.slides} aria-labelledby={slidesHeadingId}>
          {draft.slides.map((slide, index) => (
            <SlideItem
              key={slide.id}
              slide={slide}
              index={index}
              slideCount={draft.slides.length}
              active={slide.id === activeSlideId}
              onShow={() => onShowSlide(slide)}
              editor={editor}
            />
          ))}
        </ol>
      )}

      <NewSlideForm onAdd={editor.addSlideFromView} />

      <ExportControls exports={exports} file={file} hasContent={hasContent} hasSlides={draft.slides.length > 0} />

      <SavedBriefings
        saved={storage.saved}
        busy={busy !== null}
        onOpen={(summary) => void storage.open(summary)}
        onDelete={(summary) => void storage.remove(summary)}
        onRefresh={() => void storage.refreshSaved()}
      />
    </section>
  );
});
