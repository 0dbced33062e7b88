/** Twelve month grids of one year: days off, 调休上班 weekends, hall closures and ordinary weekends marked. */
import { Col, Row } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from './use-calendar';

export type DayKind = 'off' | 'work' | 'closure' | 'weekend' | 'normal';

// solid colours with white text (contrast above 4.5:1), as StatusTag uses
export const DAY_STYLES: Record<DayKind, CSSProperties> = {
  off: { background: '#a8071a', color: '#fff' },
  work: { background: '#0b4fbf', color: '#fff' },
  closure: { background: '#8a4b00', color: '#fff' },
  weekend: { color: '#8c8c8c' },
  normal: {},
};

const pad = (n: number) => String(n).padStart(2, '0');
/** 0 = Monday … 6 = Sunday */
const mondayIndex = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Props {
  year: number;
  days: CalendarDay[];
  /** closed dates of the selected hall(s), with the reason */
  closures: Map<string, string>;
}

export function YearGrid({ year, days, closures }: Props) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <Row gutter={[16, 16]}>
      {Array.from({ length: 12 }, (_, i) => (
        <Col key={i} xs={24} sm={12} lg={8} xl={6}>
          <Month year={year} month={i + 1} byDate={byDate} closures={closures} />
        </Col>
      ))}
    </Row>
  );
}

function Month({
  year,
  month,
  byDate,
  closures,
}: {
  year: number;
  month: number;
  byDate: Map<string, CalendarDay>;
  closures: Map<string, string>;
}) {
  const { t } = useTranslation();
  const weekdays = t('calendarConsole.weekdays', { returnObjects: true }) as string[];
  const lead = mondayIndex(year, month, 1);
  const cells: (number | null)[] = [...Array<null>(lead).fill(null)];
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(d);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  const describe = (day: number): { kind: DayKind; label: string } => {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const listed = byDate.get(date);
    const closed = closures.get(date);
    if (closed !== undefined) return { kind: 'closure', label: `${date} ${t('calendarConsole.closure')}：${closed}` };
    if (listed) return { kind: listed.isOff ? 'off' : 'work', label: `${date} ${listed.name}` };
    const weekend = mondayIndex(year, month, day) >= 5;
    return { kind: weekend ? 'weekend' : 'normal', label: weekend ? `${date} ${t('calendarConsole.weekend')}` : date };
  };

  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', textAlign: 'center' }}>
      <caption style={{ captionSide: 'top', fontWeight: 600, textAlign: 'left', paddingBottom: 4 }}>
        {t('calendarConsole.monthCaption', { year, month })}
      </caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w} scope="col" style={{ fontWeight: 400, color: '#595959', fontSize: 12 }}>
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, i) => {
              if (day === null) return <td key={i} />;
              const { kind, label } = describe(day);
              return (
                <td key={i} title={label} aria-label={label} style={{ padding: 2 }}>
                  <span style={{ display: 'block', borderRadius: 4, lineHeight: '24px', ...DAY_STYLES[kind] }}>{day}</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
