/**
 * 代码映射 of one integration: for every national code list, each national code and label beside the
 * external code the integration uses (none = the national code passes through). Administrators edit.
 */
import { Card, Collapse, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyText } from '../../components/empty-text';
import { QueryError } from '../../components/QueryError';
import { mappingRows, type MappingRow } from './exchange-helpers';
import { MappingInput } from './MappingInput';
import type { CodeListKey } from './types';
import { useCodeLists } from '../catalogue/use-code-lists';
import { useCodeMappings } from './use-exchange';

const LISTS: readonly CodeListKey[] = [
  'item_type',
  'exercise_level',
  'power_source',
  'subject_nature',
  'audience',
  'handling_form',
  'case_type',
  'result_type',
  'service_scope',
  'online_level',
  'online_depth',
  'contact_method',
  'material_kind',
  'material_format',
  'source_channel',
  'person_theme',
  'enterprise_theme',
];

export function CodeMappingsCard({ integration, editable }: { integration: string; editable: boolean }) {
  const { t } = useTranslation();
  const lists = useCodeLists();
  const mappings = useCodeMappings(integration);

  const body = () => {
    if (!integration) return <p className="muted-text">{t('catalogueConsole.mappings.chooseIntegration')}</p>;
    if (lists.isError) return <QueryError error={lists.error} onRetry={() => void lists.refetch()} />;
    if (mappings.isError) return <QueryError error={mappings.error} onRetry={() => void mappings.refetch()} />;
    const present = LISTS.filter((key) => lists.data?.[key]);
    return (
      <Collapse
        items={present.map((key) => {
          const rows = mappingRows(key, lists.data?.[key] ?? [], mappings.data ?? []);
          const mapped = rows.filter((r) => r.externalCode !== null).length;
          const name = t(`catalogueConsole.codeLists.${key}`);
          return {
            key,
            label: `${name}（${t('catalogueConsole.mappings.mappedCount', { mapped, total: rows.length })}）`,
            children: (
              <Table<MappingRow>
                rowKey="nationalCode"
                size="small"
                loading={mappings.isFetching}
                dataSource={rows}
                locale={emptyText(t('catalogueConsole.mappings.empty'))}
                pagination={false}
                scroll={{ x: 'max-content' }}
                aria-label={name}
                columns={[
                  { title: t('catalogueConsole.mappings.nationalCode'), dataIndex: 'nationalCode' },
                  { title: t('catalogueConsole.mappings.label'), dataIndex: 'label' },
                  {
                    title: t('catalogueConsole.mappings.externalCode'),
                    dataIndex: 'externalCode',
                    render: (code: string | null, row) =>
                      editable ? (
                        <MappingInput key={code ?? ''} integration={integration} listKey={key} row={row} listName={name} />
                      ) : (
                        (code ?? <span className="muted-text">{t('catalogueConsole.mappings.passThrough')}</span>)
                      ),
                  },
                ]}
              />
            ),
          };
        })}
      />
    );
  };

  return (
    <Card className="section" title={<h2 className="card-title">{t('catalogueConsole.mappings.title')}</h2>}>
      <p>{t('catalogueConsole.mappings.help')}</p>
      {body()}
    </Card>
  );
}
