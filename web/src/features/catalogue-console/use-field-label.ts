/** Labels of the item content's fields (catalogueConsole.field.*), typed by the zh-CN strings. */
import { useTranslation } from 'react-i18next';
import type { catalogueConsoleZh } from '../../i18n/catalogue-console.zh-CN';

export type FieldKey = keyof typeof catalogueConsoleZh.field;

export function useFieldLabel(): (key: FieldKey) => string {
  const { t } = useTranslation();
  return (key) => t(`catalogueConsole.field.${key}`);
}

export type MaterialFieldKey = keyof typeof catalogueConsoleZh.material;

export function useMaterialLabel(): (key: MaterialFieldKey) => string {
  const { t } = useTranslation();
  return (key) => t(`catalogueConsole.material.${key}`);
}
