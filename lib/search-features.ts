import type { AnyFeature, TimelineEvent } from '@/data';

export interface SearchResult {
  feature: AnyFeature;
  /** The text that matched: a name in some language, or a vessel name. */
  matched: string;
  /** 0: the text starts with the query; 1: the query is inside it. */
  rank: 0 | 1;
}

/** Lower case without diacritics, so "Sonbong" finds "Sŏnbong" and "rajin" finds "Rajin". */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function searchableTexts(feature: AnyFeature): string[] {
  const p = feature.properties;
  const names = [p.name.en, p.name.ru, p.name.ko, p.name.zh].filter((n): n is string => Boolean(n));
  if (p.kind === 'sts-incident') {
    return [...names, ...p.vessels.map((v) => v.name), ...(p.counterpart ? [p.counterpart] : [])];
  }
  return names;
}

/**
 * Features whose names (in every language) or vessel names contain the query. Matches at the start
 * of a name rank first; ties keep the dataset's order.
 */
export function searchFeatures(features: readonly AnyFeature[], query: string, limit = 12): SearchResult[] {
  const q = normalizeForSearch(query);
  if (q.length === 0) return [];
  const scored: { result: SearchResult; order: number }[] = [];
  features.forEach((feature, order) => {
    for (const text of searchableTexts(feature)) {
      const at = normalizeForSearch(text).indexOf(q);
      if (at >= 0) {
        scored.push({ result: { feature, matched: text, rank: at === 0 ? 0 : 1 }, order });
        return;
      }
    }
  });
  return scored
    .sort((a, b) => a.result.rank - b.result.rank || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.result);
}

export interface EventSearchResult {
  event: TimelineEvent;
  rank: 0 | 1;
}

/**
 * Timeline events whose title contains the query ("2397" finds UNSCR 2397), leading matches first, then by date;
 * every event, whatever the filter, as a link to one opens it whatever the filter.
 */
export function searchTimelineEvents(events: readonly TimelineEvent[], query: string, limit = 12): EventSearchResult[] {
  const q = normalizeForSearch(query);
  if (q.length === 0) return [];
  return events
    .flatMap((event) => {
      const at = normalizeForSearch(event.title).indexOf(q);
      return at < 0 ? [] : [{ event, rank: at === 0 ? (0 as const) : (1 as const) }];
    })
    .sort((a, b) => a.rank - b.rank || a.event.date.localeCompare(b.event.date))
    .slice(0, limit);
}
