/** No results: say so, and suggest other ways of asking (拼音首字母, everyday words, fewer filters). */
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function SearchEmpty({ q, filtered }: { q?: string; filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <Empty
      className="search-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <div className="search-empty__text">
          <Typography.Paragraph strong>
            {q ? t('catalogue.searchPage.emptyFor', { q }) : t('catalogue.searchPage.empty')}
          </Typography.Paragraph>
          <Typography.Paragraph>{t('catalogue.searchPage.tipsTitle')}</Typography.Paragraph>
          <ul className="search-empty__tips">
            <li>{t('catalogue.searchPage.tipInitials')}</li>
            <li>{t('catalogue.searchPage.tipEveryday')}</li>
            <li>{t('catalogue.searchPage.tipShorter')}</li>
            {filtered && <li>{t('catalogue.searchPage.tipFilters')}</li>}
          </ul>
          <Typography.Paragraph>
            <Link to="/catalogue">{t('catalogue.searchPage.browse')}</Link>
            <span aria-hidden> · </span> {t('footer.hotline')}
          </Typography.Paragraph>
        </div>
      }
    />
  );
}
