'use client';

import { useState } from 'react';
import { MAX_NOTES_CHARS, MAX_TITLE_CHARS } from '@/lib/briefing/briefing-schema';
import styles from './briefing.module.css';

export interface NewSlideFormProps {
  /** Adds the current view as a slide; false when it was refused, and the fields then keep what was typed. */
  onAdd: (title: string, notes: string) => boolean;
}

/** The title and notes of the next slide, which shows the current view. */
export function NewSlideForm({ onAdd }: NewSlideFormProps) {
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');

  const add = () => {
    if (!onAdd(title, notes)) return;
    setTitle('');
    setNotes('');
  };

  return (
    <fieldset className={styles.newSlide}>
      <legend>New slide from the current view</legend>
      <label className={styles.field}>
        Slide title
        <input value={title} maxLength={MAX_TITLE_CHARS} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className={styles.field}>
        Speaker notes
        <textarea value={notes} maxLength={MAX_NOTES_CHARS} rows={3} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <div className={styles.row}>
        <button type="button" onClick={add}>
          Add slide
        </button>
      </div>
    </fieldset>
  );
}
