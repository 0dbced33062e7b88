/** 办理情形 on paper: each question with its options, their notes and limits (nothing to click). */
import type { GuideContent, Scenario } from './types';
import { useTranslation } from 'react-i18next';
import { useGuideText } from './use-guide-text';

export function PrintScenarios({ scenarios, limitUnit }: { scenarios: readonly Scenario[]; limitUnit: GuideContent['limitUnit'] }) {
  const { t } = useTranslation();
  const text = useGuideText();
  return (
    <div className="print-scenarios">
      {scenarios.map((s) => (
        <div key={s.key}>
          <h3 className="scenario__question">{s.question}</h3>
          <ul>
            {s.options.map((o) => (
              <li key={o.key}>
                <strong>{o.label}</strong>
                {o.note.trim() && t('catalogue.labelled', { label: '', value: o.note.trim() })}
                {o.promisedLimitDays !== null &&
                  t('catalogue.paren', { text: t('catalogue.scenarios.limit', { limit: text.limit(o.promisedLimitDays, limitUnit) }) })}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
