/**
 * 申请材料 as received: each file with a preview (images and PDFs inline in a dialog) and a link that opens
 * it in a new tab; paper originals received at the window and 容缺 items are said in words.
 */
import { EyeOutlined, ExportOutlined } from '@ant-design/icons';
import { Button, Card, Flex, List, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, previewKind } from './format';
import { useCodeLabel } from './use-code-labels';
import type { ApplicationDetail, ApplicationMaterial } from './types';

export function materialUrl(applicationId: string, materialId: string): string {
  return `/api/console/applications/${applicationId}/materials/${materialId}`;
}

export function MaterialsSection({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const [preview, setPreview] = useState<ApplicationMaterial | null>(null);
  const kind = preview ? previewKind(preview.mediaType) : null;
  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.materials')}</h2>}>
      <List
        dataSource={app.materials}
        locale={{ emptyText: t('applicationsConsole.detail.noMaterials') }}
        renderItem={(m) => (
          <List.Item key={m.id}>
            <Flex vertical gap={4} className="full-width">
              <Typography.Text strong>{m.name}</Typography.Text>
              <Flex gap="small" wrap align="center">
                <Tag>{label('provision', m.provision)}</Tag>
                {m.fileName && (
                  <span className="muted-text">
                    {m.fileName} {formatBytes(m.sizeBytes)}
                  </span>
                )}
              </Flex>
              {m.uploadId && (
                <Flex gap="small" wrap>
                  {previewKind(m.mediaType) && (
                    <Button
                      size="small"
                      icon={<EyeOutlined aria-hidden />}
                      onClick={() => setPreview(m)}
                      aria-label={t('applicationsConsole.detail.previewLabel', { name: m.fileName ?? m.name })}
                    >
                      {t('applicationsConsole.detail.preview')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    icon={<ExportOutlined aria-hidden />}
                    href={materialUrl(app.id, m.id)}
                    target="_blank"
                    rel="noopener"
                    aria-label={t('applicationsConsole.detail.openNewTabLabel', { name: m.fileName ?? m.name })}
                  >
                    {t('applicationsConsole.detail.openNewTab')}
                  </Button>
                </Flex>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        open={!!preview}
        onCancel={() => setPreview(null)}
        footer={null}
        width={900}
        title={preview?.fileName ?? preview?.name}
        destroyOnHidden
      >
        {preview && kind === 'image' && (
          <img className="material-preview-image" src={materialUrl(app.id, preview.id)} alt={preview.fileName ?? preview.name} />
        )}
        {preview && kind === 'pdf' && (
          <iframe className="material-preview-frame" src={materialUrl(app.id, preview.id)} title={preview.fileName ?? preview.name} />
        )}
      </Modal>
    </Card>
  );
}
