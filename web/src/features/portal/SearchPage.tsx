/** /search?q= — the catalogue is not built yet, and this page says so instead of inventing results. */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { SearchBox } from './SearchBox';

export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  return (
    <div className="page page--narrow">
      <PageTitle title={t('portal.searchTitle')} />
      <SearchBox key={q} initial={q} />
      <Alert
        className="search-notice"
        type="info"
        showIcon
        role="status"
        title={t('portal.searchNotYet')}
        description={q ? t('portal.searchNotYetText', { q }) : t('portal.searchEmptyQuery')}
      />
      <Typography.Paragraph type="secondary">{t('footer.hotline')}</Typography.Paragraph>
    </div>
  );
}
