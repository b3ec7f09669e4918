import { LIST_SKIP_REASON_LABELS, type SanctionsList } from '@/geo/analysis/vessels';

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** "OFAC SDN List (US Treasury, published 2025-01-15)": a list as the panels name it. */
export function listTitle(list: Pick<SanctionsList, 'listName' | 'publisher' | 'publicationDate'>): string {
  return `${list.listName} (${list.publisher}, ${list.publicationDate ? `published ${list.publicationDate}` : 'no publication date stated'})`;
}

/** What was left out of a list, by reason, in words: "2 vessels without a name; 1 text longer than … cut". */
export function listSkipSummary(list: Pick<SanctionsList, 'skipped'>): string {
  return Object.entries(list.skipped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n.toLocaleString('en')} × ${LIST_SKIP_REASON_LABELS[reason] ?? reason}`)
    .join('; ');
}

/** The sentence after loading lists: which lists, how many vessels each, from which files, and what was left out. */
export function listsLoadedSummary(lists: readonly SanctionsList[]): string {
  return lists
    .map((l) => {
      const skipped = listSkipSummary(l);
      return `Loaded ${listTitle(l)}: ${plural(l.entries.length, 'vessel')} from ${l.fileNames.join(', ')}.${skipped ? ` Left out: ${skipped}.` : ''}`;
    })
    .join(' ');
}
