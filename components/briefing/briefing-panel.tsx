'use client';

import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { getDataset } from '@/data';
import {
  createBriefing,
  deleteBriefing,
  getBriefing,
  listBriefings,
  updateBriefing,
} from '@/lib/briefing/briefing-client';
import {
  MAX_ANNOTATION_TEXT_CHARS,
  MAX_BRIEFING_FILE_BYTES,
  MAX_NOTES_CHARS,
  MAX_TITLE_CHARS,
  parseBriefingFile,
  serializeBriefingFile,
  type Briefing,
  type BriefingSummary,
  type Slide,
} from '@/lib/briefing/briefing-schema';
import {
  addAnnotation,
  addSlide,
  deleteSlide,
  draftForSave,
  draftFromBriefing,
  draftFromInput,
  emptyDraft,
  moveSlide,
  removeAnnotation,
  renameBriefing,
  renameSlide,
  setSlideNotes,
  updateSlideQuery,
  type BriefingDraft,
  type OpResult,
} from '@/lib/briefing/slide-ops';
import { formatIsoDate } from '@/lib/format';
import { canvasToBlob, downloadBlob } from './download';
import { EXPORT_SCALES, exportFileName, type ExportScale } from './export-layout';
import { buildBriefingPdf, type PdfProgress } from './export-pdf';
import { composeViewImage } from './export-png';
import { slideContext } from './slide-context';
import styles from './briefing.module.css';

export type { BriefingDraft } from '@/lib/briefing/slide-ops';

export interface BriefingPanelProps {
  /** The current view's serialized dashboard state (what "Add slide" and "Update from current view" store). */
  currentQuery: string;
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
}

type Message = { kind: 'status' | 'error'; text: string };
type Saved = { state: 'loading' } | { state: 'ready'; items: BriefingSummary[] } | { state: 'error'; message: string };
type Busy = null | 'save' | 'open' | 'png' | 'pdf';

const fingerprint = (draft: Pick<BriefingDraft, 'title' | 'slides'>) => JSON.stringify([draft.title, draft.slides]);
const savedKey = (draft: BriefingDraft | null) => (draft?.saved ? `${draft.saved.id}@${draft.saved.version}` : null);
const quoted = (title: string) => `“${title.trim() || 'Untitled briefing'}”`;

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = formatIsoDate(iso.slice(0, 10));
  return `${day}, ${date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}

/**
 * The briefing editor: title, slides (add from the current view, show, edit, reorder, update, delete, annotate),
 * saving to and opening from the server with conflict handling, JSON export and import, and PNG and PDF export.
 * A controlled component: the dashboard keeps the open briefing and applies slides to the map.
 */
export function BriefingPanel({
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
}: BriefingPanelProps) {
  const id = useId();
  const dataset = getDataset();
  const draft = briefing ?? emptyDraft();

  const [newTitle, setNewTitle] = useState('');
  const [newNotes, setNewNotes] = useState('');
  const [editing, setEditing] = useState<{ slideId: string; title: string; notes: string } | null>(null);
  const [annotating, setAnnotating] = useState<{ slideId: string; text: string; picking: boolean } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [undo, setUndo] = useState<{ draft: BriefingDraft; label: string } | null>(null);
  const [conflict, setConflict] = useState<Briefing | null>(null);
  const [pendingReplace, setPendingReplace] = useState<{ draft: BriefingDraft; label: string; first?: Slide } | null>(null);
  const [saved, setSaved] = useState<Saved>({ state: 'loading' });
  const [confirmDelete, setConfirmDelete] = useState<BriefingSummary | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<PdfProgress | null>(null);
  const [scale, setScale] = useState<ExportScale>(1);

  // What the open briefing looked like when it was last saved or opened, to tell whether it has unsaved changes.
  const [clean, setClean] = useState<{ key: string | null; print: string } | null>(() =>
    briefing?.saved ? { key: savedKey(briefing), print: fingerprint(briefing) } : null,
  );
  // A saved briefing put in place by the dashboard (a /brief/<id> link, back/forward) counts as unchanged.
  const key = savedKey(briefing);
  if (briefing && key !== null && clean?.key !== key) setClean({ key, print: fingerprint(briefing) });

  const hasContent = draft.slides.length > 0 || draft.title.trim() !== '';
  const dirty = hasContent && (clean === null || clean.key !== key || clean.print !== fingerprint(draft));

  // Callbacks that finish later (a map click, a request) read the briefing as it is then, not as it was.
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  });
  const pickToken = useRef(0);
  const pdfAbort = useRef<AbortController | null>(null);

  const say = (text: string) => setMessage({ kind: 'status', text });
  const fail = (text: string) => setMessage({ kind: 'error', text });

  /** Applies an operation's result, or shows why it was refused (the briefing then stays as it is). */
  const apply = (result: OpResult, status?: string): boolean => {
    if (!result.ok) {
      fail(result.message);
      return false;
    }
    onBriefingChange(result.value);
    if (status) say(status);
    return true;
  };

  const refreshSaved = useCallback(async () => {
    const result = await listBriefings();
    setSaved(result.ok ? { state: 'ready', items: result.value.briefings } : { state: 'error', message: result.message });
  }, []);

  useEffect(() => {
    let live = true;
    void listBriefings().then((result) => {
      if (live) setSaved(result.ok ? { state: 'ready', items: result.value.briefings } : { state: 'error', message: result.message });
    });
    return () => {
      live = false;
    };
  }, []);

  const markClean = (value: BriefingDraft) => setClean({ key: savedKey(value), print: fingerprint(value) });

  /** Replaces the open briefing, asking first when it has unsaved changes. */
  const replaceWith = (next: BriefingDraft, label: string, status: string) => {
    const first = next.slides[0];
    if (dirty) {
      setPendingReplace(first ? { draft: next, label, first } : { draft: next, label });
      return;
    }
    onBriefingChange(next);
    if (next.saved) markClean(next);
    else setClean(null);
    setUndo(null);
    setEditing(null);
    if (first) onShowSlide(first);
    say(status);
  };

  // --- Slides ---------------------------------------------------------------------------------------------

  const onAddSlide = () => {
    const result = addSlide(draft, { query: currentQuery, title: newTitle, notes: newNotes });
    if (!result.ok) return fail(result.message);
    const slide = result.value.slides[result.value.slides.length - 1]!;
    onBriefingChange(result.value);
    onShowSlide(slide);
    setNewTitle('');
    setNewNotes('');
    say(`Added slide ${result.value.slides.length}, ${quoted(slide.title)}, showing the current view.`);
  };

  const onSaveEdit = () => {
    if (!editing) return;
    const renamed = renameSlide(draft, editing.slideId, editing.title);
    const result = renamed.ok ? setSlideNotes(renamed.value, editing.slideId, editing.notes) : renamed;
    if (apply(result, 'Slide updated.')) setEditing(null);
  };

  const onDelete = (slide: Slide) => {
    if (apply(deleteSlide(draft, slide.id), `Deleted slide ${quoted(slide.title)}.`)) {
      setUndo({ draft, label: `Restore ${quoted(slide.title)}` });
      if (editing?.slideId === slide.id) setEditing(null);
      if (annotating?.slideId === slide.id) setAnnotating(null);
    }
  };

  const onPlaceAnnotation = () => {
    if (!annotating) return;
    const text = annotating.text.trim();
    if (text === '') return fail('Type the annotation’s text first.');
    const slide = draft.slides.find((s) => s.id === annotating.slideId);
    if (!slide) return setAnnotating(null);
    if (activeSlideId !== slide.id) onShowSlide(slide);
    const token = ++pickToken.current;
    setAnnotating({ ...annotating, picking: true });
    say(`Click the map where ${quoted(text)} goes.`);
    onRequestMapPoint(([lon, lat]) => {
      // A cancelled or superseded pick is ignored.
      if (pickToken.current !== token) return;
      pickToken.current++;
      const result = addAnnotation(latest.current, slide.id, { text, lon, lat });
      if (!result.ok) return fail(result.message);
      onBriefingChange(result.value);
      setAnnotating(null);
      say(`Annotation ${quoted(text)} added to ${quoted(slide.title)}.`);
    });
  };

  const cancelAnnotation = () => {
    pickToken.current++;
    setAnnotating(null);
    setMessage(null);
  };

  // --- Server ---------------------------------------------------------------------------------------------

  const afterSaved = (briefingSaved: Briefing, sent: BriefingDraft) => {
    const fromServer = draftFromBriefing(briefingSaved);
    // Edits made while the request was in flight are kept; they are simply not saved yet.
    const next = latest.current === sent ? fromServer : { ...latest.current, saved: fromServer.saved! };
    onBriefingChange(next);
    markClean(fromServer);
    setConflict(null);
    say(`Saved ${quoted(briefingSaved.title)} (version ${briefingSaved.version}).`);
    void refreshSaved();
  };

  const onSave = async (mode: 'normal' | 'overwrite' | 'copy' = 'normal') => {
    const body = draftForSave(draft);
    if (!body.ok) return fail(body.message);
    const sent = draft;
    setBusy('save');
    try {
      if (draft.saved && mode !== 'copy') {
        const version = mode === 'overwrite' && conflict ? conflict.version : draft.saved.version;
        const result = await updateBriefing(draft.saved.id, { ...body.value, version });
        if (result.ok) return afterSaved(result.value, sent);
        if (result.status === 'conflict') {
          setConflict(result.current);
          return fail(
            `${result.message} Saved ${formatSavedAt(result.current.updatedAt)}. Load their version, overwrite it with yours, or save yours as a copy.`,
          );
        }
        if (result.status === 'not-found') {
          onBriefingChange({ title: latest.current.title, slides: latest.current.slides });
          setClean(null);
          return fail(`${result.message} Save again to store your copy as a new briefing.`);
        }
        return fail(result.message);
      }
      const result = await createBriefing(body.value);
      if (result.ok) return afterSaved(result.value, sent);
      fail(result.message);
    } finally {
      setBusy(null);
    }
  };

  const onLoadTheirs = () => {
    if (!conflict) return;
    const next = draftFromBriefing(conflict);
    setUndo({ draft, label: 'Back to my version' });
    onBriefingChange(next);
    markClean(next);
    setConflict(null);
    say(`Loaded the colleague’s version ${conflict.version} of ${quoted(conflict.title)}. Your version can be restored with the button below.`);
  };

  const onOpen = async (summary: BriefingSummary) => {
    setBusy('open');
    try {
      const result = await getBriefing(summary.id);
      if (!result.ok) {
        fail(result.message);
        void refreshSaved();
        return;
      }
      setConflict(null);
      replaceWith(draftFromBriefing(result.value), quoted(result.value.title), `Opened ${quoted(result.value.title)}.`);
    } finally {
      setBusy(null);
    }
  };

  const onConfirmDelete = async () => {
    if (!confirmDelete) return;
    const target = confirmDelete;
    setConfirmDelete(null);
    const result = await deleteBriefing(target.id);
    if (!result.ok) return fail(result.message);
    if (latest.current.saved?.id === target.id) {
      onBriefingChange({ title: latest.current.title, slides: latest.current.slides });
      setClean(null);
      say(`Deleted ${quoted(target.title)} from the server. The open copy is kept; save it to store it again.`);
    } else say(`Deleted ${quoted(target.title)} from the server.`);
    void refreshSaved();
  };

  // --- Files ----------------------------------------------------------------------------------------------

  const onExportJson = () => {
    const title = draft.title.trim() || 'Untitled briefing';
    const text = serializeBriefingFile({ title, slides: draft.slides });
    downloadBlob(new Blob([text], { type: 'application/json' }), exportFileName(title, new Date(), 'json'));
    say(`Exported ${quoted(title)} as a briefing file.`);
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    // Refused before reading: a huge file must not be loaded into memory only to be turned down.
    if (file.size > MAX_BRIEFING_FILE_BYTES) {
      return fail(`Could not import “${file.name}”: file too large (the limit is ${MAX_BRIEFING_FILE_BYTES / (1024 * 1024)} MB). Nothing was changed.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return fail(`Could not import “${file.name}”: the file could not be read.`);
    }
    const parsed = parseBriefingFile(bytes);
    if (!parsed.ok) return fail(`Could not import “${file.name}”: ${parsed.message}. Nothing was changed.`);
    const next = draftFromInput(parsed.value.briefing);
    replaceWith(
      next,
      `the imported ${quoted(next.title)}`,
      `Imported ${quoted(next.title)} (${next.slides.length} ${next.slides.length === 1 ? 'slide' : 'slides'}). It is not saved on this server yet.`,
    );
  };

  // --- Exports --------------------------------------------------------------------------------------------

  const onExportPng = async () => {
    setBusy('png');
    try {
      const view = await captureView({ scale });
      const context = slideContext(dataset, currentQuery);
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

  const onExportPdf = async () => {
    const slides = draft.slides;
    if (slides.length === 0) return;
    const startQuery = currentQuery;
    const startSlide = draft.slides.find((s) => s.id === activeSlideId);
    const controller = new AbortController();
    pdfAbort.current = controller;
    setBusy('pdf');
    setProgress({ slide: 0, total: slides.length });
    setMessage(null);
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

  // --- View -----------------------------------------------------------------------------------------------

  const exporting = busy === 'png' || busy === 'pdf';
  const savedItems = saved.state === 'ready' ? saved.items : [];

  return (
    <section className={styles.panel} aria-label="Briefing">
      <h2>Briefing</h2>

      <label className={styles.field}>
        Briefing title
        <input
          value={draft.title}
          maxLength={MAX_TITLE_CHARS}
          placeholder="e.g. Leaks through Rason"
          onChange={(e) => apply(renameBriefing(draft, e.target.value))}
        />
      </label>

      <div className={styles.row}>
        <button type="button" onClick={onPresent} disabled={draft.slides.length === 0}>
          Present
        </button>
        <button type="button" onClick={() => void onSave()} disabled={busy !== null || !hasContent}>
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

      {conflict && (
        <div className={styles.confirm}>
          <p>
            A colleague saved a newer version of {quoted(conflict.title)} (version {conflict.version}, {conflict.slides.length}{' '}
            {conflict.slides.length === 1 ? 'slide' : 'slides'}).
          </p>
          <div className={styles.row}>
            <button type="button" onClick={onLoadTheirs}>
              Load their version
            </button>
            <button type="button" onClick={() => void onSave('overwrite')} disabled={busy !== null}>
              Overwrite with mine
            </button>
            <button type="button" onClick={() => void onSave('copy')} disabled={busy !== null}>
              Save mine as a copy
            </button>
          </div>
        </div>
      )}

      {pendingReplace && (
        <div className={styles.confirm}>
          <p>
            The open briefing has unsaved changes. Replace it with {pendingReplace.label}?
          </p>
          <div className={styles.row}>
            <button
              type="button"
              onClick={() => {
                const { draft: next, first } = pendingReplace;
                setPendingReplace(null);
                setUndo({ draft, label: 'Back to the previous briefing' });
                onBriefingChange(next);
                if (next.saved) markClean(next);
                else setClean(null);
                setEditing(null);
                if (first) onShowSlide(first);
                say(`Opened ${quoted(next.title)}.`);
              }}
            >
              Replace
            </button>
            <button type="button" onClick={() => setPendingReplace(null)}>
              Keep the open briefing
            </button>
          </div>
        </div>
      )}

      {undo && (
        <div className={styles.row}>
          <button
            type="button"
            className={styles.small}
            onClick={() => {
              onBriefingChange(undo.draft);
              setUndo(null);
              say('Restored.');
            }}
          >
            {undo.label}
          </button>
        </div>
      )}

      <h3 id={`${id}-slides`}>Slides</h3>
      {draft.slides.length === 0 ? (
        <p className={styles.muted}>No slides yet. Set up a view on the map, then add it as a slide.</p>
      ) : (
        <ol className={styles.slides} aria-labelledby={`${id}-slides`}>
          {draft.slides.map((slide, index) => {
            const active = slide.id === activeSlideId;
            const isEditing = editing?.slideId === slide.id;
            const isAnnotating = annotating?.slideId === slide.id;
            return (
              <li key={slide.id} className={`${styles.slide} ${active ? styles.slideActive : ''}`}>
                <button
                  type="button"
                  className={styles.slideShow}
                  aria-current={active ? 'true' : undefined}
                  title="Show this slide on the map"
                  onClick={() => onShowSlide(slide)}
                >
                  {index + 1}. {slide.title}
                </button>
                {!isEditing && slide.notes.trim() !== '' && <p className={styles.notesPreview}>{slide.notes}</p>}

                {isEditing ? (
                  <div className={styles.row}>
                    <label className={styles.field}>
                      Slide title
                      <input
                        value={editing.title}
                        maxLength={MAX_TITLE_CHARS}
                        onChange={(e) => setEditing({ ...editing, title: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') onSaveEdit();
                          if (e.key === 'Escape') setEditing(null);
                        }}
                      />
                    </label>
                    <label className={styles.field}>
                      Speaker notes
                      <textarea
                        value={editing.notes}
                        maxLength={MAX_NOTES_CHARS}
                        rows={3}
                        onChange={(e) => setEditing({ ...editing, notes: e.target.value })}
                      />
                    </label>
                    <button type="button" className={styles.small} onClick={onSaveEdit}>
                      Save changes
                    </button>
                    <button type="button" className={styles.small} onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <div className={styles.row}>
                    <button
                      type="button"
                      className={styles.small}
                      onClick={() => setEditing({ slideId: slide.id, title: slide.title, notes: slide.notes })}
                    >
                      Rename
                    </button>
                    <button type="button" className={styles.small} disabled={index === 0} onClick={() => apply(moveSlide(draft, slide.id, -1))}>
                      Move up
                    </button>
                    <button
                      type="button"
                      className={styles.small}
                      disabled={index === draft.slides.length - 1}
                      onClick={() => apply(moveSlide(draft, slide.id, 1))}
                    >
                      Move down
                    </button>
                    <button
                      type="button"
                      className={styles.small}
                      onClick={() => apply(updateSlideQuery(draft, slide.id, currentQuery), `Slide ${quoted(slide.title)} now shows the current view.`)}
                    >
                      Update from current view
                    </button>
                    <button type="button" className={styles.small} onClick={() => onDelete(slide)}>
                      Delete
                    </button>
                  </div>
                )}

                {slide.annotations.length > 0 && (
                  <ul className={styles.annotations} aria-label={`Annotations of slide ${index + 1}`}>
                    {slide.annotations.map((annotation) => (
                      <li key={annotation.id}>
                        {annotation.text}{' '}
                        <button
                          type="button"
                          className={styles.small}
                          aria-label={`Remove annotation ${annotation.text}`}
                          onClick={() => apply(removeAnnotation(draft, slide.id, annotation.id))}
                        >
                          Remove
                        </button>
                      </li>
                    ))}
                  </ul>
                )}

                {isAnnotating ? (
                  <div className={styles.row}>
                    <label className={styles.field}>
                      Annotation text
                      <input
                        value={annotating.text}
                        maxLength={MAX_ANNOTATION_TEXT_CHARS}
                        disabled={annotating.picking}
                        onChange={(e) => setAnnotating({ ...annotating, text: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') onPlaceAnnotation();
                        }}
                      />
                    </label>
                    {annotating.picking ? (
                      <span className={styles.muted}>Click the map…</span>
                    ) : (
                      <button type="button" className={styles.small} onClick={onPlaceAnnotation}>
                        Place on map
                      </button>
                    )}
                    <button type="button" className={styles.small} onClick={cancelAnnotation}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className={styles.small}
                    onClick={() => {
                      pickToken.current++;
                      setAnnotating({ slideId: slide.id, text: '', picking: false });
                    }}
                  >
                    Add annotation
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}

      <fieldset className={styles.newSlide}>
        <legend>New slide from the current view</legend>
        <label className={styles.field}>
          Slide title
          <input value={newTitle} maxLength={MAX_TITLE_CHARS} onChange={(e) => setNewTitle(e.target.value)} />
        </label>
        <label className={styles.field}>
          Speaker notes
          <textarea value={newNotes} maxLength={MAX_NOTES_CHARS} rows={3} onChange={(e) => setNewNotes(e.target.value)} />
        </label>
        <div className={styles.row}>
          <button type="button" onClick={onAddSlide}>
            Add slide
          </button>
        </div>
      </fieldset>

      <h3>Export</h3>
      <div className={styles.row}>
        <label className={styles.field}>
          Image size
          <select value={scale} onChange={(e) => setScale(e.target.value === '2' ? 2 : 1)} disabled={exporting}>
            {EXPORT_SCALES.map((s) => (
              <option key={s} value={s}>
                {s === 1 ? 'Screen size' : '2× screen size'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void onExportPng()} disabled={exporting}>
          {busy === 'png' ? 'Exporting…' : 'Export PNG'}
        </button>
        <button type="button" onClick={() => void onExportPdf()} disabled={exporting || draft.slides.length === 0}>
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
            <button type="button" className={styles.small} onClick={() => pdfAbort.current?.abort()}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div className={styles.row}>
        <button type="button" onClick={onExportJson} disabled={!hasContent}>
          Export briefing
        </button>
        <label className={styles.fileButton}>
          Import briefing
          <input
            type="file"
            className={styles.fileInput}
            accept="application/json,.json"
            onChange={(e) => void onImport(e)}
          />
        </label>
      </div>

      <h3 id={`${id}-saved`}>Saved briefings</h3>
      {saved.state === 'loading' && <p className={styles.muted}>Loading…</p>}
      {saved.state === 'error' && (
        <p className={styles.muted}>
          {saved.message}{' '}
          <button type="button" className={styles.small} onClick={() => void refreshSaved()}>
            Try again
          </button>
        </p>
      )}
      {saved.state === 'ready' && savedItems.length === 0 && <p className={styles.muted}>No briefing is saved on this server yet.</p>}
      {savedItems.length > 0 && (
        <ul className={styles.savedList} aria-labelledby={`${id}-saved`}>
          {savedItems.map((item) => (
            <li key={item.id} className={styles.savedItem}>
              <span>
                <strong>{item.title}</strong>
                <span className={styles.muted}>
                  {' '}
                  · {item.slideCount} {item.slideCount === 1 ? 'slide' : 'slides'} · {formatSavedAt(item.updatedAt)}
                </span>
              </span>
              {confirmDelete?.id === item.id ? (
                <>
                  <button type="button" className={styles.small} onClick={() => void onConfirmDelete()}>
                    Confirm delete
                  </button>
                  <button type="button" className={styles.small} onClick={() => setConfirmDelete(null)}>
                    Cancel
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className={styles.small}
                    aria-label={`Open ${item.title}`}
                    disabled={busy !== null}
                    onClick={() => void onOpen(item)}
                  >
                    Open
                  </button>
                  <button type="button" className={styles.small} aria-label={`Delete ${item.title}`} onClick={() => setConfirmDelete(item)}>
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {saved.state === 'ready' && (
        <div className={styles.row}>
          <button type="button" className={styles.small} onClick={() => void refreshSaved()}>
            Refresh list
          </button>
        </div>
      )}
    </section>
  );
}
