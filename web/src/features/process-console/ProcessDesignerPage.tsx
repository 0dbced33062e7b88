/**
 * /console/process/items/:itemId — 流程设计器: edits the item's draft process as a vertical tree ("+" on
 * every connector, a drawer per node), saves it (the server answers with its validation problems, shown
 * in Chinese and on the nodes), publishes it when there are none, and previews what staff will see.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useItem } from '../catalogue-console/use-items';
import { DesignerWorkspace } from './DesignerWorkspace';
import { useProcessDefinitions } from './use-process';

export function ProcessDesignerPage() {
  const { t } = useTranslation();
  const itemId = useParams().itemId ?? '';
  const item = useItem(itemId);
  const versions = useProcessDefinitions(itemId);
  const itemName = item.data
    ? ((item.data.versions.find((v) => v.status === 'published') ?? item.data.versions[0])?.name ?? item.data.implementationCode)
    : '';
  const title = t('processConsole.designer.title', { name: itemName });
  const back = (
    <LinkButton icon={<ArrowLeftOutlined aria-hidden />} to="/console/process">
      {t('processConsole.designer.back')}
    </LinkButton>
  );
  if (item.isError || versions.isError) {
    return (
      <>
        <PageTitle title={t('processConsole.title')} extra={back} />
        <QueryError error={item.error ?? versions.error} onRetry={() => void Promise.all([item.refetch(), versions.refetch()])} />
      </>
    );
  }
  return (
    <>
      <PageTitle title={title} extra={back} />
      {item.data && versions.data ? (
        <DesignerWorkspace key={itemId} itemId={itemId} itemName={itemName} versions={versions.data} />
      ) : (
        <Skeleton active />
      )}
    </>
  );
}
