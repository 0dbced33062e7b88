import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" className="loading" role="status">
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
