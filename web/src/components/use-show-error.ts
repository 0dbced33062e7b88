/**
 * Show a failed write: errors about a field go next to it (see field-errors.ts), and the server's
 * message always appears as a toast.
 */
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { fieldErrorsOf } from './field-errors';
import { useErrorText } from './use-error-text';

export function useShowError() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();

  return (error: unknown, form?: FormInstance) => {
    if (form && isApiError(error)) {
      // getFieldsValue() without arguments returns the registered fields only
      const registered = new Set(Object.keys(form.getFieldsValue() as object));
      const fields = fieldErrorsOf(error, registered).map((f) => ({
        name: f.name,
        errors: ['message' in f ? f.message : t(`errors.field.${f.rule}`)],
      }));
      if (fields.length > 0) form.setFields(fields);
    }
    void message.error(errorText(error));
  };
}
