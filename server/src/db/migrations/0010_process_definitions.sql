-- Process definitions (办理流程定义): block-structured data (sequence, task, exclusive branch, parallel
-- branch with a join policy, automatic step, copy-to), versioned per catalogue item. A running
-- application keeps the definition version it started with; a published version is never changed.

CREATE TABLE process_definitions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id      uuid NOT NULL REFERENCES catalogue_items (id),
  version_no   integer NOT NULL CHECK (version_no >= 1),
  status       text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  definition   jsonb NOT NULL,
  created_by   uuid REFERENCES accounts (id),
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  published_by uuid REFERENCES accounts (id),
  published_at timestamptz,
  UNIQUE (item_id, version_no),
  CHECK ((status = 'draft') = (published_at IS NULL))
);
COMMENT ON TABLE process_definitions IS 'versioned process definitions of an item (modules/process/definition.ts); one published at a time';
CREATE UNIQUE INDEX process_definitions_one_published ON process_definitions (item_id) WHERE status = 'published';
CREATE UNIQUE INDEX process_definitions_one_draft ON process_definitions (item_id) WHERE status = 'draft';

-- A published or retired definition is frozen: running applications are interpreted against it.
CREATE FUNCTION process_definitions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' AND (NEW.definition IS DISTINCT FROM OLD.definition OR NEW.version_no <> OLD.version_no
      OR NEW.item_id <> OLD.item_id) THEN
    RAISE EXCEPTION 'process definition % is %, its content cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'retired' AND NEW.status <> 'retired' THEN
    RAISE EXCEPTION 'a retired process definition stays retired' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'published' AND NEW.status = 'draft' THEN
    RAISE EXCEPTION 'a published process definition cannot return to draft' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER process_definitions_freeze BEFORE UPDATE ON process_definitions
  FOR EACH ROW EXECUTE FUNCTION process_definitions_freeze();
CREATE FUNCTION process_definitions_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'only a draft process definition may be deleted' USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER process_definitions_no_delete BEFORE DELETE ON process_definitions
  FOR EACH ROW EXECUTE FUNCTION process_definitions_no_delete();
