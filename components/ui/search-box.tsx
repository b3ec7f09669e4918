'use client';

import { memo, useId, useMemo, useState } from 'react';
import type { AnyFeature, TimelineEvent } from '@/data';
import { FEATURE_KIND_LABELS } from '@/components/map/tooltip-content';
import { formatDateSpan } from '@/lib/format';
import { searchFeatures, searchTimelineEvents, type EventSearchResult, type SearchResult } from '@/lib/search-features';
import { searchVessels, type SearchableVessel, type VesselSearchResult } from '@/lib/vessels/vessel-search';

export interface SearchBoxProps {
  features: readonly AnyFeature[];
  onChoose: (feature: AnyFeature) => void;
  /** Curated vessels and the vessels of the user's AIS, found by any name, IMO or MMSI. */
  vessels?: readonly SearchableVessel[];
  onChooseVessel?: (vessel: SearchableVessel) => void;
  /** Timeline events, found by title (a resolution by its number). */
  events?: readonly TimelineEvent[];
  onChooseEvent?: (eventId: string) => void;
}

type Hit = ({ kind: 'feature' } & SearchResult) | ({ kind: 'vessel' } & VesselSearchResult) | ({ kind: 'event' } & EventSearchResult);

const MAX_RESULTS = 12;

/** Hits by rank (whole or leading matches first); of the same rank, vessels, then features, then timeline events. */
function mergeHits(features: readonly SearchResult[], vessels: readonly VesselSearchResult[], events: readonly EventSearchResult[]): Hit[] {
  const hits: Hit[] = [
    ...vessels.map((v) => ({ kind: 'vessel' as const, ...v })),
    ...features.map((f) => ({ kind: 'feature' as const, ...f })),
    ...events.map((e) => ({ kind: 'event' as const, ...e })),
  ];
  return hits.sort((a, b) => a.rank - b.rank).slice(0, MAX_RESULTS);
}

function hitKey(hit: Hit): string {
  if (hit.kind === 'feature') return hit.feature.id;
  if (hit.kind === 'event') return hit.event.id;
  return `${hit.vessel.kind}-${hit.vessel.userLayerId ?? ''}-${hit.vessel.key}`;
}

function HitLabel({ hit }: { hit: Hit }) {
  if (hit.kind === 'event') {
    return (
      <>
        <span>{hit.event.title}</span>
        <span className="muted"> · Timeline event · {formatDateSpan(hit.event)}</span>
      </>
    );
  }
  if (hit.kind === 'vessel') {
    const kind = hit.vessel.kind === 'curated' ? 'Vessel' : 'AIS vessel (your data)';
    return (
      <>
        <span>{hit.vessel.label}</span>
        <span className="muted">
          {' '}
          · {kind}
          {hit.matched !== hit.vessel.label ? ` · ${hit.matched}` : ''}
        </span>
      </>
    );
  }
  return (
    <>
      <span>{hit.feature.properties.name.en}</span>
      <span className="muted">
        {' '}
        · {FEATURE_KIND_LABELS[hit.feature.properties.kind]}
        {hit.matched !== hit.feature.properties.name.en ? ` · ${hit.matched}` : ''}
      </span>
    </>
  );
}

/**
 * "Search places, vessels and events": names in every language, vessel names past and present, IMO and MMSI, timeline
 * events by title; arrows move, Enter chooses.
 */
export const SearchBox = memo(function SearchBox({ features, onChoose, vessels, onChooseVessel, events, onChooseEvent }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(
    () =>
      mergeHits(
        searchFeatures(features, query, MAX_RESULTS),
        vessels && onChooseVessel ? searchVessels(vessels, query, MAX_RESULTS) : [],
        events && onChooseEvent ? searchTimelineEvents(events, query, MAX_RESULTS) : [],
      ),
    [features, vessels, onChooseVessel, events, onChooseEvent, query],
  );
  const listId = useId();
  const choose = (hit: Hit) => {
    if (hit.kind === 'feature') onChoose(hit.feature);
    else if (hit.kind === 'event') onChooseEvent?.(hit.event.id);
    else onChooseVessel?.(hit.vessel);
    setQuery('');
  };
  return (
    <div className="search-box">
      {/* One short word on screen, so the label stays on one line in the narrow column; the full name is read out. */}
      <label htmlFor={`${listId}-input`}>Search</label>
      <input
        id={`${listId}-input`}
        type="search"
        aria-label="Search places, vessels and events"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        placeholder="Place, vessel, IMO or event"
        title="Ports, zones, routes, vessels (any name, IMO or MMSI) and timeline events"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(results.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter' && results[active]) choose(results[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {query && (
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {results.length === 0 && <li className="muted">No match</li>}
          {results.map((hit, i) => (
            <li
              key={hitKey(hit)}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
            >
              <HitLabel hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
