/** A list of items (热门事项, search results) as cards; `start` numbers the list when it is one page of many. */
import { ItemCard } from './ItemCard';
import type { ItemSummary } from './types';

interface Props {
  items: readonly ItemSummary[];
  headingLevel?: 2 | 3 | 4;
  showMatch?: boolean;
  start?: number;
  label?: string;
}

export function ItemList({ items, headingLevel = 3, showMatch, start, label }: Props) {
  return (
    <ol className="item-list" start={start} aria-label={label}>
      {items.map((item) => (
        <li key={item.implementationCode}>
          <ItemCard item={item} headingLevel={headingLevel} showMatch={showMatch} />
        </li>
      ))}
    </ol>
  );
}
