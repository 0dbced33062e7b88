/** 收费: 不收费, or each fee with its standard, basis and reductions. */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GuideContent } from './types';

export function FeesList({ content }: { content: Pick<GuideContent, 'charged' | 'fees' | 'supportsOnlinePayment'> }) {
  const { t } = useTranslation();
  if (!content.charged) return <Typography.Paragraph strong>{t('catalogue.fees.free')}</Typography.Paragraph>;
  if (content.fees.length === 0) return <Typography.Paragraph>{t('catalogue.fees.chargedNoDetail')}</Typography.Paragraph>;
  return (
    <>
      {content.fees.map((fee, i) => (
        <Descriptions
          key={i}
          className="guide-fee"
          size="small"
          column={1}
          title={<h3 className="guide-fee__name">{fee.name}</h3>}
          items={[
            { key: 'standard', label: t('catalogue.fees.standard'), children: <span className="pre-line">{fee.standard}</span> },
            { key: 'basis', label: t('catalogue.fees.basis'), children: <span className="pre-line">{fee.basis || '—'}</span> },
            {
              key: 'reductions',
              label: t('catalogue.fees.reductions'),
              children: <span className="pre-line">{fee.reductions || t('catalogue.none')}</span>,
            },
          ]}
        />
      ))}
      <Typography.Paragraph type="secondary">
        {content.supportsOnlinePayment ? t('catalogue.fees.onlinePayment') : t('catalogue.fees.noOnlinePayment')}
      </Typography.Paragraph>
    </>
  );
}
