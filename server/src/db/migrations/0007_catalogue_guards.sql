-- Harder guards on item versions (review of 0006): only the lifecycle's own transitions are possible, and
-- who submitted, reviewed and published a version is frozen once it has passed that step. The application
-- never tries anything else; this makes it impossible by any path (evidence for later applications).

CREATE OR REPLACE FUNCTION item_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'item version % is % and cannot be deleted', OLD.id, OLD.status; END IF;
    RETURN OLD;
  END IF;
  IF NEW.item_id IS DISTINCT FROM OLD.item_id OR NEW.version_no IS DISTINCT FROM OLD.version_no
     OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'item version %: identity columns never change', OLD.id;
  END IF;
  IF OLD.status <> 'draft' AND (NEW.content IS DISTINCT FROM OLD.content OR NEW.content_digest IS DISTINCT FROM OLD.content_digest) THEN
    RAISE EXCEPTION 'item version % is % and its content is frozen', OLD.id, OLD.status;
  END IF;
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'draft' AND NEW.status = 'in_review')
    OR (OLD.status = 'in_review' AND NEW.status IN ('approved', 'draft'))
    OR (OLD.status = 'approved' AND NEW.status IN ('published', 'draft'))
    OR (OLD.status = 'published' AND NEW.status IN ('superseded', 'withdrawn'))) THEN
    RAISE EXCEPTION 'item version %: % → % is not a lifecycle step', OLD.id, OLD.status, NEW.status;
  END IF;
  IF OLD.status IN ('approved', 'published', 'superseded', 'withdrawn') AND NEW.status NOT IN ('draft')
     AND (NEW.submitted_by IS DISTINCT FROM OLD.submitted_by OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at
       OR NEW.reviewed_by IS DISTINCT FROM OLD.reviewed_by OR NEW.reviewed_at IS DISTINCT FROM OLD.reviewed_at) THEN
    RAISE EXCEPTION 'item version %: who submitted and reviewed it is frozen', OLD.id;
  END IF;
  IF OLD.status IN ('published', 'superseded', 'withdrawn')
     AND (NEW.published_by IS DISTINCT FROM OLD.published_by OR NEW.published_at IS DISTINCT FROM OLD.published_at) THEN
    RAISE EXCEPTION 'item version %: who published it is frozen', OLD.id;
  END IF;
  IF OLD.status IN ('superseded', 'withdrawn') AND (NEW.ended_at IS DISTINCT FROM OLD.ended_at OR NEW.ended_reason IS DISTINCT FROM OLD.ended_reason) THEN
    RAISE EXCEPTION 'item version % is % and final', OLD.id, OLD.status;
  END IF;
  RETURN NEW;
END $$;

-- Four eyes: the reviewer of a version is never the person who submitted it.
ALTER TABLE item_versions ADD CONSTRAINT item_versions_reviewer_not_submitter CHECK (reviewed_by IS NULL OR reviewed_by IS DISTINCT FROM submitted_by);
