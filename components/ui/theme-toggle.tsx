'use client';

import type { Theme } from '@/geo/basemap/basemap-theme';

export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const next: Theme = theme === 'light' ? 'dark' : 'light';
  return (
    <button type="button" className="theme-toggle" onClick={() => onChange(next)} aria-label={`Switch to ${next} theme`}>
      {theme === 'light' ? 'Dark map' : 'Light map'}
    </button>
  );
}
