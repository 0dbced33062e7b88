/**
 * The steps the current account may take on this version, each behind a confirmation: 保存草稿,
 * 提交审核, 丢弃草稿 (editors); 审核通过 / 退回修改 (reviewers); 发布 / 退回 (publishers).
 */
import { CheckOutlined, CloudUploadOutlined, DeleteOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { VersionActions } from './catalogue-permissions';
import { CommentModal } from './CommentModal';
import type { VersionDetail } from './types';
import type { useVersionWorkflow } from './use-version-workflow';

interface Props {
  version: VersionDetail;
  actions: VersionActions;
  workflow: ReturnType<typeof useVersionWorkflow>;
  dirty: boolean;
}

export function VersionToolbar({ version, actions, workflow, dirty }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const any = actions.save || actions.submit || actions.discard || actions.approve || actions.reject || actions.publish;

  const confirm = (title: string, content: string, okText: string, onOk: () => Promise<unknown>, danger = false) =>
    modal.confirm({ title, content, okText, cancelText: t('common.cancel'), okButtonProps: { danger }, onOk });

  return (
    <>
      {actions.blockedBy && (
        <Alert className="section" type="info" showIcon title={t(`catalogueConsole.version.blocked.${actions.blockedBy}`)} />
      )}
      {any && (
        <Flex gap="small" wrap className="section version-toolbar" role="group" aria-label={t('catalogueConsole.version.actions')}>
          {actions.save && (
            <Button icon={<SaveOutlined aria-hidden />} loading={workflow.saving} onClick={() => void workflow.saveDraft()}>
              {t('catalogueConsole.version.save')}
              {dirty ? ` ${t('catalogueConsole.version.unsavedMark')}` : ''}
            </Button>
          )}
          {actions.submit && (
            <Button
              type="primary"
              icon={<SendOutlined aria-hidden />}
              disabled={workflow.pending}
              onClick={() =>
                confirm(
                  t('catalogueConsole.version.submitConfirm'),
                  dirty ? t('catalogueConsole.version.submitConfirmDirty') : t('catalogueConsole.version.submitConfirmText'),
                  t('catalogueConsole.version.submit'),
                  workflow.submit,
                )
              }
            >
              {t('catalogueConsole.version.submit')}
            </Button>
          )}
          {actions.approve && (
            <Button type="primary" icon={<CheckOutlined aria-hidden />} disabled={workflow.pending} onClick={() => setDialog('approve')}>
              {t('catalogueConsole.version.approve')}
            </Button>
          )}
          {actions.publish && (
            <Button
              type="primary"
              icon={<CloudUploadOutlined aria-hidden />}
              disabled={workflow.pending}
              onClick={() =>
                confirm(
                  t('catalogueConsole.version.publishConfirm', { version: version.versionNo }),
                  t('catalogueConsole.version.publishConfirmText'),
                  t('catalogueConsole.version.publish'),
                  workflow.publish,
                )
              }
            >
              {t('catalogueConsole.version.publish')}
            </Button>
          )}
          {actions.reject && (
            <Button icon={<RollbackOutlined aria-hidden />} disabled={workflow.pending} onClick={() => setDialog('reject')}>
              {t('catalogueConsole.version.reject')}
            </Button>
          )}
          {actions.discard && (
            <Button
              danger
              icon={<DeleteOutlined aria-hidden />}
              disabled={workflow.pending}
              onClick={() =>
                confirm(
                  t('catalogueConsole.version.discardConfirm', { version: version.versionNo }),
                  t('catalogueConsole.version.discardConfirmText'),
                  t('catalogueConsole.version.discard'),
                  async () => {
                    if (await workflow.discardDraft())
                      navigate(`/console/catalogue/items/${version.itemId}`, { replace: true, state: { force: true } });
                  },
                  true,
                )
              }
            >
              {t('catalogueConsole.version.discard')}
            </Button>
          )}
        </Flex>
      )}
      {dialog === 'approve' && (
        <CommentModal
          title={t('catalogueConsole.version.approveTitle', { version: version.versionNo })}
          label={t('catalogueConsole.version.reviewComment')}
          okText={t('catalogueConsole.version.approve')}
          required={false}
          pending={workflow.pending}
          onCancel={() => setDialog(null)}
          onSubmit={(comment) => void workflow.approve(comment).then((ok) => ok && setDialog(null))}
        />
      )}
      {dialog === 'reject' && (
        <CommentModal
          title={t('catalogueConsole.version.rejectTitle', { version: version.versionNo })}
          label={t('catalogueConsole.version.rejectReason')}
          note={t('catalogueConsole.version.rejectNote')}
          okText={t('catalogueConsole.version.reject')}
          required
          pending={workflow.pending}
          onCancel={() => setDialog(null)}
          onSubmit={(comment) => void workflow.reject(comment).then((ok) => ok && setDialog(null))}
        />
      )}
    </>
  );
}
