/** After an applicant action: success toast, or the stale notice (409 APPLICATION_STALE → refreshed) or the error. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useErrorText } from '../../components/use-error-text';
import { STALE } from './use-applicant-action';

export function useActionFeedback() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  return {
    done: (text: string) => void message.success(text),
    failed: (error: unknown) => {
      if (isApiError(error, STALE)) void message.warning(t('applications.detail.stale'));
      else void message.error(errorText(error));
    },
  };
}
