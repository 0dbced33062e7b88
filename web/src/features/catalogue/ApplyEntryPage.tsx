/**
 * 预约办理 (/appointments/new/:code), and the same notice for an item's 在线办理 (kind 'apply'): this way of
 * applying comes with a later release. Says so plainly, names the item, and leads back to its guide.
 * Online applications — 一件事 included (/apply/bundle-:code) — are ApplyPage's.
 */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { useGuide } from './use-guide';

export function ApplyEntryPage({ kind }: { kind: 'apply' | 'appointment' }) {
  const { code = '' } = useParams();
  const guide = useGuide(code);
  if (guide.isPending) return <Loading />;
  const content = guide.data?.content;
  const offered = kind === 'apply' ? content?.isOnline !== false : content?.supportsAppointment !== false;
  return <LaterEntry kind={kind} name={content?.name} back={`/guide/${encodeURIComponent(code)}`} offered={offered} />;
}

interface EntryProps {
  kind: 'apply' | 'appointment';
  /** Undefined when the item could not be found. */
  name: string | undefined;
  back: string;
  /** Whether the item offers this way at all (an item without 网上办理 never will). */
  offered: boolean;
}

function LaterEntry({ kind, name, back, offered }: EntryProps) {
  const { t } = useTranslation();
  const what = kind === 'apply' ? t('catalogue.apply.apply') : t('catalogue.apply.appointment');
  const capability = kind === 'apply' ? t('portal.capabilities.applications') : t('portal.capabilities.appointments');
  useDocumentTitle(name ? `${what} - ${name}` : what);
  const text = !name
    ? t('catalogue.apply.unknown', { what })
    : !offered
      ? kind === 'apply'
        ? t('catalogue.apply.notOnline', { name })
        : t('catalogue.apply.noAppointment', { name })
      : t('catalogue.apply.later', { name, what, capability });
  return (
    <div className="page">
      <Result
        status="info"
        title={<h1 className="result-title">{name ? t('catalogue.labelled', { label: what, value: name }) : what}</h1>}
        subTitle={
          <>
            <span className="apply-entry__text">{text}</span>
            {name && <span className="apply-entry__text">{t('catalogue.apply.meanwhile')}</span>}
          </>
        }
        extra={
          <LinkButton type="primary" to={name ? back : '/catalogue'}>
            {name ? t('catalogue.apply.backGuide') : t('catalogue.guide.browse')}
          </LinkButton>
        }
      />
    </div>
  );
}
