/** Shapes of the staff application API (/api/console/inbox, /api/console/applications, /api/console/intake), from the generated OpenAPI types. */
import type { Body, Res } from '../../api/openapi-types';

export type InboxPage = Res<'/api/console/inbox', 'get'>;
export type InboxEntry = InboxPage['items'][number];
export type Clock = InboxEntry['clock'];
export type ClockLevel = NonNullable<Clock['level']>;

export type ApplicationDetail = Res<'/api/console/applications/{id}', 'get'>;
export type ApplicationTask = ApplicationDetail['tasks'][number];
export type ApplicationMaterial = ApplicationDetail['materials'][number];
export type ApplicationNotice = ApplicationDetail['notices'][number];
export type AllowedTaskAction = ApplicationDetail['allowed']['tasks'][number];

export type ApplyContext = Res<'/api/applications/apply-context/{code}', 'get'>;
export type IntakeBody = Body<'/api/console/intake', 'post'>;
export type IntakeApplicant = IntakeBody['applicant'];
export type CorrectionBody = Body<'/api/console/applications/{id}/correction', 'post'>;
export type ToleranceBody = Body<'/api/console/applications/{id}/tolerance', 'post'>;
export type SpecialStartBody = Body<'/api/console/applications/{id}/special-procedure', 'post'>;
export type SpecialEndBody = Body<'/api/console/applications/{id}/special-procedure/end', 'post'>;
export type ExtendBody = Body<'/api/console/applications/{id}/extension', 'post'>;
export type DeliverBody = Body<'/api/console/applications/{id}/delivery', 'post'>;

export type ProcessDefinitionRecord = Res<'/api/console/process/definitions/{id}', 'get'>;

/** The application-level actions staff take from the actions panel (lifecycle action names). */
export type ApplicationActionKind = 'request_correction' | 'tolerate' | 'special_start' | 'special_end' | 'extend' | 'deliver';
export const APPLICATION_ACTIONS: readonly ApplicationActionKind[] = [
  'request_correction',
  'tolerate',
  'special_start',
  'special_end',
  'extend',
  'deliver',
];

/** GB/T 39046 A.7 special procedure kinds (《行政许可法》第四十五条 — time not counted). */
export const SPECIAL_KINDS = ['听证', '检验', '检测', '检疫', '鉴定', '专家评审', '现场勘查'] as const;
