/** The plain-text cells of a material row, shared by the table, the phone cards and the print page. */
import { useTranslation } from 'react-i18next';
import type { Material } from './types';
import { useCodeLabel } from './use-code-lists';
import { useGuideText } from './use-guide-text';

export function useMaterialText() {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const text = useGuideText();
  return {
    required: (m: Material) => (m.required ? t('catalogue.materials.requiredYes') : t('catalogue.materials.requiredNo')),
    kindFormat: (m: Material) => `${label('material_kind', m.kind)} / ${label('material_format', m.format)}`,
    copies: (m: Material) => text.copies(m),
    source: (m: Material) => [label('source_channel', m.sourceChannel), m.issuedBy.trim()].filter(Boolean).join('：'),
    notes: (m: Material) =>
      [m.fillingNotes.trim(), m.acceptanceStandard.trim() ? t('catalogue.materials.acceptance', { text: m.acceptanceStandard.trim() }) : '']
        .filter(Boolean)
        .join('\n'),
  };
}
