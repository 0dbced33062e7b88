/**
 * A read-only vertical drawing of a process definition (DingTalk/Feishu style): start, the task cards,
 * branches side by side (stacked when the space is narrow), automatic and copy-to steps, end. Current
 * steps are highlighted and labelled 当前环节 (not by colour alone); finished steps are marked 已完成.
 * The designer wraps it in DiagramEditingContext to make the cards editable.
 */
import { theme, Typography } from 'antd';
import { useContext, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessNode } from '@onewindow/common/process';
import { useDepartments } from '../departments/use-departments';
import { DiagramContext, DiagramEditingContext, type DiagramState } from './diagram-context';
import { SequenceView } from './DiagramNodes';
import { isProcessDefinition } from './definition-guard';
import './process-diagram.css';

export interface ProcessDiagramProps {
  /** A ProcessDefinition as JSON (e.g. `definition` of GET /api/console/process/definitions/{id}). */
  definition: unknown;
  /** Node ids of the steps now open (highlighted, labelled 当前环节). */
  activeNodeIds?: string[];
  /** Node ids of finished steps (marked 已完成). */
  doneNodeIds?: string[];
}

export function ProcessDiagram({ definition, activeNodeIds, doneNodeIds }: ProcessDiagramProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const editing = useContext(DiagramEditingContext);
  const departments = useDepartments();
  const valid = isProcessDefinition(definition);

  const taskNames = useMemo(() => {
    const names = new Map<string, string>();
    const walk = (node: ProcessNode) => {
      if (node.type === 'task') names.set(node.id, node.name);
      if (node.type === 'sequence') node.children.forEach(walk);
      if (node.type === 'exclusive') {
        node.branches.forEach((b) => walk(b.body));
        if (node.otherwise) walk(node.otherwise);
      }
      if (node.type === 'parallel') node.branches.forEach(walk);
    };
    if (valid) walk(definition.root);
    return names;
  }, [definition, valid]);

  const state = useMemo<DiagramState>(() => {
    const deptNames = new Map((departments.data?.items ?? []).map((d) => [d.id, d.name]));
    return {
      active: new Set(activeNodeIds ?? []),
      done: new Set(doneNodeIds ?? []),
      departmentName: (id) => deptNames.get(id) ?? id.slice(0, 8),
      taskName: (id) => taskNames.get(id) ?? id,
      editing,
    };
  }, [activeNodeIds, doneNodeIds, departments.data, taskNames, editing]);

  if (!valid) return <Typography.Text type="secondary">{t('processConsole.diagram.invalid')}</Typography.Text>;

  const style = {
    fontSize: token.fontSize,
    '--pd-primary': token.colorPrimary,
    '--pd-success': token.colorSuccessText,
    '--pd-warning': token.colorWarning,
    '--pd-error': token.colorError,
    '--pd-border': token.colorBorder,
    '--pd-text': token.colorText,
    '--pd-muted': token.colorTextSecondary,
  } as CSSProperties;

  return (
    <DiagramContext.Provider value={state}>
      <div className="pd" style={style} role="group" aria-label={t('processConsole.diagram.label')}>
        <div className="pd__flow">
          <div className="pd-terminal pd-terminal--start">{t('processConsole.diagram.start')}</div>
          <SequenceView node={definition.root} />
          <div className="pd-terminal pd-terminal--end">{t('processConsole.diagram.end')}</div>
        </div>
      </div>
    </DiagramContext.Provider>
  );
}
