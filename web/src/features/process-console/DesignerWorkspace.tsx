/** The designer once the item and its versions are loaded: toolbar, problems, editor tree, preview, drawer. */
import { App, Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useShowError } from '../../components/use-show-error';
import { UnsavedChangesGuard } from '../catalogue-console/UnsavedChangesGuard';
import { DesignerToolbar } from './DesignerToolbar';
import { DiagramEditingContext, type DiagramEditing } from './diagram-context';
import { findNode, insertNode, nodeIdAtPath, type InsertPlace } from './definition-tree';
import { InsertButton } from './InsertButton';
import { createNode } from './node-factory';
import { NodeDrawer } from './NodeDrawer';
import { ProblemList } from './ProblemList';
import { ProcessDiagram } from './ProcessDiagram';
import { useDesigner } from './use-designer';
import { problemsOf, usePublishProcess, useSaveProcessDraft, type DefinitionView } from './use-process';
import './process-designer.css';

export function DesignerWorkspace({ itemId, itemName, versions }: { itemId: string; itemName: string; versions: DefinitionView[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const designer = useDesigner(versions, itemName);
  const save = useSaveProcessDraft(itemId);
  const publish = usePublishProcess(itemId);
  const [checked, setChecked] = useState(false);
  const { definition } = designer;

  const show = (id: string) => {
    designer.select(id);
    document.querySelector(`.pd-editor [data-node-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const editing: DiagramEditing = {
    selectedId: designer.selectedId,
    problemIds: designer.problemIds,
    onSelect: designer.select,
    renderInsert: (place) => (
      <InsertButton
        label={insertLabel(place)}
        onInsert={(type) => {
          const node = createNode(definition, type);
          designer.change(insertNode(definition, place, node));
          designer.select(node.id);
        }}
      />
    ),
  };
  const nameOf = (id: string) => {
    const node = findNode(definition, id);
    return node && 'name' in node ? node.name : id;
  };
  const insertLabel = (place: InsertPlace) =>
    'otherwiseOf' in place
      ? t('processConsole.designer.insertOtherwise', { name: nameOf(place.otherwiseOf) })
      : place.where === 'before'
        ? t('processConsole.designer.insertBefore', { name: nameOf(place.targetId) })
        : t('processConsole.designer.insertAfter', { name: nameOf(place.targetId) });
  const onSave = () =>
    save.mutate(definition, {
      onSuccess: (view) => {
        designer.saved(view);
        setChecked(true);
        if (view.problems.length > 0) void message.warning(t('processConsole.designer.savedWithProblems', { count: view.problems.length }));
        else void message.success(t('processConsole.designer.saved'));
      },
      onError: (error) => showError(error),
    });
  const onPublish = () => {
    if (designer.source.kind !== 'draft') return;
    publish.mutate(designer.source.view.id, {
      onSuccess: (view) => {
        designer.published(view);
        setChecked(false);
        void message.success(t('processConsole.designer.published', { version: view.versionNo }));
      },
      onError: (error) => {
        if (isApiError(error, 'PROCESS_DEFINITION_INVALID')) designer.setProblems(problemsOf(error.details));
        showError(error);
      },
    });
  };
  const { source } = designer;
  const bpmnId = source.kind === 'draft' ? source.view.id : source.kind === 'published' ? source.id : null;
  const selected = designer.selectedId;

  return (
    <>
      <UnsavedChangesGuard dirty={designer.dirty} />
      <DesignerToolbar
        source={designer.source}
        dirty={designer.dirty}
        problemCount={designer.problems.length}
        saving={save.isPending}
        publishing={publish.isPending}
        bpmnId={bpmnId}
        onSave={onSave}
        onPublish={onPublish}
      />
      <ProblemList definition={definition} problems={designer.problems} checked={checked} onShow={show} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('processConsole.designer.editor')} className="pd-editor" size="small">
            <DiagramEditingContext.Provider value={editing}>
              <ProcessDiagram definition={definition} />
            </DiagramEditingContext.Provider>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('processConsole.designer.preview')} className="pd-preview" size="small">
            <ProcessDiagram definition={definition} />
          </Card>
        </Col>
      </Row>
      <NodeDrawer
        definition={definition}
        selectedId={selected}
        problems={designer.problems.filter((p) => selected && nodeIdAtPath(definition, p.path) === selected)}
        onChange={designer.change}
        onClose={() => designer.select(null)}
      />
    </>
  );
}
