/** Words for the codes the server sends as plain strings (phase, channel, provision…): translated when known, else the code. */
import { useTranslation } from 'react-i18next';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';

type Tables = Pick<typeof applicationsConsoleZh, 'phase' | 'taskStatus' | 'actionKey' | 'channel' | 'decision' | 'provision'>;
export type CodeGroup = keyof Tables;

export function useCodeLabel(): (group: CodeGroup, code: string | null | undefined) => string {
  const { t } = useTranslation();
  return (group, code) => {
    if (code === null || code === undefined) return t('applicationsConsole.none');
    if (!Object.hasOwn(applicationsConsoleZh[group], code)) return code;
    return t(`applicationsConsole.${group}.${code}` as `applicationsConsole.${CodeGroup}.${keyof Tables[CodeGroup] & string}`) as string;
  };
}
