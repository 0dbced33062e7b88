/** ② 选择事项: search the catalogue, pick the item, and answer its 办理情形 (they decide the materials). */
import { Alert, Button, Card, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { ScenarioPicker } from '../catalogue/ScenarioPicker';
import type { Answers } from '../catalogue/scenario-filter';
import type { GuideContent, Scenario } from '../catalogue/types';
import { useSearch } from '../catalogue/use-search';
import type { ApplyContext } from './types';

interface Props {
  itemCode: string | null;
  context: ApplyContext | undefined;
  contextError: unknown;
  answers: Answers;
  onPick: (code: string) => void;
  onAnswers: (answers: Answers) => void;
  onBack: () => void;
  onNext: () => void;
}

export function ItemStep({ itemCode, context, contextError, answers, onPick, onAnswers, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useSearch({ q, limit: 10, offset: 0 }, q.trim().length > 0);
  const scenarios = (context?.scenarios ?? []) as Scenario[];
  const unanswered = scenarios.filter((s) => answers[s.key] === undefined);
  const [tried, setTried] = useState(false);
  const i = (k: Exclude<keyof typeof applicationsConsoleZh.intake.item, 'answerAll'>) => t(`applicationsConsole.intake.item.${k}`);

  return (
    <Flex vertical gap="middle">
      <Input.Search
        aria-label={i('search')}
        placeholder={i('searchPlaceholder')}
        enterButton={i('searchButton')}
        allowClear
        onSearch={(value) => setQ(value.trim())}
      />
      {search.error ? <QueryError error={search.error} /> : null}
      {q && (
        <List
          aria-label={i('results')}
          loading={search.isFetching}
          dataSource={search.data?.items ?? []}
          locale={{ emptyText: i('noResults') }}
          renderItem={(item) => (
            <List.Item
              key={item.implementationCode}
              actions={[
                <Button
                  key="pick"
                  type={item.implementationCode === itemCode ? 'primary' : 'default'}
                  aria-label={`${i('pick')} ${item.name}`}
                  onClick={() => onPick(item.implementationCode)}
                >
                  {item.implementationCode === itemCode ? i('picked') : i('pick')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={item.name} description={item.departmentName} />
            </List.Item>
          )}
        />
      )}
      {contextError ? <QueryError error={contextError} /> : null}
      {context && (
        <Card size="small" title={<h2 className="intake-item-title">{context.itemName}</h2>}>
          <Typography.Paragraph className="muted-text">
            {i('department')}：{context.departmentName}
          </Typography.Paragraph>
          {!context.hasProcess && <Alert type="error" showIcon title={i('noProcess')} />}
          {scenarios.length > 0 && (
            <ScenarioPicker
              scenarios={scenarios}
              limitUnit={context.limitUnit as GuideContent['limitUnit']}
              answers={answers}
              onChange={onAnswers}
            />
          )}
        </Card>
      )}
      {tried && unanswered.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('applicationsConsole.intake.item.answerAll', { questions: unanswered.map((s) => s.question).join('、') })}
        />
      )}
      <Flex gap="small">
        <Button onClick={onBack}>{t('applicationsConsole.intake.back')}</Button>
        <Button
          type="primary"
          disabled={!context || !context.hasProcess}
          onClick={() => {
            setTried(true);
            if (unanswered.length === 0) onNext();
          }}
        >
          {t('applicationsConsole.intake.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
