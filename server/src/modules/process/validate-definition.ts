/**
 * Publishability check of a process definition: the JSON shape, then the rules the engine relies on
 * (see engine.ts for the semantics they protect). An empty list means the definition may be published.
 */
import { STAFF_ROLES } from '../identity/principal.js';
import type { ActionKind, Node, ProcessDefinition, TaskNode } from './definition.js';
import { definitionShapeErrors } from './definition-shape.js';
import { indexDefinition } from './definition-index.js';
import { feelSyntaxError, isVariableName } from './feel.js';

export interface DefinitionProblem {
  /** Dotted path, e.g. `root.children[1].actions[0].target`. */
  path: string;
  code: string;
  message: string;
}

const FORWARD_OUTSIDE: ReadonlySet<ActionKind> = new Set(['accept', 'refuse', 'grant', 'deny']);
const JOINT_KINDS: ReadonlySet<ActionKind> = new Set(['pass', 'reject', 'return', 'complete']);
const roles: ReadonlySet<string> = new Set(STAFF_ROLES);

interface Scope {
  path: string;
  /** Inside a parallel branch (votes; no accept/refuse/grant/deny). */
  inBranch: boolean;
  /** Enclosing blocks from the root, with the child index taken in each. */
  ancestors: { node: Node; index: number }[];
}

export function validateDefinition(def: ProcessDefinition): DefinitionProblem[] {
  const shape = definitionShapeErrors(def);
  if (shape.length > 0) {
    return shape
      .slice(0, 10)
      .map((e) => ({ path: pointerToPath(e.instancePath), code: 'SCHEMA_INVALID', message: `流程定义格式不正确：${e.message}` }));
  }
  const problems: DefinitionProblem[] = [];
  const add = (path: string, code: string, message: string) => problems.push({ path, code, message });
  const seen = new Set<string>();
  const claim = (id: string, path: string) => {
    if (seen.has(id)) add(path, 'DUPLICATE_ID', `编号“${id}”重复，流程内的节点和分支编号必须唯一`);
    seen.add(id);
  };

  const visit = (node: Node, scope: Scope) => {
    claim(node.id, scope.path);
    const below = (child: Node, index: number, path: string, inBranch = scope.inBranch) =>
      visit(child, { path, inBranch, ancestors: [...scope.ancestors, { node, index }] });
    switch (node.type) {
      case 'task':
        checkTask(def, node, scope, add);
        break;
      case 'sequence':
        if (node.children.length === 0) add(scope.path, 'EMPTY_SEQUENCE', '顺序块至少需要一个环节');
        node.children.forEach((c, i) => below(c, i, `${scope.path}.children[${i}]`));
        break;
      case 'exclusive':
        if (node.branches.length === 0) add(scope.path, 'EMPTY_BRANCHES', `条件分支“${node.name}”至少需要一个分支`);
        node.branches.forEach((b, i) => {
          const path = `${scope.path}.branches[${i}]`;
          claim(b.id, path);
          const error = feelSyntaxError(b.condition);
          if (error) add(`${path}.condition`, 'FEEL_SYNTAX', `分支“${b.name}”的条件表达式有误：${error}`);
          below(b.body, i, `${path}.body`);
        });
        if (node.otherwise) below(node.otherwise, node.branches.length, `${scope.path}.otherwise`);
        break;
      case 'parallel':
        if (node.branches.length === 0) add(scope.path, 'EMPTY_BRANCHES', `并行块“${node.name}”至少需要一个分支`);
        if (node.join.policy === 'ratio' && !(typeof node.join.ratio === 'number' && node.join.ratio > 0 && node.join.ratio <= 1)) {
          add(`${scope.path}.join.ratio`, 'RATIO_INVALID', '按比例汇聚时，比例须大于 0 且不超过 1');
        }
        if (!isVariableName(node.resultVariable))
          add(`${scope.path}.resultVariable`, 'VARIABLE_NAME', `结果变量名“${node.resultVariable}”不合法`);
        node.branches.forEach((b, i) => below(b, i, `${scope.path}.branches[${i}]`, true));
        break;
      case 'automatic':
        if (node.operation.kind === 'compute') {
          node.operation.assignments.forEach((a, i) => {
            const path = `${scope.path}.operation.assignments[${i}]`;
            if (!isVariableName(a.variable)) add(`${path}.variable`, 'VARIABLE_NAME', `变量名“${a.variable}”不合法`);
            const error = feelSyntaxError(a.expression);
            if (error) add(`${path}.expression`, 'FEEL_SYNTAX', `计算表达式有误：${error}`);
          });
        }
        break;
      case 'copy_to':
        node.roles.forEach((r, i) => {
          if (!roles.has(r)) add(`${scope.path}.roles[${i}]`, 'UNKNOWN_ROLE', `角色“${r}”不是工作人员角色`);
        });
        if (node.roles.length === 0 && node.departments.length === 0)
          add(scope.path, 'COPY_TO_EMPTY', `抄送“${node.name}”须指定角色或部门`);
        break;
    }
  };
  visit(def.root, { path: 'root', inBranch: false, ancestors: [] });

  if (!decides(def.root)) {
    add('root', 'NO_DECISION', '流程的每条路径都必须经过“准予许可/不予许可”的决定环节（不予受理的除外）');
  }
  return problems;
}

type Add = (path: string, code: string, message: string) => void;

function checkTask(def: ProcessDefinition, node: TaskNode, scope: Scope, add: Add): void {
  const { path } = scope;
  const joint = node.departments.length > 1;
  if (!roles.has(node.role)) add(`${path}.role`, 'UNKNOWN_ROLE', `角色“${node.role}”不是工作人员角色`);
  if (!Number.isInteger(node.limitDays) || node.limitDays < 0 || node.limitDays > 999) {
    add(`${path}.limitDays`, 'LIMIT_DAYS', '办理时限须为 0 至 999 个工作日');
  }
  if (node.departments.length === 0) add(`${path}.departments`, 'NO_DEPARTMENT', `环节“${node.name}”须指定办理部门`);
  const deptKeys = node.departments.map((d) => (d.kind === 'owner' ? 'owner' : d.departmentId));
  if (new Set(deptKeys).size !== deptKeys.length) add(`${path}.departments`, 'DUPLICATE_DEPARTMENT', `环节“${node.name}”的办理部门重复`);
  if (node.actions.length === 0) add(`${path}.actions`, 'NO_ACTIONS', `环节“${node.name}”至少需要一个操作`);
  if (node.actions.length > 0 && node.actions.every((a) => a.kind === 'return')) {
    add(`${path}.actions`, 'NO_FORWARD_ACTION', `环节“${node.name}”只有退回操作，流程无法向前推进`);
  }
  const keys = new Set<string>();
  node.actions.forEach((a, i) => {
    const at = `${path}.actions[${i}]`;
    if (keys.has(a.key)) add(`${at}.key`, 'DUPLICATE_ACTION_KEY', `操作编号“${a.key}”在本环节内重复`);
    keys.add(a.key);
    if (scope.inBranch && FORWARD_OUTSIDE.has(a.kind))
      add(`${at}.kind`, 'ACTION_IN_PARALLEL', `并行分支内不能有受理、不予受理或许可决定操作（“${a.label}”）`);
    if (joint && !JOINT_KINDS.has(a.kind))
      add(`${at}.kind`, 'JOINT_TASK_ACTION', `联合办理环节只能通过、不同意、退回或办结（“${a.label}”）`);
    if (a.kind === 'reject' && !scope.inBranch && !joint)
      add(`${at}.kind`, 'REJECT_OUTSIDE_VOTE', `“不同意”只能用于并行分支或联合办理环节（“${a.label}”）`);
    if (a.kind !== 'return' && a.target !== undefined) add(`${at}.target`, 'TARGET_NOT_ALLOWED', '只有退回操作可以指定目标环节');
    if (a.kind === 'return') {
      if (!a.target) add(`${at}.target`, 'RETURN_TARGET_MISSING', `退回操作“${a.label}”须指定退回到的环节`);
      else if (!isValidReturn(def, scope, a.target)) {
        add(`${at}.target`, 'RETURN_TARGET_INVALID', `退回目标“${a.target}”须是同一顺序流程中更早的环节，且不能跨越并行块`);
      }
    }
  });
}

/** The nearest enclosing sequence that reaches the target through sequences must hold it earlier. */
function isValidReturn(def: ProcessDefinition, scope: Scope, target: string): boolean {
  const index = indexDefinition(def);
  if (index.nodes.get(target)?.type !== 'task') return false;
  const targetPath = index.sequencePath.get(target) ?? [];
  for (let i = scope.ancestors.length - 1; i >= 0; i--) {
    const { node, index: taken } = scope.ancestors[i]!;
    if (node.type === 'parallel') return false;
    if (node.type !== 'sequence') continue;
    const hop = targetPath.find((p) => p.sequenceId === node.id);
    if (hop) return hop.index < taken;
  }
  return false;
}

/** Whether every non-refused way through the node passes a grant/deny decision. */
export function decides(node: Node): boolean {
  switch (node.type) {
    case 'task': {
      const forward = node.actions.filter((a) => a.kind !== 'refuse' && a.kind !== 'return');
      return forward.length > 0 && forward.every((a) => a.kind === 'grant' || a.kind === 'deny');
    }
    case 'sequence':
      return node.children.some(decides);
    case 'exclusive':
      return node.branches.every((b) => decides(b.body)) && node.otherwise !== null && decides(node.otherwise);
    default:
      return false;
  }
}

function pointerToPath(pointer: string): string {
  const parts = pointer.split('/').filter(Boolean);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || '(根)';
}
