import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { RoleTags } from '../../components/RoleTags';

/** The account as the server shows it: identifiers arrive masked and stay masked. */
export function AccountCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const items = [
    { key: 'name', label: t('me.displayName'), children: account.displayName },
    { key: 'kind', label: t('me.kind'), children: <Tag>{t(`kinds.${account.kind}`)}</Tag> },
    account.idNumberMasked && { key: 'id', label: t('me.idNumber'), children: account.idNumberMasked },
    account.uscc && { key: 'uscc', label: t('me.uscc'), children: account.uscc },
    account.mobileMasked && { key: 'mobile', label: t('me.mobile'), children: account.mobileMasked },
    account.department && { key: 'dept', label: t('me.department'), children: account.department.name },
    { key: 'roles', label: t('me.roles'), children: <RoleTags roles={account.roles} /> },
  ].filter((item) => !!item);
  return (
    <Card title={<h2 className="card-title">{t('me.account')}</h2>}>
      <Descriptions column={1} items={items} />
    </Card>
  );
}
