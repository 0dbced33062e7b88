/**
 * 在线办理 (/apply/:code, /apply/bundle-:code) and 预约办理 (/appointments/new/:code): online applications and
 * appointments come with a later release. Says so plainly, names the item (or 一件事), and leads back to its guide.
 */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/use-document-title';
import { useBundle } from './use-bundle';
import { useGuide } from './use-guide';

const BUNDLE_PREFIX = 'bundle-';

export function ApplyEntryPage({ kind }: { kind: 'apply' | 'appointment' }) {
  const { code = '' } = useParams();
  const bundleCode = code.startsWith(BUNDLE_PREFIX) ? code.slice(BUNDLE_PREFIX.length) : undefined;
  const guide = useGuide(bundleCode === undefined ? code : undefined);
  const bundle = useBundle(bundleCode);
  const target =
    bundleCode !== undefined
      ? { name: bundle.data?.bundle.name, pending: bundle.isPending, back: `/bundles/${encodeURIComponent(bundleCode)}`, offered: true }
      : {
          name: guide.data?.content.name,
          pending: guide.isPending,
          back: `/guide/${encodeURIComponent(code)}`,
          offered: kind === 'apply' ? guide.data?.content.isOnline !== false : guide.data?.content.supportsAppointment !== false,
        };
  if (target.pending) return <Loading />;
  return <LaterEntry kind={kind} name={target.name} back={target.back} offered={target.offered} isBundle={bundleCode !== undefined} />;
}

interface EntryProps {
  kind: 'apply' | 'appointment';
  /** Undefined when the item could not be found. */
  name: string | undefined;
  back: string;
  /** Whether the item offers this way at all (an item without 网上办理 never will). */
  offered: boolean;
  isBundle: boolean;
}

function LaterEntry({ kind, name, back, offered, isBundle }: EntryProps) {
  const { t } = useTranslation();
  const what =
    kind === 'apply' ? (isBundle ? t('catalogue.apply.bundleApply') : t('catalogue.apply.apply')) : t('catalogue.apply.appointment');
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
            {name ? (isBundle ? t('catalogue.apply.backBundle') : t('catalogue.apply.backGuide')) : t('catalogue.guide.browse')}
          </LinkButton>
        }
      />
    </div>
  );
}
