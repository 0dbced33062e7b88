/**
 * 质量检查: every problem the publishing rules found, grouped by rule, each with a button that opens the
 * field it is about; or a plain 「质量检查通过」.
 */
import { AimOutlined, CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { catalogueConsoleZh } from '../../i18n/catalogue-console.zh-CN';
import { groupByRule } from './problem-paths';
import type { QualityProblem } from './types';

type RuleId = keyof typeof catalogueConsoleZh.rules;
const isRuleId = (rule: string): rule is RuleId => /^Q\d\d$/.test(rule);

interface Props {
  problems: readonly QualityProblem[];
  /** the report is about the last saved content, and there are unsaved changes */
  stale?: boolean;
  onLocate?: (path: string) => void;
}

export function QualityReport({ problems, stale = false, onLocate }: Props) {
  const { t } = useTranslation();
  const ruleTitle = (rule: string) => {
    const title = isRuleId(rule) ? t(`catalogueConsole.rules.${rule}`, { defaultValue: '' }) : '';
    return title ? `${rule} ${title}` : rule;
  };

  return (
    <section className="section quality-report" aria-labelledby="quality-title">
      <h2 id="quality-title" className="section-heading">
        {t('catalogueConsole.quality.title')}
      </h2>
      {stale && <p className="muted-text">{t('catalogueConsole.quality.stale')}</p>}
      {problems.length === 0 ? (
        <Alert type="success" showIcon icon={<CheckCircleOutlined aria-hidden />} title={t('catalogueConsole.quality.ok')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined aria-hidden />}
          title={t('catalogueConsole.quality.failed', { count: problems.length })}
          description={
            <div className="quality-report__groups">
              {groupByRule(problems).map((group) => (
                <div key={group.rule} className="quality-report__group">
                  <h3 className="quality-report__rule">{ruleTitle(group.rule)}</h3>
                  <ul className="quality-report__list">
                    {group.problems.map((p, i) => (
                      <li key={`${p.path}-${i}`}>
                        {p.message}
                        {onLocate && (
                          <Button
                            type="link"
                            size="small"
                            icon={<AimOutlined aria-hidden />}
                            onClick={() => onLocate(p.path)}
                            aria-label={`${t('catalogueConsole.quality.locate')}：${p.message}`}
                          >
                            {t('catalogueConsole.quality.locate')}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          }
        />
      )}
    </section>
  );
}
