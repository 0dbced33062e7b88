/** The validation problems of the saved draft, each with a button that shows the node it is about. */
import { AimOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessDefinition } from '@onewindow/common/process';
import { findNode, nodeIdAtPath } from './definition-tree';
import type { DefinitionProblem } from './use-process';

interface Props {
  definition: ProcessDefinition;
  problems: DefinitionProblem[];
  /** Whether the shown problems belong to a saved draft (otherwise nothing is said when there are none). */
  checked: boolean;
  onShow(nodeId: string): void;
}

export function ProblemList({ definition, problems, checked, onShow }: Props) {
  const { t } = useTranslation();
  if (problems.length === 0) {
    return checked ? <Alert type="success" showIcon title={t('processConsole.designer.noProblems')} className="pd-problems" /> : null;
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="pd-problems"
      title={t('processConsole.designer.problems', { count: problems.length })}
      description={
        <ul className="pd-problem-list">
          {problems.map((p, i) => {
            const id = nodeIdAtPath(definition, p.path);
            const found = id ? findNode(definition, id) : null;
            const node = found && found.type !== 'sequence' ? found : null;
            return (
              <li key={i}>
                {node && <strong>{node.name}：</strong>}
                {p.message}
                {node && (
                  <Button
                    type="link"
                    size="small"
                    icon={<AimOutlined aria-hidden />}
                    aria-label={`${t('processConsole.designer.goToNode')}：${node.name}`}
                    onClick={() => onShow(node.id)}
                  >
                    {t('processConsole.designer.goToNode')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      }
    />
  );
}
