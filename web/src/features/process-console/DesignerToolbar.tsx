/** The designer's actions and status: where the draft came from, unsaved marker, save, publish, BPMN download. */
import { CloudUploadOutlined, DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import type { DraftSource } from './use-designer';

interface Props {
  source: DraftSource;
  dirty: boolean;
  problemCount: number;
  saving: boolean;
  publishing: boolean;
  /** The version to download as BPMN (the draft, else the published one). */
  bpmnId: string | null;
  onSave(): void;
  onPublish(): void;
}

export function DesignerToolbar(props: Props) {
  const { t, i18n } = useTranslation();
  const { source } = props;
  const draft = source.kind === 'draft' ? source.view : null;
  const canPublish = !!draft && !props.dirty && props.problemCount === 0;
  const status =
    source.kind === 'draft'
      ? t('processConsole.designer.draftFrom', {
          version: source.view.versionNo,
          time: formatDateTime(source.view.updatedAt, i18n.language),
        })
      : t('processConsole.designer.newDraft', {
          source:
            source.kind === 'published'
              ? t('processConsole.designer.fromPublished', { version: source.versionNo })
              : t('processConsole.designer.fromStandard'),
        });
  // nothing to publish right after publishing: the published version is what is shown
  const upToDate = source.kind === 'published' && !props.dirty;
  const publishHint = upToDate
    ? undefined
    : props.dirty || !draft
      ? t('processConsole.designer.publishNeedsSave')
      : props.problemCount > 0
        ? t('processConsole.designer.publishBlocked')
        : undefined;

  return (
    <Flex vertical gap="small" className="pd-toolbar">
      <Flex gap="small" wrap align="center">
        <Typography.Text type="secondary">{status}</Typography.Text>
        {props.dirty && <Tag color="warning">{t('processConsole.designer.unsaved')}</Tag>}
      </Flex>
      <Flex gap="small" wrap>
        <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={props.saving} onClick={props.onSave}>
          {t('processConsole.designer.save')}
        </Button>
        {canPublish ? (
          <Popconfirm
            title={t('processConsole.designer.publishConfirm', { version: draft.versionNo })}
            okText={t('processConsole.designer.publish')}
            cancelText={t('common.cancel')}
            onConfirm={props.onPublish}
          >
            <Button icon={<CloudUploadOutlined aria-hidden />} loading={props.publishing}>
              {t('processConsole.designer.publish')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            icon={<CloudUploadOutlined aria-hidden />}
            disabled
            title={publishHint}
            aria-describedby={publishHint ? 'pd-publish-hint' : undefined}
          >
            {t('processConsole.designer.publish')}
          </Button>
        )}
        {props.bpmnId && (
          <Button icon={<DownloadOutlined aria-hidden />} href={`/api/console/process/definitions/${props.bpmnId}/bpmn`} download>
            {t('processConsole.designer.bpmn')}
          </Button>
        )}
      </Flex>
      {!canPublish && publishHint && (
        <Typography.Text type="secondary" id="pd-publish-hint">
          {publishHint}
        </Typography.Text>
      )}
    </Flex>
  );
}
