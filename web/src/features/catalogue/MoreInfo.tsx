/** 其他信息: the remaining elements of the 实施清单 a person may want (服务对象, 办理形式, 通办范围, 中介服务…). */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Guide } from './types';
import { useCodeLabel, type CodeListKey } from './use-code-lists';

export function MoreInfo({ guide }: { guide: Guide }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const c = guide.content;
  const list = (key: CodeListKey, codes: readonly string[]) => codes.map((code) => label(key, code)).join('、') || t('catalogue.none');
  const orNone = (text: string) => <span className="pre-line">{text.trim() || t('catalogue.none')}</span>;
  const yesNo = (v: boolean) => (v ? t('catalogue.more.supported') : t('catalogue.more.notSupported'));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        ...(c.aliases.length ? [{ key: 'aliases', label: t('catalogue.more.aliases'), children: c.aliases.join('、') }] : []),
        { key: 'audiences', label: t('catalogue.more.audiences'), children: list('audience', c.audiences) },
        { key: 'forms', label: t('catalogue.more.handlingForms'), children: list('handling_form', c.handlingForms) },
        { key: 'depth', label: t('catalogue.more.onlineDepth'), children: list('online_depth', c.onlineDepth) },
        {
          key: 'scope',
          label: t('catalogue.more.serviceScope'),
          children: c.serviceScope ? label('service_scope', c.serviceScope) : t('catalogue.none'),
        },
        { key: 'express', label: t('catalogue.more.express'), children: yesNo(c.supportsExpress) },
        { key: 'quantity', label: t('catalogue.more.quantityLimit'), children: orNone(c.quantityLimit) },
        { key: 'intermediary', label: t('catalogue.more.intermediary'), children: orNone(c.intermediaryServices) },
        { key: 'joint', label: t('catalogue.more.jointDepartments'), children: orNone(c.jointDepartments) },
        { key: 'level', label: t('catalogue.more.exerciseLevel'), children: label('exercise_level', c.exerciseLevel) },
        { key: 'nature', label: t('catalogue.more.subjectNature'), children: label('subject_nature', c.subjectNature) },
        { key: 'source', label: t('catalogue.more.powerSource'), children: label('power_source', c.powerSource) },
        ...(c.entrustedBody.trim() ? [{ key: 'entrusted', label: t('catalogue.more.entrustedBody'), children: c.entrustedBody }] : []),
        { key: 'basic', label: t('catalogue.more.basicCode'), children: <span className="code-text">{c.basicCode}</span> },
        {
          key: 'version',
          label: t('catalogue.more.version'),
          children: t('catalogue.more.versionText', { n: guide.versionNo, date: guide.publishedAt.slice(0, 10) }),
        },
      ]}
    />
  );
}
