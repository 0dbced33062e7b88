/** One item in a list (search results, 热门事项): its name linking to the guide, department, type and tags. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { HighlightedName } from './HighlightedName';
import { ItemTags } from './ItemTags';
import type { ItemSummary } from './types';
import { useCodeLabel } from './use-code-lists';

export function ItemCard({
  item,
  headingLevel = 3,
  showMatch = false,
}: {
  item: ItemSummary;
  headingLevel?: 2 | 3 | 4;
  showMatch?: boolean;
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="item-card">
      <Heading className="item-card__title">
        <Link to={`/guide/${encodeURIComponent(item.implementationCode)}`}>
          <HighlightedName segments={item.nameHighlight} name={item.name} />
        </Link>
      </Heading>
      <div className="item-card__meta">
        <Typography.Text type="secondary">
          {item.departmentName}
          <span aria-hidden> · </span>
          <span className="visually-hidden">，</span>
          {label('item_type', item.itemType)}
        </Typography.Text>
        <ItemTags onlineLevel={item.onlineLevel} visits={item.visits} />
      </div>
      {showMatch && item.matchedIn === 'other' && (
        <Typography.Text type="secondary" className="item-card__match">
          {t('catalogue.tags.matchedOther')}
        </Typography.Text>
      )}
    </article>
  );
}
