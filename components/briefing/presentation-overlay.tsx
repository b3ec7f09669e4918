'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Slide } from '@/lib/briefing/briefing-schema';
import styles from './briefing.module.css';

export interface PresentationOverlayProps {
  briefing: { title: string; slides: readonly Slide[] };
  /** The slide shown (0-based); the dashboard applies its view. */
  index: number;
  onIndexChange: (index: number) => void;
  onExit: () => void;
  /** The selection's key chart, shown beside the map; nothing is shown without one. */
  keyChart?: ReactNode;
  /** The map's legend: in the side column under the key chart, so it never covers the chart or the title. */
  legend?: ReactNode;
  /** "Sources: … · Basemap: Natural Earth; © OpenStreetMap…" for the slide shown. */
  sourceFooter: string;
}

/** Keys that step through the slides, as presentation clickers send them. */
const NEXT_KEYS = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Presentation mode over the full-screen map: slide title and counter, previous/next, the key chart, the speaker
 * notes on request and the source footer. Right/Left (and Page Down/Up) move, Escape leaves. Asks the browser for
 * full screen and carries on without it when refused (a locked-down kiosk, a headless test). Everything the user
 * wrote is rendered as text.
 */
export function PresentationOverlay({ briefing, index, onIndexChange, onExit, keyChart, legend, sourceFooter }: PresentationOverlayProps) {
  const total = briefing.slides.length;
  const current = Math.min(Math.max(index, 0), Math.max(total - 1, 0));
  const slide = briefing.slides[current];
  const [notesShown, setNotesShown] = useState(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  // The latest values for the listeners below, which are registered once.
  const latest = useRef({ current, total, onIndexChange, onExit });
  useEffect(() => {
    latest.current = { current, total, onIndexChange, onExit };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTextField(event.target)) return;
      const { current: at, total: count, onIndexChange: go, onExit: exit } = latest.current;
      let handled = true;
      if (NEXT_KEYS.has(event.key)) {
        if (at < count - 1) go(at + 1);
      } else if (PREVIOUS_KEYS.has(event.key)) {
        if (at > 0) go(at - 1);
      } else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(Math.max(count - 1, 0));
      else if (event.key === 'Escape') exit();
      else handled = false;
      if (handled) {
        // Captured at the window and stopped: the map must not pan on arrows, nor the dashboard clear the
        // selection on Escape, while presenting.
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);

  useEffect(() => {
    nextButton.current?.focus({ preventScroll: true });
    const root = document.documentElement;
    let entered = false;
    // Escape in full screen is taken by the browser (no keydown reaches the page): leaving full screen
    // that this overlay entered ends the presentation too.
    const onFullscreenChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) latest.current.onExit();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    if (typeof root.requestFullscreen === 'function' && document.fullscreenEnabled && !document.fullscreenElement) {
      root.requestFullscreen({ navigationUI: 'hide' }).catch(() => {
        // Refused (no user gesture, a policy, a headless browser): present in the window.
      });
    }
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  if (!slide) {
    return (
      <section className={styles.presentation} aria-label="Presentation">
        <div className={styles.presentationTop}>
          <p>This briefing has no slides.</p>
          <button type="button" onClick={onExit}>
            Leave presentation
          </button>
        </div>
      </section>
    );
  }

  const hasNotes = slide.notes.trim() !== '';
  return (
    <section className={styles.presentation} aria-label="Presentation" aria-roledescription="slide show">
      <header className={styles.presentationTop}>
        <div className={styles.presentationTitles}>
          <p className={styles.presentationBriefing}>{briefing.title}</p>
          <h2 className={styles.presentationTitle} aria-live="polite">
            {slide.title}
          </h2>
        </div>
        <p className={styles.presentationCounter} aria-label={`Slide ${current + 1} of ${total}`}>
          {current + 1} / {total}
        </p>
        <button type="button" onClick={onExit} aria-keyshortcuts="Escape">
          Leave presentation
        </button>
      </header>

      {(keyChart || legend) && (
        <div className={styles.presentationSide}>
          {keyChart && (
            <aside className={styles.presentationChart} aria-label="Key chart">
              {keyChart}
            </aside>
          )}
          {legend}
        </div>
      )}

      {notesShown && hasNotes && (
        <aside className={styles.presentationNotes} aria-label="Speaker notes">
          <p>{slide.notes}</p>
        </aside>
      )}

      <footer className={styles.presentationBottom}>
        <p className={styles.presentationSources}>{sourceFooter}</p>
        <div className={styles.presentationNav}>
          <button
            type="button"
            aria-pressed={notesShown}
            disabled={!hasNotes}
            onClick={() => setNotesShown((shown) => !shown)}
          >
            Notes
          </button>
          <button type="button" onClick={() => onIndexChange(current - 1)} disabled={current === 0} aria-keyshortcuts="ArrowLeft">
            Previous slide
          </button>
          <button
            type="button"
            ref={nextButton}
            onClick={() => onIndexChange(current + 1)}
            disabled={current >= total - 1}
            aria-keyshortcuts="ArrowRight"
          >
            Next slide
          </button>
        </div>
      </footer>
    </section>
  );
}
