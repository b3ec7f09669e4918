'use client';

import { useRef, useState } from 'react';
import type { Slide } from '@/lib/briefing/briefing-schema';
import {
  addAnnotation,
  addSlide,
  deleteSlide,
  moveSlide,
  removeAnnotation,
  renameBriefing,
  renameSlide,
  setSlideNotes,
  updateSlideQuery,
  type BriefingDraft,
  type OpResult,
} from '@/lib/briefing/slide-ops';
import { quoted } from './panel-wording';
import { useLatest } from '@/components/ui/use-latest';
import type { PanelFeedback } from './use-panel-feedback';

/** A slide's title and notes while they are edited. */
export type SlideEdit = { slideId: string; title: string; notes: string };

/** An annotation while its text is typed, then (`picking`) while the map waits for the click that places it. */
export type AnnotationDraft = { slideId: string; text: string; picking: boolean };

export interface BriefingEditorOptions {
  draft: BriefingDraft;
  /** The current view's serialized dashboard state, read when asked: what a new or updated slide shows. */
  currentQuery: () => string;
  activeSlideId: string | null;
  onBriefingChange: (draft: BriefingDraft) => void;
  onShowSlide: (slide: Slide) => void;
  onRequestMapPoint: (callback: (lonLat: [number, number]) => void) => void;
  feedback: PanelFeedback;
}

/**
 * Edits to the open briefing: its title; adding, renaming, reordering, updating and deleting slides; annotations
 * placed with a click on the map. Every edit is a slide operation, and a refused one leaves the briefing as it is and
 * says why.
 */
export function useBriefingEditor({
  draft,
  currentQuery,
  activeSlideId,
  onBriefingChange,
  onShowSlide,
  onRequestMapPoint,
  feedback: { say, fail, clearMessage, offerUndo },
}: BriefingEditorOptions) {
  const [editing, setEditing] = useState<SlideEdit | null>(null);
  const [annotating, setAnnotating] = useState<AnnotationDraft | null>(null);
  const latest = useLatest(draft);
  // Bumped by every new, cancelled or finished pick, so that a map click meant for an earlier one is ignored.
  const pickToken = useRef(0);

  const apply = (result: OpResult, status?: string): boolean => {
    if (!result.ok) {
      fail(result.message);
      return false;
    }
    onBriefingChange(result.value);
    if (status) say(status);
    return true;
  };

  /** Appends the current view as a slide and shows it; false when it was refused. */
  const addSlideFromView = (title: string, notes: string): boolean => {
    const result = addSlide(draft, { query: currentQuery(), title, notes });
    if (!result.ok) {
      fail(result.message);
      return false;
    }
    const slide = result.value.slides[result.value.slides.length - 1]!;
    onBriefingChange(result.value);
    onShowSlide(slide);
    say(`Added slide ${result.value.slides.length}, ${quoted(slide.title)}, showing the current view.`);
    return true;
  };

  const saveEdit = () => {
    if (!editing) return;
    const renamed = renameSlide(draft, editing.slideId, editing.title);
    const result = renamed.ok ? setSlideNotes(renamed.value, editing.slideId, editing.notes) : renamed;
    if (apply(result, 'Slide updated.')) setEditing(null);
  };

  const removeSlide = (slide: Slide) => {
    if (apply(deleteSlide(draft, slide.id), `Deleted slide ${quoted(slide.title)}.`)) {
      offerUndo(draft, `Restore ${quoted(slide.title)}`);
      if (editing?.slideId === slide.id) setEditing(null);
      if (annotating?.slideId === slide.id) setAnnotating(null);
    }
  };

  const placeAnnotation = () => {
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
      if (pickToken.current !== token) return;
      pickToken.current++;
      const result = addAnnotation(latest.current, slide.id, { text, lon, lat });
      if (!result.ok) return fail(result.message);
      onBriefingChange(result.value);
      setAnnotating(null);
      say(`Annotation ${quoted(text)} added to ${quoted(slide.title)}.`);
    });
  };

  return {
    editing,
    annotating,
    setTitle: (title: string) => apply(renameBriefing(draft, title)),
    addSlideFromView,
    startEdit: (slide: Slide) => setEditing({ slideId: slide.id, title: slide.title, notes: slide.notes }),
    setEdit: (edit: SlideEdit) => setEditing(edit),
    saveEdit,
    cancelEdit: () => setEditing(null),
    moveSlide: (slide: Slide, step: -1 | 1) => apply(moveSlide(draft, slide.id, step)),
    updateSlideFromView: (slide: Slide) =>
      apply(updateSlideQuery(draft, slide.id, currentQuery()), `Slide ${quoted(slide.title)} now shows the current view.`),
    removeSlide,
    removeAnnotation: (slide: Slide, annotationId: string) => apply(removeAnnotation(draft, slide.id, annotationId)),
    startAnnotation: (slide: Slide) => {
      pickToken.current++;
      setAnnotating({ slideId: slide.id, text: '', picking: false });
    },
    setAnnotationText: (text: string) => {
      if (annotating) setAnnotating({ ...annotating, text });
    },
    placeAnnotation,
    cancelAnnotation: () => {
      pickToken.current++;
      setAnnotating(null);
      clearMessage();
    },
  };
}

export type BriefingEditor = ReturnType<typeof useBriefingEditor>;
