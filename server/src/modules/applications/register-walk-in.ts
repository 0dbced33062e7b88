/**
 * 一窗受理 (counter intake): a window clerk registers an application for a visitor. The submission is
 * checked first (form, materials scanned by the clerk or received on paper), then the visitor is
 * identified (or given an account on the spot), then the application is submitted through the same
 * path as an online one (channel 1 窗口), so it runs the same workflow.
 */
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { identifyWalkIn, type WalkInInput } from '../identity/identify-walk-in.js';
import type { Principal } from '../identity/principal.js';
import { actorFrom } from './perform-action.js';
import type { ApplicationDeps } from './application-context.js';
import { checkSubmission, type MaterialInput } from './check-submission.js';
import { submitApplication } from './submit-application.js';

export interface WalkInApplicationInput {
  itemCode: string;
  applicant: WalkInInput;
  formData: Record<string, unknown>;
  scenarioAnswers: Record<string, string>;
  materials: MaterialInput[];
  submitKey: string;
}

export async function registerWalkInApplication(deps: ApplicationDeps, p: Principal, input: WalkInApplicationInput, meta: RequestMeta) {
  if (p.kind !== 'staff' || !p.roles.includes('window_clerk')) throw new DomainError('FORBIDDEN', '只有窗口工作人员可以窗口收件');
  const submission = {
    itemCode: input.itemCode,
    formData: input.formData,
    scenarioAnswers: input.scenarioAnswers,
    materials: input.materials,
    channel: '1' as const,
  };
  await checkSubmission(deps.db, submission, p.accountId);
  const clerk = actorFrom(p);
  const applicant = await deps.db
    .transaction()
    .execute((trx) => identifyWalkIn(trx, { cipher: deps.cipher, now: deps.now }, clerk, input.applicant, meta.requestId));
  const result = await submitApplication(
    deps,
    clerk,
    { ...submission, submitKey: input.submitKey, applicantAccountId: applicant.accountId, applicantName: applicant.name },
    meta,
  );
  return { ...result, applicantCreated: applicant.created };
}
