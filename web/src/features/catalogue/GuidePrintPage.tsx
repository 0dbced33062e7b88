/**
 * 打印指南 (/guide/:code/print): the whole guide in a clean layout for paper — no site navigation, every
 * section open, materials as a table, with 打印日期 and the guide's address. 「打印」 opens the browser's
 * print dialog and, like the way back, is not printed.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/use-document-title';
import { guideUrl } from './GuideActions';
import { GuideBody } from './GuideBody';
import { GuideFacts } from './GuideFacts';
import { GuideLoader } from './GuideLoader';
import type { Guide } from './types';
import { usePrintLayout } from './use-print-layout';
import '../../styles/catalogue.css';

export function GuidePrintPage() {
  usePrintLayout();
  return <GuideLoader>{(guide) => <PrintView guide={guide} />}</GuideLoader>;
}

function PrintView({ guide }: { guide: Guide }) {
  const { t, i18n } = useTranslation();
  const c = guide.content;
  useDocumentTitle(t('catalogue.print.title', { name: c.name }));
  const url = guideUrl(guide.implementationCode);
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
  return (
    <div className="print-page">
      <Space className="print-toolbar no-print" wrap>
        <Button type="primary" size="large" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('catalogue.print.print')}
        </Button>
        <Link to={`/guide/${encodeURIComponent(guide.implementationCode)}`}>{t('catalogue.print.back')}</Link>
      </Space>
      <header className="print-header">
        <Typography.Title level={1} className="print-header__title">
          {c.name}
        </Typography.Title>
        <p className="print-header__sub">{t('catalogue.print.subtitle', { department: guide.department.name })}</p>
        <dl className="print-meta">
          <div>
            <dt>{t('catalogue.print.printedAt')}</dt>
            <dd>{today}</dd>
          </div>
          <div>
            <dt>{t('catalogue.print.url')}</dt>
            <dd className="print-meta__url">{url}</dd>
          </div>
        </dl>
      </header>
      <GuideFacts guide={guide} promisedDays={c.promisedLimitDays} print />
      <GuideBody guide={guide} print />
      <p className="print-footer">{t('catalogue.print.footer', { date: guide.publishedAt.slice(0, 10), version: guide.versionNo })}</p>
    </div>
  );
}
