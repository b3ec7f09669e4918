'use client';

import { MAX_ANNOTATION_TEXT_CHARS, type Slide } from '@/lib/briefing/briefing-schema';
import type { BriefingEditor } from './use-briefing-editor';
import styles from './briefing.module.css';

export interface SlideAnnotationsProps {
  slide: Slide;
  /** 0-based place of the slide in the briefing, which names the list. */
  index: number;
  editor: BriefingEditor;
}

/** A slide's annotations, each with a remove button, and the form that writes a new one and places it on the map. */
export function SlideAnnotations({ slide, index, editor }: SlideAnnotationsProps) {
  const annotating = editor.annotating?.slideId === slide.id ? editor.annotating : null;
  return (
    <>
      {slide.annotations.length > 0 && (
        <ul className={styles.annotations} aria-label={`Annotations of slide ${index + 1}`}>
          {slide.annotations.map((annotation) => (
            <li key={annotation.id}>
              {annotation.text}{' '}
              <button
                type="button"
                className={styles.small}
                aria-label={`Remove annotation ${annotation.text}`}
                onClick={() => editor.removeAnnotation(slide, annotation.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}

      {annotating ? (
        <div className={styles.row}>
          <label className={styles.field}>
            Annotation text
            <input
              value={annotating.text}
              maxLength={MAX_ANNOTATION_TEXT_CHARS}
              disabled={annotating.picking}
              onChange={(e) => editor.setAnnotationText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') editor.placeAnnotation();
              }}
            />
          </label>
          {annotating.picking ? (
            <span className={styles.muted}>Click the map…</span>
          ) : (
            <button type="button" className={styles.small} onClick={editor.placeAnnotation}>
              Place on map
            </button>
          )}
          <button type="button" className={styles.small} onClick={editor.cancelAnnotation}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className={styles.small} onClick={() => editor.startAnnotation(slide)}>
          Add annotation
        </button>
      )}
    </>
  );
}
