/**
 * A catalogue file as a form value (its id or null): the current file with a download link, and upload /
 * replace / remove. The file is read in the browser and uploaded as base64; the server checks its type.
 */
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../components/use-show-error';
import { MAX_UPLOAD_BYTES } from '../file-base64';
import { useUploadFile } from '../use-upload-file';
import { useEditorContext } from './editor-context';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.ofd,.doc,.docx,.xls,.xlsx,.html,.htm';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** what the file is, for the buttons' accessible names (e.g. 空白表格) */
  label: string;
}

export function FileField({ id, value, onChange, label }: Props) {
  const { t } = useTranslation();
  const { readOnly, fileOf, addFile } = useEditorContext();
  const upload = useUploadFile();
  const showError = useShowError();
  const { message } = App.useApp();
  const meta = value ? fileOf(value) : undefined;

  const onFile = (file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      void message.error(t('catalogueConsole.editor.fileTooLarge'));
      return;
    }
    upload.mutate(file, {
      onSuccess: (uploaded) => {
        addFile(uploaded);
        onChange?.(uploaded.id);
        void message.success(t('catalogueConsole.editor.fileUploaded', { name: uploaded.fileName }));
      },
      onError: (e) => showError(e),
    });
  };

  return (
    <Flex id={id} gap="small" wrap align="center">
      {value ? (
        <a href={`/api/console/catalogue/files/${value}`} download={meta?.fileName} target="_blank" rel="noreferrer">
          <PaperClipOutlined aria-hidden /> {meta?.fileName ?? t('catalogueConsole.editor.fileUnnamed')}
        </a>
      ) : (
        <span className="muted-text">{t('catalogueConsole.editor.noFile')}</span>
      )}
      {!readOnly && (
        <>
          <Upload
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              onFile(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button
              icon={<UploadOutlined aria-hidden />}
              loading={upload.isPending}
              aria-label={`${value ? t('catalogueConsole.editor.replaceFile') : t('catalogueConsole.editor.uploadFile')} ${label}`}
            >
              {value ? t('catalogueConsole.editor.replaceFile') : t('catalogueConsole.editor.uploadFile')}
            </Button>
          </Upload>
          {value && (
            <Button
              icon={<DeleteOutlined aria-hidden />}
              onClick={() => onChange?.(null)}
              aria-label={`${t('catalogueConsole.editor.removeFile')} ${label}`}
            >
              {t('catalogueConsole.editor.removeFile')}
            </Button>
          )}
        </>
      )}
    </Flex>
  );
}
