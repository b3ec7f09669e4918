'use client';

import { memo, useId, useMemo, useState } from 'react';
import type { AnyFeature } from '@/data';
import { FEATURE_KIND_LABELS } from '@/components/map/tooltip-content';
import { searchFeatures } from '@/lib/search-features';

export interface SearchBoxProps {
  features: readonly AnyFeature[];
  onChoose: (feature: AnyFeature) => void;
}

/** "Search places": names in every language and vessel names; arrows move, Enter chooses. */
export const SearchBox = memo(function SearchBox({ features, onChoose }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchFeatures(features, query), [features, query]);
  const listId = useId();
  const choose = (feature: AnyFeature) => {
    onChoose(feature);
    setQuery('');
  };
  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`}>Search places</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results[active] ? `${listId}-${active}` : undefined}
        placeholder="Port, station, zone or vessel"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(results.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter' && results[active]) choose(results[active].feature);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {query && (
        <ul id={listId} role="listbox" aria-label="Search results" className="search-results">
          {results.length === 0 && <li className="muted">No match</li>}
          {results.map((r, i) => (
            <li
              key={r.feature.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r.feature)}
            >
              <span>{r.feature.properties.name.en}</span>
              <span className="muted">
                {' '}
                · {FEATURE_KIND_LABELS[r.feature.properties.kind]}
                {r.matched !== r.feature.properties.name.en ? ` · ${r.matched}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
