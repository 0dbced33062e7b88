/** Kysely types of the application tables (migration 0011_applications.sql). */
import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Json, Timestamp } from '../../db/schema.js';
import type { ApplicationStatus } from './lifecycle.js';

/** A DATE column: read as 'YYYY-MM-DD' (see db/database.ts type parser), written as the same string. */
export type DateColumn = ColumnType<string, string, string>;
/** 预警 levels; a row's *_warned column keeps the highest raised (migration 0016). */
export type WarningLevel = 'yellow' | 'red';

export type Channel = '1' | '2' | '3' | '4' | '9';
export type NoticeKindColumn =
  'receipt' | 'acceptance' | 'correction' | 'refusal' | 'special_procedure' | 'extension' | 'grant' | 'denial' | 'tolerance';

export interface ApplicationTables {
  bundle_applications: {
    id: Generated<string>;
    number: string;
    query_code: string;
    bundle_id: string;
    applicant_account_id: string;
    status: 'in_progress' | 'completed' | 'withdrawn';
    submit_key: string;
    submitted_at: Timestamp;
    legal_due_date: DateColumn | null;
    completed_at: Timestamp | null;
  };
  applications: {
    id: Generated<string>;
    number: string;
    query_code: string;
    item_id: string;
    item_version_id: string;
    definition_id: string | null;
    department_id: string;
    hall_id: string | null;
    bundle_application_id: string | null;
    applicant_account_id: string;
    applicant_name: string;
    channel: Channel;
    registered_by: string | null;
    status: ApplicationStatus;
    form_data_enc: string;
    scenario_answers: Json;
    draft_materials: Json | null;
    engine_state: Json | null;
    version: Generated<number>;
    submit_key: string | null;
    tolerance: Json | null;
    limit_unit: 'working_day' | 'natural_day';
    promised_limit_days: number;
    legal_limit_days: number | null;
    extension_days: Generated<number>;
    paused_days: Generated<number>;
    paused_since: Timestamp | null;
    acceptance_warned: WarningLevel | null;
    decision_warned: WarningLevel | null;
    submitted_at: Timestamp | null;
    received_at: Timestamp | null;
    acceptance_due_date: DateColumn | null;
    accepted_at: Timestamp | null;
    clock_start_date: DateColumn | null;
    acceptance_doc_no: string | null;
    promised_due_date: DateColumn | null;
    legal_due_date: DateColumn | null;
    decision: 'granted' | 'denied' | null;
    decided_at: Timestamp | null;
    completed_at: Timestamp | null;
    delivery_due_date: DateColumn | null;
    delivered_at: Timestamp | null;
    delivery_method: 'electronic' | 'window' | 'post' | null;
    ended_at: Timestamp | null;
    end_reason: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
  application_tasks: {
    id: Generated<string>;
    application_id: string;
    task_key: string;
    node_id: string;
    name: string;
    phase: 'pre_review' | 'acceptance' | 'review' | 'decision' | 'completion';
    role: string;
    department_id: string;
    status: 'open' | 'done' | 'cancelled';
    claimed_by: string | null;
    limit_days: number;
    warned_level: WarningLevel | null;
    due_date: DateColumn | null;
    created_at: Timestamp;
    finished_at: Timestamp | null;
    action_key: string | null;
    opinion: string | null;
    actor_id: string | null;
  };
  application_actions: {
    application_id: string;
    seq: number;
    type: string;
    actor_id: string | null;
    actor_label: string;
    payload: Json;
    public_note: string | null;
    idempotency_key: string | null;
    at: Timestamp;
  };
  application_materials: {
    id: Generated<string>;
    application_id: string;
    material_key: string;
    name: string;
    upload_id: string | null;
    provision: 'uploaded' | 'tolerated' | 'paper' | 'committed';
    created_at: Timestamp;
  };
  application_notices: {
    id: Generated<string>;
    application_id: string;
    kind: NoticeKindColumn;
    number: string;
    data: Json;
    issued_at: Timestamp;
  };
  notice_counters: { department_id: string; kind: string; year: number; last_no: number };
  special_procedures: {
    id: Generated<string>;
    application_id: string;
    kind_code: '1' | '2';
    kind_name: string;
    reason: string;
    started_at: Timestamp;
    expected_end: DateColumn | null;
    started_by: string;
    ended_at: Timestamp | null;
    result: string | null;
    opinion: string | null;
    ended_by: string | null;
  };
  application_warnings: { application_id: string; subject: string; level: WarningLevel; raised_at: GeneratedTimestamp };
}

export interface ProcessDefinitionTables {
  process_definitions: {
    id: Generated<string>;
    item_id: string;
    version_no: number;
    status: 'draft' | 'published' | 'retired';
    definition: Json;
    created_by: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    published_by: string | null;
    published_at: Timestamp | null;
  };
}
