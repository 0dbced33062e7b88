/** A switch that says 是 / 否 in words, so its state is not told by colour alone. */
import { Switch } from 'antd';
import { useTranslation } from 'react-i18next';

export function YesNoSwitch(props: { id?: string; checked?: boolean; onChange?: (checked: boolean) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return <Switch {...props} checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />;
}
