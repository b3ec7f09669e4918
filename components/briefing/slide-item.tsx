'use client';

import { MAX_NOTES_CHARS, MAX_TITLE_CHARS, type Slide } from '@/lib/briefing/briefing-schema';
import { SlideAnnotations } from './slide-annotations';
import type { BriefingEditor } from './use-briefing-editor';
import styles from './briefing.module.css';

export interface SlideItemProps {
  slide: Slide;
  /** 0-based place in the briefing. */
  index: number;
  slideCount: number;
  /** Whether the map shows this slide. */
  active: boolean;
  onShow: () => void;
  editor: BriefingEditor;
}

/**
 * One slide in the briefing's list: its number and title (a click shows it on the map), its notes, the title and
 * notes editor or the slide's actions, and its annotations.
 */
export function SlideItem({ slide, index, slideCount, active, onShow, editor }: SlideItemProps) {
  const editing = editor.editing?.slideId === slide.id ? editor.editing : null;
  return (
    <li className={`${styles.slide} ${active ? styles.slideActive : ''}`}>
      <button
        type="button"
        className={styles.slideShow}
        aria-current={active ? 'true' : undefined}
        title="Show this slide on the map"
        onClick={onShow}
      >
        {index + 1}. {slide.title}
      </button>
      {!editing && slide.notes.trim() !== '' && <p className={styles.notesPreview}>{slide.notes}</p>}

      {editing ? (
        <div className={styles.row}>
          <label className={styles.field}>
            Slide title
            <input
              value={editing.title}
              maxLength={MAX_TITLE_CHARS}
              onChange={(e) => editor.setEdit({ ...editing, title: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') editor.saveEdit();
                if (e.key === 'Escape') editor.cancelEdit();
              }}
            />
          </label>
          <label className={styles.field}>
            Speaker notes
            <textarea
              value={editing.notes}
              maxLength={MAX_NOTES_CHARS}
              rows={3}
              onChange={(e) => editor.setEdit({ ...editing, notes: e.target.value })}
            />
          </label>
          <button type="button" className={styles.small} onClick={editor.saveEdit}>
            Save changes
          </button>
          <button type="button" className={styles.small} onClick={editor.cancelEdit}>
            Cancel
          </button>
        </div>
      ) : (
        <div className={styles.row}>
          <button type="button" className={styles.small} onClick={() => editor.startEdit(slide)}>
            Rename
          </button>
          <button type="button" className={styles.small} disabled={index === 0} onClick={() => editor.moveSlide(slide, -1)}>
            Move up
          </button>
          <button type="button" className={styles.small} disabled={index === slideCount - 1} onClick={() => editor.moveSlide(slide, 1)}>
            Move down
          </button>
          <button type="button" className={styles.small} onClick={() => editor.updateSlideFromView(slide)}>
            Update from current view
          </button>
          <button type="button" className={styles.small} onClick={() => editor.removeSlide(slide)}>
            Delete
          </button>
        </div>
      )}

      <SlideAnnotations slide={slide} index={index} editor={editor} />
    </li>
  );
}
