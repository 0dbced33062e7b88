/**
 * The item editor: one antd Form over the whole ItemContent, in tabs (基本信息 … 常见问题). Every tab is
 * rendered from the start (hidden until chosen), so every field is registered, validated and reachable
 * when a problem points at it. Read-only versions use the same view with the form disabled.
 */
import { WarningOutlined } from '@ant-design/icons';
import { Form, Tabs, type FormInstance } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentDraft } from '../content-draft';
import { EDITOR_TABS, type EditorTab } from '../problem-paths';
import type { FileMeta } from '../types';
import { BasicTab } from './BasicTab';
import { EditorContext, type EditorContextValue } from './editor-context';
import { FaqTab } from './FaqTab';
import { FeesTab } from './FeesTab';
import { HandlingTab } from './HandlingTab';
import { MaterialsTab } from './MaterialsTab';
import { ProcessTab } from './ProcessTab';
import { ResultTab } from './ResultTab';
import { ScenariosTab } from './ScenariosTab';
import '../catalogue-console.css';

interface Props {
  form: FormInstance<ContentDraft>;
  initialValues: ContentDraft;
  files: readonly FileMeta[];
  readOnly?: boolean;
  activeTab: EditorTab;
  onTabChange: (tab: EditorTab) => void;
  /** quality problems per tab, shown in the tab labels */
  problemCounts?: Partial<Record<EditorTab, number>>;
  onValuesChange?: () => void;
}

const PANES: Record<EditorTab, () => ReactNode> = {
  basic: () => <BasicTab />,
  handling: () => <HandlingTab />,
  process: () => <ProcessTab />,
  materials: () => <MaterialsTab />,
  scenarios: () => <ScenariosTab />,
  fees: () => <FeesTab />,
  result: () => <ResultTab />,
  faqs: () => <FaqTab />,
};

export function ItemEditor({
  form,
  initialValues,
  files,
  readOnly = false,
  activeTab,
  onTabChange,
  problemCounts = {},
  onValuesChange,
}: Props) {
  const { t } = useTranslation();
  const [uploaded, setUploaded] = useState<FileMeta[]>([]);
  const context = useMemo<EditorContextValue>(
    () => ({
      readOnly,
      fileOf: (id) => uploaded.find((f) => f.id === id) ?? files.find((f) => f.id === id),
      addFile: (file) => setUploaded((list) => [...list, file]),
    }),
    [readOnly, uploaded, files],
  );

  return (
    <EditorContext.Provider value={context}>
      <Form<ContentDraft>
        form={form}
        name="item-editor"
        layout="vertical"
        initialValues={initialValues}
        disabled={readOnly}
        onValuesChange={onValuesChange}
        className={readOnly ? 'item-editor item-editor--readonly' : 'item-editor'}
      >
        <Tabs
          activeKey={activeTab}
          onChange={(key) => onTabChange(key as EditorTab)}
          items={EDITOR_TABS.map((key) => {
            const count = problemCounts[key] ?? 0;
            return {
              key,
              forceRender: true,
              label: (
                <span>
                  {t(`catalogueConsole.tabs.${key}`)}
                  {count > 0 && (
                    <span className="tab-problems">
                      {' '}
                      <WarningOutlined aria-hidden /> {t('catalogueConsole.editor.problemCount', { count })}
                    </span>
                  )}
                </span>
              ),
              children: PANES[key](),
            };
          })}
        />
      </Form>
    </EditorContext.Provider>
  );
}
