/**
 * 一件事在线申报 (/apply/bundle-<code>): loads the bundle (login required) and the apply context of each of
 * its items, then hands over to the BundleApplyWizard. A bundle with an item that cannot be applied for
 * online is sent to the hall's 一件事 window, since the bundle is applied for as a whole.
 */
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useDocumentTitle } from '../../components/use-document-title';
import { RequireAuth } from '../auth/RequireAuth';
import { useBundle } from '../catalogue/use-bundle';
import { ApplyUnavailable } from './ApplyUnavailable';
import { BundleApplyWizard } from './BundleApplyWizard';
import { useBundleItemContexts } from './use-bundle-apply';

export function BundleApplyPage({ code }: { code: string }) {
  return (
    <RequireAuth>
      <BundleApplyLoader key={code} code={code} />
    </RequireAuth>
  );
}

const isMissing = (error: unknown) => isApiError(error, 'NOT_FOUND') || isApiError(error, 'VALIDATION_FAILED');

function BundleApplyLoader({ code }: { code: string }) {
  const { t } = useTranslation();
  const bundle = useBundle(code);
  const contexts = useBundleItemContexts(bundle.data?.items.map((i) => i.implementationCode) ?? []);
  const name = bundle.data?.bundle.name;
  useDocumentTitle(name ? `${t('catalogue.apply.bundleApply')} - ${name}` : t('catalogue.apply.bundleApply'));
  const back = { to: `/bundles/${encodeURIComponent(code)}`, label: t('applications.bundle.backBundle') };

  if (bundle.isPending) return <Loading />;
  if (bundle.isError) {
    if (isMissing(bundle.error))
      return <ApplyUnavailable title={t('applications.bundle.notFound')} text={t('applications.bundle.notFoundText')} />;
    return <QueryError error={bundle.error} onRetry={() => void bundle.refetch()} />;
  }
  const detail = bundle.data;
  const offline = detail.items.find((i) => !i.isOnline);
  if (offline)
    return <ApplyUnavailable title={detail.bundle.name} text={t('applications.bundle.notOnline', { name: offline.name })} back={back} />;
  if (contexts.error) {
    if (isMissing(contexts.error))
      return <ApplyUnavailable title={t('applications.bundle.notFound')} text={t('applications.bundle.notFoundText')} />;
    return <QueryError error={contexts.error} onRetry={() => void contexts.refetch()} />;
  }
  if (!contexts.data) return <Loading />;
  return <BundleApplyWizard detail={detail} items={contexts.data} />;
}
