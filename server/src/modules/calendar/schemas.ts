/** HTTP schemas of the calendar API. */
import { Type, type Static } from 'typebox';
import { Uuid } from '../../http/schemas.js';

export const IsoDate = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (Asia/Shanghai)' });
export const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

export const YearParams = Type.Object({ year: Year }, { additionalProperties: false });

export const CalendarDay = Type.Object(
  {
    date: IsoDate,
    isOff: Type.Boolean({ description: 'true = 放假; false = 调休上班 (a weekend worked)' }),
    name: Type.String({ minLength: 1, maxLength: 50, description: '节日名称' }),
  },
  { additionalProperties: false },
);

export const CalendarYear = Type.Object({
  year: Year,
  source: Type.String(),
  noticeUrl: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
  days: Type.Array(CalendarDay),
});

export const CalendarYearBody = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 200, description: '通知名称及文号' }),
    noticeUrl: Type.Union([Type.String({ pattern: '^https?://', maxLength: 500 }), Type.Null()]),
    days: Type.Array(CalendarDay, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type CalendarYearBody = Static<typeof CalendarYearBody>;

export const CalendarStatus = Type.Object({
  today: IsoDate,
  years: Type.Array(Year, { description: 'years with holiday data' }),
  missingYears: Type.Array(Year, { description: 'this year or next year without data' }),
});

export const DueDateQuery = Type.Object(
  {
    start: IsoDate,
    days: Type.Integer({ minimum: 0, maximum: 999 }),
    hallId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const DueDate = Type.Object({
  start: IsoDate,
  days: Type.Integer(),
  due: IsoDate,
  dueAt: Type.String({ format: 'date-time', description: 'end of the due day, 23:59:59.999 +08:00' }),
});

export const HallClosure = Type.Object({
  id: Uuid,
  hallId: Uuid,
  hallName: Type.String(),
  date: IsoDate,
  reason: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ClosureQuery = Type.Object({ hallId: Type.Optional(Uuid), year: Type.Optional(Year) }, { additionalProperties: false });

export const ClosureBody = Type.Object(
  {
    hallId: Uuid,
    date: IsoDate,
    reason: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
