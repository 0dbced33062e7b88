-- Working-day calendar (工作日历): each year's State Council holiday notice (放假 and 调休上班 days) and
-- per-hall closures. A date not listed is a working day Monday–Friday and an off day Saturday/Sunday
-- (《全国年节及纪念日放假办法》, 国务院令第795号). Time limits in working days are counted on it.

CREATE TABLE calendar_years (
  year       integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  source     text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
  notice_url text CHECK (notice_url IS NULL OR (notice_url ~ '^https?://' AND length(notice_url) <= 500)),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES accounts (id)
);
COMMENT ON TABLE calendar_years IS 'years whose holiday notice is loaded; a year absent here has no calendar (deadlines cannot be computed)';
COMMENT ON COLUMN calendar_years.source IS 'the notice, e.g. 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）';

CREATE TABLE calendar_days (
  date   date PRIMARY KEY,
  year   integer NOT NULL REFERENCES calendar_years (year) ON DELETE CASCADE,
  is_off boolean NOT NULL,
  name   text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  CHECK (extract(year FROM date) = year),
  CHECK (is_off OR extract(isodow FROM date) IN (6, 7))
);
CREATE INDEX calendar_days_year_idx ON calendar_days (year);
COMMENT ON TABLE calendar_days IS 'only the exceptions of the notice: is_off = 放假 (holiday or 调休), not is_off = 调休上班 on a weekend';

CREATE TABLE hall_closures (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hall_id    uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  date       date NOT NULL,
  reason     text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
  created_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hall_id, date)
);
COMMENT ON TABLE hall_closures IS 'extra closed days of one service hall (local overlay on the national calendar)';

-- Seed: 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号); same data as modules/calendar/calendar-data.ts.
INSERT INTO calendar_years (year, source, notice_url, updated_at) VALUES
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
   'https://www.gov.cn/zhengce/content/202411/content_6986382.htm', now()),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
   'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm', now());

INSERT INTO calendar_days (date, year, is_off, name) VALUES
  ('2025-01-01', 2025, true, '元旦'),
  ('2025-01-26', 2025, false, '春节调休上班'),
  ('2025-01-28', 2025, true, '春节'),
  ('2025-01-29', 2025, true, '春节'),
  ('2025-01-30', 2025, true, '春节'),
  ('2025-01-31', 2025, true, '春节'),
  ('2025-02-01', 2025, true, '春节'),
  ('2025-02-02', 2025, true, '春节'),
  ('2025-02-03', 2025, true, '春节'),
  ('2025-02-04', 2025, true, '春节'),
  ('2025-02-08', 2025, false, '春节调休上班'),
  ('2025-04-04', 2025, true, '清明节'),
  ('2025-04-05', 2025, true, '清明节'),
  ('2025-04-06', 2025, true, '清明节'),
  ('2025-04-27', 2025, false, '劳动节调休上班'),
  ('2025-05-01', 2025, true, '劳动节'),
  ('2025-05-02', 2025, true, '劳动节'),
  ('2025-05-03', 2025, true, '劳动节'),
  ('2025-05-04', 2025, true, '劳动节'),
  ('2025-05-05', 2025, true, '劳动节'),
  ('2025-05-31', 2025, true, '端午节'),
  ('2025-06-01', 2025, true, '端午节'),
  ('2025-06-02', 2025, true, '端午节'),
  ('2025-09-28', 2025, false, '国庆节、中秋节调休上班'),
  ('2025-10-01', 2025, true, '国庆节、中秋节'),
  ('2025-10-02', 2025, true, '国庆节、中秋节'),
  ('2025-10-03', 2025, true, '国庆节、中秋节'),
  ('2025-10-04', 2025, true, '国庆节、中秋节'),
  ('2025-10-05', 2025, true, '国庆节、中秋节'),
  ('2025-10-06', 2025, true, '国庆节、中秋节'),
  ('2025-10-07', 2025, true, '国庆节、中秋节'),
  ('2025-10-08', 2025, true, '国庆节、中秋节'),
  ('2025-10-11', 2025, false, '国庆节、中秋节调休上班'),
  ('2026-01-01', 2026, true, '元旦'),
  ('2026-01-02', 2026, true, '元旦'),
  ('2026-01-03', 2026, true, '元旦'),
  ('2026-01-04', 2026, false, '元旦调休上班'),
  ('2026-02-14', 2026, false, '春节调休上班'),
  ('2026-02-15', 2026, true, '春节'),
  ('2026-02-16', 2026, true, '春节'),
  ('2026-02-17', 2026, true, '春节'),
  ('2026-02-18', 2026, true, '春节'),
  ('2026-02-19', 2026, true, '春节'),
  ('2026-02-20', 2026, true, '春节'),
  ('2026-02-21', 2026, true, '春节'),
  ('2026-02-22', 2026, true, '春节'),
  ('2026-02-23', 2026, true, '春节'),
  ('2026-02-28', 2026, false, '春节调休上班'),
  ('2026-04-04', 2026, true, '清明节'),
  ('2026-04-05', 2026, true, '清明节'),
  ('2026-04-06', 2026, true, '清明节'),
  ('2026-05-01', 2026, true, '劳动节'),
  ('2026-05-02', 2026, true, '劳动节'),
  ('2026-05-03', 2026, true, '劳动节'),
  ('2026-05-04', 2026, true, '劳动节'),
  ('2026-05-05', 2026, true, '劳动节'),
  ('2026-05-09', 2026, false, '劳动节调休上班'),
  ('2026-06-19', 2026, true, '端午节'),
  ('2026-06-20', 2026, true, '端午节'),
  ('2026-06-21', 2026, true, '端午节'),
  ('2026-09-20', 2026, false, '国庆节调休上班'),
  ('2026-09-25', 2026, true, '中秋节'),
  ('2026-09-26', 2026, true, '中秋节'),
  ('2026-09-27', 2026, true, '中秋节'),
  ('2026-10-01', 2026, true, '国庆节'),
  ('2026-10-02', 2026, true, '国庆节'),
  ('2026-10-03', 2026, true, '国庆节'),
  ('2026-10-04', 2026, true, '国庆节'),
  ('2026-10-05', 2026, true, '国庆节'),
  ('2026-10-06', 2026, true, '国庆节'),
  ('2026-10-07', 2026, true, '国庆节'),
  ('2026-10-10', 2026, false, '国庆节调休上班');
