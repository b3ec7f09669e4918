import { CONFIDENCE_LABELS, type Confidence as ConfidenceLevel, type Dataset } from '@/data';

/** How sure a claim is, as a badge. */
export function Confidence({ level }: { level: ConfidenceLevel }) {
  return <span className={`confidence confidence-${level}`}>{CONFIDENCE_LABELS[level]}</span>;
}

/** Bracketed publishers linking to the panel's source list. */
export function Cites({ ids, dataset }: { ids: readonly string[]; dataset: Dataset }) {
  return (
    <span className="cites">
      {ids.map((id) => {
        const source = dataset.sources.find((s) => s.id === id);
        return (
          <a key={id} href={`#source-${id}`} className="cite" title={source ? `${source.publisher}: ${source.title}` : id}>
            [{source?.publisher ?? id}]
          </a>
        );
      })}
    </span>
  );
}

/** The panel's "Sources": every source it cites, the targets of its `Cites` links. */
export function SourceList({ ids, dataset }: { ids: readonly string[]; dataset: Dataset }) {
  return (
    <>
      <h3>Sources</h3>
      <ol className="sources">
        {ids.map((id) => {
          const s = dataset.sources.find((source) => source.id === id);
          return (
            <li key={id} id={`source-${id}`}>
              {s ? `${s.publisher}, “${s.title}”${s.date ? `, ${s.date}` : ''}` : id}
            </li>
          );
        })}
      </ol>
    </>
  );
}
