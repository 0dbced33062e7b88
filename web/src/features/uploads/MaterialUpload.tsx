/**
 * One application material (申请材料): its name with a required mark, the accepted types, and its files —
 * each uploading with a progress bar, then shown with size and a short SHA-256 (full value on hover),
 * a download link and a remove button. The value is the list of uploaded files.
 */
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, List, Progress, Tooltip, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useErrorText } from '../../components/use-error-text';
import {
  acceptAttribute,
  DEFAULT_MAX_UPLOAD_BYTES,
  formatBytes,
  hasExtension,
  shortSha256,
  UPLOAD_ABORTED,
  UPLOAD_EXTENSIONS,
  uploadFile,
  type UploadedFile,
} from './upload-file';
import './material-upload.css';

export interface MaterialSlot {
  /** stable key, e.g. the catalogue material's id */
  key: string;
  name: string;
  required: boolean;
  /** extensions without dot; defaults to all the server accepts */
  extensions?: readonly string[];
  /** e.g. 原件扫描件、加盖公章 */
  note?: string;
}

interface Props {
  material: MaterialSlot;
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  maxBytes?: number;
  maxFiles?: number;
  disabled?: boolean;
}

type Row = { file: UploadedFile } | { pending: Pending };

interface Pending {
  uid: number;
  name: string;
  percent: number;
  error: string | null;
  controller: AbortController;
}

export function MaterialUpload({ material, value, onChange, maxBytes = DEFAULT_MAX_UPLOAD_BYTES, maxFiles = 10, disabled }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [pending, setPending] = useState<Pending[]>([]);
  const nextUid = useRef(1);
  // uploads under way; a ref, because several files chosen at once are started before the next render
  const inFlight = useRef(0);
  // the latest value, so uploads finishing one after another each add to what is there by then
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const extensions = material.extensions ?? UPLOAD_EXTENSIONS;
  const headingId = `material-${material.key}`;

  const update = (uid: number, change: Partial<Pending> | null) =>
    setPending((list) =>
      change === null ? list.filter((p) => p.uid !== uid) : list.map((p) => (p.uid === uid ? { ...p, ...change } : p)),
    );

  const start = (file: File) => {
    const uid = nextUid.current++;
    const controller = new AbortController();
    const fail = (error: string) =>
      setPending((list) => [...list.filter((p) => p.uid !== uid), { uid, name: file.name, percent: 0, error, controller }]);
    if (!hasExtension(file.name, extensions)) return fail(t('uploads.wrongType', { types: extensions.join('、').toUpperCase() }));
    if (file.size === 0) return fail(t('uploads.empty'));
    if (file.size > maxBytes) return fail(t('uploads.tooLarge', { size: formatBytes(maxBytes) }));
    if (latest.current.length + inFlight.current >= maxFiles) return fail(t('uploads.tooMany', { n: maxFiles }));
    inFlight.current += 1;
    setPending((list) => [...list, { uid, name: file.name, percent: 0, error: null, controller }]);
    uploadFile(file, { signal: controller.signal, onProgress: (p) => update(uid, { percent: p.percent }) })
      .then(
        (uploaded) => {
          update(uid, null);
          latest.current = [...latest.current, uploaded];
          onChange(latest.current);
        },
        (error: unknown) => {
          if (isApiError(error, UPLOAD_ABORTED)) update(uid, null);
          else update(uid, { error: errorText(error) });
        },
      )
      .finally(() => {
        inFlight.current -= 1;
      });
  };

  const remove = (id: string) => {
    latest.current = latest.current.filter((f) => f.id !== id);
    onChange(latest.current);
  };

  return (
    <section className="material-upload" aria-labelledby={headingId}>
      <Flex justify="space-between" align="start" gap="small" wrap>
        <div>
          <Typography.Text strong id={headingId}>
            {material.required && (
              <span className="material-upload__required" aria-hidden>
                *{' '}
              </span>
            )}
            {material.name}
          </Typography.Text>
          {material.required && <span className="visually-hidden">{t('uploads.required')}</span>}
          <div className="material-upload__meta">
            {t('uploads.accepted', { types: extensions.join('、').toUpperCase(), size: formatBytes(maxBytes) })}
            {material.note ? ` · ${material.note}` : ''}
          </div>
        </div>
        {!disabled && (
          <Upload
            accept={acceptAttribute(extensions)}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              start(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} aria-label={`${t('uploads.choose')} ${material.name}`}>
              {t('uploads.choose')}
            </Button>
          </Upload>
        )}
      </Flex>

      {(value.length > 0 || pending.length > 0) && (
        // dataSource + renderItem: antd puts the items in a <ul> only then (children land in a <div>)
        <List<Row>
          size="small"
          aria-label={t('uploads.listLabel', { name: material.name })}
          dataSource={[...value.map((f) => ({ file: f })), ...pending.map((p) => ({ pending: p }))]}
          rowKey={(r) => ('file' in r ? r.file.id : `pending-${r.pending.uid}`)}
          renderItem={(r) => {
            if ('file' in r) {
              const f = r.file;
              return (
                <List.Item
                  actions={
                    disabled
                      ? []
                      : [
                          <Button
                            key="remove"
                            type="text"
                            size="small"
                            icon={<DeleteOutlined aria-hidden />}
                            onClick={() => remove(f.id)}
                            aria-label={`${t('uploads.remove')} ${f.fileName}`}
                          />,
                        ]
                  }
                >
                  <Flex gap="small" wrap align="baseline">
                    <a href={`/api/uploads/${f.id}`} download={f.fileName}>
                      <PaperClipOutlined aria-hidden /> {f.fileName}
                    </a>
                    <span className="material-upload__meta">{formatBytes(f.sizeBytes)}</span>
                    <Tooltip title={`SHA-256 ${f.sha256}`}>
                      <Typography.Text code className="material-upload__meta" aria-label={`SHA-256 ${f.sha256}`}>
                        SHA-256 {shortSha256(f.sha256)}
                      </Typography.Text>
                    </Tooltip>
                  </Flex>
                </List.Item>
              );
            }
            const p = r.pending;
            return (
              <List.Item
                actions={[
                  <Button
                    key="cancel"
                    type="text"
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    onClick={() => (p.error ? update(p.uid, null) : p.controller.abort())}
                    aria-label={`${p.error ? t('uploads.dismiss') : t('uploads.cancel')} ${p.name}`}
                  />,
                ]}
              >
                <div className="material-upload__pending">
                  <div>{p.name}</div>
                  {p.error ? (
                    <Typography.Text type="danger" role="alert">
                      {p.error}
                    </Typography.Text>
                  ) : (
                    <Progress percent={p.percent} size="small" aria-label={t('uploads.progress', { name: p.name })} />
                  )}
                </div>
              </List.Item>
            );
          }}
        />
      )}
    </section>
  );
}
