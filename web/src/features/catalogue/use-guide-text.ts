/** Wording shared by the guide pages: time limits (工作日 / 自然日 / 即办), trips, copies of a material. */
import { useTranslation } from 'react-i18next';
import type { GuideContent, Material } from './types';

export type LimitUnit = GuideContent['limitUnit'];

export function useGuideText() {
  const { t } = useTranslation();
  return {
    /** null → 无法定时限, 0 → 即办, n → n 个工作日. */
    limit(days: number | null, unit: LimitUnit): string {
      if (days === null) return t('catalogue.guide.noLegalLimit');
      if (days === 0) return t('catalogue.guide.immediate');
      return unit === 'natural_day' ? t('catalogue.guide.naturalDays', { n: days }) : t('catalogue.guide.workingDays', { n: days });
    },
    visits(n: number): string {
      return n === 0 ? t('catalogue.tags.zeroVisits') : t('catalogue.guide.visitsN', { n });
    },
    copies(m: Pick<Material, 'originalCopies' | 'photocopyCopies' | 'paperSpec'>): string {
      const parts: string[] = [];
      if (m.originalCopies > 0) parts.push(t('catalogue.materials.originals', { n: m.originalCopies }));
      if (m.photocopyCopies > 0) parts.push(t('catalogue.materials.photocopies', { n: m.photocopyCopies }));
      if (m.paperSpec) parts.push(t('catalogue.materials.paperSpec', { spec: m.paperSpec }));
      return parts.join('\n') || t('catalogue.materials.noCopies');
    },
  };
}
