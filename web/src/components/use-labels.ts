/** Labels for codes the server sends as plain strings (roles, job statuses, actions): translated when known. */
import { useTranslation } from 'react-i18next';
import { zhCN } from '../i18n/zh-CN';

type RoleCode = keyof typeof zhCN.roles;
type JobStatusCode = keyof typeof zhCN.jobStatus;
type AccessActionCode = keyof typeof zhCN.accessActions;

const isRole = (code: string): code is RoleCode => Object.hasOwn(zhCN.roles, code);
const isJobStatus = (code: string): code is JobStatusCode => Object.hasOwn(zhCN.jobStatus, code);
const isAccessAction = (code: string): code is AccessActionCode => Object.hasOwn(zhCN.accessActions, code);

export function useRoleLabel(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => (isRole(code) ? t(`roles.${code}`) : code);
}

export function useJobStatusLabel(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => (isJobStatus(code) ? t(`jobStatus.${code}`) : code);
}

/** person.read → 查看个人信息 (i18next keys cannot contain the dot). */
export function useAccessActionLabel(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => {
    const key = code.replace(/\./g, '_');
    return isAccessAction(key) ? t(`accessActions.${key}`) : code;
  };
}
