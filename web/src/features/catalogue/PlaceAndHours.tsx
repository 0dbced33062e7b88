/** 办理地点与时间: the item's address and hours, then its hall (name, address, opening hours, phone, windows). */
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { telHref } from './format';
import type { GuideContent, HallInfo } from './types';

export function PhoneLink({ phone }: { phone: string }) {
  const href = telHref(phone);
  return href ? <a href={href}>{phone}</a> : <>{phone}</>;
}

export function PlaceAndHours({ content, hall }: { content: Pick<GuideContent, 'address' | 'hours'>; hall: HallInfo | null }) {
  const { t } = useTranslation();
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'address',
            label: t('catalogue.place.address'),
            children: <span className="pre-line">{content.address || hall?.address || '—'}</span>,
          },
          {
            key: 'hours',
            label: t('catalogue.place.hours'),
            children: <span className="pre-line">{content.hours || hall?.openingHours || '—'}</span>,
          },
        ]}
      />
      {hall && (
        <div className="guide-hall">
          <h3 className="guide-hall__name">{hall.name}</h3>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'address', label: t('catalogue.place.hallAddress'), children: hall.address },
              { key: 'hours', label: t('catalogue.place.openingHours'), children: hall.openingHours },
              ...(hall.phone ? [{ key: 'phone', label: t('catalogue.place.hallPhone'), children: <PhoneLink phone={hall.phone} /> }] : []),
            ]}
          />
          {hall.windows.length > 0 && (
            <>
              <h4 className="guide-hall__windows-title">{t('catalogue.place.windows')}</h4>
              <ul className="guide-hall__windows">
                {hall.windows.map((w) => (
                  <li key={w.number}>
                    {t('catalogue.place.window', { number: w.number, name: w.name })}
                    <Typography.Text type="secondary">
                      {t('catalogue.paren', { text: w.kind === 'comprehensive' ? t('windows.comprehensive') : t('windows.professional') })}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </>
  );
}
