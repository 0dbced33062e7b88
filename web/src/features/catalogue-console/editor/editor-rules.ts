/** Form rules of the item editor, matching item-content.ts (the server checks the same on every save). */
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';

export const KEY_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
export const BASIC_CODE_PATTERN = /^[0-9A-Za-z-]{1,20}$/;
export const IMPLEMENTATION_CODE_PATTERN = /^[0-9A-Za-z-]{1,40}$/;

export function useEditorRules() {
  const { t } = useTranslation();
  return {
    /** a text that must not be blank */
    required: (label: string): FormRule => ({ required: true, whitespace: true, message: t('validation.required', { label }) }),
    /** a choice (select, number) that must be made */
    chosen: (label: string): FormRule => ({ required: true, message: t('catalogueConsole.editor.mustChoose', { label }) }),
    key: { pattern: KEY_PATTERN, message: t('catalogueConsole.editor.keyPattern') } satisfies FormRule,
    basicCode: { pattern: BASIC_CODE_PATTERN, message: t('catalogueConsole.editor.basicCodePattern') } satisfies FormRule,
    implementationCode: {
      pattern: IMPLEMENTATION_CODE_PATTERN,
      message: t('catalogueConsole.editor.implementationCodePattern'),
    } satisfies FormRule,
    max: (max: number): FormRule => ({ max, message: t('catalogueConsole.editor.maxLength', { max }) }),
    maxItems: (max: number): FormRule => ({ type: 'array', max, message: t('catalogueConsole.editor.maxItems', { max }) }),
  };
}
