/**
 * The search filters as labelled antd controls: 服务对象, 部门, 主题, 事项类型, 网办程度 (this level or more)
 * and 跑动次数 (0 = 零跑动, 1 = 最多跑一次). Every change goes to the URL through `onChange`.
 */
import { Button, Radio, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchFilters as Filters } from './search-params';
import { hasFilters } from './search-params';
import type { Audience } from './types';
import { useCatalogueHome } from './use-catalogue-home';
import { useCodeList } from './use-code-lists';

interface Props {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="search-filter">
      <label htmlFor={id} id={`${id}-label`} className="search-filter__label">
        {label}
      </label>
      {children}
    </div>
  );
}

export function SearchFilters({ filters, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const home = useCatalogueHome();
  const itemTypes = useCodeList('item_type');
  const onlineLevels = useCodeList('online_level');
  const personThemes = useCodeList('person_theme');
  const enterpriseThemes = useCodeList('enterprise_theme');
  const any = t('catalogue.filters.any');

  const themeGroups = [
    ...(filters.audience !== 'enterprise'
      ? [{ label: t('catalogue.sections.personThemes'), options: personThemes.map((e) => ({ value: e.code, label: e.label })) }]
      : []),
    ...(filters.audience !== 'person'
      ? [{ label: t('catalogue.sections.enterpriseThemes'), options: enterpriseThemes.map((e) => ({ value: e.code, label: e.label })) }]
      : []),
  ];

  const setAudience = (audience: Audience | undefined) => {
    // a theme of the other audience no longer fits
    const themeFits = !filters.theme || !audience || filters.theme.startsWith(audience === 'person' ? 'P' : 'E');
    onChange({ audience, theme: themeFits ? filters.theme : undefined });
  };

  return (
    <div className="search-filters">
      <div className="search-filter">
        <span id="filter-audience-label" className="search-filter__label">
          {t('catalogue.filters.audience')}
        </span>
        <Radio.Group
          aria-labelledby="filter-audience-label"
          value={filters.audience ?? ''}
          onChange={(e) => setAudience((e.target.value as Audience | '') || undefined)}
          options={[
            { value: '', label: t('catalogue.filters.all') },
            { value: 'person', label: t('catalogue.filters.person') },
            { value: 'enterprise', label: t('catalogue.filters.enterprise') },
          ]}
        />
      </div>
      <Field id="filter-department" label={t('catalogue.filters.department')}>
        <Select<string>
          id="filter-department"
          className="search-filter__select"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={any}
          loading={home.isPending}
          value={filters.departmentId}
          onChange={(departmentId) => onChange({ departmentId: departmentId || undefined })}
          options={(home.data?.departments ?? []).map((d) => ({
            value: d.id,
            label: `${d.name}${t('catalogue.paren', { text: String(d.count) })}`,
          }))}
        />
      </Field>
      <Field id="filter-theme" label={t('catalogue.filters.theme')}>
        <Select<string>
          id="filter-theme"
          className="search-filter__select"
          allowClear
          placeholder={any}
          value={filters.theme}
          onChange={(theme) => onChange({ theme: theme || undefined })}
          options={themeGroups}
        />
      </Field>
      <Field id="filter-item-type" label={t('catalogue.filters.itemType')}>
        <Select<string>
          id="filter-item-type"
          className="search-filter__select"
          allowClear
          placeholder={any}
          value={filters.itemType}
          onChange={(itemType) => onChange({ itemType: itemType || undefined })}
          options={itemTypes.map((e) => ({ value: e.code, label: e.label }))}
        />
      </Field>
      <Field id="filter-online-level" label={t('catalogue.filters.onlineLevel')}>
        <Select<number>
          id="filter-online-level"
          className="search-filter__select"
          allowClear
          placeholder={any}
          value={filters.onlineLevel}
          onChange={(onlineLevel) => onChange({ onlineLevel: onlineLevel ?? undefined })}
          options={onlineLevels
            .filter((e) => Number(e.code) > 0)
            .map((e) => ({
              value: Number(e.code),
              label: Number(e.code) >= 4 ? e.label : t('catalogue.filters.atLeast', { label: e.label }),
            }))}
        />
      </Field>
      <Field id="filter-visits" label={t('catalogue.filters.maxVisits')}>
        <Select<number>
          id="filter-visits"
          className="search-filter__select"
          allowClear
          placeholder={any}
          value={filters.maxVisits}
          onChange={(maxVisits) => onChange({ maxVisits: maxVisits ?? undefined })}
          options={[
            { value: 0, label: t('catalogue.filters.visits0') },
            { value: 1, label: t('catalogue.filters.visits1') },
            { value: 2, label: t('catalogue.filters.visits2') },
          ]}
        />
      </Field>
      {hasFilters(filters) && (
        <Button onClick={onClear} className="search-filters__clear">
          {t('catalogue.filters.clear')}
        </Button>
      )}
    </div>
  );
}
