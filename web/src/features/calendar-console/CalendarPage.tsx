/**
 * 工作日历 (staff read, administrators edit): a year's 放假 and 调休上班 days from the State Council notice,
 * hall closures, a due-date calculator, and a warning when this or next year has no data.
 */
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Divider, Flex, Segmented, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { isAdmin } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { useHalls } from '../halls/use-halls';
import { CalendarYearModal } from './CalendarYearModal';
import { DueDateTool } from './DueDateTool';
import { HallClosures } from './HallClosures';
import { useCalendarStatus, useCalendarYear, useHallClosures } from './use-calendar';
import { DAY_STYLES, YearGrid, type DayKind } from './YearGrid';

/** Today in China (Asia/Shanghai, UTC+8), whatever the browser's zone. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { data: session } = useSession();
  const admin = isAdmin(session?.account);
  const status = useCalendarStatus();
  const today = status.data?.today ?? chinaToday();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const calendar = useCalendarYear(year);
  const closures = useHallClosures(year);
  const halls = useHalls();

  const years = useMemo(
    () => [...new Set([...(status.data?.years ?? []), thisYear - 1, thisYear, thisYear + 1])].sort((a, b) => a - b),
    [status.data?.years, thisYear],
  );
  const closureMap = useMemo(
    () => new Map((closures.data?.items ?? []).map((c) => [c.date, `${c.hallName} ${c.reason}`])),
    [closures.data?.items],
  );
  const missing = status.data?.missingYears ?? [];

  return (
    <>
      <PageTitle
        title={t('calendarConsole.title')}
        extra={
          admin && calendar.isSuccess ? (
            <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {calendar.data ? t('calendarConsole.edit') : t('calendarConsole.enter')}
            </Button>
          ) : undefined
        }
      />
      <Typography.Paragraph type="secondary">{t('calendarConsole.intro')}</Typography.Paragraph>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('calendarConsole.missingTitle', { years: missing.join('、') })}
          description={t('calendarConsole.missingText')}
        />
      )}
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        <Segmented<number>
          aria-label={t('calendarConsole.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t('calendarConsole.yearLabel', { year: y }) }))}
        />
        <Legend />
      </Flex>
      {calendar.isError ? (
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : calendar.isPending ? (
        <Skeleton active />
      ) : calendar.data === null ? (
        <Alert type="info" showIcon title={t('calendarConsole.notLoaded', { year })} style={{ marginBottom: 16 }} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('calendarConsole.source')}：{calendar.data.source}
            {calendar.data.noticeUrl && (
              <>
                {' '}
                <Typography.Link href={calendar.data.noticeUrl} target="_blank" rel="noopener noreferrer">
                  {t('calendarConsole.notice')}
                </Typography.Link>
              </>
            )}
            <Typography.Text type="secondary">
              {' · '}
              {t('calendarConsole.updatedAt', { time: formatDateTime(calendar.data.updatedAt, i18n.language) })}
            </Typography.Text>
          </Typography.Paragraph>
          <YearGrid year={year} days={calendar.data.days} closures={closureMap} />
        </>
      )}
      <Divider />
      <HallClosures year={year} halls={halls.data?.items ?? []} canEdit={admin} />
      <Divider />
      <DueDateTool halls={halls.data?.items ?? []} today={today} />
      {editing && calendar.data !== undefined && (
        <CalendarYearModal year={year} current={calendar.data} onClose={() => setEditing(false)} />
      )}
    </>
  );
}

function Legend() {
  const { t } = useTranslation();
  const items: [DayKind, string][] = [
    ['off', t('calendarConsole.offDay')],
    ['work', t('calendarConsole.workDay')],
    ['closure', t('calendarConsole.closure')],
    ['weekend', t('calendarConsole.weekend')],
  ];
  return (
    <Space wrap aria-label={t('calendarConsole.legend')} role="group">
      {items.map(([kind, label]) => (
        <span key={kind} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
          <span
            aria-hidden
            style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 3, border: '1px solid #d9d9d9', ...DAY_STYLES[kind] }}
          />
          {label}
        </span>
      ))}
    </Space>
  );
}
