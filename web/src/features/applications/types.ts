/**
 * Shapes of the applicant's application API (网上申请、我的办件、办件详情、进度查询), derived from the
 * generated OpenAPI types so they cannot drift from the server.
 */
import type { Body, Res } from '../../api/openapi-types';
import type { Material, Scenario } from '../catalogue/types';

export type ApplyContextRaw = Res<'/api/applications/apply-context/{code}', 'get'>;
/** The apply context with its catalogue parts typed as the guide's (the server sends the same item content). */
export type ApplyContext = Omit<ApplyContextRaw, 'scenarios' | 'materials'> & { scenarios: Scenario[]; materials: Material[] };
export type DraftView = Res<'/api/applications/drafts/{id}', 'get'>;
export type DraftBody = Body<'/api/applications/drafts', 'post'>;
export type SubmitBody = Body<'/api/applications', 'post'>;
export type ApplicationDetail = Res<'/api/applications/{id}', 'get'>;
export type ApplicationList = Res<'/api/applications', 'get'>;
export type ApplicationSummary = ApplicationList['items'][number];
export type Clock = ApplicationSummary['clock'];
export type ClockLevel = NonNullable<Clock['level']>;
export type TimelineEntry = ApplicationDetail['timeline'][number];
export type Notice = ApplicationDetail['notices'][number];
export type AppliedMaterial = ApplicationDetail['materials'][number];
export type ResubmitBody = Body<'/api/applications/{id}/resubmit', 'post'>;
export type PublicProgress = Res<'/api/progress', 'get'>;
export type { Material, Scenario };
