/** 咨询与投诉: how to ask (methods, phone) and where to complain, phones as tel: links. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { PhoneLink } from './PlaceAndHours';
import type { GuideContent } from './types';
import { useCodeLabel } from './use-code-lists';

export function ContactInfo({ content }: { content: Pick<GuideContent, 'consultMethods' | 'consultPhone' | 'complaintPhone'> }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        ...(content.consultMethods.length
          ? [
              {
                key: 'methods',
                label: t('catalogue.contact.methods'),
                children: content.consultMethods.map((c) => label('contact_method', c)).join('、'),
              },
            ]
          : []),
        {
          key: 'consult',
          label: t('catalogue.contact.consultPhone'),
          children: content.consultPhone ? <PhoneLink phone={content.consultPhone} /> : '—',
        },
        {
          key: 'complaint',
          label: t('catalogue.contact.complaintPhone'),
          children: content.complaintPhone ? <PhoneLink phone={content.complaintPhone} /> : '—',
        },
        { key: 'hotline', label: t('catalogue.contact.hotline'), children: <a href="tel:12345">12345</a> },
      ]}
    />
  );
}
