/** The claim (签收) and open (办理) buttons of one inbox entry. */
import { Button, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { useShowError } from '../../components/use-show-error';
import { useSession } from '../auth/use-session';
import { useClaimTask } from './use-application-actions';
import type { InboxEntry } from './types';

export function InboxActions({ entry }: { entry: InboxEntry }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const claim = useClaimTask();
  const showError = useShowError();
  const me = session?.account?.id;
  const label = `${entry.number} ${entry.taskName}`;
  return (
    <Flex gap="small" wrap align="center">
      {entry.claimedBy === null ? (
        <Button
          loading={claim.isPending}
          aria-label={t('applicationsConsole.inbox.claimLabel', { label })}
          onClick={() => claim.mutate({ applicationId: entry.applicationId, taskId: entry.taskId }, { onError: (e) => showError(e) })}
        >
          {t('applicationsConsole.inbox.claim')}
        </Button>
      ) : (
        <Tag>{entry.claimedBy === me ? t('applicationsConsole.inbox.claimedByMe') : t('applicationsConsole.inbox.claimedByOther')}</Tag>
      )}
      <LinkButton
        type="primary"
        to={`/console/applications/${entry.applicationId}`}
        aria-label={t('applicationsConsole.inbox.openLabel', { label })}
      >
        {t('applicationsConsole.inbox.open')}
      </LinkButton>
    </Flex>
  );
}
