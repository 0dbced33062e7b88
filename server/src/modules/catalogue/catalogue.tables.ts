/** Kysely types of the catalogue tables (migration 0006_catalogue.sql). Written by hand, like schema.ts. */
import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from '../../db/schema.js';
import type { ItemContent } from './item-content.js';

export type VersionStatus = 'draft' | 'in_review' | 'approved' | 'published' | 'superseded' | 'withdrawn';
export const VERSION_STATUSES: readonly VersionStatus[] = ['draft', 'in_review', 'approved', 'published', 'superseded', 'withdrawn'];
export type BundleStatus = 'draft' | 'published' | 'withdrawn';

/** jsonb column holding an ItemContent: written as a JSON string, read as the object. */
type ContentColumn = ColumnType<ItemContent, string, string>;
/** tsvector written as a SQL expression, never read back as a value by the application. */
type TsVectorColumn = ColumnType<string, unknown, unknown>;

export interface CatalogueTables {
  code_list_entries: { list_key: string; code: string; label: string; sort_order: Generated<number> };
  code_mappings: { integration: string; list_key: string; national_code: string; external_code: string };
  catalogue_files: {
    id: Generated<string>;
    file_name: string;
    media_type: string;
    size: number;
    sha256: string;
    content: Buffer;
    created_by: string | null;
    created_at: Timestamp;
  };
  catalogue_items: {
    id: Generated<string>;
    implementation_code: string;
    department_id: string;
    published_version_id: string | null;
    popularity: Generated<number>;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  item_versions: {
    id: Generated<string>;
    item_id: string;
    version_no: number;
    status: VersionStatus;
    content: ContentColumn;
    content_digest: string;
    created_by: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    submitted_by: string | null;
    submitted_at: Timestamp | null;
    reviewed_by: string | null;
    reviewed_at: Timestamp | null;
    review_comment: string | null;
    published_by: string | null;
    published_at: Timestamp | null;
    ended_at: Timestamp | null;
    ended_reason: string | null;
  };
  item_search: {
    item_id: string;
    version_id: string;
    implementation_code: string;
    name: string;
    department_id: string;
    for_person: boolean;
    for_enterprise: boolean;
    themes: string[];
    item_type: string;
    online_level: number;
    visits: number;
    popularity: Generated<number>;
    document: TsVectorColumn;
  };
  bundles: {
    id: Generated<string>;
    code: string;
    name: string;
    audience: 'person' | 'enterprise';
    theme: string | null;
    description: Generated<string>;
    status: BundleStatus;
    created_at: Timestamp;
    updated_at: GeneratedTimestamp;
  };
  bundle_items: { bundle_id: string; item_id: string; sort_order: number };
}
