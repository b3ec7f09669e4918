'use client';

import { memo, useId, useMemo, useState } from 'react';
import type { AnyFeature } from '@/data';
import { FEATURE_KIND_LABELS } from '@/components/map/tooltip-content';
import { searchFeatures, type SearchResult } from '@/lib/search-features';
import { searchVessels, type SearchableVessel, type VesselSearchResult } from '@/lib/vessels/vessel-search';

export interface SearchBoxProps {
  features: readonly AnyFeature[];
  onChoose: (feature: AnyFeature) => void;
  /** Curated vessels and the vessels of the user's AIS, found by any name, IMO or MMSI. */
  vessels?: readonly SearchableVessel[];
  onChooseVessel?: (vessel: SearchableVessel) => void;
}

type Hit = ({ kind: 'feature' } & SearchResult) | ({ kind: 'vessel' } & VesselSearchResult);

const MAX_RESULTS = 12;

/** Vessels and features by rank (whole or leading matches first); a vessel before a feature of the same rank. */
function mergeHits(features: readonly SearchResult[], vessels: readonly VesselSearchResult[]): Hit[] {
  const hits: Hit[] = [...vessels.map((v) => ({ kind: 'vessel' as const, ...v })), ...features.map((f) => ({ kind: 'feature' as const, ...f }))];
  return hits.sort((a, b) => a.rank - b.rank).slice(0, MAX_RESULTS);
}

function hitKey(hit: Hit): string {
  return hit.kind === 'feature' ? hit.feature.id : `${hit.vessel.kind}-${hit.vessel.userLayerId ?? ''}-${hit.vessel.key}`;
}

function HitLabel({ hit }: { hit: Hit }) {
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

/** "Search places and vessels": names in every language, vessel names past and present, IMO and MMSI; arrows move, Enter chooses. */
export const SearchBox = memo(function SearchBox({ features, onChoose, vessels, onChooseVessel }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(
    () => mergeHits(searchFeatures(features, query, MAX_RESULTS), vessels && onChooseVessel ? searchVessels(vessels, query, MAX_RESULTS) : []),
    [features, vessels, onChooseVessel, query],
  );
  const listId = useId();
  const choose = (hit: Hit) => {
    if (hit.kind === 'feature') onChoose(hit.feature);
    else onChooseVessel?.(hit.vessel);
    setQuery('');
  };
  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`}>Search places and vessels</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        placeholder="Port, zone, vessel, IMO or MMSI"
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
