/** The recursive parts of ProcessDiagram: sequences, gateways with their branches side by side, connectors. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExclusiveNode, ParallelNode, ProcessNode, SequenceNode } from '@onewindow/common/process';
import { DiagramCard } from './DiagramCard';
import { useDiagram, type InsertPlace } from './diagram-context';

function Connector({ place }: { place?: InsertPlace }) {
  const { editing } = useDiagram();
  return <div className="pd-line">{editing && place ? editing.renderInsert(place) : null}</div>;
}

export function SequenceView({ node }: { node: SequenceNode }) {
  const first = node.children[0];
  return (
    <>
      <Connector place={first ? { targetId: first.id, where: 'before' } : undefined} />
      {node.children.map((child) => (
        <Fragment key={child.id}>
          <NodeView node={child} />
          <Connector place={{ targetId: child.id, where: 'after' }} />
        </Fragment>
      ))}
    </>
  );
}

/** A branch body: a sequence, or a single node (which the designer wraps in a sequence on insert). */
function BodyView({ node }: { node: ProcessNode }) {
  if (node.type === 'sequence') return <SequenceView node={node} />;
  return (
    <>
      <Connector place={{ targetId: node.id, where: 'before' }} />
      <NodeView node={node} />
      <Connector place={{ targetId: node.id, where: 'after' }} />
    </>
  );
}

function NodeView({ node }: { node: ProcessNode }) {
  switch (node.type) {
    case 'sequence':
      return (
        <div className="pd-nested">
          <SequenceView node={node} />
        </div>
      );
    case 'exclusive':
    case 'parallel':
      return <GatewayView node={node} />;
    default:
      return <DiagramCard node={node} />;
  }
}

function GatewayView({ node }: { node: ExclusiveNode | ParallelNode }) {
  const { t } = useTranslation();
  const { editing } = useDiagram();
  return (
    <div className={`pd-gateway pd-gateway--${node.type}`}>
      <DiagramCard node={node} />
      <div className="pd-line" />
      <div className="pd-branches">
        {node.type === 'exclusive'
          ? node.branches.map((branch) => (
              <div className="pd-branch" key={branch.id} data-node-id={branch.id}>
                <div className="pd-branch__label">
                  <span className="pd-branch__name">{branch.name}</span>
                  <code className="pd-branch__condition">{branch.condition}</code>
                </div>
                <BodyView node={branch.body} />
              </div>
            ))
          : node.branches.map((branch, i) => (
              <div className="pd-branch" key={branch.id}>
                <div className="pd-branch__label">
                  <span className="pd-branch__name">{t('processConsole.diagram.branch', { n: i + 1 })}</span>
                </div>
                <BodyView node={branch} />
              </div>
            ))}
        {node.type === 'exclusive' && (
          <div className="pd-branch pd-branch--otherwise">
            <div className="pd-branch__label">
              <span className="pd-branch__name">
                {node.otherwise ? t('processConsole.diagram.otherwise') : t('processConsole.diagram.otherwiseNone')}
              </span>
            </div>
            {node.otherwise ? (
              <BodyView node={node.otherwise} />
            ) : (
              <div className="pd-line pd-line--grow">{editing ? editing.renderInsert({ otherwiseOf: node.id }) : null}</div>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
