/** One card of the diagram: a task, automatic or copy-to step, or the header of a gateway. */
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentRef, ProcessNode, TaskNode } from '@onewindow/common/process';
import { StatusTag } from '../../components/StatusTag';
import { useRoleLabel } from '../../components/use-labels';
import { useDiagram } from './diagram-context';

type CardNode = Exclude<ProcessNode, { type: 'sequence' }>;

// solid tags with white text, every colour above 4.5:1 (antd's light presets are not)
const PHASE_COLORS: Record<string, string> = {
  pre_review: '#595959',
  acceptance: '#0b4fbf',
  review: '#531dab',
  decision: '#8a4b00',
  completion: '#22680d',
};

export function DiagramCard({ node }: { node: CardNode }) {
  const { t } = useTranslation();
  const { active, done, editing } = useDiagram();
  const isActive = active.has(node.id);
  const isDone = !isActive && done.has(node.id);
  const hasProblem = editing?.problemIds.has(node.id) ?? false;
  const isSelected = editing?.selectedId === node.id;
  const className = [
    'pd-card',
    `pd-card--${node.type}`,
    isActive && 'pd-card--active',
    isDone && 'pd-card--done',
    hasProblem && 'pd-card--problem',
    isSelected && 'pd-card--selected',
  ]
    .filter(Boolean)
    .join(' ');

  const body = (
    <>
      <span className="pd-card__head">
        <span className="pd-card__kind">
          <KindLabel node={node} />
        </span>
        {isActive && (
          <span className="pd-card__state">
            <StatusTag tone="info">{t('processConsole.diagram.active')}</StatusTag>
          </span>
        )}
        {isDone && (
          <span className="pd-card__state">
            <StatusTag tone="ok">
              <CheckCircleOutlined aria-hidden /> {t('processConsole.diagram.done')}
            </StatusTag>
          </span>
        )}
        {hasProblem && (
          <span className="pd-card__state">
            <StatusTag tone="bad">
              <ExclamationCircleOutlined aria-hidden /> {t('processConsole.diagram.problem')}
            </StatusTag>
          </span>
        )}
      </span>
      <span className="pd-card__title">{node.name}</span>
      <CardDetails node={node} />
    </>
  );

  if (!editing)
    return (
      <div className={className} data-node-id={node.id} aria-current={isActive ? 'step' : undefined}>
        {body}
      </div>
    );
  return (
    <button type="button" className={className} data-node-id={node.id} aria-pressed={isSelected} onClick={() => editing.onSelect(node.id)}>
      <span className="visually-hidden">{t('processConsole.designer.editNode', { name: node.name })}</span>
      {body}
    </button>
  );
}

function KindLabel({ node }: { node: CardNode }) {
  const { t } = useTranslation();
  switch (node.type) {
    case 'task':
      return <Tag color={PHASE_COLORS[node.phase] ?? 'default'}>{t(`processConsole.phase.${node.phase}`)}</Tag>;
    case 'exclusive':
      return t('processConsole.diagram.exclusive');
    case 'parallel':
      return t('processConsole.diagram.parallel');
    case 'automatic':
      return t('processConsole.diagram.automatic');
    case 'copy_to':
      return t('processConsole.diagram.copyTo');
  }
}

function Line({ children }: { children: ReactNode }) {
  return <span className="pd-card__line">{children}</span>;
}

function CardDetails({ node }: { node: CardNode }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { departmentName, taskName } = useDiagram();
  const deptNames = (refs: DepartmentRef[]) =>
    refs.map((d) => (d.kind === 'owner' ? t('processConsole.diagram.owner') : departmentName(d.departmentId))).join('、');
  switch (node.type) {
    case 'task':
      return <TaskDetails node={node} roleLabel={roleLabel} deptNames={deptNames} taskName={taskName} />;
    case 'exclusive':
      return null;
    case 'parallel': {
      const { policy, ratio } = node.join;
      const join =
        policy === 'all'
          ? t('processConsole.diagram.joinAll')
          : policy === 'any'
            ? t('processConsole.diagram.joinAny')
            : t('processConsole.diagram.joinRatio', { percent: Math.round((ratio ?? 0) * 100) });
      return <Line>{join}</Line>;
    }
    case 'automatic':
      return (
        <Line>
          {node.operation.kind === 'compute'
            ? t('processConsole.diagram.compute', { names: node.operation.assignments.map((a) => a.variable).join('、') })
            : node.operation.to === 'applicant'
              ? t('processConsole.diagram.notifyApplicant')
              : t('processConsole.diagram.notifyHandlers')}
        </Line>
      );
    case 'copy_to':
      return (
        <>
          {node.roles.length > 0 && <Line>{t('processConsole.diagram.copyRoles', { names: node.roles.map(roleLabel).join('、') })}</Line>}
          {node.departments.length > 0 && (
            <Line>{t('processConsole.diagram.copyDepartments', { names: deptNames(node.departments) })}</Line>
          )}
          {node.note && <Line>{node.note}</Line>}
        </>
      );
  }
}

function TaskDetails(props: {
  node: TaskNode;
  roleLabel: (code: string) => string;
  deptNames: (refs: DepartmentRef[]) => string;
  taskName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { node } = props;
  const returns = node.actions.filter((a) => a.kind === 'return' && a.target);
  return (
    <>
      <Line>
        {props.roleLabel(node.role)} · {props.deptNames(node.departments)}
        {node.departments.length > 1 && <Tag className="pd-card__joint">{t('processConsole.diagram.joint')}</Tag>}
      </Line>
      <Line>
        {node.limitDays > 0 ? t('processConsole.diagram.limit', { days: node.limitDays }) : t('processConsole.diagram.limitNone')}
      </Line>
      <Line>{t('processConsole.diagram.actions', { labels: node.actions.map((a) => a.label).join(' · ') })}</Line>
      {returns.map((a) => (
        <Line key={a.key}>{t('processConsole.diagram.returnTo', { name: props.taskName(a.target!) })}</Line>
      ))}
    </>
  );
}
