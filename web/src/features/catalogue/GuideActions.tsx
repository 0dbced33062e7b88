/**
 * What a person can do from a guide, shown by the item's capabilities: 在线办理 (isOnline), 预约办理
 * (supportsAppointment), 打印指南 and 复制链接 (the stable /guide/:code address).
 */
import { CalendarOutlined, CopyOutlined, FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import type { Guide } from './types';

export function guideUrl(code: string): string {
  return `${window.location.origin}/guide/${encodeURIComponent(code)}`;
}

export function GuideActions({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const code = encodeURIComponent(guide.implementationCode);
  const copy = async () => {
    const url = guideUrl(guide.implementationCode);
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('catalogue.guide.copied'));
    } catch {
      void message.info(t('catalogue.guide.copyManually', { url }), 8);
    }
  };
  return (
    <Space wrap className="guide-actions no-print">
      {guide.content.isOnline && (
        <LinkButton type="primary" size="large" icon={<FormOutlined aria-hidden />} to={`/apply/${code}`}>
          {t('catalogue.guide.applyOnline')}
        </LinkButton>
      )}
      {guide.content.supportsAppointment && (
        <LinkButton size="large" icon={<CalendarOutlined aria-hidden />} to={`/appointments/new/${code}`}>
          {t('catalogue.guide.appointment')}
        </LinkButton>
      )}
      <LinkButton icon={<PrinterOutlined aria-hidden />} to={`/guide/${code}/print`}>
        {t('catalogue.guide.print')}
      </LinkButton>
      <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
        {t('catalogue.guide.copyLink')}
      </Button>
    </Space>
  );
}
