/**
 * 办理情形: one radio group per question, named by the question. An answer narrows the materials list and
 * shows the option's note and, when it has one, its own promised limit.
 */
import { Alert, Button, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answers } from './scenario-filter';
import type { GuideContent, Scenario } from './types';
import { useGuideText } from './use-guide-text';

interface Props {
  scenarios: readonly Scenario[];
  limitUnit: GuideContent['limitUnit'];
  answers: Answers;
  onChange: (answers: Answers) => void;
}

export function ScenarioPicker({ scenarios, limitUnit, answers, onChange }: Props) {
  const { t } = useTranslation();
  const text = useGuideText();
  const answered = scenarios.some((s) => answers[s.key] !== undefined);
  return (
    <div className="scenarios">
      <Typography.Paragraph>{t('catalogue.scenarios.intro')}</Typography.Paragraph>
      {scenarios.map((s) => {
        const id = `scenario-${s.key}`;
        const chosen = s.options.find((o) => o.key === answers[s.key]);
        return (
          <div key={s.key} className="scenario">
            <h3 id={`${id}-q`} className="scenario__question">
              {s.question}
            </h3>
            <Radio.Group
              aria-labelledby={`${id}-q`}
              name={id}
              value={answers[s.key]}
              onChange={(e) => onChange({ ...answers, [s.key]: e.target.value as string })}
              options={s.options.map((o) => ({ value: o.key, label: o.label }))}
              className="scenario__options"
            />
            {chosen && (
              <OptionNote
                note={chosen.note.trim()}
                limit={
                  chosen.promisedLimitDays === null
                    ? ''
                    : t('catalogue.scenarios.limit', { limit: text.limit(chosen.promisedLimitDays, limitUnit) })
                }
              />
            )}
          </div>
        );
      })}
      {answered && (
        <Button onClick={() => onChange({})} className="scenarios__reset">
          {t('catalogue.scenarios.reset')}
        </Button>
      )}
    </div>
  );
}

/** The chosen option's note and limit; nothing when it has neither. */
function OptionNote({ note, limit }: { note: string; limit: string }) {
  if (!note && !limit) return null;
  return <Alert className="scenario__note" type="info" showIcon title={note || limit} description={note && limit ? limit : undefined} />;
}
