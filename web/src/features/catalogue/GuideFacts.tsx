/**
 * The guide's key facts: department, item type, 办件类型, 法定 / 承诺办结时限 (with their explanations, and
 * the limit of the chosen 办理情形 when it differs), 到现场次数 and 网办程度.
 */
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FULLY_ONLINE_LEVEL } from './ItemTags';
import { StatusTag } from '../../components/StatusTag';
import type { Guide } from './types';
import { useCodeLabel } from './use-code-lists';
import { useGuideText } from './use-guide-text';

function WithNote({ main, note }: { main: ReactNode; note?: string }) {
  return (
    <div>
      <span className="guide-fact__main">{main}</span>
      {note?.trim() && (
        <Typography.Text type="secondary" className="guide-fact__note pre-line">
          {note}
        </Typography.Text>
      )}
    </div>
  );
}

export function GuideFacts({ guide, promisedDays, print = false }: { guide: Guide; promisedDays: number; print?: boolean }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const text = useGuideText();
  const c = guide.content;
  const promised = text.limit(c.promisedLimitDays, c.limitUnit);
  return (
    <Descriptions
      className="guide-facts"
      size="small"
      bordered={print}
      column={print ? 2 : { xs: 1, md: 2 }}
      items={[
        { key: 'department', label: t('catalogue.guide.department'), children: guide.department.name },
        { key: 'itemType', label: t('catalogue.guide.itemType'), children: label('item_type', c.itemType) },
        { key: 'caseType', label: t('catalogue.guide.caseType'), children: label('case_type', c.caseType) },
        {
          key: 'legal',
          label: t('catalogue.guide.legalLimit'),
          children: <WithNote main={text.limit(c.legalLimitDays, c.limitUnit)} note={c.legalLimitExplanation} />,
        },
        {
          key: 'promised',
          label: t('catalogue.guide.promisedLimit'),
          children: (
            <WithNote
              main={
                promisedDays === c.promisedLimitDays ? (
                  promised
                ) : (
                  <>
                    <strong>{t('catalogue.guide.forYourChoice', { limit: text.limit(promisedDays, c.limitUnit) })}</strong>
                    <br />
                    <Typography.Text type="secondary">{t('catalogue.guide.itemLimit', { limit: promised })}</Typography.Text>
                  </>
                )
              }
              note={c.promisedLimitExplanation}
            />
          ),
        },
        { key: 'visits', label: t('catalogue.guide.visits'), children: <WithNote main={text.visits(c.visits)} note={c.visitsReason} /> },
        {
          key: 'online',
          label: t('catalogue.guide.onlineLevel'),
          children:
            c.onlineLevel >= FULLY_ONLINE_LEVEL ? (
              <StatusTag tone="ok">{label('online_level', String(c.onlineLevel))}</StatusTag>
            ) : (
              label('online_level', String(c.onlineLevel))
            ),
        },
        {
          key: 'code',
          label: t('catalogue.guide.implementationCode'),
          children: <span className="code-text">{guide.implementationCode}</span>,
        },
      ]}
    />
  );
}
