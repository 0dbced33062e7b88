/** A version's status as a tag: words and colour (草稿 / 待审核 / 待发布 / 已发布 / 已被替代 / 已撤回). */
import { useTranslation } from 'react-i18next';
import { StatusTag, type Tone } from '../../components/StatusTag';
import type { VersionStatus } from './types';

const TONES: Record<VersionStatus, Tone> = {
  draft: 'neutral',
  in_review: 'warn',
  approved: 'info',
  published: 'ok',
  superseded: 'neutral',
  withdrawn: 'bad',
};

export function VersionStatusTag({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[status]}>{t(`catalogueConsole.status.${status}`)}</StatusTag>;
}
