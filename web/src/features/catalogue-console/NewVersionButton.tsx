/**
 * 「新建版本」 on an item whose versions are all closed (published, superseded, withdrawn): a new draft
 * copied from the latest version; shown to the department's editors and administrators only.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useShowError } from '../../components/use-show-error';
import { canStartVersion } from './catalogue-permissions';
import { useCatalogueActor } from './use-catalogue-actor';
import { useItem, useStartVersion } from './use-items';

export function NewVersionButton({ itemId, departmentId }: { itemId: string; departmentId: string }) {
  const { t } = useTranslation();
  const { actor } = useCatalogueActor();
  const item = useItem(itemId);
  const start = useStartVersion(itemId);
  const navigate = useNavigate();
  const showError = useShowError();
  const { modal } = App.useApp();
  if (!item.data || !canStartVersion(actor, { departmentId, versions: item.data.versions })) return null;

  const onClick = () =>
    modal.confirm({
      title: t('catalogueConsole.item.newVersionConfirm'),
      content: t('catalogueConsole.item.newVersionText'),
      okText: t('catalogueConsole.item.newVersion'),
      cancelText: t('common.cancel'),
      onOk: () =>
        start.mutateAsync().then(
          (v) => navigate(`/console/catalogue/versions/${v.id}`),
          (e: unknown) => showError(e),
        ),
    });

  return (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} loading={start.isPending} onClick={onClick}>
      {t('catalogueConsole.item.newVersion')}
    </Button>
  );
}
