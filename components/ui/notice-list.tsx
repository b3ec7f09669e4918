'use client';

export interface NoticeListProps {
  notices: readonly string[];
  onDismiss: () => void;
}

/** Short messages about input that was ignored (a bad link part, an unknown id): shown, never thrown. */
export function NoticeList({ notices, onDismiss }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-label="Notices">
      <ul>
        {notices.map((notice, index) => (
          <li key={`${index}-${notice}`}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} aria-label="Dismiss notices">
        ×
      </button>
    </div>
  );
}
