/** The application at a glance: who, what, where it stands, and every clock (受理期限、承诺期限、法定期限、暂停与延长). */
import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { ClockTag } from './ClockTag';
import { useCodeLabel } from './use-code-labels';
import type { ApplicationDetail } from './types';

export function ApplicationFacts({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const f = (k: keyof typeof applicationsConsoleZh.fields) => t(`applicationsConsole.fields.${k}`);
  const label = useCodeLabel();
  const dash = t('applicationsConsole.none');
  const tolerance = app.tolerance as { deadline?: string; items?: { name: string }[] } | null;
  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.facts')}</h2>}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          { key: 'number', label: f('number'), children: app.number },
          { key: 'queryCode', label: f('queryCode'), children: app.queryCode },
          { key: 'item', label: f('item'), children: app.itemName },
          { key: 'department', label: f('department'), children: app.departmentName },
          { key: 'applicant', label: f('applicant'), children: app.applicantName },
          { key: 'channel', label: f('channel'), children: label('channel', app.channel) },
          { key: 'status', label: f('status'), children: app.statusLabel },
          { key: 'submittedAt', label: f('submittedAt'), children: formatDateTime(app.submittedAt) ?? dash },
          { key: 'acceptedAt', label: f('acceptedAt'), children: formatDateTime(app.acceptedAt) ?? dash },
          { key: 'acceptanceDocNo', label: f('acceptanceDocNo'), children: app.acceptanceDocNo ?? dash },
          { key: 'decision', label: f('decision'), children: label('decision', app.decision) },
          { key: 'decidedAt', label: f('decidedAt'), children: formatDateTime(app.decidedAt) ?? dash },
          { key: 'completedAt', label: f('completedAt'), children: formatDateTime(app.completedAt) ?? dash },
          { key: 'deliveredAt', label: f('deliveredAt'), children: formatDateTime(app.deliveredAt) ?? dash },
        ]}
      />
      <Descriptions
        size="small"
        title={t('applicationsConsole.detail.clocks')}
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          { key: 'clock', label: f('applicationClock'), children: <ClockTag clock={app.clock} /> },
          // before acceptance the application clock is the acceptance deadline, not the promise
          { key: 'promised', label: f('promisedDue'), children: (app.status !== 'submitted' && app.clock.dueDate) || dash },
          { key: 'legal', label: f('legalDue'), children: app.legalDueDate ?? dash },
          { key: 'acceptance', label: f('acceptanceDue'), children: app.acceptanceDueDate ?? dash },
          { key: 'delivery', label: f('deliveryDue'), children: app.deliveryDueDate ?? dash },
          { key: 'paused', label: f('pausedDays'), children: t('applicationsConsole.workingDays', { n: app.pausedDays }) },
          { key: 'extension', label: f('extensionDays'), children: t('applicationsConsole.workingDays', { n: app.extensionDays }) },
        ]}
      />
      {tolerance?.deadline && (
        <Alert
          type="warning"
          showIcon
          title={t('applicationsConsole.detail.tolerancePending', {
            deadline: tolerance.deadline,
            items: (tolerance.items ?? []).map((i) => i.name).join('、'),
          })}
        />
      )}
    </Card>
  );
}
