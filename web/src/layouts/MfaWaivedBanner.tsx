import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/use-session';

/** Demo mode may waive the staff second factor; that must never go unnoticed. */
export function MfaWaivedBanner() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session?.mfaWaived) return null;
  return <Alert type="warning" showIcon banner title={t('banner.mfaWaived')} className="mfa-waived-banner" />;
}
