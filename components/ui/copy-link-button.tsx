'use client';

import { useState } from 'react';

/** Copies the current address (the shareable form of the whole view); shows it to copy by hand if the clipboard is refused. */
export function CopyLinkButton() {
  const [message, setMessage] = useState<string | null>(null);
  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setMessage('Link copied');
    } catch {
      // Clipboard access needs a secure context and permission; the link itself always works.
      setMessage(`Copy this link: ${link}`);
    }
    setTimeout(() => setMessage(null), 6000);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {message}
      </span>
    </span>
  );
}
