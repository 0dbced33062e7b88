/** Chinese names of the application statuses, as the applicant and staff see them. */
import type { ApplicationStatus } from './lifecycle.js';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已申报（待受理）',
  correction_requested: '待补正',
  accepted: '已受理（办理中）',
  special_procedure: '特别程序中（暂停计时）',
  decided: '已决定',
  completed: '已办结',
  delivered: '已送达',
  refused: '不予受理',
  withdrawn: '已撤件',
  terminated: '已终止办理',
};
