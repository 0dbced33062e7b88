/**
 * 在线申请 (/apply/:code): loads the item's apply context (login required) and the draft it names, then
 * hands over to the step-by-step ApplyWizard. 一件事 (/apply/bundle-<code>, the bundle page's link) has its own steps.
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useDocumentTitle } from '../../components/use-document-title';
import { RequireAuth } from '../auth/RequireAuth';
import { ApplyUnavailable } from './ApplyUnavailable';
import { ApplyWizard } from './ApplyWizard';
import { BundleApplyPage } from './BundleApplyPage';
import { useApplyContext, useDraft } from './use-apply-context';

const BUNDLE_PREFIX = 'bundle-';

export function ApplyPage() {
  const { code = '' } = useParams();
  if (code.startsWith(BUNDLE_PREFIX)) return <BundleApplyPage code={code.slice(BUNDLE_PREFIX.length)} />;
  return (
    <RequireAuth>
      <ApplyLoader key={code} code={code} />
    </RequireAuth>
  );
}

function ApplyLoader({ code }: { code: string }) {
  const { t } = useTranslation();
  const context = useApplyContext(code);
  const draftId = context.data?.draftId ?? null;
  const draft = useDraft(draftId);
  useDocumentTitle(context.data ? `${t('applications.apply.title')} - ${context.data.itemName}` : t('applications.apply.title'));

  if (context.isPending || (draftId !== null && draft.isPending)) return <Loading />;
  if (context.isError) {
    if (isApiError(context.error, 'NOT_FOUND'))
      return <ApplyUnavailable title={t('applications.apply.notFound')} text={t('applications.apply.notFoundText')} />;
    return <QueryError error={context.error} onRetry={() => void context.refetch()} />;
  }
  const ctx = context.data;
  if (!ctx.isOnline) {
    return (
      <ApplyUnavailable
        title={ctx.itemName}
        text={t('applications.apply.notOnline', { name: ctx.itemName })}
        back={{ to: `/guide/${encodeURIComponent(code)}`, label: t('applications.apply.backGuide') }}
      />
    );
  }
  // a draft that cannot be read (submitted meanwhile in another tab) is left alone: start afresh
  const usable = draft.isSuccess ? draft.data : null;
  return <ApplyWizard context={ctx} draft={usable} />;
}
