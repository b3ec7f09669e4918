import { formatIsoDate } from '@/lib/format';

/** A briefing's or slide's title as the panel's messages quote it; a blank title still reads as a name. */
export const quoted = (title: string) => `“${title.trim() || 'Untitled briefing'}”`;

/** When a briefing was saved, as a day and a local time; a timestamp that does not parse is shown as it came. */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = formatIsoDate(iso.slice(0, 10));
  return `${day}, ${date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}
