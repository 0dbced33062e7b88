-- Organisations: administrative divisions (GB/T 2260 行政区划), departments, service halls and windows.

CREATE TABLE divisions (
  code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  level       smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  parent_code text REFERENCES divisions (code)
);
COMMENT ON TABLE divisions IS '行政区划 (GB/T 2260 six digits; 9/12-digit township/village extension per GB/T 10114)';
COMMENT ON COLUMN divisions.level IS '1 省 2 市 3 县 4 乡镇街道 5 村社区';

CREATE TABLE departments (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
  short_name    text NOT NULL CHECK (length(short_name) BETWEEN 1 AND 30),
  uscc          text NOT NULL UNIQUE CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  division_code text NOT NULL REFERENCES divisions (code),
  phone         text,
  sort_order    integer NOT NULL DEFAULT 0,
  status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE departments IS '实施主体 / 部门; uscc = 统一社会信用代码 (GB 32100)';

CREATE TABLE halls (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name          text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
  division_code text NOT NULL REFERENCES divisions (code),
  address       text NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
  opening_hours text NOT NULL CHECK (length(opening_hours) BETWEEN 1 AND 200),
  phone         text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE halls IS '政务服务中心 / 便民服务中心 (physical service halls)';

CREATE TABLE hall_windows (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  hall_id       uuid NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
  number        text NOT NULL CHECK (length(number) BETWEEN 1 AND 20),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kind          text NOT NULL CHECK (kind IN ('comprehensive', 'professional')),
  department_id uuid REFERENCES departments (id),
  status        text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  UNIQUE (hall_id, number),
  CHECK (kind = 'comprehensive' OR department_id IS NOT NULL)
);
COMMENT ON TABLE hall_windows IS '窗口: comprehensive = 综合受理窗口 (一窗受理), professional = 专业窗口 of one department';
