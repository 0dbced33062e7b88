/** Kysely types of the uploads table (migration 0009_uploads.sql). */
import type { Generated } from 'kysely';
import type { GeneratedTimestamp } from '../../db/schema.js';

export type ScanStatus = 'not_scanned' | 'clean';

export interface UploadTables {
  uploads: {
    id: Generated<string>;
    owner_account_id: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    storage_key: string;
    scan_status: ScanStatus;
    created_at: GeneratedTimestamp;
  };
}
