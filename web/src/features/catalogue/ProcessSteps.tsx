/** 办理流程: the steps in order, each with who does what and its time limit; then 特别程序 when there is one. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GuideContent } from './types';

export function ProcessSteps({ content }: { content: Pick<GuideContent, 'processSteps' | 'specialProcedure'> }) {
  const { t } = useTranslation();
  return (
    <>
      {content.processSteps.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('catalogue.process.empty')}</Typography.Paragraph>
      ) : (
        <ol className="guide-steps">
          {content.processSteps.map((step, i) => (
            <li key={i} className="guide-step">
              <span className="guide-step__no" aria-hidden>
                {i + 1}
              </span>
              <div className="guide-step__body">
                <h3 className="guide-step__name">{step.name}</h3>
                {step.description && <p className="guide-step__desc pre-line">{step.description}</p>}
                {step.timeLimit && <p className="guide-step__limit">{t('catalogue.process.timeLimit', { limit: step.timeLimit })}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {content.specialProcedure.trim() && (
        <Typography.Paragraph className="pre-line">
          <strong>{t('catalogue.process.special')}</strong>
          {content.specialProcedure}
        </Typography.Paragraph>
      )}
    </>
  );
}
