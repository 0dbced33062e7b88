-- Service catalogue (事项库): code lists with per-integration mappings, catalogue files (blank forms,
-- samples), items (实施清单) with immutable versions, the search table, and 一件事 bundles.
-- Catalogue roles: editor (drafts, own department), reviewer (审核) and publisher (发布) — separate duties.

ALTER TABLE account_roles DROP CONSTRAINT account_roles_role_check;
ALTER TABLE account_roles ADD CONSTRAINT account_roles_role_check CHECK (role IN ('citizen', 'enterprise', 'window_clerk',
  'reviewer', 'department_head', 'hotline_operator', 'supervisor', 'admin', 'catalogue_editor', 'catalogue_reviewer',
  'catalogue_publisher'));

CREATE TABLE code_list_entries (
  list_key   text NOT NULL,
  code       text NOT NULL,
  label      text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (list_key, code)
);
COMMENT ON TABLE code_list_entries IS 'national code lists (GB/T 39046 附录 A and national exchange practice); source: modules/catalogue/code-lists.ts';

CREATE TABLE code_mappings (
  integration   text NOT NULL CHECK (integration ~ '^[a-z][a-z0-9_-]{1,39}$'),
  list_key      text NOT NULL,
  national_code text NOT NULL,
  external_code text NOT NULL CHECK (length(external_code) BETWEEN 1 AND 20),
  PRIMARY KEY (integration, list_key, national_code),
  UNIQUE (integration, list_key, external_code),
  FOREIGN KEY (list_key, national_code) REFERENCES code_list_entries (list_key, code)
);
COMMENT ON TABLE code_mappings IS 'per-integration code translation (a province or system that numbers a list differently, §1.4)';

CREATE TABLE catalogue_files (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_name   text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type  text NOT NULL,
  size        integer NOT NULL CHECK (size BETWEEN 1 AND 10485760),
  sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content     bytea NOT NULL,
  created_by  uuid REFERENCES accounts (id),
  created_at  timestamptz NOT NULL
);
COMMENT ON TABLE catalogue_files IS 'blank forms (空白表格), filled samples (示例样表) and result samples (结果样本) of catalogue items; never changed once written';

CREATE TABLE catalogue_items (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  implementation_code text NOT NULL UNIQUE CHECK (implementation_code ~ '^[0-9A-Za-z-]{1,40}$'),
  department_id       uuid NOT NULL REFERENCES departments (id),
  published_version_id uuid,
  popularity          integer NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL
);
COMMENT ON TABLE catalogue_items IS '政务服务事项 (实施清单): the stable identity; 实施编码 never changes; content lives in item_versions';
COMMENT ON COLUMN catalogue_items.published_version_id IS 'the version the public sees; NULL when never published or withdrawn';
COMMENT ON COLUMN catalogue_items.popularity IS 'guide views, for 热门事项';

CREATE TABLE item_versions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id        uuid NOT NULL REFERENCES catalogue_items (id),
  version_no     integer NOT NULL CHECK (version_no >= 1),
  status         text NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'superseded', 'withdrawn')),
  content        jsonb NOT NULL,
  content_digest text NOT NULL,
  created_by     uuid REFERENCES accounts (id),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  submitted_by   uuid REFERENCES accounts (id),
  submitted_at   timestamptz,
  reviewed_by    uuid REFERENCES accounts (id),
  reviewed_at    timestamptz,
  review_comment text,
  published_by   uuid REFERENCES accounts (id),
  published_at   timestamptz,
  ended_at       timestamptz,
  ended_reason   text,
  UNIQUE (item_id, version_no),
  CHECK (status NOT IN ('published', 'superseded', 'withdrawn') OR (published_at IS NOT NULL AND reviewed_by IS NOT NULL)),
  CHECK (published_by IS NULL OR published_by IS DISTINCT FROM reviewed_by)
);
CREATE UNIQUE INDEX item_versions_one_open_idx ON item_versions (item_id) WHERE status IN ('draft', 'in_review', 'approved');
CREATE UNIQUE INDEX item_versions_one_published_idx ON item_versions (item_id) WHERE status = 'published';
CREATE INDEX item_versions_status_idx ON item_versions (status, updated_at DESC);
COMMENT ON TABLE item_versions IS '实施清单 versions: draft → in_review → approved → published → superseded | withdrawn; content frozen once out of draft';
COMMENT ON COLUMN item_versions.content_digest IS 'SM3 of the canonical JSON of content';
COMMENT ON COLUMN item_versions.review_comment IS 'the reviewer''s note; on rejection the version returns to draft with it';

ALTER TABLE catalogue_items ADD CONSTRAINT catalogue_items_published_version_fk
  FOREIGN KEY (published_version_id) REFERENCES item_versions (id);

-- A version's content is frozen once it leaves draft (published versions are immutable evidence: later
-- applications pin them). The application never tries; this makes it impossible by any path.
CREATE FUNCTION item_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'item version % is % and cannot be deleted', OLD.id, OLD.status; END IF;
    RETURN OLD;
  END IF;
  IF OLD.status <> 'draft' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.content_digest IS DISTINCT FROM OLD.content_digest
      OR NEW.version_no IS DISTINCT FROM OLD.version_no OR NEW.item_id IS DISTINCT FROM OLD.item_id) THEN
    RAISE EXCEPTION 'item version % is % and its content is frozen', OLD.id, OLD.status;
  END IF;
  IF OLD.status IN ('superseded', 'withdrawn') AND NEW.status IS DISTINCT FROM OLD.status THEN
    RAISE EXCEPTION 'item version % is % and final', OLD.id, OLD.status;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER item_versions_freeze BEFORE UPDATE OR DELETE ON item_versions FOR EACH ROW EXECUTE FUNCTION item_versions_freeze();

CREATE TABLE item_search (
  item_id             uuid PRIMARY KEY REFERENCES catalogue_items (id),
  version_id          uuid NOT NULL REFERENCES item_versions (id),
  implementation_code text NOT NULL,
  name                text NOT NULL,
  department_id       uuid NOT NULL REFERENCES departments (id),
  for_person          boolean NOT NULL,
  for_enterprise      boolean NOT NULL,
  themes              text[] NOT NULL,
  item_type           text NOT NULL,
  online_level        smallint NOT NULL,
  visits              smallint NOT NULL,
  popularity          integer NOT NULL DEFAULT 0,
  document            tsvector NOT NULL
);
CREATE INDEX item_search_document_idx ON item_search USING gin (document);
CREATE INDEX item_search_themes_idx ON item_search USING gin (themes);
CREATE INDEX item_search_department_idx ON item_search (department_id);
COMMENT ON TABLE item_search IS 'one row per published item: jieba words + pinyin + initials + synonyms as tsvector(''simple''), weight A name/aliases, B materials/result, C conditions, D department and basis';

CREATE TABLE bundles (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  audience    text NOT NULL CHECK (audience IN ('person', 'enterprise')),
  theme       text,
  description text NOT NULL DEFAULT '',
  status      text NOT NULL CHECK (status IN ('draft', 'published', 'withdrawn')),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
COMMENT ON TABLE bundles IS '一件事: several items (possibly of several departments) applied for as one life or business event';

CREATE TABLE bundle_items (
  bundle_id  uuid NOT NULL REFERENCES bundles (id) ON DELETE CASCADE,
  item_id    uuid NOT NULL REFERENCES catalogue_items (id),
  sort_order integer NOT NULL,
  PRIMARY KEY (bundle_id, item_id)
);

INSERT INTO code_list_entries (list_key, code, label, sort_order) VALUES
  ('item_type', '01', '行政许可', 1),
  ('item_type', '02', '行政处罚', 2),
  ('item_type', '03', '行政强制', 3),
  ('item_type', '04', '行政征收', 4),
  ('item_type', '05', '行政给付', 5),
  ('item_type', '06', '行政检查', 6),
  ('item_type', '07', '行政确认', 7),
  ('item_type', '08', '行政奖励', 8),
  ('item_type', '09', '行政裁决', 9),
  ('item_type', '10', '其他行政权力', 10),
  ('item_type', '20', '公共服务', 11),
  ('exercise_level', '1', '国家级', 1),
  ('exercise_level', '2', '省级', 2),
  ('exercise_level', '3', '市级', 3),
  ('exercise_level', '4', '县级', 4),
  ('exercise_level', '5', '镇（乡、街道）级', 5),
  ('exercise_level', '6', '村（社区）级', 6),
  ('exercise_level', '7', '分级管理', 7),
  ('subject_nature', '1', '法定机关', 1),
  ('subject_nature', '2', '授权组织', 2),
  ('subject_nature', '3', '受委托组织', 3),
  ('subject_nature', '9', '其他', 4),
  ('audience', '1', '自然人', 1),
  ('audience', '2', '企业法人', 2),
  ('audience', '3', '事业法人', 3),
  ('audience', '4', '社会组织法人', 4),
  ('audience', '5', '行政机关', 5),
  ('audience', '6', '其他组织', 6),
  ('handling_form', '1', '窗口办理', 1),
  ('handling_form', '2', '电脑端网上办理', 2),
  ('handling_form', '3', '移动端网上申请', 3),
  ('handling_form', '4', '快递申请', 4),
  ('handling_form', '9', '其他', 5),
  ('case_type', '1', '即办件', 1),
  ('case_type', '2', '承诺件', 2),
  ('case_type', '9', '其他', 3),
  ('power_source', '1', '法定本级行使', 1),
  ('power_source', '2', '上级下放', 2),
  ('power_source', '3', '上级授权', 3),
  ('power_source', '4', '同级授权', 4),
  ('power_source', '5', '上级委托', 5),
  ('power_source', '6', '同级委托', 6),
  ('service_scope', '1', '全国通办', 1),
  ('service_scope', '2', '全省通办', 2),
  ('service_scope', '3', '全市通办', 3),
  ('service_scope', '4', '全县通办', 4),
  ('service_scope', '5', '全镇（乡、街道）通办', 5),
  ('service_scope', '6', '跨村（社区）通办', 6),
  ('result_type', '1', '证照', 1),
  ('result_type', '2', '批文', 2),
  ('result_type', '3', '其他', 3),
  ('result_type', '4', '无', 4),
  ('online_depth', '1', '互联网咨询', 1),
  ('online_depth', '2', '互联网收件', 2),
  ('online_depth', '3', '互联网预审', 3),
  ('online_depth', '4', '互联网受理', 4),
  ('online_depth', '5', '互联网办理', 5),
  ('online_depth', '6', '互联网办理结果信息反馈', 6),
  ('online_depth', '7', '互联网电子证照反馈', 7),
  ('online_depth', '8', '其他', 8),
  ('online_level', '0', '不可网办', 1),
  ('online_level', '1', 'Ⅰ级 网上咨询', 2),
  ('online_level', '2', 'Ⅱ级 网上收件预审', 3),
  ('online_level', '3', 'Ⅲ级 网上受理（现场核验或领取）', 4),
  ('online_level', '4', 'Ⅳ级 全程网办', 5),
  ('contact_method', '1', '窗口', 1),
  ('contact_method', '2', '网络', 2),
  ('contact_method', '3', '电话', 3),
  ('contact_method', '4', '信件', 4),
  ('contact_method', '5', '邮件', 5),
  ('material_kind', '1', '原件', 1),
  ('material_kind', '2', '复印件', 2),
  ('material_kind', '3', '原件和复印件', 3),
  ('material_format', '1', '纸质', 1),
  ('material_format', '2', '电子', 2),
  ('material_format', '3', '纸质和电子', 3),
  ('source_channel', '1', '申请人自备', 1),
  ('source_channel', '2', '政府部门核发', 2),
  ('source_channel', '3', '其他', 3),
  ('person_theme', 'P01', '出生', 1),
  ('person_theme', 'P02', '教育', 2),
  ('person_theme', 'P03', '就业', 3),
  ('person_theme', 'P04', '生活', 4),
  ('person_theme', 'P05', '置业', 5),
  ('person_theme', 'P06', '出行', 6),
  ('person_theme', 'P07', '就医', 7),
  ('person_theme', 'P08', '救助', 8),
  ('person_theme', 'P09', '养老', 9),
  ('person_theme', 'P10', '身后', 10),
  ('enterprise_theme', 'E01', '准入准营', 1),
  ('enterprise_theme', 'E02', '招聘用工', 2),
  ('enterprise_theme', 'E03', '纳税缴费', 3),
  ('enterprise_theme', 'E04', '经营发展', 4),
  ('enterprise_theme', 'E05', '工程建设', 5),
  ('enterprise_theme', 'E06', '注销退出', 6);
