/**
 * The name cell of a material: its name, 可免提交 when an e-certificate or shared data replaces it, and
 * the 办理情形 it applies to when it does not always apply.
 */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { conditionsInWords } from './scenario-filter';
import type { Material, Scenario } from './types';

export function MaterialName({ material, scenarios }: { material: Material; scenarios: readonly Scenario[] }) {
  const { t } = useTranslation();
  const conditions = conditionsInWords(material, scenarios);
  const replaced = material.replacedBy;
  return (
    <div className="material-name">
      <span className="material-name__text">{material.name}</span>
      {replaced && (
        <div>
          <Tag color="#22680d" className="material-name__replaced">
            {replaced.kind === 'e_certificate' ? t('catalogue.materials.replacedCertificate') : t('catalogue.materials.replacedRegistry')}
          </Tag>
          <Typography.Text type="secondary" className="material-name__hint">
            {t('catalogue.materials.replacedHint', { label: replaced.label })}
          </Typography.Text>
        </div>
      )}
      {conditions.length > 0 && (
        <Typography.Text type="secondary" className="material-name__when">
          {t('catalogue.materials.appliesWhen')}
          {conditions
            .map((c) => t('catalogue.materials.condition', { question: c.question, options: c.options.join(t('catalogue.materials.or')) }))
            .join('；')}
        </Typography.Text>
      )}
    </div>
  );
}
