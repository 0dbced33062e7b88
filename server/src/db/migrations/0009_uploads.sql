-- Uploads: files an applicant (or staff) uploaded, e.g. application materials (申请材料). The bytes live in
-- the file storage (a local folder or an S3 bucket, see STORAGE) under a server-generated key; this table
-- holds the metadata. Rows are never changed once written. The file type is checked from the content,
-- not the name (PDF, JPEG, PNG, OFD — GB/T 33190 电子文件存储与交换格式 版式文档).

CREATE TABLE uploads (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_account_id  uuid NOT NULL REFERENCES accounts (id),
  file_name         text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type        text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'application/ofd')),
  size_bytes        integer NOT NULL CHECK (size_bytes > 0),
  sha256            char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key       text NOT NULL UNIQUE,
  scan_status       text NOT NULL CHECK (scan_status IN ('not_scanned', 'clean')),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX uploads_owner_idx ON uploads (owner_account_id, created_at);
COMMENT ON TABLE uploads IS 'uploaded files (申请材料等): metadata; bytes in the file storage under storage_key. Infected files are refused, never stored';
