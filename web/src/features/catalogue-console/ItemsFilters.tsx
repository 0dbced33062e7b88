/** The item list's filters: status (全部 / 草稿 / 待审核 / 待发布 / 已发布 / 已撤回), department, keyword, and quick filters. */
import { Button, Flex, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../departments/use-departments';
import type { ListStatus } from './types';

export const LIST_STATUSES: ReadonlyArray<ListStatus | 'all'> = ['all', 'draft', 'in_review', 'approved', 'published', 'withdrawn'];

interface Props {
  status: ListStatus | 'all';
  onStatus: (status: ListStatus | 'all') => void;
  departmentId?: string;
  onDepartment: (id: string | undefined) => void;
  onSearch: (q: string) => void;
  showDepartments: boolean;
  reviewer: boolean;
  publisher: boolean;
}

export function ItemsFilters({ status, onStatus, departmentId, onDepartment, onSearch, showDepartments, reviewer, publisher }: Props) {
  const { t } = useTranslation();
  const departments = useDepartments({ enabled: showDepartments });
  return (
    <>
      {(reviewer || publisher) && (
        <Flex gap="small" wrap className="filters" role="group" aria-label={t('catalogueConsole.items.quickFilters')}>
          {reviewer && (
            <Button
              type={status === 'in_review' ? 'primary' : 'default'}
              aria-pressed={status === 'in_review'}
              onClick={() => onStatus(status === 'in_review' ? 'all' : 'in_review')}
            >
              {t('catalogueConsole.items.myReview')}
            </Button>
          )}
          {publisher && (
            <Button
              type={status === 'approved' ? 'primary' : 'default'}
              aria-pressed={status === 'approved'}
              onClick={() => onStatus(status === 'approved' ? 'all' : 'approved')}
            >
              {t('catalogueConsole.items.myPublish')}
            </Button>
          )}
        </Flex>
      )}
      <Radio.Group
        className="filters status-filter"
        aria-label={t('catalogueConsole.items.statusFilter')}
        optionType="button"
        buttonStyle="solid"
        value={status}
        onChange={(e) => onStatus(e.target.value as ListStatus | 'all')}
        options={LIST_STATUSES.map((s) => ({ value: s, label: s === 'all' ? t('common.all') : t(`catalogueConsole.status.${s}`) }))}
      />
      <Flex gap="middle" wrap className="filters">
        {showDepartments && (
          <Select
            aria-label={t('catalogueConsole.items.departmentFilter')}
            className="filters__select"
            allowClear
            placeholder={t('catalogueConsole.items.allDepartments')}
            value={departmentId}
            onChange={(v?: string) => onDepartment(v)}
            loading={departments.isPending}
            options={departments.data?.items.map((d) => ({ value: d.id, label: d.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        )}
        <Input.Search
          aria-label={t('catalogueConsole.items.searchLabel')}
          className="filters__search"
          placeholder={t('catalogueConsole.items.searchPlaceholder')}
          allowClear
          maxLength={100}
          enterButton={t('common.search')}
          onSearch={(v) => onSearch(v.trim())}
        />
      </Flex>
    </>
  );
}
