import { useTranslation } from 'react-i18next';
import { LaterCapability } from '../../components/LaterCapability';
import { CAPABILITY_OF, type LaterEntry } from './entries';

/** An entry of the portal whose capability comes with a later issue. */
export function LaterPage({ entry }: { entry: LaterEntry }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <LaterCapability name={t(`nav.${entry}`)} capability={t(`portal.capabilities.${CAPABILITY_OF[entry]}`)} />
    </div>
  );
}
