/**
 * /console/catalogue/versions/:id — one item version: its facts, the quality report (always), the steps
 * the current account may take, and the item editor (editable while a draft of the editor's department,
 * read-only otherwise).
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { NotFound } from '../../components/StatusPages';
import { versionActions } from './catalogue-permissions';
import { normalizeDraft, sameContent, type ContentDraft } from './content-draft';
import { ItemEditor } from './editor/ItemEditor';
import { NewVersionButton } from './NewVersionButton';
import { problemsPerTab } from './problem-paths';
import { QualityReport } from './QualityReport';
import type { VersionDetail } from './types';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useCatalogueActor } from './use-catalogue-actor';
import { useEditorNavigation } from './use-editor-navigation';
import { useVersion } from './use-version';
import { useVersionWorkflow } from './use-version-workflow';
import { VersionFacts } from './VersionFacts';
import { VersionToolbar } from './VersionToolbar';

export function VersionPage() {
  const id = useParams().id ?? '';
  const version = useVersion(id);
  if (version.isPending) return <Loading />;
  if (version.isError) {
    if (isApiError(version.error) && version.error.status === 404) return <NotFound home="/console/catalogue" />;
    return <QueryError error={version.error} onRetry={() => void version.refetch()} />;
  }
  return <VersionView key={version.data.id} version={version.data} />;
}

function VersionView({ version }: { version: VersionDetail }) {
  const { t } = useTranslation();
  const { actor } = useCatalogueActor();
  const actions = versionActions(actor, version);
  const editable = actions.save;
  const [form] = Form.useForm<ContentDraft>();
  const nav = useEditorNavigation(form);
  const [edited, setEdited] = useState<ContentDraft | null>(null);
  const dirty = editable && edited !== null && !sameContent(edited, version.content);
  const workflow = useVersionWorkflow({ version, form, nav, dirty });
  const ended = version.status === 'published' || version.status === 'superseded' || version.status === 'withdrawn';

  return (
    <>
      <Link to={`/console/catalogue/items/${version.itemId}`} className="back-link">
        <ArrowLeftOutlined aria-hidden /> {t('catalogueConsole.version.backToItem')}
      </Link>
      <PageTitle
        title={t('catalogueConsole.version.title', {
          name: version.content.name || version.implementationCode,
          version: version.versionNo,
        })}
        extra={ended ? <NewVersionButton itemId={version.itemId} departmentId={version.departmentId} /> : undefined}
      />
      {version.status === 'draft' && version.reviewComment && (
        <Alert
          className="section"
          type="warning"
          showIcon
          title={t('catalogueConsole.version.returned')}
          description={version.reviewComment}
        />
      )}
      <VersionFacts version={version} />
      <VersionToolbar version={version} actions={actions} workflow={workflow} dirty={dirty} />
      <QualityReport problems={version.quality.problems} stale={dirty} onLocate={nav.locate} />
      <section className="section" aria-labelledby="content-title">
        <h2 id="content-title" className="section-heading">
          {t('catalogueConsole.version.content')}
        </h2>
        {!editable && <p className="muted-text">{t('catalogueConsole.version.readOnly')}</p>}
        <ItemEditor
          form={form}
          initialValues={version.content}
          files={version.files}
          readOnly={!editable}
          activeTab={nav.activeTab}
          onTabChange={nav.setActiveTab}
          problemCounts={problemsPerTab(version.quality.problems)}
          onValuesChange={() => setEdited(normalizeDraft(form.getFieldsValue(true) as ContentDraft))}
        />
      </section>
      {editable && <UnsavedChangesGuard dirty={dirty} />}
    </>
  );
}
