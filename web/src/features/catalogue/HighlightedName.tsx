/** An item name with the words that matched the search marked (<mark>, plain text pieces from the server). */
import type { HighlightSegment } from './types';
import '../../styles/catalogue.css';

export function HighlightedName({ segments, name }: { segments: readonly HighlightSegment[]; name: string }) {
  if (segments.length === 0) return <>{name}</>;
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="hl">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
