/**
 * Saves text as a file through a temporary `<a download>`: nothing leaves the page, and it works offline. The
 * object URL is revoked a little later: revoking at once can cancel the download in some browsers.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
